import type { SourceId, Span } from "@diplo/model"
import type { PlacedMention, Statement } from "../../align/2-statements.js"
import type { Token } from "../../Document.js"
import attributionVerbLexicon from "../../lexicons/attribution-verbs.json" with { type: "json" }
import titles from "../../lexicons/titles.json" with { type: "json" }
import type { Context } from "../Context.js"
import type { Detection } from "../draft.js"
import { inSentenceWriterWords, inWriterWords } from "../facets.js"
import { copiedSentences, pairDiff, substitutions } from "../wording.js"
import { type Detector, spanIn } from "./shared.js"

const CONTENT_POS = new Set(["VERB", "NOUN", "ADJ", "ADV"])
const VERBS: ReadonlySet<string> = new Set(attributionVerbLexicon.entries.map((e) => e.lemma))
const STANCE: ReadonlySet<string> = new Set(attributionVerbLexicon.stance.entries)
const DESCRIBING_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM"])
/** Words of titles, offices and honorifics: they say what post someone holds, not how the writer sees them. */
const OFFICE_WORDS: ReadonlySet<string> = new Set(
  titles.entries.flatMap((e) => e.form.split(/[\s-]+/)).map((w) => w.replace(/\.$/, ""))
)
/** Adjectives of institutions and offices: they place someone, they do not characterize them. */
const INSTITUTIONAL = new Set([
  "presidential",
  "congressional",
  "federal",
  "national",
  "legislative",
  "judicial",
  "executive",
  "political",
  "military",
  "diplomatic",
  "official",
  "public",
  "senior",
  "top",
  "former",
  "current",
  "new",
  "other",
  "own",
  "first",
  "last",
  "many",
  "several",
  "local",
  "foreign",
  "international",
  "general",
  "special"
])
const STOP = new Set(["a", "an", "the", "of", "to", "for", "and", "his", "her", "its", "their", "who", "which", "that"])
const MAX_PREMODIFIERS = 6
const MAX_APPOSITION = 12

/** The words one source uses to describe an actor at one mention: before the name and in an apposition after it. */
interface Description {
  readonly span: Span
  /** Lower-case content words that characterize (not names, not titles). */
  readonly words: readonly string[]
}

const describing = (tokens: readonly Token[], nameWords: ReadonlySet<string>, nouns = true): string[] =>
  tokens
    .filter(
      (t) =>
        (t.pos === "ADJ" || (nouns && t.pos === "NOUN") || t.pos === "ADV" || t.lower.includes("-")) &&
        !INSTITUTIONAL.has(t.lower) &&
        t.kind === "word" &&
        /^\p{Ll}/u.test(t.lower) &&
        !OFFICE_WORDS.has(t.lower) &&
        !STOP.has(t.lower) &&
        !nameWords.has(t.lower)
    )
    .map((t) => t.lemma)

const descriptionsAt = (s: Statement, m: PlacedMention, nameWords: ReadonlySet<string>): Description[] => {
  const tokens = s.sentenceTokens
  const first = tokens.findIndex((t) => t.start >= m.start)
  let last = tokens.findIndex((t) => t.end > m.end)
  if (first < 0) return []
  if (last < 0) last = tokens.length
  const out: Description[] = []
  // Before the name: "President Dunn's ex-adviser Alan Dunn", "nonprofit conservative advocacy group X".
  let k = first
  while (k > 0 && first - k < MAX_PREMODIFIERS) {
    const t = tokens[k - 1]!
    const possessive = t.lower === "'s" || t.lower === "’s"
    if (!inWriterWords(s, t) || !(DESCRIBING_POS.has(t.pos) || possessive || t.lower === "-")) break
    k--
  }
  // The run must open a noun phrase: after a determiner, a preposition, a mark or the sentence's start.
  const opener = tokens[k - 1]
  const opens =
    opener === undefined || ["DET", "ADP", "PUNCT", "CCONJ", "SCONJ"].includes(opener.pos) || opener.kind === "punct"
  const inside = tokens.slice(first, last).filter((t) => !nameWords.has(t.lower))
  const pre = opens ? [...tokens.slice(k, first), ...inside] : inside
  // Before a name only adjectives characterize ("eccentric", "ex-"): a noun there is mostly a role or another phrase.
  const preWords = describing(pre, nameWords, false)
  if (preWords.length > 0) {
    const from = opens ? tokens[k]!.start : m.start
    out.push({ span: spanIn(s, { start: Math.min(from, m.start), end: m.end }), words: preWords })
  }
  // After it, an apposition: "Alan Dunn, an eccentric longtime Republican strategist, ..."
  if (
    tokens[last]?.lower === "," &&
    ["a", "an", "the", "his", "her", "its", "their"].includes(tokens[last + 1]?.lower ?? "")
  ) {
    let e = last + 1
    while (e < tokens.length && e - last <= MAX_APPOSITION) {
      const t = tokens[e]!
      if ([",", ".", ";", ")", "—", "–", "who", "which", "that"].includes(t.lower) || !inWriterWords(s, t)) break
      e++
    }
    const words = describing(tokens.slice(last + 1, e), nameWords)
    if (words.length > 0 && e > last + 1)
      out.push({ span: spanIn(s, { start: tokens[last + 1]!.start, end: tokens[e - 1]!.end }), words })
  }
  return out
}

