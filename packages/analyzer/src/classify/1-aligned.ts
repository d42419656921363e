import { type Alignment, EVENT_TYPES, type EventType, eventNoun, type SourceId, type Span } from "@diplo/model"
import { type ArrayChange, diffArrays } from "diff"
import { ALIGN_THRESHOLD, PARAPHRASE_THRESHOLD } from "../align/2-statements.js"
import type { EventMention, Token } from "../Document.js"
import { type Statement, sentenceSpan, spanOf } from "./0-statements.js"
import type { Draft } from "./draft.js"
import { causesOf, numbersOf, purposesOf } from "./facets.js"
import attributionVerbLexicon from "../lexicons/attribution-verbs.json" with { type: "json" }
import negation from "../lexicons/negation.json" with { type: "json" }
import { label, listOf, normalizeWord, quote } from "./text.js"

/**
 * What aligned statements say to each other: agreements, discrepancies (date, number, polarity,
 * attribution, actor) and framing differences in wording (lexical choice, attribution verb, cause).
 */

const CONTENT_POS = new Set(["VERB", "NOUN", "ADJ", "ADV"])
const STOP = new Set([
  "a",
  "an",
  "the",
  "of",
  "to",
  "in",
  "on",
  "for",
  "and",
  "or",
  "but",
  "that",
  "which",
  "who",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "has",
  "have",
  "had",
  "will",
  "would",
  "it",
  "its",
  "he",
  "she",
  "they",
  "his",
  "her",
  "their",
  "this",
  "these",
  "those",
  "with",
  "by",
  "at",
  "from",
  "as",
  "also",
  "not",
  "said",
  "says",
  "say"
])

/** An event type as a reader says it: "travel" → "trip". */
const eventName = (type: string): string =>
  type in EVENT_TYPES ? eventNoun(type as EventType) : type.replace(/-/g, " ")

/** The statements of a source with the same words as a statement (a quotation repeated, a copied paragraph). */
export type Twins = (s: Statement, sourceId: string) => readonly Statement[]

/** The actors an event mention names (agent, patient, recipient), as global actor ids. */
export type ParticipantsOf = (s: Statement, e: EventMention) => readonly string[]

/** Where an event happens or goes, comparable across sources (global actor id, else the lower-cased words). */
export type PlaceOf = (s: Statement, e: EventMention) => string | null

const dayDiff = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000

const groupBy = <T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>()
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item])
  return map
}

const sourcesOf = (members: readonly Statement[]): SourceId[] => [...new Set(members.map((m) => m.source.id))]

const labels = (members: readonly Statement[]) =>
  listOf([...new Map(members.map((m) => [m.source.id, label(m.source)])).values()])

/** Date discrepancies between events of one type that the aligned statements date differently. */
const dateDiscrepancies = (alignment: Alignment, members: readonly Statement[], placeOf: PlaceOf): Draft[] => {
  const out: Draft[] = []
  const dated = members.flatMap((m) =>
    m.events
      .filter((e) => e.date !== null && e.type !== "statement")
      .map((e) => ({ m, e, place: placeOf(m, e), time: m.times.find((t) => t.id === e.timeId) }))
  )
  // A trip is one matter only when both name the same destination; other events by type.
  const matter = (d: (typeof dated)[number]) => (d.e.type === "travel" ? `travel@${d.place ?? "?"}` : d.e.type)
  for (const [key, group] of groupBy(
    dated.filter((d) => d.e.type !== "travel" || d.place !== null),
    matter
  )) {
    const type = key.split("@")[0]!
    const bySource = groupBy(group, (d) => d.m.source.id)
    if (bySource.size < 2) continue
    // One date per source for the matter: its first dated event of this type.
    const firsts = [...bySource.values()].map((g) => g[0]!)
    const values = groupBy(firsts, (d) => d.e.date ?? "")
    if (values.size < 2) continue
    const dates = [...values.keys()].sort()
    const spread = dayDiff(dates[0]!, dates[dates.length - 1]!)
    const directions = new Set(firsts.map((d) => d.e.direction ?? null))
    const compatible = spread <= 1 && (directions.size > 1 || type === "travel")
    const sides = [...values.entries()].map(([value, ds]) => ({
      sourceIds: ds.map((d) => d.m.source.id),
      value,
      text: ds[0]!.time ? ds[0]!.m.source.text.slice(ds[0]!.time.start, ds[0]!.time.end) : value
    }))
    out.push({
      kind: "discrepancy",
      type: "date",
      severity: compatible ? "minor" : "major",
      compatible,
      values: sides,
      summary: `The sources date the same ${eventName(type)} differently: ${sides.map((s) => `${listOf(s.sourceIds)} ${s.value} (${quote(s.text, 40)})`).join(", ")}${compatible ? "; both can be true (a day apart, as a departure and an arrival)" : ""}.`,
      evidence: firsts.map((d) => (d.time ? spanOf(d.m.source, d.time) : sentenceSpan(d.m))),
      sourceIds: firsts.map((d) => d.m.source.id),
      alignmentId: alignment.id
    })
  }
  return out
}

