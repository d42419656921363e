import type { Token } from "../Document.js"
import { porterStem } from "../adapters/stemmer.js"
import { type WordTable, wordTable } from "../adapters/vectors.js"
import calibration from "../lexicons/align-calibration.json" with { type: "json" }

/**
 * How much two statements concern the same matter and whether they say the same thing: overlap of stems
 * weighted by a general English frequency prior (GloVe 6B word ranks, Wikipedia + Gigaword), soft matches of
 * the remaining words through word vectors, shared stem n-grams and character 4-grams, numbers, length, and
 * where the pipeline knows them shared actors, times and event types. Fitted by scripts/calibrate-align.ts.
 *
 * Profiles keep sorted integer hashes, so comparing two statements is a few linear merges (collisions of
 * 32-bit hashes within two sentences are negligible for a score).
 */

/** What a statement brings to a comparison, computed once per statement. */
export interface StatementProfile {
  /** Hashes of the stems, ascending, and the prior weight of each. */
  readonly termKeys: Int32Array
  readonly termWeights: Float64Array
  readonly totalWeight: number
  /** Row of each term's word vector in the word table, or -1 (function words and words without a vector). */
  readonly vectorRows: Int32Array
  /** Hashes of stem n-grams for n = 1 to 4 (index n - 1), ascending, not crossing punctuation. */
  readonly ngrams: readonly Int32Array[]
  /** Hashes of the character 4-grams of the lower-cased words joined by spaces: spelling variants still meet. */
  readonly characters: Int32Array
  /** Numbers as written, normalized (commas and trailing zeros dropped). */
  readonly numbers: ReadonlySet<string>
  /** Word and number tokens. */
  readonly length: number
  readonly actorIds: ReadonlySet<string>
  readonly timeValues: ReadonlySet<string>
  readonly eventTypes: ReadonlySet<string>
}

export interface ProfileExtras {
  readonly actorIds?: readonly string[]
  readonly timeValues?: readonly string[]
  readonly eventTypes?: readonly string[]
}

/** The constants fitted by scripts/calibrate-align.ts; overridden only while calibrating. */
export interface Tuning {
  /** Rank of a word whose prior weight is log 2: the more frequent a word beyond it, the less it counts. */
  readonly pivotRank: number
  /** Rank given to words beyond the frequency list. */
  readonly unknownRank: number
  /** Cosine below which two word vectors earn no soft match. */
  readonly softFloor: number
}

export interface SimilarityOptions {
  /** Use word vectors for soft matches (default true). */
  readonly useVectors?: boolean
  /** The word ranks and vectors to read (default: the bundled GloVe table of the default resources). */
  readonly words?: WordTable
  /** For calibration only. */
  readonly tuning?: Partial<Tuning>
}

export interface Similarity {
  /** How much the two statements concern the same matter, in [0, 1] (STS-B gold / 5, as fitted). */
  readonly score: number
  /** Estimated probability that they say the same thing (an MRPC paraphrase), in [0, 1]. */
  readonly paraphrase: number
  /** The evidence, each in [0, 1]. */
  readonly signals: Readonly<Record<string, number>>
}

const tuningOf = (options: SimilarityOptions): Tuning => ({ ...calibration.tuning, ...options.tuning })

/** IDF-like weight from a word's frequency rank: log of how much rarer it is than the pivot rank. */
export const priorWeight = (
  word: string,
  tuning: Tuning = calibration.tuning,
  words: WordTable = wordTable()
): number => {
  // The list (wink's GloVe vocabulary) drops one-character words such as "a" and "I", the commonest of all.
  const rank = word.length === 1 ? 0 : (words.rank(word) ?? tuning.unknownRank)
  return Math.log(1 + (rank + 1) / tuning.pivotRank)
}

/** Words at least this heavy (rarer than the pivot rank) are content words: they get vectors and index entries. */
export const CONTENT_WEIGHT = Math.log(2)

const NUMBER = /^[-+]?[$€£¥]?\d[\d,]*(?:\.\d+)?%?$/

