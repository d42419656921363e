import type { Span } from "@diplo/model"
import { valenceOf } from "../adapters/afinn.js"
import type { Statement } from "../align/2-statements.js"
import type { Quotation, Range, Token } from "../Document.js"
import causeMarkers from "../lexicons/cause-markers.json" with { type: "json" }
import distancingHedges from "../lexicons/distancing-hedges.json" with { type: "json" }
import loadedTerms from "../lexicons/loaded-terms.json" with { type: "json" }
import namingCues from "../lexicons/naming-cues.json" with { type: "json" }
import neutralTerms from "../lexicons/neutral-terms.json" with { type: "json" }
import purposeMarkers from "../lexicons/purpose-markers.json" with { type: "json" }
import attributionVerbs from "../lexicons/attribution-verbs.json" with { type: "json" }
import { quotationsOverlapping } from "../segment/Lookup.js"
import type { Tuning } from "../Tuning.js"

/**
 * What a statement's words carry that findings compare: loaded words, distancing hedges and scare quotes in the
 * writer's own voice, the figures it asserts, its causes and purposes. Everything is read from the document store
 * (tokens, quotations): no text is tokenized or searched for quotation marks here.
 */

/** A lexicon's phrases, longest first, indexed by their first word. */
interface PhraseList {
  readonly phrases: readonly string[]
  readonly byFirstWord: ReadonlyMap<string, readonly number[]>
  readonly other: readonly number[]
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u
const WORD_CHAR = /[\p{L}\p{N}]/u
const WORD_OR_HYPHEN = /[\p{L}\p{N}-]/u

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
/** The distancing hedges, lower-cased, for a test on one token. */
export const DISTANCING_HEDGE_WORDS: ReadonlySet<string> = new Set(distancingHedges.entries.map((e) => e.toLowerCase()))
const NEUTRAL: ReadonlySet<string> = new Set(neutralTerms.entries)
const NAMING_CUES: ReadonlySet<string> = new Set(namingCues.entries)

const isWordChar = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
  return WORD_CHAR.test(text[i]!)
}

/**
 * Whole-word occurrences of a list's lower-case phrases in `text[range]`: the longest first, without overlaps, in
 * text order. A phrase matches where no letter, digit or hyphen comes before it and no letter or digit after it.
 */
const findPhrases = (text: string, range: Range, list: PhraseList): Range[] => {
  const lower = text.slice(range.start, range.end).toLowerCase().replace(/[’‘]/g, "'")
  const matches: { priority: number; at: number }[] = []
  const tryAt = (priority: number, at: number): void => {
    const phrase = list.phrases[priority]!
    if (!lower.startsWith(phrase, at)) return
    const before = lower[at - 1]
    const after = lower[at + phrase.length]
    if ((before !== undefined && WORD_OR_HYPHEN.test(before)) || (after !== undefined && WORD_CHAR.test(after))) return
    matches.push({ priority, at })
  }
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
    const r = { start: range.start + at, end: range.start + at + list.phrases[priority]!.length }
    if (!found.some((f) => f.start < r.end && r.start < f.end)) found.push(r)
  }
  return found.sort((a, b) => a.start - b.start)
}

const inside = (inner: Range, outer: Range): boolean => inner.start >= outer.start && inner.end <= outer.end
/** True when the range lies in the statement's own words of the writer (its claim outside quotation marks). */
export const inWriterWords = (s: Statement, r: Range): boolean => s.writerWords.some((w) => inside(r, w))
/** True when the range lies in the writer's words of the statement's whole sentence, attribution frame included. */
export const inSentenceWriterWords = (s: Statement, r: Range): boolean =>
  s.sentenceWriterWords.some((w) => inside(r, w))

/**
 * A statement told in the writer's own words and judgment: the narrator's, or what the writer says someone means to
 * do ("they sought to gather names"), which reports no words of theirs.
 */
const writersOwn = (s: Statement): boolean => s.claim.attribution === "narrator" || s.claim.cueSense === "intention"