/** Number discrepancies: the same unit counted differently. */
const numberDiscrepancies = (alignment: Alignment, members: readonly Statement[]): Draft[] => {
  const facts = members.flatMap((m) =>
    numbersOf(m)
      .filter((n) => n.unit !== "")
      .map((n) => ({ m, n }))
  )
  const out: Draft[] = []
  for (const [unit, group] of groupBy(facts, (f) => f.n.unit)) {
    const bySource = groupBy(group, (f) => f.m.source.id)
    if (bySource.size < 2) continue
    const firsts = [...bySource.values()].map((g) => g[0]!)
    const values = groupBy(firsts, (f) => String(f.n.value))
    if (values.size < 2) continue
    const compatible = firsts.some((f) => f.n.approximate)
    const sides = [...values.entries()].map(([value, fs]) => ({
      sourceIds: fs.map((f) => f.m.source.id),
      value,
      text: fs[0]!.n.span.text
    }))
    out.push({
      kind: "discrepancy",
      type: "number",
      severity: compatible ? "minor" : "major",
      compatible,
      values: sides,
      summary: `The sources count ${unit} differently: ${sides.map((s) => `${listOf(s.sourceIds)} ${quote(s.text, 40)}`).join(" vs ")}${compatible ? " (one figure is approximate)" : ""}.`,
      evidence: firsts.map((f) => f.n.span),
      sourceIds: firsts.map((f) => f.m.source.id),
      alignmentId: alignment.id
    })
  }
  return out
}

/**
 * Polarity: one source says an event of a type happened, another that it did not. Only events told firmly (not in
 * the future, in a claim put as a fact rather than a possibility or a condition) by strongly aligned statements,
 * and only two mentions with a participant in common: "won't have the meeting" and "a party meeting on Friday"
 * tell of different meetings, or of none yet.
 */
const polarityDiscrepancies = (
  alignment: Alignment,
  members: readonly Statement[],
  participantsOf: ParticipantsOf
): Draft[] => {
  const out: Draft[] = []
  if (alignment.score < ALIGN_THRESHOLD) return out
  const firm = (m: Statement, e: EventMention) => e.tense !== "future" && m.claim.modality === "asserted"
  const typed = members.flatMap((m) =>
    m.events.filter((e) => e.type !== "statement" && firm(m, e)).map((e) => ({ m, e }))
  )
  for (const [type, group] of groupBy(typed, (t) => t.e.type)) {
    const bySource = groupBy(group, (t) => t.m.source.id)
    if (bySource.size < 2) continue
    const firsts = [...bySource.values()].map((g) => g[0]!)
    const negated = firsts.filter((t) => t.e.negated)
    if (negated.length === 0 || negated.length === firsts.length) continue
    const affirmed = firsts.filter((t) => !t.e.negated)
    const shared = (x: (typeof firsts)[number], y: (typeof firsts)[number]) => {
      const own = new Set(participantsOf(x.m, x.e))
      return participantsOf(y.m, y.e).some((p) => own.has(p))
    }
    if (!negated.some((n) => affirmed.some((a) => shared(n, a)))) continue
    out.push({
      kind: "discrepancy",
      type: "polarity",
      severity: "major",
      compatible: false,
      values: [
        { sourceIds: affirmed.map((t) => t.m.source.id), value: "affirmed", text: t(affirmed[0]!) },
        { sourceIds: negated.map((t) => t.m.source.id), value: "negated", text: t(negated[0]!) }
      ],
      summary: `${listOf(affirmed.map((a) => label(a.m.source)))} ${affirmed.length > 1 ? "say" : "says"} the ${eventName(type)} happened (${quote(t(affirmed[0]!), 40)}); ${listOf(negated.map((a) => label(a.m.source)))} ${negated.length > 1 ? "say" : "says"} it did not (${quote(t(negated[0]!), 40)}).`,
      evidence: firsts.map((x) => sentenceSpan(x.m)),
      sourceIds: firsts.map((x) => x.m.source.id),
      alignmentId: alignment.id
    })
  }
  return out
  function t(x: { m: Statement; e: { trigger: { start: number; end: number } } }) {
    return x.m.source.text.slice(x.e.trigger.start, x.e.trigger.end)
  }
}

