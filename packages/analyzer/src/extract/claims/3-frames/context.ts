/**
 * What every frame rule reads: the paragraph's view, the quotes earlier frames took and the frames found so far
 * (one `FrameContext` per paragraph, built by `index.ts`), the cue a rule reads from, and the small readers the
 * rules share (word navigation, verb forms, the frame's own bounds).
 */
import type { Quotation, Range } from "../../../Document.js"
import type { Word } from "../1-words.js"
import {
  BETWEEN_SPEAKER_AND_VERB,
  type CueVerb,
  DETERMINERS,
  PHRASE_PREPOSITIONS,
  SUBORDINATORS,
  VERB_FORMS
} from "../lexicon.js"
import type { Frame } from "./Frame.js"

export const SENTENCE_END = new Set([".", "!", "?", "…"])
export const DASHES = new Set(["—", "–", "-", "―"])
export const MAX_WINDOW = 12
export const MAX_NOUN_PHRASE = 12
/** Words an appositive or a relative clause between commas may span ("X, who has long advised …, said"). */
export const MAX_APPOSITIVE = 20

/** Everything the frame finder reads for one paragraph. */
export interface ParagraphView {
  readonly text: string
  readonly words: readonly Word[]
  readonly quotes: readonly Quotation[]
  /** For each word, the index of the quote whose marks enclose it, or -1. */
  readonly quoteOf: readonly number[]
  /** First and last word index of each sentence met in the paragraph. */
  readonly sentenceWords: ReadonlyMap<number, readonly [number, number]>
  /** Offset before which nothing is content (the dateline). */
  readonly floor: number
}

/** Builds the view of one paragraph: which quote each word sits in, and each sentence's word range. */
export const viewParagraph = (
  text: string,
  words: readonly Word[],
  quotes: readonly Quotation[],
  floor: number
): ParagraphView => {
  const quoteOf: number[] = []
  let q = 0
  for (const word of words) {
    while (q < quotes.length && quotes[q]!.end <= word.start) q++
    const quote = quotes[q]
    quoteOf.push(quote !== undefined && word.start >= quote.start && word.end <= quote.end ? q : -1)
  }
  const sentenceWords = new Map<number, [number, number]>()
  words.forEach((word, i) => {
    const seen = sentenceWords.get(word.sentence)
    if (seen === undefined) sentenceWords.set(word.sentence, [i, i])
    else seen[1] = i
  })
  return { text, words, quotes, quoteOf, sentenceWords, floor }
}

/** The frame finder's state over one paragraph; rules read the view and add the quotes they take. */
export interface FrameContext {
  readonly view: ParagraphView
  readonly words: readonly Word[]
  /** Quotes a frame has taken: no later frame takes them again. */
  readonly usedQuotes: Set<number>
  /** The frames found so far, in text order (a later participle's subject may be an earlier frame's speaker). */
  readonly found: Frame[]
}

export const frameContext = (view: ParagraphView): FrameContext => ({
  view,
  words: view.words,
  usedQuotes: new Set<number>(),
  found: []
})

/** A cue found at a word: its first and last word, the verb it is a form of, and its words' range. */
export interface Cue {
  readonly first: number
  readonly last: number
  readonly verb: CueVerb
  readonly participle: boolean
  readonly range: Range
  readonly sentence: number
}

/** A verb cue as the content rules read it. */
export interface VerbCue extends Cue {
  /** The word after the cue and its addressee ("told reporters | that"). */
  readonly afterObject: number
  /** A participial cue (", noting that"): its speaker is the sentence's subject, its own words start at the cue. */
  readonly takesSubject: boolean
  /** The cue's speaker, read when a rule has found its content. */
  readonly speaker: () => Range | null
}

/** A cue that is no verb ("according to", "Name:"): it reads a grammar of its own, and its answer is final. */
export interface CueRule {
  readonly name: string
  readonly cue: CueVerb
  readonly apply: (ctx: FrameContext, cue: Cue) => Frame | null
}

/** A content pattern after a verb cue: the frame it finds there, or null to let the next rule try. */
export interface ContentRule {
  readonly name: string
  readonly apply: (ctx: FrameContext, cue: VerbCue) => Frame | null
}

export const frame = (
  ctx: FrameContext,
  cue: Range,
  verb: CueVerb,
  speaker: Range | null,
  contents: Range[],
  quoted: boolean,
  sentence: number,
  first: number,
  last: number,
  participial: boolean
): Frame => {
  const words = ctx.words
  // No one is a speaker inside what they are said to say ("…, said Ann Lee had resigned": Lee is the content's
  // subject, not the speaker): such a frame has no named speaker.
  const named = speaker
  if (named !== null && contents.some((c) => named.start < c.end && c.start < named.end)) speaker = null
  const start = Math.min(cue.start, speaker?.start ?? cue.start)
  // Participial frames take their speaker from earlier in the sentence: their own words start at the cue.
  const ownStart = participial ? cue.start : start
  const startIndex = indexAt(ctx, ownStart)
  const cutAt = cutBefore(ctx, startIndex)
  const openEnded = !quoted && contents.length === 1 && contents[0]!.end === Number.POSITIVE_INFINITY
  return {
    cue,
    verb,
    speaker,
    contents,
    quoted,
    sentence,
    start: ownStart,
    end: Math.max(words[last]!.end, speaker !== null && speaker.start > cue.start ? speaker.end : 0),
    cutAt: participial ? (prevPunct(ctx, first, [","])?.start ?? cutAt) : cutAt,
    openEnded,
    joinsClause: participial || joinsClause(ctx, startIndex),
    continues: false
  }
}