/**
 * Lexical choice: the same matter in other words. (1) Inside otherwise copied wording, a content word of the writer's
 * own replaced by another of the same part of speech. (2) How each source describes one actor in its own voice:
 * the characterizing words before the name or in an apposition ("an eccentric longtime Republican strategist",
 * "President Dunn's ex-adviser"), where the sources' words differ. Titles and offices are not descriptions.
 */
export const lexicalChoices: Detector = (ctx: Context) => [...copiedWording(ctx), ...actorDescriptions(ctx)]

const copiedWording = (ctx: Context): Detection[] => {
  const out: Detection[] = []
  for (const g of ctx.groups) {
    if (!g.strong) continue
    for (let i = 0; i < g.members.length; i++)
      for (let j = i + 1; j < g.members.length; j++) {
        const [a, b] = [g.members[i]!, g.members[j]!]
        if (a.sourceId === b.sourceId) continue
        // The claims' own words, and where the whole sentences are copies, the words around the claims too.
        const copied = copiedSentences(a, b, ctx.tuning.sameWording)
        const diffs = [
          { diff: pairDiff(a.tokens, b.tokens), own: inWriterWords },
          ...(copied === null ? [] : [{ diff: copied, own: inSentenceWriterWords }])
        ]
        const seenHere = new Set<string>()
        for (const { sub, own } of diffs.flatMap(({ diff, own }) => substitutions(diff).map((sub) => ({ sub, own })))) {
          // The speaker may open the sentence ("Smith said ..." / "Smith claimed ..."): one shared word before will do
          // for a verb, two are needed for any other word.
          const verbSwap =
            sub.removed.length === 1 &&
            sub.added.length === 1 &&
            VERBS.has(sub.removed[0]!.lemma) &&
            VERBS.has(sub.added[0]!.lemma)
          if (sub.before < (verbSwap ? 1 : 2) || sub.after < 2 || sub.removed.length > 4 || sub.added.length > 4)
            continue
          const key = `${sub.removed[0]!.start}|${sub.added[0]!.start}`
          if (seenHere.has(key)) continue
          seenHere.add(key)
          if (!sub.removed.every((t) => own(a, t)) || !sub.added.every((t) => own(b, t))) continue
          // One attribution verb for another of a different stance ("said" / "claimed"): an attribution-verb framing.
          if (verbSwap) {
            const [va, vb] = [sub.removed[0]!, sub.added[0]!]
            const weight = (t: Token) => (STANCE.has(t.lemma) ? "loaded" : "neutral")
            if (weight(va) !== weight(vb))
              out.push({
                kind: "framing",
                type: "attribution-verb",
                severity: "minor",
                wordings: [
                  { sourceIds: [a.sourceId], words: [a.source.text.slice(va.start, va.end)] },
                  { sourceIds: [b.sourceId], words: [b.source.text.slice(vb.start, vb.end)] }
                ],
                evidence: [spanIn(a, va), spanIn(b, vb)],
                sourceIds: [a.sourceId, b.sourceId],
                alignmentId: g.alignment.id,
                about: {
                  type: "attribution-verb",
                  speaker: null,
                  verbs: [
                    { sourceId: a.sourceId, text: a.source.text.slice(va.start, va.end), weight: weight(va) },
                    { sourceId: b.sourceId, text: b.source.text.slice(vb.start, vb.end), weight: weight(vb) }
                  ]
                },
                strength: g.alignment.score
              })
            continue
          }
          const ra = sub.removed.filter((t) => CONTENT_POS.has(t.pos) && !STOP.has(t.lower))
          const rb = sub.added.filter((t) => CONTENT_POS.has(t.pos) && !STOP.has(t.lower))
          const wa = ra.filter((x) => rb.some((y) => x.pos === y.pos && x.lemma !== y.lemma))
          const wb = rb.filter((y) => ra.some((x) => x.pos === y.pos && x.lemma !== y.lemma))
          if (wa.length === 0 || wb.length === 0) continue
          const text = (s: Statement, ts: readonly Token[]) => ts.map((t) => s.source.text.slice(t.start, t.end))
          out.push({
            kind: "framing",
            type: "lexical-choice",
            severity: "minor",
            wordings: [
              { sourceIds: [a.sourceId], words: text(a, wa) },
              { sourceIds: [b.sourceId], words: text(b, wb) }
            ],
            evidence: [...wa.map((t) => spanIn(a, t)), ...wb.map((t) => spanIn(b, t))],
            sourceIds: [a.sourceId, b.sourceId],
            alignmentId: g.alignment.id,
            about: { type: "lexical-choice", actor: null },
            strength: g.alignment.score
          })
        }
      }
  }
  return out
}