/** "1,200" -> "1200", "2.50" -> "2.5", "$5" -> "5"; null when the token is not a number. */
export const normalizeNumber = (text: string): string | null => {
  if (!NUMBER.test(text)) return null
  let digits = text.replace(/[^\d.]/g, "")
  if (digits.includes(".")) digits = digits.replace(/0+$/, "").replace(/\.$/, "")
  return digits.replace(/^0+(?=\d)/, "")
}

/** FNV-1a, 32 bits. */
export const hash = (text: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}

/** FNV-1a of `text.slice(start, end)`, without making the slice. */
const hashRange = (text: string, start: number, end: number): number => {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}

/** The hash of an n-gram from the hash of its first word and that of the rest (order matters: a b ≠ b a). */
const combine = (first: number, rest: number): number => Math.imul(Math.imul(first, 0x01000193) ^ rest, 0x01000193) | 0

const sortedUnique = (values: ArrayLike<number>): Int32Array => {
  const array = Int32Array.from(values)
  array.sort()
  let n = 0
  for (let i = 0; i < array.length; i++) if (i === 0 || array[i] !== array[n - 1]) array[n++] = array[i]!
  return array.slice(0, n)
}

const isWordLike = (token: Token): boolean =>
  token.kind === "word" || token.kind === "number" || /[\p{L}\p{N}]/u.test(token.lower)

/** Profiles the word and number tokens of one statement. */
export const profileStatement = (
  tokens: readonly Token[],
  extras: ProfileExtras = {},
  options: SimilarityOptions = {}
): StatementProfile => {
  const table = options.words ?? wordTable()
  const tuning = tuningOf(options)
  const useVectors = options.useVectors ?? true
  const weightOf = new Map<number, number>()
  const wordOf = new Map<number, string>()
  const ngrams: number[][] = [[], [], [], []]
  const numbers = new Set<string>()
  const words: string[] = []
  // Hashes of the stems since the last punctuation, to build n-grams that do not cross it.
  const run: number[] = []
  for (const token of tokens) {
    if (!isWordLike(token)) {
      run.length = 0
      continue
    }
    words.push(token.lower)
    const number = normalizeNumber(token.lower)
    if (number !== null) numbers.add(number)
    const lemma = token.lemma === "" ? token.lower : token.lemma.toLowerCase()
    const stem = number ?? porterStem(lemma)
    const key = hash(stem)
    // The rarer of the two forms decides: a lemmatizer may map a rare name onto a common word.
    const weight = Math.max(priorWeight(lemma, tuning, table), priorWeight(token.lower, tuning, table))
    if (weight > (weightOf.get(key) ?? -1)) weightOf.set(key, weight)
    if (!wordOf.has(key) && table.row(token.lower) >= 0) wordOf.set(key, token.lower)
    else if (!wordOf.has(key) && table.row(lemma) >= 0) wordOf.set(key, lemma)
    run.push(key)
    // The n-grams ending here: hashes of the last 1..4 stems.
    let gram = run[run.length - 1]!
    ngrams[0]!.push(gram)
    for (let n = 2; n <= ngrams.length && n <= run.length; n++) {
      gram = combine(run[run.length - n]!, gram)
      ngrams[n - 1]!.push(gram)
    }
  }
  const termKeys = sortedUnique([...weightOf.keys()])
  const termWeights = Float64Array.from(termKeys, (key) => weightOf.get(key)!)
  const vectorRows = Int32Array.from(termKeys, (key, i) => {
    const word = wordOf.get(key)
    return !useVectors || word === undefined || termWeights[i]! < CONTENT_WEIGHT ? -1 : table.row(word)
  })
  const joined = words.join(" ")
  const characters: number[] = []
  for (let i = 0; i + 4 <= joined.length; i++) characters.push(hashRange(joined, i, i + 4))
  return {
    termKeys,
    termWeights,
    totalWeight: termWeights.reduce((sum, w) => sum + w, 0),
    vectorRows,
    ngrams: ngrams.map(sortedUnique),
    characters: sortedUnique(characters),
    numbers,
    length: words.length,
    actorIds: new Set(extras.actorIds ?? []),
    timeValues: new Set(extras.timeValues ?? []),
    eventTypes: new Set(extras.eventTypes ?? [])
  }
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole)
const harmonic = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