/** The frame of a verb cue whose content a rule has found, with the cue's own speaker. */
export const verbFrame = (ctx: FrameContext, cue: VerbCue, contents: Range[], quoted: boolean): Frame =>
  frame(ctx, cue.range, cue.verb, cue.speaker(), contents, quoted, cue.sentence, cue.first, cue.last, cue.takesSubject)

/**
 * "In calling for the report's release, they also sought …", "Even though she decried the use of her name, she
 * stars in …": a participle after a preposition, or a cue in a clause a subordinator opens, stands in a phrase the
 * next comma closes; its content ends there, and what follows is the writer's again.
 */
export const phraseEnd = (ctx: FrameContext, first: number, content: Range): Range => {
  const words = ctx.words
  const before = prev(ctx, first)
  const participle = before !== null && PHRASE_PREPOSITIONS.has(before.lower) && words[first]!.lower.endsWith("ing")
  if (!participle && !subordinate(ctx, first)) return content
  for (let k = indexAt(ctx, content.start); k < words.length && words[k]!.sentence === words[first]!.sentence; k++)
    if (words[k]!.lower === "," && k > 0) return { start: content.start, end: words[k - 1]!.end }
  return content
}

/** The cue's clause is opened by a subordinator ("Although …", "Even though …", ", while …"). */
const subordinate = (ctx: FrameContext, first: number): boolean => {
  const words = ctx.words
  const sentence = words[first]!.sentence
  let k = first - 1
  while (k >= 0 && words[k]!.sentence === sentence && words[k]!.lower !== ",") k--
  let opener = words[k + 1]
  if (opener?.lower === "even") opener = words[k + 2]
  return opener !== undefined && opener !== words[first] && SUBORDINATORS.has(opener.lower)
}

/** The punctuation (or ", and") right before a frame, where an earlier content ends. */
export const cutBefore = (ctx: FrameContext, index: number): number | null => {
  let k = index - 1
  if (k >= 0 && ["and", "but", "while", "whereas"].includes(ctx.words[k]!.lower)) k--
  const w = ctx.words[k]
  if (w === undefined || w.sentence !== ctx.words[index]?.sentence) return null
  return w.lower === "," || w.lower === ";" || DASHES.has(w.lower) ? w.start : null
}

const joinsClause = (ctx: FrameContext, index: number): boolean => {
  const w = ctx.words[index - 1]
  return w !== undefined && (["and", "but", "while", "whereas", ";"].includes(w.lower) || w.lower === ";")
}

const prevPunct = (ctx: FrameContext, i: number, marks: readonly string[]): Word | null => {
  const w = ctx.words[i - 1]
  return w !== undefined && marks.includes(w.lower) ? w : null
}

export const sentenceInitial = (ctx: FrameContext, i: number): boolean => {
  const range = ctx.view.sentenceWords.get(ctx.words[i]!.sentence)
  if (range === undefined) return false
  for (let k = range[0]; k < i; k++) if (ctx.words[k]!.kind === "word") return false
  return true
}

export const firstContentWord = (ctx: FrameContext, from: number, to: number): number | null => {
  let words = 0
  let start: number | null = null
  for (let k = from; k < to; k++) {
    const w = ctx.words[k]!
    if (w.start < ctx.view.floor) continue
    if (start === null) start = k
    if (w.kind === "word") words++
  }
  return words >= 2 ? start : null
}

export const countWordsBetween = (ctx: FrameContext, from: number, to: number): number => {
  let n = 0
  for (let k = from; k <= to && k < ctx.words.length; k++) if (ctx.words[k]!.kind === "word") n++
  return n
}

/** The dot of "U.S." between two letters of an abbreviation. */
export const abbreviationDot = (ctx: FrameContext, k: number): boolean => {
  const w = ctx.words[k]!
  const before = ctx.words[k - 1]
  return (
    w.lower === "." &&
    before !== undefined &&
    before.kind === "word" &&
    before.capital &&
    before.end === w.start &&
    before.lower.length <= 3
  )
}

/** A word that is one of the cue verbs used as a verb (not "a report", not "States"). */
export const isVerbForm = (ctx: FrameContext, k: number): boolean => {
  const w = ctx.words[k]!
  if (w.kind !== "word" || w.capital || !VERB_FORMS.has(w.lower)) return false
  return verbal(w, prev(ctx, k))
}

/**
 * Whether a cue-verb form is used as a verb. The tagger is trusted where it says verb or where the word
 * follows a determiner, an adjective or a verb whose object it is ("the report", "new claims", "rejected reports
 * that"); a noun tag after a name ("Smith claims") is a common tagger slip and is overruled.
 */
export const verbal = (w: Word, before: Word | null): boolean => {
  // "the report" is a noun; "first telling", "also said" are verbs ("first" is a determiner and an adverb).
  const adverb =
    before !== null && BETWEEN_SPEAKER_AND_VERB.has(before.lower) && (w.pos === "VERB" || w.lower.endsWith("ing"))
  if (adverb) return true
  if (before !== null && (DETERMINERS.has(before.lower) || /['’]s$/.test(before.lower))) return false
  if (w.pos === null || w.pos === "VERB" || w.pos === "AUX") return true
  if (w.pos !== "NOUN") return false
  return before === null || !["DET", "ADJ", "ADP", "VERB"].includes(before.pos ?? "")
}

export const prev = (ctx: FrameContext, i: number): Word | null => {
  const w = ctx.words[i - 1]
  return w !== undefined && w.sentence === ctx.words[i]?.sentence ? w : null
}

export const indexAt = (ctx: FrameContext, offset: number): number => {
  let lo = 0
  let hi = ctx.words.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ctx.words[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