const actorDescriptions = (ctx: Context): Detection[] => {
  const perActor = new Map<string, Map<SourceId, Description[]>>()
  for (const s of ctx.statements) {
    if (s.claim.attribution !== "narrator") continue
    for (const m of s.mentions) {
      const actor = ctx.actors.get(m.actorId)
      if (actor === undefined || !["person", "organization", "group"].includes(actor.kind)) continue
      if (!inWriterWords(s, m)) continue
      const nameWords = new Set(
        [actor.name, ...(actor.aliases ?? [])].flatMap((n) => n.toLowerCase().split(/[\s-]+/)).filter((w) => w !== "")
      )
      const found = descriptionsAt(s, m, nameWords)
      if (found.length === 0) continue
      const bySource = perActor.get(m.actorId) ?? new Map<SourceId, Description[]>()
      perActor.set(m.actorId, bySource)
      bySource.set(s.sourceId, [...(bySource.get(s.sourceId) ?? []), ...found])
    }
  }
  const order = new Map(ctx.sources.map((s, i) => [s.id as string, i]))
  const out: Detection[] = []
  for (const [actorId, bySource] of perActor) {
    if (bySource.size < 2) continue
    const sides = [...bySource.entries()].sort((x, y) => (order.get(x[0]) ?? 0) - (order.get(y[0]) ?? 0))
    const wordsOf = (ds: readonly Description[]) => new Set(ds.flatMap((d) => d.words))
    // Words one source uses that no other source uses for this actor.
    const own = sides.map(([id, ds]) => {
      const others = new Set(sides.filter(([o]) => o !== id).flatMap(([, o]) => [...wordsOf(o)]))
      return { id, ds, only: [...wordsOf(ds)].filter((w) => !others.has(w)) }
    })
    if (own.filter((o) => o.only.length > 0).length === 0) continue
    const chosen = own.map((o) => {
      const best = [...o.ds].sort(
        (x, y) =>
          y.words.filter((w) => o.only.includes(w)).length - x.words.filter((w) => o.only.includes(w)).length ||
          x.span.start - y.span.start
      )[0]!
      return { id: o.id, d: best }
    })
    out.push({
      kind: "framing",
      type: "lexical-choice",
      severity: "minor",
      wordings: chosen.map((c) => ({ sourceIds: [c.id], words: [c.d.span.text] })),
      evidence: chosen.map((c) => c.d.span),
      sourceIds: chosen.map((c) => c.id),
      about: { type: "lexical-choice", actor: ctx.actorName(actorId) },
      strength: 0.5
    })
  }
  return out
}