/** How many values two ascending arrays share. */
const sharedCount = (a: Int32Array, b: Int32Array): number => {
  let i = 0
  let j = 0
  let both = 0
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++
    else if (a[i]! > b[j]!) j++
    else {
      both++
      i++
      j++
    }
  }
  return both
}

// The statements of one comparison share their vocabulary, so the same word pairs come back again and again:
// a direct-mapped cache (a slot per hash, overwritten on collision) keeps recent cosines, one cache per word table.
const CACHE_BITS = 18
interface CosineCache {
  readonly pairs: Float64Array
  readonly cosines: Float32Array
}
const caches = new WeakMap<WordTable, CosineCache>()
const cacheOf = (table: WordTable): CosineCache => {
  let cache = caches.get(table)
  if (cache === undefined) {
    cache = { pairs: new Float64Array(1 << CACHE_BITS).fill(-1), cosines: new Float32Array(1 << CACHE_BITS) }
    caches.set(table, cache)
  }
  return cache
}

/** Cosine of two words by their rows in the word table, remembered. */
const wordCosine = (table: WordTable, rowA: number, rowB: number): number => {
  if (rowA === rowB) return 1
  const low = Math.min(rowA, rowB)
  const high = Math.max(rowA, rowB)
  const pair = low * 1_048_576 + high
  const slot = (Math.imul(low, 0x9e3779b1) ^ Math.imul(high, 0x85ebca6b)) >>> (32 - CACHE_BITS)
  const cache = cacheOf(table)
  if (cache.pairs[slot] === pair) return cache.cosines[slot]!
  const { unit, unitRow, dimensions } = table
  let dot = 0
  const offsetA = unitRow(low)
  const offsetB = unitRow(high)
  for (let d = 0; d < dimensions; d++) dot += unit[offsetA + d]! * unit[offsetB + d]!
  // Rounded as the cache stores it, so a score never depends on what was scored before.
  const cosine = Math.fround(dot)
  cache.pairs[slot] = pair
  cache.cosines[slot] = cosine
  return cosine
}

// Reused between calls: which terms of each side the other has word for word (the aligner scores thousands of pairs).
let matchedA = new Uint8Array(64)
let matchedB = new Uint8Array(64)
let softCreditA = new Float64Array(64)
let softCreditB = new Float64Array(64)

interface ExactCoverage {
  /** Weight of each side's terms the other has word for word. */
  readonly foundA: number
  readonly foundB: number
  /** The same, as a share of each side's weight. */
  readonly exactA: number
  readonly exactB: number
}

/**
 * How much of each statement's weight the other has word for word. Marks the matched terms in matchedA and
 * matchedB, which softCoverage of the same pair reads next.
 */
const exactCoverage = (a: StatementProfile, b: StatementProfile): ExactCoverage => {
  const m = a.termKeys.length
  const n = b.termKeys.length
  if (matchedA.length < m) matchedA = new Uint8Array(2 * m)
  if (matchedB.length < n) matchedB = new Uint8Array(2 * n)
  matchedA.fill(0, 0, m)
  matchedB.fill(0, 0, n)
  let foundA = 0
  let foundB = 0
  let i = 0
  let j = 0
  while (i < m && j < n) {
    if (a.termKeys[i]! < b.termKeys[j]!) i++
    else if (a.termKeys[i]! > b.termKeys[j]!) j++
    else {
      foundA += a.termWeights[i]!
      foundB += b.termWeights[j]!
      matchedA[i++] = 1
      matchedB[j++] = 1
    }
  }
  return { foundA, foundB, exactA: ratio(foundA, a.totalWeight), exactB: ratio(foundB, b.totalWeight) }
}

/**
 * The share of each side's weight the other covers when a missing word earns its best vector match above the
 * floor. Call right after exactCoverage of the same pair.
 */
