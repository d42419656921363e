import type { Segmented } from "../../Document.js"
import { wordsOf } from "../../segment/Words.js"

/**
 * The words of a text with their offsets: the unit the time grammar matches on. They are the document store's
 * word and number tokens (nothing is tokenized here), read as runs of letters and digits: a token the tagger kept
 * whole is cut at its inner marks ("2015-02-25" -> 2015 02 25, "mid-March" -> mid March, "10:30" -> 10 30), and a
 * clitic the tagger split off is joined back to its word ("Tuesday" + "’s" -> "tuesday's", "wo" + "n't" -> "won't").
 */
export interface Word {
  readonly start: number
  readonly end: number
  /** Lower-cased, with the typographic apostrophe made straight ("won’t" -> "won't"). */
  readonly lower: string
  /** First character is an upper-case letter. */
  readonly capitalized: boolean
}

// Letters and digits, with inner apostrophes ("won't", "Russia's"), inside one token.
const RUN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu
const CLITIC = /^(?:['’][\p{L}]+|n['’]t)$/u

export const scanWords = (segmented: Segmented): Word[] => {
  const text = segmented.source.text
  const words: Word[] = []
  for (const token of wordsOf(segmented)) {
    if (token.kind !== "word" && token.kind !== "number") continue
    const previous = words[words.length - 1]
    if (previous !== undefined && previous.end === token.start && CLITIC.test(token.text)) {
      words[words.length - 1] = {
        ...previous,
        end: token.end,
        lower: text.slice(previous.start, token.end).toLowerCase().replaceAll("’", "'")
      }
      continue
    }
    for (const match of token.text.matchAll(RUN)) {
      const start = token.start + match.index
      const first = match[0].charAt(0)
      words.push({
        start,
        end: start + match[0].length,
        lower: match[0].toLowerCase().replaceAll("’", "'"),
        capitalized: first !== first.toLowerCase()
      })
    }
  }
  return words
}

/** True when the text between two offsets is blank, with at most one line break (a phrase goes on across it). */
export const isBlankGap = (text: string, from: number, to: number): boolean => {
  if (to < from || to - from > 8) return false
  let breaks = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) breaks++
    else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0 && c !== 0x202f) return false
  }
  return breaks <= 1 && to > from
}

/** Index of the first word that starts at or after an offset (binary search). */
export const wordAt = (words: readonly Word[], offset: number): number => {
  let low = 0
  let high = words.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (words[mid]!.start < offset) low = mid + 1
    else high = mid
  }
  return low
}

/** True when `phrase` is written at words[index...], word after word with only blanks between. */
export const matchesPhrase = (
  text: string,
  words: readonly Word[],
  index: number,
  phrase: readonly string[]
): boolean => {
  for (let k = 0; k < phrase.length; k++) {
    const word = words[index + k]
    if (word === undefined || word.lower !== phrase[k]) return false
    if (k > 0 && !isBlankGap(text, words[index + k - 1]!.end, word.start)) return false
  }
  return phrase.length > 0
}
