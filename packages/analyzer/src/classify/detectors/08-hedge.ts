import { PARAPHRASE_THRESHOLD } from "../../align/3-alignments.js"
import type { Context } from "../Context.js"
import type { Detection } from "../draft.js"
import type { Statement } from "../../align/2-statements.js"
import type { Range, Token } from "../../Document.js"
import { DISTANCING_HEDGE_WORDS, hedgesIn, inSentenceWriterWords, inWriterWords, quantitiesOf } from "../facets.js"
import { counterpartsOf } from "./07-loaded-language.js"
import { claimSpan, type Detector, spanIn } from "./shared.js"

/**
 * Hedges: the writer keeps its distance from what it reports ("allegedly", "reportedly", "so-called") where another
 * source states the same matter without such distance. Also a statement one source attributes to a speaker ("Mr.
 * Bush said his rate was 36 percent") and another states as a fact of its own ("Bush paid a rate of roughly 36
 * percent"), when the two say the same thing (paraphrase-level alignment).
 */
export const hedges: Detector = (ctx: Context) => {
  const out: Detection[] = []
  for (const s of ctx.statements) {
    const found = hedgesIn(s)
    if (found.length === 0) continue
    const plainPhrase = found.length === 1 ? plainUsesOf(ctx, s, found[0]!) : undefined
    if (plainPhrase !== undefined) {
      out.push(plainPhraseFinding(s, found[0]!, plainPhrase))
      continue
    }
    const counterparts = counterpartsOf(ctx, s)
    // Contrastive only: a hedge on a matter no other source tells is set against nothing.
    if (counterparts.length === 0) continue
    const plain = counterparts.filter((c) => hedgesIn(c).length === 0)
    if (plain.length === 0) continue
    const words = found.map((r) => s.source.text.slice(r.start, r.end))
    out.push({
      kind: "framing",
      type: "hedge",
      severity: "minor",
      wordings: [{ sourceIds: [s.sourceId], words }, ...plain.map((c) => ({ sourceIds: [c.sourceId], words: [] }))],
      evidence: [...found.map((r) => spanIn(s, r)), ...plain.map(claimSpan)],
      sourceIds: [s.sourceId, ...plain.map((c) => c.sourceId)],
      about: {
        type: "hedge",
        sourceId: s.sourceId,
        words,
        counterparts: plain.map((c) => ({ sourceId: c.sourceId, text: c.claim.text }))
      },
      strength: Math.max(...plain.map((c) => ctx.scoreOf(s, c)))
    })
  }
  for (const g of ctx.groups) {
    if ((g.alignment.signals.paraphrase ?? 0) < PARAPHRASE_THRESHOLD) continue
    // Attributed to a person with a plain verb: distance taken by attributing at all (a charge or an allegation of a
    // court or a document is the normal way to report it, not a hedge).
    const attributed = g.members.filter(
      (m) =>
        m.claim.attribution === "indirect" &&
        m.claim.cue !== undefined &&
        m.claim.verbClass !== "loaded" &&
        m.claim.speakerId !== null &&
        ctx.actors.get(m.claim.speakerId)?.kind === "person"
    )
    const asserted = g.members.filter(
      (m) => m.claim.attribution === "narrator" && !attributed.some((a) => a.sourceId === m.sourceId)
    )
    const first = attributed[0]
    if (first === undefined || asserted.length === 0) continue
    // A fact: a figure the attributed statement gives and the asserted one states too ("his rate was 36 percent" /
    // "Bush paid a rate of roughly 36 percent"); a paraphrase of someone's view is not stated as fact elsewhere.
    const figures = (s: Statement) => quantitiesOf(s).map((q) => `${q.unit}:${q.value}`)
    if (!asserted.some((a) => figures(a).some((f) => figures(first).includes(f)))) continue
    // Attributed in one source only: where every source attributes it, no one states it as fact.
    if (g.members.some((m) => m.sourceId !== first.sourceId && m.claim.attribution !== "narrator")) continue
    out.push({
      kind: "framing",
      type: "hedge",
      severity: "minor",
      wordings: [
        { sourceIds: [first.sourceId], words: [first.claim.cue!.text] },
        ...asserted.map((m) => ({ sourceIds: [m.sourceId], words: [] }))
      ],
      evidence: [
        first.claim.cue!,
        ...(first.claim.speakerSpan ? [first.claim.speakerSpan] : []),
        claimSpan(first),
        ...asserted.map(claimSpan)
      ],
      sourceIds: [first.sourceId, ...asserted.map((m) => m.sourceId)],
      alignmentId: g.alignment.id,
      about: {
        type: "attributed-fact",
        attributed: {
          sourceId: first.sourceId,
          text: first.source.text.slice(
            Math.min(first.claim.start, first.claim.cue!.start, first.claim.speakerSpan?.start ?? first.claim.start),
            Math.max(first.claim.end, first.claim.cue!.end)
          )
        },
        asserted: asserted.map((m) => ({ sourceId: m.sourceId, text: m.claim.text }))
      },
      strength: g.alignment.score
    })
  }
  return out
}

