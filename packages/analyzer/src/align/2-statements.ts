import type {
  ActorId,
  Claim,
  ClaimId,
  EventType,
  MentionForm,
  Source,
  SourceId,
  Span,
  TimeExpression
} from "@diplo/model"
import type { EventMention, Range, Reading, Segmented, Sentence, Token } from "../Document.js"
import { quotationsOverlapping, sentenceIndexAt, tokenIndexesIn } from "../segment/Lookup.js"

/** An actor mention inside a statement's sentence, with the actor's global id. */
export interface PlacedMention extends Range {
  readonly actorId: ActorId
  readonly form: MentionForm
}

/** An event a statement's sentence reports, with its participants as global actor ids. */
export interface StatementEvent {
  readonly mention: EventMention
  readonly type: EventType
  readonly participants: readonly ActorId[]
  /** Where it happens, comparable across sources: the place's global actor id, else its words in lower case. */
  readonly place: string | null
}

/**
 * One statement (a claim) of one source, as align and classify read it: every actor as a global id, the words in
 * the writer's own voice told apart from the words of the people it quotes or reports.
 */
export interface Statement {
  readonly sourceId: SourceId
  readonly claimId: ClaimId
  readonly span: Span
  /** The claim, its speaker a global actor id. */
  readonly claim: Claim
  readonly source: Source
  readonly doc: Segmented
  readonly sentence: Sentence
  /** Index of the sentence in `doc.sentences`. */
  readonly sentenceIndex: number
  /** Tokens inside the claim's span. */
  readonly tokens: readonly Token[]
  /** Tokens of the whole sentence. */
  readonly sentenceTokens: readonly Token[]
  /** Global ids of the actors its sentence names. */
  readonly actorIds: readonly string[]
  readonly mentions: readonly PlacedMention[]
  /** Time expressions of its sentence. */
  readonly times: readonly TimeExpression[]
  readonly timeValues: readonly string[]
  readonly events: readonly StatementEvent[]
  readonly eventTypes: readonly string[]
  /** When what it tells happened, as far as the text says: its own date, or the narrative's. */
  readonly date: string | null
  /** Position in its source, in text order, from 0. */
  readonly order: number
  /** True for the headline. */
  readonly headline: boolean
  /**
   * The stretches of the claim in the writer's own words: everything outside quotation marks, the narrator's claims
   * and the writer's paraphrase of what someone said ("Lee warned of Iran's rogue program": the words are the
   * outlet's choice); nothing of a direct quotation, whose words are its speaker's.
   */
  readonly writerWords: readonly Range[]
  /**
   * The writer's words of the whole sentence: all of it outside quotation marks, attribution frames included ("the
   * senator said in a statement"), for comparing copied sentences word by word.
   */
  readonly sentenceWriterWords: readonly Range[]
}

const within = (inner: Range, outer: Range): boolean => inner.start >= outer.start && inner.end <= outer.end

const dayOf = (t: TimeExpression): string | null => (t.value !== null && t.value.length === 10 ? t.value : null)

/** Items bucketed by the sentence that holds them whole: linear, where filtering per statement is quadratic. */
const bySentence = <T>(doc: Segmented, items: readonly T[], rangeOf: (item: T) => Range | null): T[][] => {
  const buckets: T[][] = doc.sentences.map(() => [])
  for (const item of items) {
    const range = rangeOf(item)
    if (range === null) continue
    const i = sentenceIndexAt(doc, range.start)
    if (i >= 0 && within(range, doc.sentences[i]!)) buckets[i]!.push(item)
  }
  return buckets
}

/**
 * The date each sentence tells of: its own earliest day, else the latest earlier day in its paragraph, else the day
 * of the latest earlier sentence that reports an event of the same (non-statement) type.
 */
const narrativeDates = (
  doc: Segmented,
  times: readonly TimeExpression[][],
  events: readonly EventMention[][]
): (string | null)[] => {
  const out: (string | null)[] = []
  let paragraph = -1
  let lastInParagraph: string | null = null
  const lastByType = new Map<string, { date: string; index: number }>()
  doc.sentences.forEach((sentence, i) => {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph
      lastInParagraph = null
    }
    const own =
      times[i]!.map(dayOf)
        .filter((d) => d !== null)
        .sort()[0] ?? null
    const types = events[i]!.filter((e) => e.type !== "statement").map((e) => e.type as string)
    if (own !== null) {
      out.push(own)
      lastInParagraph = own
      for (const type of types) lastByType.set(type, { date: own, index: i })
      return
    }
    if (lastInParagraph !== null) {
      out.push(lastInParagraph)
      return
    }
    let best: { date: string; index: number } | undefined
    for (const type of types) {
      const seen = lastByType.get(type)
      if (seen !== undefined && (best === undefined || seen.index > best.index)) best = seen
    }
    out.push(best?.date ?? null)
  })
  return out
}