/** The same words quoted, given to different speakers. */
const attributionDiscrepancies = (
  alignment: Alignment,
  members: readonly Statement[],
  speakerName: (id: string) => string,
  twins: Twins
): Draft[] => {
  const quotes = members.filter((m) => m.claim.attribution === "direct-quote" && m.claim.speakerId !== null)
  const bySource = groupBy(quotes, (q) => q.source.id)
  if (bySource.size < 2) return []
  const firsts = [...bySource.values()].map((g) => g[0]!)
  const speakers = groupBy(firsts, (q) => q.claim.speakerId ?? "")
  if (speakers.size < 2) return []
  // The same quotation: quotes of different speakers must share most of their words, in order (two speakers'
  // quotes about one matter align too, and they are no conflict).
  const same = firsts.every((q) =>
    firsts.every((o) => o.claim.speakerId === q.claim.speakerId || copiedWords(q.tokens, o.tokens) !== null)
  )
  if (!same) return []
  // Where each source also gives the same words to the other's speaker, the sources do not disagree.
  if (
    firsts.every((q) => firsts.every((o) => twins(q, o.source.id).some((t) => t.claim.speakerId === q.claim.speakerId)))
  )
    return []
  const sides = [...speakers.entries()].map(([id, qs]) => ({
    sourceIds: qs.map((q) => q.source.id),
    value: speakerName(id),
    text: qs[0]!.claim.speakerSpan?.text ?? speakerName(id)
  }))
  return [
    {
      kind: "discrepancy",
      type: "attribution",
      severity: "major",
      compatible: false,
      values: sides,
      summary: `The same quotation is attributed to different speakers: ${sides.map((s) => `${listOf(s.sourceIds)} to ${s.value}`).join(", ")}.`,
      evidence: firsts.map((q) => q.claim.speakerSpan ?? sentenceSpan(q)),
      sourceIds: firsts.map((q) => q.source.id),
      alignmentId: alignment.id
    }
  ]
}

const contentWords = (tokens: readonly Token[]) => tokens.filter((t) => t.kind === "word" && !STOP.has(t.lower))

/** The words of two aligned statements and diff's array diff of their lemmas. */
interface PairDiff {
  readonly wordsA: readonly Token[]
  readonly wordsB: readonly Token[]
  readonly changes: readonly ArrayChange<string>[]
}

const isWordToken = (t: Token) => t.kind === "word" || t.kind === "number"

const pairDiff = (a: readonly Token[], b: readonly Token[]): PairDiff => {
  const wordsA = a.filter(isWordToken)
  const wordsB = b.filter(isWordToken)
  const changes = diffArrays(
    wordsA.map((t) => normalizeWord(t.lemma)),
    wordsB.map((t) => normalizeWord(t.lemma))
  )
  return { wordsA, wordsB, changes }
}