/** Tags of the words of a noun phrase after an adjectival hedge ("alleged Russian interference"). */
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN", "NUM"])

/** Least number of words of the hedged noun phrase: one common noun ("alleged crimes") is too general to look up. */
const MIN_PHRASE_WORDS = 2

/** Tokens before a plain use of the phrase read for a hedge of its own; one more is read, so that a hyphenated hedge
 * written as three tokens ("so-called") is whole. */
const HEDGE_LOOKBACK = 2

interface PlainUse {
  readonly statement: Statement
  readonly range: Range
}

const isWord = (t: Token): boolean => t.kind === "word" || t.kind === "number"

/** The noun phrase an adjectival hedge modifies: the tagged words right after it, in the writer's words. */
const hedgedPhrase = (s: Statement, hedge: Range): readonly Token[] => {
  const at = s.tokens.findIndex((t) => t.start >= hedge.end)
  if (at <= 0 || !s.tokens.slice(0, at).some((t) => t.end === hedge.end)) return []
  const words: Token[] = []
  for (const t of s.tokens.slice(at)) {
    if (!isWord(t) || !NOUN_PHRASE_TAGS.has(t.pos) || !inWriterWords(s, t)) break
    words.push(t)
  }
  return words
}

/**
 * Where a statement's sentence uses the phrase in the writer's words (its attribution frame included: "the special
 * counsel investigating Russian interference said") with no hedge just before it.
 */
const plainUseIn = (s: Statement, phrase: readonly string[]): Range | undefined => {
  const tokens = s.sentenceTokens
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    if (!phrase.every((w, k) => tokens[i + k]!.lower === w)) continue
    const range = { start: tokens[i]!.start, end: tokens[i + phrase.length - 1]!.end }
    if (!inSentenceWriterWords(s, range)) continue
    // The words just before it, as written: "so-called" is three tokens.
    const from = tokens[Math.max(0, i - HEDGE_LOOKBACK - 1)]!.start
    const before = s.source.text
      .slice(from, tokens[i]!.start)
      .toLowerCase()
      .split(/[^\p{L}-]+/u)
    if (before.some((w) => DISTANCING_HEDGE_WORDS.has(w))) continue
    return range
  }
  return undefined
}

/**
 * The other sources' plain uses of the noun phrase a hedge modifies ("alleged Russian interference" against another
 * source's own "Russian interference"): the same words with and without the distance, the plainest contrast a reader
 * can check. Undefined where the hedge is no adjective before a noun phrase of two words or more, where no other
 * source uses the phrase in its own words, or where the hedging source itself uses it plainly elsewhere (then the
 * hedge is no stance of that source on the matter).
 */
const plainUsesOf = (ctx: Context, s: Statement, hedge: Range): readonly PlainUse[] | undefined => {
  const phrase = hedgedPhrase(s, hedge).map((t) => t.lower)
  if (phrase.length < MIN_PHRASE_WORDS) return undefined
  const uses: PlainUse[] = []
  for (const source of ctx.sources) {
    for (const other of ctx.bySource.get(source.id) ?? []) {
      const range = plainUseIn(other, phrase)
      if (range === undefined) continue
      if (source.id === s.sourceId) return undefined
      uses.push({ statement: other, range })
      break
    }
  }
  return uses.length === 0 ? undefined : uses
}

const plainPhraseFinding = (s: Statement, hedge: Range, uses: readonly PlainUse[]): Detection => {
  const words = [s.source.text.slice(hedge.start, hedge.end)]
  const phraseOf = (u: PlainUse) => u.statement.source.text.slice(u.range.start, u.range.end)
  return {
    kind: "framing",
    type: "hedge",
    severity: "minor",
    wordings: [
      { sourceIds: [s.sourceId], words },
      ...uses.map((u) => ({ sourceIds: [u.statement.sourceId], words: [phraseOf(u)] }))
    ],
    evidence: [spanIn(s, hedge), ...uses.map((u) => spanIn(u.statement, u.range))],
    sourceIds: [s.sourceId, ...uses.map((u) => u.statement.sourceId)],
    about: {
      type: "hedge",
      sourceId: s.sourceId,
      words,
      counterparts: uses.map((u) => ({ sourceId: u.statement.sourceId, text: phraseOf(u) }))
    },
    // The same words with and without the hedge: as strong as a contrast of words gets.
    strength: 1
  }
}
