/**
 * A quotation next to the cue: after it ("said: “...”", "told reporters “...”") or before it ("“... will pay,” said
 * X"). The quote is the content, taken whole.
 */
import type { Quotation, Range } from "../../../Document.js"
import { BETWEEN_SPEAKER_AND_VERB } from "../lexicon.js"
import {
  type ContentRule,
  DASHES,
  type FrameContext,
  frame,
  indexAt,
  isVerbForm,
  MAX_APPOSITIVE,
  MAX_NOUN_PHRASE,
  MAX_WINDOW,
  SENTENCE_END,
  verbFrame
} from "./context.js"
import { leftNounPhrase, rightNounPhrase } from "./noun-phrase.js"
import { appositive } from "./speaker.js"

/** A speaker phrase opened by a relative pronoun with a subject after it ("which she", "that the group"). */
const RELATIVE_OBJECT = /^(?:which|that)\s+\S/iu

export const quoteNextToCue: ContentRule = {
  name: "quote",
  apply: (ctx, cue) => {
    const { first, last } = cue
    const after = quoteAfter(ctx, last + 1, cue.afterObject)
    const before = cue.takesSubject ? null : quoteBefore(ctx, first, last)
    // A quote that ends with a comma (or runs straight into its speaker) needs the cue after it; else the cue introduces the next one.
    if (before !== null && (before.attached || after === null)) {
      ctx.usedQuotes.add(before.quote)
      if (before.next !== null) ctx.usedQuotes.add(before.next)
      return frame(ctx, cue.range, cue.verb, before.speaker, before.contents, true, cue.sentence, first, last, false)
    }
    if (after !== null) {
      ctx.usedQuotes.add(after.quote)
      return verbFrame(ctx, cue, [after.range], true)
    }
    return null
  }
}

/** "said: “...”", "said, “...”", "told reporters “...”". */
const quoteAfter = (ctx: FrameContext, from: number, afterObject: number): { range: Range; quote: number } | null => {
  const words = ctx.words
  const sentence = words[from - 1]!.sentence
  for (let k = from; k < from + MAX_WINDOW && k < words.length; k++) {
    const w = words[k]!
    const q = ctx.view.quoteOf[k]!
    if (q >= 0) {
      const quote = ctx.view.quotes[q]!
      if (quote.start !== w.start || ctx.usedQuotes.has(q)) return null
      const before = words[k - 1]!
      const gapOk = k === from || k === afterObject || before.lower === ":" || before.lower === ","
      if (!gapOk) return null
      return { range: quote.inner, quote: q }
    }
    if (w.sentence !== sentence && k > from) return null
    if (SENTENCE_END.has(w.lower) || w.lower === "that" || w.lower === ";") return null
    if (isVerbForm(ctx, k)) return null
  }
  return null
}

