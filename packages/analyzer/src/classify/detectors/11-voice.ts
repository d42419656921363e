import type { SourceId, Span } from "@diplo/model"
import type { Statement } from "../../align/2-statements.js"
import unnamedSources from "../../lexicons/unnamed-sources.json" with { type: "json" }
import type { Context } from "../Context.js"
import type { Detection } from "../draft.js"
import { type Detector, spanIn } from "./shared.js"

const UNNAMED_NOUNS: ReadonlySet<string> = new Set(unnamedSources.nouns)
const UNNAMED_DETERMINERS: ReadonlySet<string> = new Set(unnamedSources.determiners)
const ANONYMITY = unnamedSources.phrases
/** Most speaker spans shown per source: the finding points at voices, it does not list every quote. */
const MAX_SPANS = 6
/** Statements shown per voice: the first few, so a reader sees how the source gives that voice. */
const SPANS_PER_VOICE = 3
/** A medium mentioned more than this share of the most mentioned actor's mentions is part of the story, not a source. */
const SECONDHAND_PROMINENCE = 0.25

/** Verbs of an outlet's publishing, between the outlet and the unnamed source it cites. */
const PUBLISHED = /\b(?:cit(?:ing|ed|es)|report(?:ed|s|ing)?|publish(?:ed|es|ing)?|wrote|writes|broadcast)\b/i

// What someone plans, promised or urged others to do ("Lee agreed to attend") reports no words of theirs: no voice.
const attributed = (s: Statement) => s.claim.attribution !== "narrator" && s.claim.cueSense === undefined

/**
 * The words naming an unnamed source ("one senator who spoke on the condition of anonymity"), if the claim has one.
 * Unnamed sources another outlet cites ("Zapnet reported, citing two officials who …") are that outlet's: the source
 * rests on the outlet's reporting (the second-hand finding), not on unnamed sources of its own.
 */
const unnamedCue = (ctx: Context, s: Statement): Span | null => {
  if (!attributed(s)) return null
  const cue = unnamedSpan(ctx, s)
  if (cue === null) return null
  // The outlet is the subject of a verb of publishing before the unnamed source ("X published the story, citing"), not
  // an addressee ("a source told Fox News") or the writer's own outlet learning something.
  const text = s.source.text
  const outletBefore = s.mentions.some(
    (m) =>
      m.end <= cue.start && ctx.actors.get(m.actorId)?.kind === "media" && PUBLISHED.test(text.slice(m.end, cue.start))
  )
  return outletBefore ? null : cue
}

const unnamedSpan = (ctx: Context, s: Statement): Span | null => {
  const speaker = s.claim.speakerSpan
  if (speaker !== undefined) {
    const actor = s.claim.speakerId === null ? undefined : ctx.actors.get(s.claim.speakerId)
    const named = actor !== undefined && actor.kind === "person"
    const words = speaker.text.toLowerCase().split(/[\s,]+/)
    if (!named && UNNAMED_DETERMINERS.has(words[0] ?? "") && words.some((w) => UNNAMED_NOUNS.has(w))) return speaker
    if (!named && /^(people|sources|officials)\b/.test(speaker.text.toLowerCase())) return speaker
  }
  const sentence = s.source.text.slice(s.sentence.start, s.sentence.end).toLowerCase()
  for (const phrase of ANONYMITY) {
    const at = sentence.indexOf(phrase)
    if (
      at >= 0 &&
      (phrase !== "familiar with" || /\b(people|person|sources?|officials?)\s+familiar with/.test(sentence))
    )
      return spanIn(s, { start: s.sentence.start + at, end: s.sentence.start + at + phrase.length })
  }
  return null
}

/**
 * Whose voices each source carries: (1) the named speakers only one source quotes or reports, per source, with their
 * words as evidence; (2) a source that relies on unnamed sources where the others name theirs; (3) a source whose
 * statements rest on other outlets' reporting ("Politico reported").
 */