/** Word choice: what one source words differently inside an otherwise shared stretch (diff's array diff on tokens). */
const lexicalChoices = (alignment: Alignment, a: Statement, b: Statement, diff: PairDiff): Draft[] => {
  const { wordsA, wordsB, changes } = diff
  const out: Draft[] = []
  let ia = 0
  let ib = 0
  for (let k = 0; k < changes.length; k++) {
    const part = changes[k]!
    const n = part.count ?? part.value.length
    if (!part.added && !part.removed) {
      ia += n
      ib += n
      continue
    }
    const next = changes[k + 1]
    if (part.removed && next?.added) {
      const nb = next.count ?? next.value.length
      const before = changes[k - 1]
      const after = changes[k + 2]
      // A substitution inside shared wording: at least two shared words on each side, one of them a content word.
      const shared = (p: typeof before) => p !== undefined && !p.added && !p.removed && (p.count ?? p.value.length) >= 2
      const near = [...wordsA.slice(Math.max(0, ia - 2), ia), ...wordsA.slice(ia + n, ia + n + 2)]
      const anchored = shared(before) && shared(after) && near.some((t) => !STOP.has(t.lower))
      const removed = wordsA.slice(ia, ia + n)
      const added = wordsB.slice(ib, ib + nb)
      ia += n
      ib += nb
      k++
      // One attribution verb for another of a different weight ("said" / "claimed"): an attribution-verb framing.
      // The speaker may open the sentence ("Smith said ..." / "Smith claimed ..."): one shared word before will do.
      const classA = removed.length === 1 ? VERB_CLASS.get(normalizeWord(removed[0]!.lemma)) : undefined
      const classB = added.length === 1 ? VERB_CLASS.get(normalizeWord(added[0]!.lemma)) : undefined
      const size = (p: typeof before) => (p === undefined || p.added || p.removed ? 0 : (p.count ?? p.value.length))
      const framed = size(before) >= 1 && size(after) >= 2 && size(before) + size(after) >= 3
      if (framed && classA !== undefined && classB !== undefined && classA !== classB) {
        const [verbA, verbB] = [
          a.source.text.slice(removed[0]!.start, removed[0]!.end),
          b.source.text.slice(added[0]!.start, added[0]!.end)
        ]
        out.push({
          kind: "framing",
          type: "attribution-verb",
          severity: "minor",
          wordings: [
            { sourceIds: [a.source.id], words: [verbA] },
            { sourceIds: [b.source.id], words: [verbB] }
          ],
          summary: `The sources introduce the same statement with verbs of different weight: ${quote(verbA, 30)} (${classA}) in ${label(a.source)}, ${quote(verbB, 30)} (${classB}) in ${label(b.source)}.`,
          evidence: [spanOf(a.source, removed[0]!), spanOf(b.source, added[0]!)],
          sourceIds: [a.source.id, b.source.id],
          alignmentId: alignment.id
        })
        continue
      }
      if (!anchored || n > 4 || nb > 4) continue
      const ra = contentWords(removed).filter((t) => CONTENT_POS.has(t.pos) || t.pos === "X")
      const rb = contentWords(added).filter((t) => CONTENT_POS.has(t.pos) || t.pos === "X")
      const pairable = ra.filter((x) => rb.some((y) => x.pos === y.pos && x.lemma !== y.lemma))
      if (pairable.length === 0) continue
      const wa = ra.filter((x) => rb.some((y) => x.pos === y.pos))
      const wb = rb.filter((y) => ra.some((x) => x.pos === y.pos))
      const textA = wa.map((t) => a.source.text.slice(t.start, t.end))
      const textB = wb.map((t) => b.source.text.slice(t.start, t.end))
      out.push({
        kind: "framing",
        type: "lexical-choice",
        severity: "minor",
        wordings: [
          { sourceIds: [a.source.id], words: textA },
          { sourceIds: [b.source.id], words: textB }
        ],
        summary: `The same matter is worded ${quote(textA.join(" "), 40)} in ${label(a.source)} and ${quote(textB.join(" "), 40)} in ${label(b.source)}.`,
        evidence: [...wa.map((t) => spanOf(a.source, t)), ...wb.map((t) => spanOf(b.source, t))],
        sourceIds: [a.source.id, b.source.id],
        alignmentId: alignment.id
      })
      continue
    }
    if (part.removed) ia += n
    else ib += n
  }
  return out
}