/** "... will pay," said X / "... will pay," X said: the cue follows a closing quotation mark. */
const quoteBefore = (
  ctx: FrameContext,
  first: number,
  last: number
): { speaker: Range | null; contents: Range[]; quote: number; next: number | null; attached: boolean } | null => {
  const words = ctx.words
  let k = first - 1
  // Room for a speaker with an appositive: only commas and dashes may stand between the quote and it (checked below).
  const lowest = Math.max(0, first - MAX_NOUN_PHRASE - MAX_APPOSITIVE - 4)
  while (k >= lowest && ctx.view.quoteOf[k]! < 0) k--
  if (k < lowest) return null
  const q = ctx.view.quoteOf[k]!
  const quote = ctx.view.quotes[q]!
  if (ctx.usedQuotes.has(q) || !quote.closed) return null
  const afterQuote = k + 1
  let speaker = leftNounPhrase(ctx, first - 1, afterQuote)
  // "“…,” which she claimed the party had asked": the relative pronoun is the verb's object and the speaker follows
  // it; what is claimed comes after the verb, not in the quote before.
  if (speaker !== null && RELATIVE_OBJECT.test(ctx.view.text.slice(speaker.start, speaker.end))) return null
  let gapStart = speaker === null ? first : indexAt(ctx, speaker.start)
  if (speaker === null) {
    let c = first - 1
    while (c >= afterQuote && words[c]!.kind === "word" && BETWEEN_SPEAKER_AND_VERB.has(words[c]!.lower)) c--
    const apposed = appositive(ctx, c, afterQuote)
    if (apposed !== null) {
      speaker = apposed.speaker
      gapStart = apposed.first
    }
  }
  // Between the closing mark and the speaker only commas or dashes may stand.
  for (let g = afterQuote; g < gapStart; g++) {
    const w = words[g]!
    if (w.kind === "word") {
      if (!BETWEEN_SPEAKER_AND_VERB.has(w.lower)) return null
    } else if (w.lower !== "," && !DASHES.has(w.lower) && w.lower !== ":") return null
  }
  const inverted = speaker === null
  // A verb with a particle never inverts ("“…,” called on X" does not make X the speaker).
  if (inverted && last > first) return null
  if (speaker === null) {
    speaker = rightNounPhrase(ctx, last + 1)
    gapStart = first
  }
  const closing = ctx.view.quotes[q]!
  // The last mark the speaker's words end with, inside any inner closing marks (“As X said, ’Go,’” Y wrote).
  const lastInside = ctx.view.text
    .slice(closing.inner.start, closing.inner.end)
    .replace(/["'’”»]+$/u, "")
    .slice(-1)
  const firstAfter = words[afterQuote]
  const attached =
    inverted ||
    /[,?!\-–—]/.test(lastInside) ||
    firstAfter?.lower === "," ||
    (firstAfter !== undefined && firstAfter.kind === "word" && !firstAfter.capital)
  if (
    !attached &&
    !closesSentence(ctx, speaker !== null && speaker.start > words[last]!.end ? speaker.end : words[last]!.end)
  )
    return null
  const contents: Range[] = [embeddingClause(ctx, quote)]
  let nextQuote: number | null = null
  // "... ,” said X, “...”: a second quote after the frame belongs to it too.
  const frameEnd = speaker !== null && speaker.start > words[last]!.end ? indexAt(ctx, speaker.end - 1) + 1 : last + 1
  const comma = words[frameEnd]
  const nextQ = ctx.view.quoteOf[frameEnd + 1]
  if (comma?.lower === "," && nextQ !== undefined && nextQ >= 0 && !ctx.usedQuotes.has(nextQ)) {
    const next = ctx.view.quotes[nextQ]!
    if (next.start === words[frameEnd + 1]!.start) {
      nextQuote = nextQ
      contents.push(next.inner)
    }
  }
  return { speaker, contents, quote: q, next: nextQuote, attached }
}

/** Whether only sentence-final punctuation follows an offset in its sentence ("“...” He said."). */
const closesSentence = (ctx: FrameContext, offset: number): boolean => {
  const next = ctx.words[indexAt(ctx, offset)]
  const at = next !== undefined && next.start >= offset ? next : ctx.words[indexAt(ctx, offset) + 1]
  return at === undefined || SENTENCE_END.has(at.lower)
}

/** A quote that opens mid-sentence ("X is convinced that “...,” it noted"): the content is the whole clause. */
const embeddingClause = (ctx: FrameContext, quote: Quotation): Range => {
  const at = indexAt(ctx, quote.start)
  const w = ctx.words[at]!
  const range = ctx.view.sentenceWords.get(w.sentence)
  if (range === undefined) return quote.inner
  let before = 0
  let start = -1
  for (let k = range[0]; k < at; k++) {
    const x = ctx.words[k]!
    if (x.start < ctx.view.floor) continue
    if (start < 0) start = x.start
    if (x.kind === "word") before++
  }
  return before >= 2 && start >= 0 ? { start, end: quote.inner.end } : quote.inner
}