/** The tokens of a statement in the writer's own voice. */
export const writerTokens = (s: Statement): readonly Token[] => s.tokens.filter((t) => inWriterWords(s, t))

// ---- loaded words ----

const EVALUATIVE_POS = new Set(["ADJ", "ADV"])

/**
 * Loaded words in the writer's own voice: entries of the loaded-terms lexicon, labels such as anti-X or pro-X, and
 * adjectives or adverbs that AFINN-165 rates strongly (see the tuning file). Verbs count only through the lexicon:
 * a strongly valenced verb in news ("killed", "obstructed", "stole") mostly names what happened. Neutral legal, procedural and
 * technical words ("criminal", "charges", "illegally") never count, whatever their valence.
 */
export const loadedIn = (s: Statement, tuning: Tuning): Range[] => loadedWords(s, tuning).map((w) => w.range)

/** Loaded words a lexicon lists (not only rated by AFINN): enough to stand without another source's telling. */
export const strongLoadedIn = (s: Statement, tuning: Tuning): Range[] =>
  loadedWords(s, tuning)
    .filter((w) => w.strong)
    .map((w) => w.range)

const loadedWords = (s: Statement, tuning: Tuning): { range: Range; strong: boolean }[] => {
  const text = s.source.text
  const found: { range: Range; strong: boolean }[] = []
  const free = (r: Range) => !found.some(({ range: f }) => f.start < r.end && r.start < f.end)
  for (const w of s.writerWords) {
    for (const r of findPhrases(text, w, LOADED_TERMS)) {
      const phrase = text.slice(r.start, r.end).toLowerCase()
      // The word and the next one may be a neutral term ("terrorist attacks", "criminal charges").
      const next = /^\s+([\p{L}-]+)/u.exec(text.slice(r.end, r.end + 30))?.[1]?.toLowerCase()
      // A verb of saying ("diGenova blasted the tactic as …", "slammed the ruling") reports a speech act: whether its
      // weight differs between sources is the attribution-verb detector's question, not the writer's loaded words.
      const token = s.tokens.find((t) => t.start === r.start && t.end === r.end)
      const saying = token !== undefined && token.pos === "VERB" && SPEECH_VERBS.has(token.lemma)
      if (!saying && !NEUTRAL.has(phrase) && !(next !== undefined && NEUTRAL.has(`${phrase} ${next}`)))
        found.push({ range: r, strong: writersOwn(s) })
    }
    for (const m of text.slice(w.start, w.end).matchAll(/\b(?:anti|pro)-\p{Lu}[\p{L}-]*/gu)) {
      const r = { start: w.start + m.index, end: w.start + m.index + m[0].length }
      // On a group ("a pro-Republican research group") the label names the side the group is on, not the writer's.
      const head = /^[\s\p{L}-]*?\b([\p{L}]+)/u.exec(text.slice(r.end, r.end + 40))
      const onGroup =
        /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:groups?|organi[sz]ations?|part(?:y|ies)|movements?|coalitions?|committees?|activists?|factions?|blocs?|lobby|lobbies|networks?|camps?)\b/u.test(
          text.slice(r.end, r.end + 60)
        )
      if (free(r) && !onGroup && head !== null) found.push({ range: r, strong: true })
    }
  }
  // Words rated only by a sentiment list count in the narrator's own statements: a paraphrase of a speaker often keeps
  // the speaker's words ("asked the press to take heed that their hysterical desire ..."), the speaker's voice.
  for (const t of writersOwn(s) ? writerTokens(s) : []) {
    if (!EVALUATIVE_POS.has(t.pos) || NEUTRAL.has(t.lower) || NEUTRAL.has(t.lemma)) continue
    const v = valenceOf(t.lower)
    if ((v <= tuning.loadedPejorative || v >= tuning.loadedPraise) && free(t))
      found.push({ range: { start: t.start, end: t.end }, strong: false })
  }
  return found.sort((a, b) => a.range.start - b.range.start)
}

// ---- hedges ----