/** The same speaker's words introduced with verbs of different weight (said vs claimed); the speaker must be known. */
const attributionVerbs = (alignment: Alignment, members: readonly Statement[], twins: Twins): Draft[] => {
  const attributed = members.filter((m) => m.claim.attribution !== "narrator" && m.claim.verb && m.claim.cue)
  // One speaker's words: the speaker most sources name (two speakers' verbs differ for reasons of their own).
  const bySpeaker = groupBy(
    attributed.filter((m) => m.claim.speakerId !== null),
    (m) => m.claim.speakerId ?? ""
  )
  const speaker = [...bySpeaker.values()]
    .map((ms) => ms.filter((m, i) => ms.findIndex((o) => o.source.id === m.source.id) === i))
    .sort((x, y) => y.length - x.length)[0]
  const bySource = groupBy(speaker ?? [], (m) => m.source.id)
  if (bySource.size < 2) return []
  const firsts = [...bySource.values()].map((g) => g[0]!)
  const classes = new Set(firsts.map((m) => m.claim.verbClass ?? "neutral"))
  if (classes.size < 2) return []
  if (firsts.every((m) => firsts.every((o) => twins(m, o.source.id).some((t) => t.claim.verb === m.claim.verb))))
    return []
  return [
    {
      kind: "framing",
      type: "attribution-verb",
      severity: "minor",
      wordings: firsts.map((m) => ({ sourceIds: [m.source.id], words: [m.claim.cue!.text] })),
      summary: `The sources introduce the same statement with verbs of different weight: ${firsts.map((m) => `${quote(m.claim.cue!.text, 30)} (${m.claim.verbClass ?? "neutral"}) in ${label(m.source)}`).join(", ")}.`,
      evidence: firsts.map((m) => m.claim.cue!),
      sourceIds: firsts.map((m) => m.source.id),
      alignmentId: alignment.id
    }
  ]
}

/** Who or what each source says caused the matter. */
export const causalAttributions = (members: readonly Statement[], alignment?: Alignment): Draft[] => {
  const withCause = members.map((m) => ({ m, causes: causesOf(m) })).filter((x) => x.causes.length > 0)
  const bySource = groupBy(withCause, (x) => x.m.source.id)
  if (bySource.size < 2) return []
  const firsts = [...bySource.values()].map((g) => g[0]!)
  const words = (x: (typeof firsts)[number]) =>
    new Set(
      x.m.source.text
        .slice(x.causes[0]!.start, x.causes[0]!.end)
        .toLowerCase()
        .match(/\p{L}{4,}/gu) ?? []
    )
  const [first, ...rest] = firsts.map(words)
  const shared = rest.every((set) =>
    [...set].some((w) => first!.has(w) && !/^(from|after|stems?|arose|because|relations?)$/.test(w))
  )
  if (shared) return []
  const evidence: Span[] = firsts.map((x) => spanOf(x.m.source, x.causes[0]!))
  return [
    {
      kind: "framing",
      type: "causal-attribution",
      severity: "major",
      wordings: firsts.map((x, i) => ({ sourceIds: [x.m.source.id], words: [evidence[i]!.text] })),
      summary: `The sources give different causes: ${firsts.map((x, i) => `${label(x.m.source)} ${quote(evidence[i]!.text, 70)}`).join("; ")}.`,
      evidence,
      sourceIds: firsts.map((x) => x.m.source.id),
      ...(alignment ? { alignmentId: alignment.id } : {})
    }
  ]
}

/** True when every source of the alignment reports an event of one same type (a trip to one same place). */
const sharesTypedEvent = (members: readonly Statement[], placeOf: PlaceOf): boolean => {
  const keysOf = (m: Statement) =>
    m.events
      .filter((e) => e.type !== "statement")
      .map((e) => (e.type === "travel" ? `travel@${placeOf(m, e) ?? "?"}` : e.type))
  const perSource = [...groupBy(members, (m) => m.source.id).values()].map((ms) => new Set(ms.flatMap(keysOf)))
  return perSource.length >= 2 && [...perSource[0]!].some((k) => !k.endsWith("@?") && perSource.every((s) => s.has(k)))
}

