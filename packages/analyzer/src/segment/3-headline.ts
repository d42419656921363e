import type { Dateline, Range, Sentence } from "../Document.js"

/** A headline is short: at most this many characters and words (BASIL dev headlines: 146 characters, 20 words at most). */
const MAX_HEADLINE_CHARACTERS = 200
const MAX_HEADLINE_WORDS = 25
/** A headline does not end as a sentence of prose does; a question or an exclamation may end it. */
const SENTENCE_END = /[.;:,]["”’»)]?$/u

/**
 * The headline: a first paragraph that is one short line, not ending with a period, followed by more paragraphs, and
 * not a dateline. It is read as the headline (what the outlet puts first), never as an actor's name or as prose.
 */
export const findHeadline = (
  text: string,
  paragraphs: readonly Range[],
  sentences: readonly Sentence[],
  dateline: Dateline | null
): Range | null => {
  const first = paragraphs[0]
  if (first === undefined || paragraphs.length < 2) return null
  if (dateline !== null && dateline.start < first.end) return null
  const words = text.slice(first.start, first.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0
  if (first.end - first.start > MAX_HEADLINE_CHARACTERS || words === 0 || words > MAX_HEADLINE_WORDS) return null
  if (SENTENCE_END.test(text.slice(first.start, first.end))) return null
  // One sentence: a headline of two sentences is a lead.
  if (sentences.filter((s) => s.paragraph === 0).length > 1) return null
  return { start: first.start, end: first.end }
}
