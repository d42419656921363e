import type { Span } from "@diplo/model"
import type { Range, Token } from "../Document.js"
import causeMarkers from "../lexicons/cause-markers.json" with { type: "json" }
import distancingHedges from "../lexicons/distancing-hedges.json" with { type: "json" }
import loadedTerms from "../lexicons/loaded-terms.json" with { type: "json" }
import purposeMarkers from "../lexicons/purpose-markers.json" with { type: "json" }
import { valenceOf } from "../adapters/afinn.js"
import { type Statement, spanOf } from "./0-statements.js"

/**
 * A lexicon's phrases, longest first (so findPhrases keeps the longest match), sorted once at load, and indexed by
 * their first word (a run of letters and digits) so that a text is looked up word by word, not phrase by phrase.
 */
interface PhraseList {
  /** Phrases in priority order: longest first, then as listed. */
  readonly phrases: readonly string[]
  /** Priority indexes of the phrases that start with each first word. */
  readonly byFirstWord: ReadonlyMap<string, readonly number[]>
  /** Priority indexes of phrases that do not start with a letter or digit (looked for everywhere). */
  readonly other: readonly number[]
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u

const phraseList = (entries: readonly string[]): PhraseList => {
  const phrases = [...entries].sort((a, b) => b.length - a.length)
  const byFirstWord = new Map<string, number[]>()
  const other: number[] = []
  phrases.forEach((phrase, i) => {
    const first = FIRST_WORD.exec(phrase)?.[0]
    if (first === undefined) other.push(i)
    else byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), i])
  })
  return { phrases, byFirstWord, other }
}
const PURPOSE_MARKERS = phraseList(purposeMarkers.entries)
const CAUSE_MARKERS = phraseList(causeMarkers.entries)
const LOADED_TERMS = phraseList(loadedTerms.entries)
const DISTANCING_HEDGES = phraseList(distancingHedges.entries)

const WORD_CHAR = /[\p{L}\p{N}]/u
const WORD_OR_HYPHEN = /[\p{L}\p{N}-]/u

/** A letter or digit: ASCII by its code, anything else by the Unicode classes. */
const isWordChar = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
  return WORD_CHAR.test(text[i]!)
}

/**
 * Finds whole-word occurrences of a list's lower-case phrases in a stretch of text: the longest phrase first,
 * without overlaps, returned in text order. A phrase matches where no letter, digit or hyphen comes before it and
 * no letter or digit after it.
 */
const findPhrases = (text: string, offset: number, list: PhraseList): Range[] => {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'")
  const matches: { priority: number; at: number }[] = []
  const tryAt = (priority: number, at: number): void => {
    const phrase = list.phrases[priority]!
    if (!lower.startsWith(phrase, at)) return
    const before = lower[at - 1]
    const after = lower[at + phrase.length]
    if ((before !== undefined && WORD_OR_HYPHEN.test(before)) || (after !== undefined && WORD_CHAR.test(after))) return
    matches.push({ priority, at })
  }
  // Phrases starting with a word can only match where a run of letters and digits starts.
  let i = 0
  while (i < lower.length) {
    if (!isWordChar(lower, i)) {
      i++
      continue
    }
    let j = i + 1
    while (j < lower.length && isWordChar(lower, j)) j++
    for (const priority of list.byFirstWord.get(lower.slice(i, j)) ?? []) tryAt(priority, i)
    i = j
  }
  for (const priority of list.other)
    for (let at = lower.indexOf(list.phrases[priority]!); at >= 0; at = lower.indexOf(list.phrases[priority]!, at + 1))
      tryAt(priority, at)
  matches.sort((x, y) => x.priority - y.priority || x.at - y.at)
  const found: Range[] = []
  for (const { priority, at } of matches) {
    const range = { start: offset + at, end: offset + at + list.phrases[priority]!.length }
    if (!found.some((r) => r.start < range.end && range.start < r.end)) found.push(range)
  }
  return found.sort((a, b) => a.start - b.start)
}

const sentenceText = (s: Statement) => s.source.text.slice(s.sentence.start, s.sentence.end)

/** Numbers a statement asserts (not dates), with the word they count and whether they are approximate. */
export interface NumberFact {
  readonly value: number
  readonly unit: string
  readonly approximate: boolean
  readonly span: Span
}

const APPROXIMATORS = new Set([
  "about",
  "around",
  "approximately",
  "nearly",
  "almost",
  "some",
  "roughly",
  "over",
  "more",
  "than",
  "at",
  "least",
  "up",
  "to",
  "under",
  "fewer",
  "less",
  "estimated"
])
const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
  dozens: 24,
  hundreds: 200,
  thousands: 2000
}
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }

export const numbersOf = (s: Statement): readonly NumberFact[] => {
  let known = numbersByStatement.get(s)
  if (known === undefined) {
    known = findNumbers(s)
    numbersByStatement.set(s, known)
  }
  return known
}
// Asked of each statement by several findings (agreements, discrepancies, omissions): read once.
const numbersByStatement = new WeakMap<Statement, readonly NumberFact[]>()