const softCoverage = (
  a: StatementProfile,
  b: StatementProfile,
  exact: ExactCoverage,
  softFloor: number,
  table: WordTable
): { softA: number; softB: number } => {
  const m = a.termKeys.length
  const n = b.termKeys.length
  if (softCreditA.length < m) softCreditA = new Float64Array(2 * m)
  if (softCreditB.length < n) softCreditB = new Float64Array(2 * n)
  softCreditA.fill(0, 0, m)
  softCreditB.fill(0, 0, n)
  for (let x = 0; x < m; x++) {
    const rowA = a.vectorRows[x]!
    if (rowA < 0) continue
    for (let y = 0; y < n; y++) {
      const rowB = b.vectorRows[y]!
      if (rowB < 0 || (matchedA[x] === 1 && matchedB[y] === 1)) continue
      // Below the floor two words are unrelated; above it the credit grows to 1 for identical directions.
      const credit = (wordCosine(table, rowA, rowB) - softFloor) / (1 - softFloor)
      if (credit > softCreditA[x]!) softCreditA[x] = credit
      if (credit > softCreditB[y]!) softCreditB[y] = credit
    }
  }
  let softA = exact.foundA
  let softB = exact.foundB
  for (let x = 0; x < m; x++) if (matchedA[x] === 0) softA += softCreditA[x]! * a.termWeights[x]!
  for (let y = 0; y < n; y++) if (matchedB[y] === 0) softB += softCreditB[y]! * b.termWeights[y]!
  return { softA: ratio(softA, a.totalWeight), softB: ratio(softB, b.totalWeight) }
}

const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  let both = 0
  for (const x of a) if (b.has(x)) both++
  const union = a.size + b.size - both
  return union === 0 ? 0 : both / union
}

/** 1 when some time of one statement is compatible with some time of the other (2021-03 ~ 2021-03-18). */
const timeAgreement = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  for (const x of a) for (const y of b) if (x.startsWith(y) || y.startsWith(x)) return 1
  return 0
}

/** The signals of a pair that need no word vectors, with the exact coverage they rest on. */
const baseSignalsOf = (a: StatementProfile, b: StatementProfile) => {
  const exact = exactCoverage(a, b)
  const { exactA: lexicalA, exactB: lexicalB } = exact
  const ngram = (n: number): [number, number] => {
    const inA = a.ngrams[n - 1]!
    const inB = b.ngrams[n - 1]!
    const both = sharedCount(inA, inB)
    return [
      Math.min(ratio(both, inA.length), ratio(both, inB.length)),
      Math.max(ratio(both, inA.length), ratio(both, inB.length))
    ]
  }
  const [unigramsMin, unigramsMax] = ngram(1)
  const [bigramsMin, bigramsMax] = ngram(2)
  const [trigramsMin, trigramsMax] = ngram(3)
  const [fourgramsMin, fourgramsMax] = ngram(4)
  const numbersAny = a.numbers.size + b.numbers.size > 0
  const numbersShared = jaccard(a.numbers, b.numbers)
  // What the side with less news of its own adds: paraphrases add little, a different statement adds much.
  const extra = Math.min(a.totalWeight * (1 - lexicalA), b.totalWeight * (1 - lexicalB))
  const signals = {
    lexical: harmonic(lexicalA, lexicalB),
    lexicalMin: Math.min(lexicalA, lexicalB),
    // Without vectors, soft coverage is the exact one.
    soft: harmonic(lexicalA, lexicalB),
    softMin: Math.min(lexicalA, lexicalB),
    unigramsMin,
    unigramsMax,
    bigramsMin,
    bigramsMax,
    trigramsMin,
    trigramsMax,
    fourgramsMin,
    fourgramsMax,
    characters: ratio(2 * sharedCount(a.characters, b.characters), a.characters.length + b.characters.length),
    numbers: numbersAny ? numbersShared : 1,
    numbersDiffer: numbersAny && numbersShared < 1 ? 1 : 0,
    noNumbers: numbersAny ? 0 : 1,
    length: ratio(Math.min(a.length, b.length), Math.max(a.length, b.length)),
    extra: 1 - Math.exp(-extra / 10)
  }
  return { signals, exact }
}

/** The base signals with soft coverage through word vectors; right after baseSignalsOf of the same pair. */
const withVectors = <T extends { soft: number; softMin: number }>(
  a: StatementProfile,
  b: StatementProfile,
  base: { signals: T; exact: ExactCoverage },
  options: SimilarityOptions
): T => {
  const { softA, softB } = softCoverage(a, b, base.exact, tuningOf(options).softFloor, options.words ?? wordTable())
  return { ...base.signals, soft: harmonic(softA, softB), softMin: Math.min(softA, softB) }
}