export const voices: Detector = (ctx: Context) => {
  const out: Detection[] = []
  const perSource = ctx.sources.map((source) => ({
    source,
    statements: (ctx.bySource.get(source.id) ?? []).filter(attributed)
  }))
  // (1) named speakers.
  const speakersOf = (list: readonly Statement[]) =>
    new Set(
      list.flatMap((s) => {
        const actor = s.claim.speakerId === null ? undefined : ctx.actors.get(s.claim.speakerId)
        return actor !== undefined && (actor.kind === "person" || actor.kind === "organization")
          ? [actor.id as string]
          : []
      })
    )
  const sets = perSource.map((p) => speakersOf(p.statements))
  const only = perSource.map((p, i) => {
    const others = new Set(sets.filter((_, j) => j !== i).flatMap((set) => [...set]))
    return { ...p, only: [...sets[i]!].filter((id) => !others.has(id)).sort() }
  })
  // A difference in voices: some source carries a named voice the others do not, and another source names voices too
  // (a source that quotes no one differs in sourcing, which the unnamed and second-hand findings below cover).
  const voiced = sets.filter((set) => set.size > 0)
  if (only.some((o) => o.only.length > 0) && voiced.length >= 2) {
    // Each source's voices, the ones only it carries first, where it gives them words: the speaker and the verb, the
    // first few times; a reader sees every side's voices, not only the odd ones.
    const evidence = only.flatMap((o, i) => {
      const ranked = [...o.only, ...[...sets[i]!].filter((id) => !o.only.includes(id)).sort()].slice(0, MAX_SPANS)
      return ranked.flatMap((id) =>
        o.statements
          .filter((s) => s.claim.speakerId === id)
          .slice(0, SPANS_PER_VOICE)
          .flatMap((s) => [s.claim.speakerSpan, s.claim.cue].filter((x) => x !== undefined))
      )
    })
    if (evidence.length > 0)
      out.push({
        kind: "framing",
        type: "voice",
        severity: "major",
        wordings: only.map((o) => ({ sourceIds: [o.source.id], words: o.only.map(ctx.actorName) })),
        evidence,
        sourceIds: [...new Set(evidence.map((e) => e.sourceId))],
        about: {
          type: "voice",
          mode: "speakers",
          voices: only.map((o, i) => ({ sourceId: o.source.id, only: o.only.map(ctx.actorName), count: sets[i]!.size }))
        },
        strength: Math.min(1, only.reduce((n, o) => n + o.only.length, 0) / 6)
      })
  }
  // (2) unnamed sources, (3) other outlets' reporting.
  const cuesOf = (find: (s: Statement) => Span | null) =>
    perSource.map((p) =>
      p.statements.flatMap((s) => {
        const cue = find(s)
        return cue === null ? [] : [cue]
      })
    )
  // Another outlet as the subject of the report ("Politico reported", "according to CNN"), not as its addressee
  // ("told Fox News") and not as an actor of the story itself (a medium the coverage is about is mentioned often).
  const top = Math.max(1, ...[...ctx.actors.values()].map((a) => a.mentions.length))
  const secondhand = (s: Statement): Span | null => {
    const actor = s.claim.speakerId === null ? undefined : ctx.actors.get(s.claim.speakerId)
    const speaker = s.claim.speakerSpan
    const cue = s.claim.cue
    if (actor?.kind !== "media" || speaker === undefined || cue === undefined) return null
    if (actor.mentions.length / top > SECONDHAND_PROMINENCE) return null
    // A medium the other sources name too is part of the story (its report is the news), not this source's source.
    if (new Set(actor.mentions.map((m) => m.sourceId)).size > 1) return null
    return speaker.end <= cue.start || /^according/i.test(cue.text) ? speaker : null
  }
  for (const [mode, find] of [
    ["unnamed", (s: Statement) => unnamedCue(ctx, s)],
    ["secondhand", secondhand]
  ] as const) {
    const cues = cuesOf(find)
    perSource.forEach((p, i) => {
      const mine = cues[i]!
      const others = perSource.filter((_, j) => j !== i && cues[j]!.length === 0).map((o) => o.source.id as SourceId)
      if (mine.length === 0 || others.length === 0) return
      const unique = [...new Map(mine.map((c) => [`${c.start}`, c])).values()].slice(0, MAX_SPANS)
      out.push({
        kind: "framing",
        type: "voice",
        severity: "minor",
        wordings: [{ sourceIds: [p.source.id], words: unique.map((c) => c.text) }],
        evidence: unique,
        sourceIds: [p.source.id],
        about: { type: "voice", mode, sourceId: p.source.id, others, cues: unique.map((c) => c.text) },
        strength: Math.min(1, mine.length / 3)
      })
    })
  }
  return out
}
