import type { Range, Segmented } from "../../Document.js"

/**
 * Words as the actor finder sees them: its own scan of each sentence, so "U.S.", "Mr." and "C.I.A." stay
 * whole, "Washington’s" splits into "Washington" + "’s", and hyphens stand alone ("Russian-US" is three
 * words). Independent of the segmenter's tokenizer; only its sentence boundaries are used.
 */
export type WordShape = "cap" | "upper" | "lower" | "number" | "punct"

export interface Word extends Range {
  readonly text: string
  readonly lower: string
  readonly shape: WordShape
  /** Index of the sentence in `Segmented.sentences`. */
  readonly sentence: number
  /** Index in the word list. */
  readonly index: number
  /** First word of its sentence (after opening quotes and brackets). */
  readonly initial: boolean
  /** Whitespace directly before the word. */
  readonly spaced: boolean
}

// ASCII by code (most of any English text), the rest by Unicode class.
const isLetter = (c: string): boolean => {
  const code = c.charCodeAt(0)
  return code < 128 ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) : /[\p{L}\p{M}]/u.test(c)
}
const isAlnum = (c: string): boolean => {
  const code = c.charCodeAt(0)
  return code < 128
    ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
    : /[\p{L}\p{M}\p{N}]/u.test(c)
}
const isSpace = (c: string): boolean => {
  const code = c.charCodeAt(0)
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/u.test(c)
}
const APOSTROPHES = new Set(["'", "’"])

/** The shape of an ASCII word, or null when the word has other characters (then the Unicode rules below decide). */
const asciiShapeOf = (text: string): WordShape | null => {
  let upper = 0
  let lower = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 128) return null
    if (code >= 65 && code <= 90) upper++
    else if (code >= 97 && code <= 122) lower++
  }
  const first = text.charCodeAt(0)
  if (!((first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return "punct"
  if (first <= 57) return "number"
  if (upper >= 2 && lower === 0) return "upper"
  return first <= 90 ? "cap" : "lower"
}

const shapeOf = (text: string): WordShape => {
  const ascii = text.length > 0 ? asciiShapeOf(text) : null
  if (ascii !== null) return ascii
  const first = text[0] ?? ""
  if (!isAlnum(first)) return "punct"
  if (/^[\p{N}]/u.test(first)) return "number"
  const letters = text.replace(/[^\p{L}]/gu, "")
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return "upper"
  if (first !== first.toLowerCase()) return "cap"
  return "lower"
}

/** Length of the word starting at `i` in `text` (before `end`); `abbreviations` keep their final period. */
const wordLength = (text: string, i: number, end: number, abbreviations: ReadonlySet<string>): number => {
  let j = i
  while (j < end && isAlnum(text[j]!)) j++
  // Dotted acronyms and initials: U.S., C.I.A., H.R.
  if (j - i <= 2 && text[j] === "." && isLetter(text[i]!)) {
    let k = j
    while (k + 2 < end + 1 && text[k] === "." && isLetter(text[k + 1] ?? "") && (text[k + 2] === "." || k + 2 === end))
      k += 2
    if (k > j) return Math.min(k + (text[k] === "." ? 1 : 0), end) - i
    if (j - i === 1 && text[i]! !== text[i]!.toLowerCase()) return j + 1 - i
  }
  // Inner apostrophes (O'Brien, don't) but not a possessive 's.
  while (j + 1 < end && APOSTROPHES.has(text[j]!) && isLetter(text[j + 1]!)) {
    const rest = text.slice(j + 1, j + 3)
    if ((rest[0] === "s" || rest[0] === "S") && !isAlnum(rest[1] ?? "")) break
    let k = j + 1
    while (k < end && isAlnum(text[k]!)) k++
    j = k
  }
  if (text[j] === "." && abbreviations.has(`${text.slice(i, j).toLowerCase()}.`)) j++
  return j - i
}

/** Scans `text[start, end)` into words of sentence `sentence`, appending to `words`. */
const scanRange = (
  text: string,
  start: number,
  end: number,
  sentence: number,
  abbreviations: ReadonlySet<string>,
  words: Word[]
): void => {
  const push = (from: number, to: number, initial: boolean) => {
    const surface = text.slice(from, to)
    words.push({
      start: from,
      end: to,
      text: surface,
      lower: surface.toLowerCase().replace(/’/g, "'"),
      shape: shapeOf(surface),
      sentence,
      index: words.length,
      initial,
      spaced: from === 0 || isSpace(text[from - 1]!)
    })
  }
  let i = start
  let initial = true
  while (i < end) {
    const c = text[i]!
    if (isSpace(c)) {
      i++
      continue
    }
    if (APOSTROPHES.has(c) && (text[i + 1] === "s" || text[i + 1] === "S") && !isAlnum(text[i + 2] ?? "")) {
      push(i, i + 2, false)
      i += 2
      continue
    }
    if (isAlnum(c)) {
      const length = Math.max(1, wordLength(text, i, end, abbreviations))
      push(i, i + length, initial)
      initial = false
      i += length
      continue
    }
    // Surrogate pairs (emoji) stay one word so no span cuts a character in half.
    const code = c.charCodeAt(0)
    const width = code >= 0xd800 && code < 0xdc00 && i + 1 < end ? 2 : 1
    push(i, i + width, false)
    if (!/["“”‘'«([]/.test(c)) initial = false
    i += width
  }
}

/**
 * Scans the sentences of a segmented source into words. Linear in the text length; never throws on odd
 * characters (anything that is neither letter, digit nor space becomes a one-character punctuation word).
 */
export const scanWords = (segmented: Segmented, abbreviations: ReadonlySet<string>): Word[] => {
  const text = segmented.source.text
  const words: Word[] = []
  let done = 0
  segmented.sentences.forEach((sentence, s) => {
    // Overlapping or unordered sentences would scan a word twice: start where the last one ended.
    const start = Math.max(done, sentence.start)
    const end = Math.min(sentence.end, text.length)
    if (end > start) scanRange(text, start, end, s, abbreviations, words)
    done = Math.max(done, end)
  })
  return words
}

/** Splits a lexicon phrase the way `scanWords` splits text, so phrases and text compare word by word. */
export const splitPhrase = (phrase: string, abbreviations: ReadonlySet<string>): Word[] => {
  const words: Word[] = []
  scanRange(phrase, 0, phrase.length, 0, abbreviations, words)
  return words
}
