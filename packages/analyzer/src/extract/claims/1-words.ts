import type { Range, Segmented } from "../../Document.js"
import { wordIndexesIn, wordsOf as storeWords } from "../../segment/Words.js"

/**
 * A word or mark of one paragraph, as the claim reader sees it: the document store's tokens (no tokenizing here),
 * with numbers counted as words and every mark that is not a quotation mark as punctuation.
 */
export interface Word extends Range {
  readonly lower: string
  readonly kind: "word" | "punct" | "quote"
  /** Starts with an upper-case letter. */
  readonly capital: boolean
  /** Universal POS tag from the segmenter where it gave one, else null. */
  readonly pos: string | null
  /** Index in `Segmented.sentences` of the sentence it falls in (-1 when outside every sentence). */
  readonly sentence: number
}

/** The store's words and marks of a stretch of the source, each tied to its sentence and POS where known. */
export const wordsOf = (segmented: Segmented, range: Range): Word[] => {
  const all = storeWords(segmented)
  const { first, end } = wordIndexesIn(all, range)
  const words: Word[] = []
  for (let i = first; i < end; i++) {
    const w = all[i]!
    words.push({
      start: w.start,
      end: w.end,
      lower: w.lower,
      kind: w.kind === "word" || w.kind === "number" ? "word" : w.kind === "quote" ? "quote" : "punct",
      capital: w.capital,
      pos: w.pos,
      sentence: w.sentence
    })
  }
  return words
}

/** Number of words (not marks) in a range of a word list. */
export const countWords = (words: readonly Word[], range: Range): number => {
  let n = 0
  for (const w of words) if (w.kind === "word" && w.start >= range.start && w.end <= range.end) n++
  return n
}