/** Distancing hedges ("allegedly", "reportedly", "so-called") in the writer's own words and attribution frame. */
export const hedgesIn = (s: Statement): Range[] => {
  const ranges = [...s.writerWords]
  // The attribution frame is the writer's too ("Republicans reportedly suggested that ..."): from the speaker's words
  // to the verb's end.
  const { cue, speakerSpan } = s.claim
  if (cue !== undefined) ranges.push({ start: Math.min(cue.start, speakerSpan?.start ?? cue.start), end: cue.end })
  // The attribution verb itself ("Politico reported") attributes; it is not a hedge on what is attributed.
  const found = ranges
    .flatMap((w) => findPhrases(s.source.text, w, DISTANCING_HEDGES))
    .filter((r) => cue === undefined || r.end <= cue.start || r.start >= cue.end)
  return found.filter((r, i) => found.findIndex((o) => o.start === r.start) === i).sort((a, b) => a.start - b.start)
}

// ---- scare quotes ----

const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []

/**
 * Scare quotes of a statement: quotation marks the writer puts around a word or a short phrase of its own sentence,
 * not a speaker's words. Not one: a quotation in a reported or quoted claim (the speaker's words); a quotation named
 * by a cue ("what he calls “…”", "dubbed", "titled"); a name of a policy, law, programme, book or show (every word
 * capitalised); a sentence quoted whole; words the article itself quotes as someone's elsewhere.
 */
export const scareQuotesIn = (s: Statement, tuning: Tuning, spokenElsewhere: (words: string) => boolean): Range[] => {
  if (s.claim.attribution === "direct-quote") return []
  // In the writer's paraphrase of a speaker, only one word in marks: a longer quoted stretch there is the speaker's.
  const maxWords = writersOwn(s) ? tuning.scareQuoteMaxWords : 1
  const text = s.source.text
  const out: Range[] = []
  for (const q of quotationsOverlapping(s.doc, s.claim)) {
    if (!q.closed || !inside(q, s.claim)) continue
    const inner = text.slice(q.inner.start, q.inner.end).trim()
    const words = wordsOf(inner)
    if (words.length === 0 || words.length > maxWords) continue
    if (/[.!?,;:]$/.test(inner)) continue
    if (words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase())).every((w) => /^[\p{Lu}\p{N}]/u.test(w))) continue
    if (namedByCue(s, q) || attributedBefore(s, q)) continue
    // Marks of distance go around a name for a thing ("a “reform” plan"); quoted verbs ("“promote and protect”") are
    // someone's words, a partial quotation.
    if (s.sentenceTokens.some((t) => t.start >= q.inner.start && t.end <= q.inner.end && t.pos === "VERB")) continue
    if (spokenElsewhere(inner.toLowerCase())) continue
    out.push({ start: q.start, end: q.end })
  }
  return out
}

/** Verbs that report speech or thought (the attribution cues of lexicons/attribution-verbs.json). */
const SPEECH_VERBS: ReadonlySet<string> = new Set(attributionVerbs.entries.map((e) => e.lemma))

const FUNCTION_WORDS = new Set(["the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "at", "by", "with"])

/** Verbs after which quoted words are the speaker's: verbs of saying, and of expressing an attitude. */
const QUOTING_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...attributionVerbs.expression])

/**
 * True when a reporting verb stands before the quotation in its sentence: a partial quote of what was said ("he
 * expressed frustration at the failure to establish “red lines”"). In the writer's own statement the verb must
 * govern the quotation: a finite verb between them opens a clause of the writer's ("in calling for the report's
 * release, they sought to gather names by putting out “petitions”"), whose marks are the writer's; an infinitive or
 * an -ing form does not. In a speaker's paraphrase any reporting verb before the marks will do.
 */