/** `range` without the quotations (marks included) that lie in it. */
const withoutQuotations = (doc: Segmented, range: Range): Range[] => {
  const out: Range[] = []
  let at = range.start
  for (const q of quotationsOverlapping(doc, range)) {
    if (q.end <= at) continue
    if (q.start > at) out.push({ start: at, end: q.start })
    at = Math.max(at, q.end)
  }
  if (at < range.end) out.push({ start: at, end: range.end })
  return out.filter((r) => r.end > r.start)
}

/**
 * Builds the statements of every source, in source order then text order: the claims with global actor ids, their
 * sentences' actors, times and events, the narrative date, and the writer's own words.
 */
export const buildStatements = (
  readings: readonly Reading[],
  claims: readonly Claim[],
  idOf: ReadonlyMap<string, ActorId>
): Statement[] => {
  const out: Statement[] = []
  const claimsBySource = new Map<string, Claim[]>()
  for (const c of claims) {
    const list = claimsBySource.get(c.sourceId)
    if (list === undefined) claimsBySource.set(c.sourceId, [c])
    else list.push(c)
  }
  for (const reading of readings) {
    const doc = reading.segmented
    const source = doc.source
    const global = (local: string | undefined): ActorId | undefined =>
      local === undefined ? undefined : idOf.get(local)
    const mentions = bySentence(
      doc,
      reading.actors.flatMap((actor) => {
        const actorId = global(actor.localId)
        return actorId === undefined
          ? []
          : actor.mentions.map((m) => ({ start: m.start, end: m.end, form: m.form, actorId }))
      }),
      (m) => m
    ).map((list) => list.sort((a, b) => a.start - b.start || a.end - b.end))
    const times = bySentence(doc, reading.times, (t) => t)
    const mentionsOfEvents = bySentence(doc, reading.events, (e) => e.trigger)
    const dates = narrativeDates(doc, times, mentionsOfEvents)
    const events = mentionsOfEvents.map((list) =>
      list.map((mention): StatementEvent => {
        const participants = [mention.agent, mention.patient, mention.recipient].flatMap((id) => {
          const g = global(id)
          return g === undefined ? [] : [g]
        })
        const place =
          mention.place !== undefined
            ? (global(mention.place) ?? mention.place)
            : mention.placeWords
              ? source.text.slice(mention.placeWords.start, mention.placeWords.end).toLowerCase()
              : null
        return { mention, type: mention.type, participants, place }
      })
    )
    let order = 0
    for (const claim of claimsBySource.get(source.id) ?? []) {
      const index = sentenceIndexAt(doc, claim.start)
      const sentence = doc.sentences[index]
      if (sentence === undefined) continue
      const { first, end } = tokenIndexesIn(doc, claim)
      const placed = mentions[index]!
      const headline = doc.headline !== null && within(claim, doc.headline)
      out.push({
        sourceId: source.id,
        claimId: claim.id,
        span: { sourceId: claim.sourceId, start: claim.start, end: claim.end, text: claim.text },
        claim,
        source,
        doc,
        sentence,
        sentenceIndex: index,
        tokens: doc.tokens.slice(first, end),
        sentenceTokens: doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd),
        actorIds: [...new Set(placed.map((m) => m.actorId as string))],
        mentions: placed,
        times: times[index]!,
        timeValues: times[index]!.flatMap((t) => (t.value === null ? [] : [t.value])),
        events: events[index]!,
        eventTypes: [...new Set(events[index]!.map((e) => e.type as string))],
        date: dates[index] ?? null,
        order: order++,
        headline,
        writerWords: claim.attribution === "direct-quote" ? [] : withoutQuotations(doc, claim),
        sentenceWriterWords: withoutQuotations(doc, sentence)
      })
    }
  }
  return out
}
