import type {
  ActorKind,
  Claim,
  EventType,
  MentionForm,
  Role,
  Source,
  SourceId,
  TimeExpression,
  TimeId
} from "@diplo/model"

/**
 * The working document that flows between stages. Everything points into `source.text` by offsets;
 * nothing copies text except the `text` of spans handed to the model.
 */

/** A half-open character range `[start, end)` of the source text. */
export interface Range {
  readonly start: number
  readonly end: number
}

export type TokenKind = "word" | "number" | "punct" | "quote" | "symbol" | "space" | "other"

export interface Token extends Range {
  /** Lower-cased surface form. */
  readonly lower: string
  readonly kind: TokenKind
  /** Universal POS tag from the tagger (NOUN, VERB, PROPN, ...). */
  readonly pos: string
  /** Lemma (or lower-cased form where the tagger gives none). */
  readonly lemma: string
  /** True where the tagger marks the token as negated. */
  readonly negated: boolean
}

export interface Sentence extends Range {
  readonly index: number
  readonly paragraph: number
  /** Index of the first token and one past the last, in `Segmented.tokens`. */
  readonly tokenStart: number
  readonly tokenEnd: number
}

/** "LONDON, June 5. /Reuters/." : the place and outlet a report was filed from. */
export interface Dateline extends Range {
  readonly place: string | null
  readonly outlet: string | null
  /** The date as written in the dateline, if any ("June 5"). */
  readonly dateText: string | null
}

/**
 * A stretch in quotation marks, from the opening mark to the closing one (marks included); `inner` is the quoted
 * words. One list per source, found once in segment (`segment/4-quotations.ts`); every later step reads it.
 */
export interface Quotation extends Range {
  readonly inner: Range
  /**
   * The opening mark as written (“, ", „, «, ‘, ', or two apostrophes); empty for a quotation that goes on from the
   * previous paragraph without a new opening mark (then `continues` is true).
   */
  readonly open: string
  /** The closing mark, or null when the paragraph ended (or another quotation opened) before one. */
  readonly close: string | null
  readonly closed: boolean
  /** 0 for a quotation in the writer's text, 1 for one inside another quotation. */
  readonly depth: number
  /** Index of the paragraph in `Segmented.paragraphs`. */
  readonly paragraph: number
  /** True when it opens its paragraph and goes on with a quotation the previous paragraph left open. */
  readonly continues: boolean
}

/**
 * The output of segment, the document store every later stage reads: one source cut into paragraphs, sentences,
 * tokens (with part of speech, lemma and negation) and quotations, every one an offset range into `source.text`.
 * Later stages never tokenize or look for quotation marks again; `segment/Lookup.ts` answers "which sentence",
 * "which quotation", "which tokens".
 */
export interface Segmented {
  readonly source: Source
  readonly paragraphs: readonly Range[]
  readonly sentences: readonly Sentence[]
  readonly tokens: readonly Token[]
  readonly dateline: Dateline | null
  /** The headline: a first paragraph that is short, title-like and not a sentence; null when there is none. */
  readonly headline: Range | null
  /** Every quotation of the text, in text order (an outer one before those inside it). */
  readonly quotations: readonly Quotation[]
}

/** An actor as found in one source, before ids are unified across sources. */
export interface LocalActor {
  /** Local id, unique within the source (e.g. `A:a3`). */
  readonly localId: string
  readonly name: string
  readonly kind: ActorKind
  readonly aliases: readonly string[]
  readonly roles: readonly Role[]
  /** ISO 3166-1 alpha-2. */
  readonly country?: string
  readonly mentions: readonly (Range & { readonly form: MentionForm })[]
}

/** The output of extract: what one source says, every entity pointing at its words. */
export interface Reading {
  readonly segmented: Segmented
  readonly actors: readonly LocalActor[]
  readonly times: readonly TimeExpression[]
  /** Claims whose `speakerId` is still a `LocalActor.localId`; align maps them to global ids. */
  readonly claims: readonly Claim[]
  /** Event mentions of this source; align merges them across sources into events with global actor ids. */
  readonly events: readonly EventMention[]
}

/**
 * An event as one source tells it, before align merges mentions across sources: its type, the words that
 * name it, its participants as `LocalActor.localId`s, and the time expression it happened at.
 */
export interface EventMention {
  /** `${sourceId}:e${n}`, numbered from 1 in text order. */
  readonly localId: string
  readonly sourceId: SourceId
  readonly type: EventType
  /** The word or words that name the event: "travel", "recalled", "sanctions", "called for". */
  readonly trigger: Range
  /** The words that report it: the trigger with its participants and time in the same clause. */
  readonly extent: Range
  /** Index of the sentence in `Segmented.sentences`. */
  readonly sentence: number
  readonly agent?: string
  readonly patient?: string
  readonly recipient?: string
  /** A state or city the event happens in or goes to. */
  readonly place?: string
  /** The words that name the place: the place actor's mention, or words after "to"/"in" no actor covers ("Paris"). */
  readonly placeWords?: Range
  /** The time expression it is dated by. */
  readonly timeId?: TimeId
  /** That time's calendar day, or null when it has none (a month, a year, a vague word) or no time is attached. */
  readonly date: string | null
  readonly tense: "past" | "present" | "future"
  /** True when the source says it did not (or will not) happen. */
  readonly negated: boolean
  /** For travel: leaving for a place or arriving at it, where the words say which. */
  readonly direction?: "depart" | "arrive" | null
}
