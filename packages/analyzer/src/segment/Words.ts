import type { Range, Segmented, TokenKind } from "../Document.js"
import { tokenize } from "./2-tokens.js"

/**
 * The words of the document store as the extractors read them: one entry per token of `Segmented.tokens` (same
 * offsets, same order, nothing tokenized again), with what every reader asks of a word, computed once per
 * document: its surface, lower-cased form (typographic apostrophe made straight), shape, part of speech, sentence
 * and whether it opens its sentence. Actors, claims and time read this list; events read the tokens directly.
 */
export type WordShape = "cap" | "upper" | "lower" | "number" | "punct"

export interface Word extends Range {
  readonly text: string
  /** Lower-cased, with ’ made ' ("Russia’s" -> "russia's"). */
  readonly lower: string
  readonly kind: TokenKind
  readonly shape: WordShape
  /** Starts with an upper-case letter. */
  readonly capital: boolean
  /** Universal POS tag from the tagger, or null where it gave none (the plain tokenizer's words). */
  readonly pos: string | null
  /** Index of the sentence in `Segmented.sentences` (-1 outside every sentence: the dateline, the headline gap). */
  readonly sentence: number
  /** Index in this list, which is also the index of the token in `Segmented.tokens`. */
  readonly index: number
  /** First word of its sentence (after opening quotes and brackets). */
  readonly initial: boolean
  /** Whitespace (or the start of the text) directly before the word. */
  readonly spaced: boolean
}

const KNOWN_POS = new Set([
  "ADJ",
  "ADP",
  "ADV",
  "AUX",
  "CCONJ",
  "DET",
  "INTJ",
  "NOUN",
  "NUM",
  "PART",
  "PRON",
  "PROPN",
  "PUNCT",
  "SCONJ",
  "SYM",
  "VERB"
])

/** Marks after which the next word still opens its sentence: opening quotes and brackets. */
const OPENERS = /^["“”‘'«„([]$/

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || c === 0x2009

/** A surname with a short lower-case particle written solid before its capital ("diGenova", "deBlasio"): a name. */
export const SOLID_PARTICLE_NAME = /^\p{Ll}{1,3}\p{Lu}\p{Ll}+$/u

/** The shape of a word: capitalised, all capitals (two letters or more), lower case, a number, or punctuation. */
export const shapeOf = (text: string): WordShape => {
  const first = text[0] ?? ""
  if (!/[\p{L}\p{M}\p{N}]/u.test(first)) return "punct"
  if (/\p{N}/u.test(first)) return "number"
  const letters = text.replace(/[^\p{L}]/gu, "")
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return "upper"
  return first !== first.toLowerCase() ? "cap" : "lower"
}

const build = (doc: Segmented): Word[] => {
  const text = doc.source.text
  const words: Word[] = []
  let s = 0
  let initial = true
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i]!
    while (s < doc.sentences.length && doc.sentences[s]!.end <= token.start) {
      s++
      initial = true
    }
    const sentence = s < doc.sentences.length && doc.sentences[s]!.start <= token.start ? s : -1
    const surface = text.slice(token.start, token.end)
    const shape = shapeOf(surface)
    const isWord = token.kind === "word" || token.kind === "number"
    words.push({
      start: token.start,
      end: token.end,
      text: surface,
      lower: surface.toLowerCase().replaceAll("’", "'"),
      kind: token.kind,
      shape,
      capital: /^\p{Lu}/u.test(surface),
      pos: KNOWN_POS.has(token.pos) ? token.pos : null,
      sentence,
      index: i,
      initial: initial && isWord,
      spaced: token.start === 0 || isSpace(text.charCodeAt(token.start - 1))
    })
    if (isWord || !OPENERS.test(surface)) initial = false
  }
  return words
}

const cache = new WeakMap<Segmented, Word[]>()

/** The words of a document, built once per document and shared by every reader. */
export const wordsOf = (doc: Segmented): readonly Word[] => {
  let words = cache.get(doc)
  if (words === undefined) {
    words = build(doc)
    cache.set(doc, words)
  }
  return words
}

/** `[first, end)` indexes of the words lying wholly inside `range` (binary search). */
export const wordIndexesIn = (
  words: readonly Word[],
  range: Range
): { readonly first: number; readonly end: number } => {
  let lo = 0
  let hi = words.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (words[mid]!.start < range.start) lo = mid + 1
    else hi = mid
  }
  let end = lo
  while (end < words.length && words[end]!.end <= range.end) end++
  return { first: lo, end }
}

/**
 * A lexicon phrase cut the way the store cuts text (the same tokenizer, so "Sen." or "U.S." in a lexicon match the
 * text's tokens), as the lower-cased words.
 */
export const phraseWords = (phrase: string): Word[] => {
  const range = { start: 0, end: phrase.length }
  const { tokens } = tokenize(phrase, [range])
  return tokens.map((token, index) => {
    const surface = phrase.slice(token.start, token.end)
    return {
      start: token.start,
      end: token.end,
      text: surface,
      lower: surface.toLowerCase().replaceAll("’", "'"),
      kind: token.kind,
      shape: shapeOf(surface),
      capital: /^\p{Lu}/u.test(surface),
      pos: KNOWN_POS.has(token.pos) ? token.pos : null,
      sentence: 0,
      index,
      initial: index === 0,
      spaced: token.start === 0 || isSpace(phrase.charCodeAt(token.start - 1))
    }
  })
}