/** The named signals of a pair, each in [0, 1]. */
export const signalsOf = (a: StatementProfile, b: StatementProfile, options: SimilarityOptions = {}) => {
  const base = baseSignalsOf(a, b)
  return (options.useVectors ?? true) ? withVectors(a, b, base, options) : base.signals
}

export type Signals = ReturnType<typeof signalsOf>

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

interface Head {
  readonly bias: number
  readonly weights: readonly (readonly [string, number])[]
}

const headOf = (fitted: { readonly bias: number; readonly signals: Readonly<Record<string, number>> }): Head => ({
  bias: fitted.bias,
  weights: Object.entries(fitted.signals)
})

const relatednessHead = headOf(calibration.relatedness)
const paraphraseHead = headOf(calibration.paraphrase)
const lexicalHead = headOf(calibration.relatednessLexical)

const logitOf = (head: Head, signals: Readonly<Record<string, number>>): number => {
  let logit = head.bias
  for (const [name, weight] of head.weights) logit += weight * (signals[name] ?? 0)
  return logit
}

const contextWeights = calibration.context

/** The hand-set context signals and their summed logit. */
const contextOf = (a: StatementProfile, b: StatementProfile): { signals: Record<string, number>; logit: number } => {
  const signals: Record<string, number> = {}
  let logit = 0
  if (a.actorIds.size > 0 && b.actorIds.size > 0) {
    signals.actors = jaccard(a.actorIds, b.actorIds)
    logit += contextWeights.actors * signals.actors
  }
  if (a.timeValues.size > 0 && b.timeValues.size > 0) {
    signals.times = timeAgreement(a.timeValues, b.timeValues)
    logit += signals.times === 1 ? contextWeights.timesAgree : contextWeights.timesDiffer
  }
  if (a.eventTypes.size > 0 && b.eventTypes.size > 0) {
    signals.eventTypes = jaccard(a.eventTypes, b.eventTypes)
    logit += signals.eventTypes > 0 ? contextWeights.eventTypesShared : contextWeights.eventTypesDiffer
  }
  return { signals, logit }
}

/**
 * How much two statements concern the same matter, how likely they say the same thing, and the signals
 * behind both. Actors, times and event types count only where both statements have some: the corpora
 * used for fitting carry none, so their weights are set by hand in align-calibration.json.
 */
export const similarity = (a: StatementProfile, b: StatementProfile, options: SimilarityOptions = {}): Similarity =>
  scoredFrom(signalsOf(a, b, options), contextOf(a, b))

const scoredFrom = (pair: Signals, context: { signals: Record<string, number>; logit: number }): Similarity => {
  const signals: Record<string, number> = { ...pair, ...context.signals }
  return {
    score: sigmoid(logitOf(relatednessHead, signals) + context.logit),
    paraphrase: sigmoid(logitOf(paraphraseHead, signals) + context.logit),
    signals
  }
}

/** How far (in log-odds) the lexical look may fall below a threshold for a pair the full score still passes. */
const LEXICAL_MARGIN: number = calibration.thresholds.lexicalMargin

/**
 * `similarity`, or null for a pair that cannot reach `threshold`: word vectors cost most, so a first look by
 * the head fitted without them rules out pairs that fall short by more than any pair of MRPC train or STS-B
 * train news that the full score aligns.
 */
export const similarityAbove = (
  a: StatementProfile,
  b: StatementProfile,
  threshold: number,
  options: SimilarityOptions = {}
): Similarity | null => {
  const context = contextOf(a, b)
  const base = baseSignalsOf(a, b)
  let pair: Signals = base.signals
  if (options.useVectors ?? true) {
    const lexical = logitOf(lexicalHead, base.signals) + context.logit
    if (lexical < Math.log(threshold / (1 - threshold)) - LEXICAL_MARGIN) return null
    pair = withVectors(a, b, base, options)
  }
  const scored = scoredFrom(pair, context)
  return scored.score >= threshold ? scored : null
}