/** The agreement of an alignment, typed by the most specific thing the statements share. */
const agreementOf = (
  alignment: Alignment,
  members: readonly Statement[],
  hasConflict: boolean,
  placeOf: PlaceOf
): Draft | null => {
  const sourceIds = sourcesOf(members)
  if (sourceIds.length < 2 || hasConflict) return null
  const perSource = [...groupBy(members, (m) => m.source.id).values()]
  const shared = (facet: (m: Statement) => readonly string[]) => {
    const sets = perSource.map((ms) => new Set(ms.flatMap(facet)))
    return [...sets[0]!].filter((v) => sets.every((s) => s.has(v)))
  }
  const days = shared((m) => m.times.map((t) => t.value ?? "").filter((v) => v.length === 10))
  const numbers = shared((m) => numbersOf(m).map((n) => `${n.value} ${n.unit}`))
  const events = shared((m) =>
    m.events
      .filter((e) => e.type !== "statement")
      .map((e) => (e.type === "travel" ? `travel@${placeOf(m, e) ?? "?"}` : e.type))
      .filter((key) => !key.endsWith("@?"))
  ).map((key) => key.split("@")[0]!)
  const quotes = shared((m) => (m.claim.attribution === "direct-quote" && m.claim.speakerId ? [m.claim.speakerId] : []))
  const purposes = perSource.every((ms) => ms.some((m) => purposesOf(m).length > 0))
  const type =
    quotes.length > 0
      ? "quote"
      : days.length > 0
        ? "date"
        : numbers.length > 0
          ? "number"
          : purposes
            ? "purpose"
            : events.length > 0
              ? "event"
              : "claim"
  const what =
    type === "date"
      ? ` on ${days[0]}`
      : type === "number"
        ? ` on ${numbers[0]}`
        : type === "event"
          ? ` on the ${eventName(events[0] ?? "other")}`
          : type === "purpose"
            ? " on the purpose"
            : ""
  // An untyped agreement needs the statements to say the same thing, not merely to be related.
  if (type === "claim" && (alignment.signals.paraphrase ?? 0) < PARAPHRASE_THRESHOLD) return null
  const firsts = perSource.map((ms) => ms[0]!)
  return {
    kind: "agreement",
    type,
    severity: "info",
    summary: `${labels(members)} agree${what}: ${firsts.map((m) => `${quote(m.claim.text, 70)}`).join(" / ")}.`,
    evidence: members.map((m) => spanOf(m.source, m.claim)),
    sourceIds,
    alignmentId: alignment.id
  }
}

/** The weight of each attribution verb (lemma): neutral ("say") or loaded ("claim"), from the lexicon. */
const VERB_CLASS: ReadonlyMap<string, string> = new Map(
  attributionVerbLexicon.entries.filter((e) => !e.lemma.includes(" ")).map((e) => [e.lemma, e.class])
)

/** Share of the longer statement's words the other must have, in order, for the two to be the same wording. */
const SAME_WORDING = 0.75

/**
 * The diff of two statements' whole sentences when they are the same wording (see SAME_WORDING), else null. The
 * diff gives up as soon as more edits are needed than same wording allows (most aligned sentences are rewordings,
 * and a full diff of two rewordings costs the most of all).
 */
const copiedSentences = (a: Statement, b: Statement): PairDiff | null =>
  copiedWords(sentenceTokens(a), sentenceTokens(b))

/** The diff of two token runs when they are the same wording, else null (giving up early, as above). */
const copiedWords = (a: readonly Token[], b: readonly Token[]): PairDiff | null => {
  const wordsA = a.filter(isWordToken)
  const wordsB = b.filter(isWordToken)
  const longer = Math.max(wordsA.length, wordsB.length)
  // Shared ≥ SAME_WORDING × longer means at most this many words removed and added.
  const maxEditLength = Math.max(0, Math.floor(wordsA.length + wordsB.length - 2 * SAME_WORDING * longer))
  const changes = diffArrays(
    wordsA.map((t) => normalizeWord(t.lemma)),
    wordsB.map((t) => normalizeWord(t.lemma)),
    { maxEditLength }
  )
  if (changes === undefined) return null
  const diff = { wordsA, wordsB, changes }
  return sameWording(diff) ? diff : null
}