const attributedBefore = (s: Statement, q: Quotation): boolean => {
  const before = s.sentenceTokens.filter((t) => t.end <= q.start)
  if (before.some((t) => t.lower === "according")) return true
  const verb = before.findLastIndex((t) => t.pos === "VERB" && QUOTING_VERBS.has(t.lemma))
  if (verb < 0) return false
  if (!writersOwn(s)) return true
  const finite = (t: Token, i: number) =>
    t.pos === "VERB" && !QUOTING_VERBS.has(t.lemma) && !t.lower.endsWith("ing") && before[i - 1]?.lower !== "to"
  return !before.some((t, i) => i > verb && finite(t, i))
}

/**
 * Whether words are someone's: a phrase of two words or more that stands, as whole words, inside a quotation of some
 * source long enough to be a line a speaker said (a word or two in quotation marks elsewhere may be a scare quote too).
 */
export const spokenIn = (statements: readonly Statement[], tuning: Tuning): ((words: string) => boolean) => {
  const lines = statements
    .filter((s) => s.claim.attribution === "direct-quote")
    .map((s) => s.claim.text.toLowerCase().replace(/\s+/g, " "))
    .filter((line) => wordsOf(line).length > tuning.scareQuoteMaxWords)
    .map((line) => ` ${line.replace(/[^\p{L}\p{N}'’-]+/gu, " ")} `)
  return (words) => {
    const phrase = ` ${words
      .toLowerCase()
      .replace(/[^\p{L}\p{N}'’-]+/gu, " ")
      .trim()} `
    // One word is in someone's line by chance as often as not: only a phrase of two words or more is their line.
    if (wordsOf(phrase).length < 2) return false
    return lines.some((line) => line.includes(phrase))
  }
}

/** True when words before the quotation name what follows as a term ("calls", "dubbed", "so-called", "known as"). */
const namedByCue = (s: Statement, q: Quotation): boolean => {
  const before = s.sentenceTokens.filter((t) => t.end <= q.start).slice(-4)
  return before.some((t) => NAMING_CUES.has(t.lower) || NAMING_CUES.has(t.lemma))
}

// ---- figures ----

/** A figure a statement asserts (not a date), with what it counts. */
export interface Quantity {
  readonly value: number
  /** "$", "€", "£", "percent", or the lemma of the noun counted ("vote", "senator"). */
  readonly unit: string
  /** Significant digits as written: 44 million has 2, 43,885,310 has 8. */
  readonly precision: number
  /** Written with "about", "roughly", "more than" ...: a bound or a rounded figure. */
  readonly approximate: boolean
  /** The content words around it (lemmas), which tell what it measures ("earn", "income", "airtime"). */
  readonly context: readonly string[]
  /** The nearest actor named before it in its sentence, its owner where one is named. */
  readonly owner: string | null
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
  "least",
  "up",
  "under",
  "fewer",
  "less",
  "estimated",
  "just",
  "close"
])
const NUMBER_WORDS: Readonly<Record<string, number>> = {
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
  dozen: 12
}
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }
const CURRENCY = new Set(["$", "€", "£", "¥"])
const PERCENT = new Set(["percent", "per cent", "%", "percentage"])
const COUNTED_POS = new Set(["NOUN", "PROPN"])
const CONTEXT_POS = new Set(["NOUN", "VERB", "ADJ", "PROPN"])
/** Words that say which way a figure is bounded or rounded, not what it counts. */
const NOT_UNITS = new Set(["of", "in", "and", "to", "for", "the", "a", "or", "from", "on", "by", "with"])

const significantDigits = (digits: string): number => {
  const [whole = "", fraction = ""] = digits.split(".")
  const trimmed = (whole + fraction).replace(/^0+/, "")
  return fraction !== "" ? trimmed.length : trimmed.replace(/0+$/, "").length || 1
}

const quantities = new WeakMap<Statement, readonly Quantity[]>()

/** The figures of a statement's sentence (read once per statement). */
export const quantitiesOf = (s: Statement): readonly Quantity[] => {
  let known = quantities.get(s)
  if (known === undefined) {
    known = findQuantities(s)
    quantities.set(s, known)
  }
  return known
}