const findNumbers = (s: Statement): NumberFact[] => {
  const out: NumberFact[] = []
  const tokens = s.reading.segmented.tokens.slice(s.sentence.tokenStart, s.sentence.tokenEnd)
  const inTime = (t: Token) => s.times.some((time) => t.start >= time.start && t.end <= time.end)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (inTime(t)) continue
    const digits = t.lower.replace(/,/g, "")
    let value = /^\d+(\.\d+)?$/.test(digits) ? Number(digits) : NUMBER_WORDS[t.lower]
    if (value === undefined || Number.isNaN(value)) continue
    let j = i + 1
    const scale = tokens[j] ? SCALES[tokens[j]!.lower] : undefined
    if (scale !== undefined) {
      value *= scale
      j++
    }
    const unitToken = tokens.slice(j, j + 3).find((u) => u.kind === "word")
    const unit = unitToken ? unitToken.lemma : ""
    const approximate = tokens.slice(Math.max(0, i - 2), i).some((p) => APPROXIMATORS.has(p.lower))
    out.push({ value, unit, approximate, span: spanOf(s.source, { start: t.start, end: (unitToken ?? t).end }) })
  }
  return out
}

/** Purpose clauses: "in order to analyse", "the purpose of which is". */
export const purposesOf = (s: Statement): Range[] => findPhrases(sentenceText(s), s.sentence.start, PURPOSE_MARKERS)

/** Cause phrases: the marker and the words after it up to the end of the clause (at most 14 words). */
export const causesOf = (s: Statement): Range[] => {
  const text = s.source.text
  return findPhrases(sentenceText(s), s.sentence.start, CAUSE_MARKERS).map((marker) => {
    let end = marker.end
    let words = 0
    for (let i = marker.end; i < s.sentence.end; i++) {
      const ch = text[i]!
      if (/[,;:.!?]/.test(ch) && i > marker.end + 1) break
      if (/\s/.test(ch) && !/\s/.test(text[i - 1] ?? " ")) words++
      if (words > 14) break
      end = i + 1
    }
    return { start: marker.start, end }
  })
}

/** Direct-quote stretches of a text: between paired quotation marks (straight or curly, mixed allowed). */
export const quotedRanges = (text: string, within: Range): Range[] => {
  const out: Range[] = []
  let open = -1
  for (let i = within.start; i < within.end; i++) {
    const ch = text[i]
    if (ch === "“" || (ch === '"' && open < 0)) {
      if (open < 0) open = i
    } else if ((ch === "”" || ch === '"') && open >= 0) {
      out.push({ start: open, end: i + 1 })
      open = -1
    } else if (ch === "\n") open = -1
  }
  return out
}

/** Quotation marks around one to four words that are not a quotation of a sentence: distance, not report. */
export const scareQuotesOf = (text: string, within: Range): Range[] =>
  quotedRanges(text, within).filter((r) => {
    const inner = text.slice(r.start + 1, r.end - 1).trim()
    const words = inner.split(/\s+/).filter((w) => w !== "")
    return words.length >= 1 && words.length <= 4 && inner.length <= 40 && !/[.!?,]$/.test(inner)
  })

/** How strongly an adjective or adverb must be valenced (AFINN, -5..5) to count as loaded: pejoratives from -2, praise from +4 (plain "good" is +3). */
const PEJORATIVE = -2
const PRAISE = 4
const EVALUATIVE_POS = new Set(["ADJ", "ADV"])

/**
 * Loaded words of a statement: entries of the loaded-terms lexicon, labels such as anti-X or pro-X,
 * and adjectives or adverbs that AFINN-165 rates -2 or lower (or +4 and higher).
 */
export const loadedOf = (s: Statement): Range[] => {
  const text = s.source.text
  const within = { start: s.claim.start, end: s.claim.end }
  const found = findPhrases(text.slice(within.start, within.end), within.start, LOADED_TERMS)
  const free = (start: number, end: number) => !found.some((r) => r.start < end && start < r.end)
  for (const m of text.slice(within.start, within.end).matchAll(/\b(?:anti|pro)-\p{Lu}[\p{L}-]*/gu)) {
    const start = within.start + m.index
    if (free(start, start + m[0].length)) found.push({ start, end: start + m[0].length })
  }
  for (const t of s.tokens)
    if (
      EVALUATIVE_POS.has(t.pos) &&
      (valenceOf(t.lower) <= PEJORATIVE || valenceOf(t.lower) >= PRAISE) &&
      free(t.start, t.end)
    )
      found.push({ start: t.start, end: t.end })
  return found.sort((a, b) => a.start - b.start)
}

/** Distancing hedges outside quotation marks (inside them they are the speaker's, not the writer's). */
export const hedgesOf = (text: string, within: Range): Range[] => {
  const quoted = quotedRanges(text, within).filter((q) => q.end - q.start > 45)
  return findPhrases(text.slice(within.start, within.end), within.start, DISTANCING_HEDGES).filter(
    (h) => !quoted.some((q) => h.start >= q.start && h.end <= q.end)
  )
}