/** True when most words of the longer side are shared, in order (see SAME_WORDING). */
const sameWording = ({ wordsA, wordsB, changes }: PairDiff): boolean => {
  let sharedWords = 0
  for (const p of changes) if (!p.added && !p.removed) sharedWords += p.count ?? p.value.length
  return sharedWords >= SAME_WORDING * Math.max(wordsA.length, wordsB.length)
}

const NEGATORS: ReadonlySet<string> = new Set(negation.entries.filter((w) => !w.includes(" ")))
const NON_NEGATING: ReadonlySet<string> = new Set(negation.nonNegating)

/** The tokens of a statement's whole sentence. */
const sentenceTokens = (s: Statement): readonly Token[] =>
  s.reading.segmented.tokens.slice(s.sentence.tokenStart, s.sentence.tokenEnd)

/** The span from the first to the last of some tokens (they are in text order). */
const stretch = (s: Statement, tokens: readonly Token[]): Span =>
  spanOf(s.source, { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end })

/**
 * Discrepancies inside otherwise shared wording of two strongly aligned statements: a negator one of them inserts
 * ("was expelled" / "was not expelled") is a polarity discrepancy; a time expression one of them has where the
 * other has another, of a different date ("met on Tuesday" / "met on Thursday"), a date discrepancy. Each needs
 * statements that share three quarters of their words, in order, and shared words around the change: a rewording is
 * no conflict.
 */
const wordedDiscrepancies = (alignment: Alignment, a: Statement, b: Statement, diff: PairDiff): Draft[] => {
  const { wordsA, wordsB, changes } = diff
  const out: Draft[] = []
  const size = (p: (typeof changes)[number] | undefined) => (p === undefined ? 0 : (p.count ?? p.value.length))
  const shared = (p: (typeof changes)[number] | undefined) => p !== undefined && !p.added && !p.removed
  let ia = 0
  let ib = 0
  for (let k = 0; k < changes.length; k++) {
    const part = changes[k]!
    const n = size(part)
    if (shared(part)) {
      ia += n
      ib += n
      continue
    }
    const before = changes[k - 1]
    const next = changes[k + 1]
    const substitution = part.removed && next?.added === true
    const after = substitution ? changes[k + 2] : next
    // Shared words on both sides of the change, or on one side when it ends or starts the sentence.
    const anchored =
      (shared(before) || before === undefined) &&
      (shared(after) || after === undefined) &&
      size(before) + size(after) >= 3
    if (substitution) {
      const removed = wordsA.slice(ia, ia + n)
      const added = wordsB.slice(ib, ib + size(next))
      ia += n
      ib += size(next)
      k++
      if (!anchored || removed.length > 4 || added.length > 4) continue
      const timeIn = (s: Statement, tokens: readonly Token[]) =>
        s.times.find((t) => t.value !== null && tokens.some((x) => x.start < t.end && t.start < x.end))
      const ta = timeIn(a, removed)
      const tb = timeIn(b, added)
      if (!ta || !tb || ta.value!.startsWith(tb.value!) || tb.value!.startsWith(ta.value!)) continue
      const days = ta.value!.length === 10 && tb.value!.length === 10 ? dayDiff(ta.value!, tb.value!) : null
      const compatible = days !== null && days <= 1
      out.push({
        kind: "discrepancy",
        type: "date",
        severity: compatible ? "minor" : "major",
        compatible,
        values: [
          { sourceIds: [a.source.id], value: ta.value!, text: ta.text },
          { sourceIds: [b.source.id], value: tb.value!, text: tb.text }
        ],
        summary: `In the same wording ${label(a.source)} has ${ta.value} (${quote(ta.text, 40)}) and ${label(b.source)} ${tb.value} (${quote(tb.text, 40)})${compatible ? "; a day apart, which time zones can explain" : ""}.`,
        evidence: [spanOf(a.source, ta), spanOf(b.source, tb)],
        sourceIds: [a.source.id, b.source.id],
        alignmentId: alignment.id
      })
      continue
    }
    // An insertion on one side only: a negator there and nowhere else in the change.
    const inA = part.removed === true
    const inserted = inA ? wordsA.slice(ia, ia + n) : wordsB.slice(ib, ib + n)
    const at = inA ? ia : ib
    if (inA) ia += n
    else ib += n
    if (!anchored || inserted.length > 2 || !inserted.every((t) => NEGATORS.has(normalizeWord(t.lemma)))) continue
    const [negatedSide, negatedWords, plainSide, plainWords, plainAt] = inA
      ? ([a, wordsA, b, wordsB, ib] as const)
      : ([b, wordsB, a, wordsA, ia] as const)
    const following = negatedWords[at + inserted.length]
    if (following && NON_NEGATING.has(`${normalizeWord(inserted[inserted.length - 1]!.lower)} ${following.lower}`))
      continue
    const negatedSpan = stretch(negatedSide, negatedWords.slice(Math.max(0, at - 1), at + inserted.length + 1))
    const plainSpan = stretch(plainSide, plainWords.slice(Math.max(0, plainAt - 1), plainAt + 1))
    out.push({
      kind: "discrepancy",
      type: "polarity",
      severity: "major",
      compatible: false,
      values: [
        { sourceIds: [plainSide.source.id], value: "affirmed", text: plainSpan.text },
        { sourceIds: [negatedSide.source.id], value: "negated", text: negatedSpan.text }
      ],
      summary: `In the same wording ${label(plainSide.source)} says ${quote(plainSpan.text, 40)} and ${label(negatedSide.source)} ${quote(negatedSpan.text, 40)}.`,
      evidence: [plainSpan, negatedSpan],
      sourceIds: [plainSide.source.id, negatedSide.source.id],
      alignmentId: alignment.id
    })
  }
  return out
}