const findQuantities = (s: Statement): Quantity[] => {
  const out: Quantity[] = []
  const tokens = s.sentenceTokens
  const text = s.source.text
  const inTime = (t: Token) => s.times.some((time) => t.start >= time.start && t.end <= time.end)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (inTime(t)) continue
    const raw = t.lower.replace(/^[$€£¥]/, "")
    const digits = raw.replace(/,/g, "")
    let value = /^\d+(\.\d+)?$/.test(digits) ? Number(digits) : NUMBER_WORDS[t.lower]
    if (value === undefined || Number.isNaN(value)) continue
    // A year written alone (1999, 2016) is a date, not a figure.
    if (/^(1[89]|20)\d\d$/.test(digits) && !CURRENCY.has(tokens[i - 1]?.lower ?? "")) continue
    let precision = /^\d/.test(digits) ? significantDigits(digits) : 1
    let j = i + 1
    const scale = tokens[j] ? SCALES[tokens[j]!.lower] : undefined
    if (scale !== undefined) {
      value *= scale
      j++
    }
    const previous = tokens[i - 1]
    let unit = ""
    let end = (tokens[j - 1] ?? t).end
    if (CURRENCY.has(previous?.lower ?? "") || CURRENCY.has(t.lower[0] ?? "")) unit = previous?.lower ?? t.lower[0]!
    else if (tokens[j] !== undefined && PERCENT.has(tokens[j]!.lower)) {
      unit = "percent"
      end = tokens[j]!.end
    } else {
      // The noun it counts: the first noun after it, over at most two adjectives or numbers.
      for (let k = j; k < Math.min(tokens.length, j + 3); k++) {
        const u = tokens[k]!
        if (u.kind !== "word" || NOT_UNITS.has(u.lower)) break
        if (COUNTED_POS.has(u.pos)) {
          unit = u.lemma
          end = u.end
          break
        }
      }
    }
    if (unit === "") continue
    if (unit === "percent" || CURRENCY.has(unit)) precision = Math.max(1, precision)
    const start = CURRENCY.has(previous?.lower ?? "") ? previous!.start : t.start
    const approximate = tokens.slice(Math.max(0, i - 3), i).some((p) => APPROXIMATORS.has(p.lower))
    const around = tokens.slice(Math.max(0, i - 4), Math.min(tokens.length, j + 4))
    const context = around
      .filter((u) => CONTEXT_POS.has(u.pos) && u.kind === "word" && !(u.start >= t.start && u.end <= end))
      .map((u) => u.lemma)
    const owner = s.mentions.filter((m) => m.end <= start).at(-1)?.actorId ?? null
    out.push({
      value,
      unit,
      precision,
      approximate,
      context,
      owner,
      span: { sourceId: s.sourceId, start, end, text: text.slice(start, end) }
    })
  }
  return out
}

/**
 * True when two figures are one figure written at two precisions or bounds: the more precise rounds to the less
 * precise at its precision (43,885,310 and "44 million"), or they differ by less than the tuned tolerance.
 */
export const sameFigure = (a: Quantity, b: Quantity, tuning: Tuning): boolean => {
  if (a.value === b.value) return true
  const [coarse, fine] = a.precision <= b.precision ? [a, b] : [b, a]
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(coarse.value))) - coarse.precision + 1)
  if (Math.round(fine.value / magnitude) * magnitude === coarse.value) return true
  return Math.abs(a.value - b.value) / Math.max(Math.abs(a.value), Math.abs(b.value)) < tuning.numberTolerance
}

// ---- causes and purposes ----

const sentenceRange = (s: Statement): Range => ({ start: s.sentence.start, end: s.sentence.end })

/** Purpose clauses in the writer's words or the claim: "in order to analyse", "the purpose of which is". */
export const purposesOf = (s: Statement): Range[] => findPhrases(s.source.text, sentenceRange(s), PURPOSE_MARKERS)

/** Cause phrases: the marker and the words after it to the end of the clause (at most 14 words). */
export const causesOf = (s: Statement): Range[] => {
  const text = s.source.text
  return findPhrases(text, sentenceRange(s), CAUSE_MARKERS).map((marker) => {
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
