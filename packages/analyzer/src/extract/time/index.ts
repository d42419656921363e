/**
 * Time expressions of one source, normalized against its publication date and its own narrative:
 * 1-find (chrono and the relative grammar) -> 2-span (one reading per stretch, quoted spans) ->
 * 3-tense (the clause's tense) -> 4-resolve (values). Decisions: README.md beside this file.
 */
import { sliceSpan, type TimeExpression, type TimeId } from "@diplo/model"
import type { Range, Segmented, Token } from "../../Document.js"
import { findCandidates, textWords } from "./1-find.js"
import { placeExpressions } from "./2-span.js"
import { makeTenseReader, orderingAt, type Tense } from "./3-tense.js"
import { resolveTimes, type Setting } from "./4-resolve.js"
import { parseIsoDay } from "./calendar.js"
import type { PosAt } from "./verbs.js"

/** The tagger's part of speech by token start; null everywhere when the segmenter tagged nothing ("X"). */
const posReader = (tokens: readonly Token[]): PosAt => {
  const byStart = new Map<number, string>()
  for (const token of tokens) if (token.pos !== "" && token.pos !== "X") byStart.set(token.start, token.pos)
  return (offset) => byStart.get(offset) ?? null
}

/** The sentence around an offset; between sentences, the gap between them. */
const sentenceAround = (segmented: Segmented, offset: number): Range => {
  const sentences = segmented.sentences
  let low = 0
  let high = sentences.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (sentences[mid]!.end <= offset) low = mid + 1
    else high = mid
  }
  const sentence = sentences[low]
  if (sentence && sentence.start <= offset) return sentence
  return { start: sentences[low - 1]?.end ?? 0, end: sentence?.start ?? segmented.source.text.length }
}

/** Index of the paragraph that holds an offset (or the last one before it). */
const paragraphAt = (paragraphs: readonly Range[], offset: number): number => {
  let low = 0
  let high = paragraphs.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (paragraphs[mid]!.start <= offset) low = mid + 1
    else high = mid
  }
  return Math.max(0, low - 1)
}

/** The quotation (marks included) around `[start, end)`, if any: quotations are in text order and do not nest. */
const quotationAround = (quotations: readonly Range[], start: number, end: number): Range | undefined => {
  let low = 0
  let high = quotations.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (quotations[mid]!.end <= start) low = mid + 1
    else high = mid
  }
  const quotation = quotations[low]
  return quotation && quotation.start < start && end < quotation.end ? quotation : undefined
}

/**
 * Every time expression of a source, in text order, with ids `${sourceId}:t1`, `:t2` ... Each span is
 * sliced from the source text and takes in the preposition or modifier a reader quotes with it ("on June
 * 6", "earlier on Friday", "the following week"). Values are YYYY-MM-DD, YYYY-MM or YYYY, or null for vague
 * words ("now", "recently") and for what cannot be resolved (a weekday with no publication date).
 * Deterministic: it never reads the clock.
 */
export const extractTimes = (segmented: Segmented): TimeExpression[] => {
  const { source, dateline } = segmented
  const tw = textWords(segmented, posReader(segmented.tokens))
  const placed = placeExpressions(tw, findCandidates(tw))
  const tenseAt = makeTenseReader(tw)
  const quotations = segmented.quotations ?? []
  const tenseOf = (expression: Range, own: Tense): Tense => {
    // A dateline has no verb: its date is the filing day, whatever the lead sentence's tense.
    if (dateline && expression.start >= dateline.start && expression.end <= dateline.end) return "unknown"
    const sentence = sentenceAround(segmented, expression.start)
    const tense = own !== "unknown" ? own : tenseAt(sentence.start, sentence.end, expression.start, expression.end)
    // "bought ads ahead of the Jan. 3 vote": the vote comes after the buying, so the past tense does not place it.
    const ordering = orderingAt(tw, expression.start)
    if ((ordering === "later" && tense === "past") || (ordering === "earlier" && tense === "future")) return "unknown"
    return tense
  }
  const settings = placed.map((expression): Setting => {
    // Inside a quotation the speaker's own verbs set the tense ("“See you Sunday,” she wrote"), not the narrator's.
    const quotation = quotationAround(quotations, expression.start, expression.end)
    const own = quotation ? tenseAt(quotation.start, quotation.end, expression.start, expression.end) : "unknown"
    return {
      tense: tenseOf(expression, own),
      spoken: own === "present",
      quoted: quotation !== undefined,
      paragraph: paragraphAt(segmented.paragraphs, expression.start)
    }
  })
  const resolved = resolveTimes(placed, settings, parseIsoDay(source.publishedAt), source.text)
  const ids = resolved.map((_, n) => `${source.id}:t${n + 1}` as TimeId)
  return resolved.map((time, n) => ({
    id: ids[n]!,
    ...sliceSpan(source, time.start, time.end),
    value: time.value,
    granularity: time.granularity,
    resolution: time.resolution,
    ...(time.anchor !== null && time.resolution === "narrative-relative" ? { anchorId: ids[time.anchor]! } : {})
  }))
}