/** Every finding one alignment gives. */
export const classifyAlignment = (
  alignment: Alignment,
  members: readonly Statement[],
  speakerName: (id: string) => string,
  placeOf: PlaceOf,
  twins: Twins,
  participantsOf: ParticipantsOf
): Draft[] => {
  const discrepancies = [
    ...dateDiscrepancies(alignment, members, placeOf),
    ...numberDiscrepancies(alignment, members),
    ...polarityDiscrepancies(alignment, members, participantsOf),
    ...attributionDiscrepancies(alignment, members, speakerName, twins)
  ]
  // A weak alignment (below the paraphrase-level threshold) is the same matter only when the statements
  // report an event of the same type; then it may show a discrepancy or an agreement on that event, no more.
  const strong = alignment.score >= ALIGN_THRESHOLD
  if (!strong && !sharesTypedEvent(members, placeOf)) return []
  const framing = strong
    ? [...attributionVerbs(alignment, members, twins), ...causalAttributions(members, alignment)]
    : []
  if (strong)
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++)
        if (members[i]!.source.id !== members[j]!.source.id) {
          const [a, b] = [members[i]!, members[j]!]
          framing.push(...lexicalChoices(alignment, a, b, pairDiff(a.tokens, b.tokens)))
          // Inside shared wording of the whole sentences (a date is often outside the claim: "X said on Monday"),
          // a negation or a date one source has and the other does not: unless the events already show the conflict.
          const sentences = copiedSentences(a, b)
          if (sentences === null) continue
          // Copied sentences: word choice outside the claims too ("said in a statement" / "said in a rant").
          framing.push(...lexicalChoices(alignment, a, b, sentences))
          for (const found of wordedDiscrepancies(alignment, a, b, sentences))
            if (!discrepancies.some((d) => d.kind === "discrepancy" && d.type === found.type)) discrepancies.push(found)
        }
  // One attribution-verb finding per alignment: the claims' own (first) or one read off the copied wording.
  const verbFinding = framing.findIndex((f) => f.type === "attribution-verb")
  for (let i = framing.length - 1; i > verbFinding; i--)
    if (verbFinding >= 0 && framing[i]!.type === "attribution-verb") framing.splice(i, 1)
  const conflict = discrepancies.some((d) => d.severity === "major")
  const agreement = agreementOf(alignment, members, conflict, placeOf)
  return [...(agreement ? [agreement] : []), ...discrepancies, ...framing]
}
