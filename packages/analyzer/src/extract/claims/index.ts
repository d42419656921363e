/**
 * Claims: the statements of one source, each with who says it and how. Steps, in order:
 * 1-words (the paragraph's words), 3-frames (attribution frames around the store's quotations: cue,
 * speaker words, content; one rule per file, in the order its index lists), 4-speakers (speaker words -> local
 * actor), 5-properties (hedges, polarity, modality, channel). What no frame covers is the narrator's.
 */
import { type ActorId, type AttributionKind, type Claim, type ClaimId, sliceSpan } from "@diplo/model"
import type { LocalActor, Quotation, Range, Segmented } from "../../Document.js"
import { countWords, type Word, wordsOf } from "./1-words.js"
import { byParagraph } from "../../segment/Lookup.js"
import { type Frame, findFrames, type ParagraphView, viewParagraph } from "./3-frames/index.js"
import { SpeakerResolver } from "./4-speakers.js"
import { channelIn, hedgesIn, modalityOf, polarityOf } from "./5-properties.js"

/** A stretch that becomes one claim, before ids and properties. */
interface Piece extends Range {
  readonly attribution: AttributionKind
  readonly frame: Frame | null
  /** A quote with no cue of its own: its speaker is the latest quoted speaker nearby. */
  readonly continued: boolean
}

// Quoted fragments shorter than this inside reported speech stay in it (scare quotes, partial quotes).
const MIN_QUOTE_WORDS = 4

/**
 * Reads the claims of one source. Every sentence with content yields at least one claim: a direct quote,
 * indirect speech with its speaker, or the narrator's own statement. Spans cover what is said, not the
 * attribution frame; `cue` and `speakerSpan` point at the frame's words. `speakerId` is the speaker's
 * `LocalActor.localId` (null for the narrator or an unresolved speaker); ids are `${sourceId}:c${n}` in
 * text order. Deterministic, and linear in the text for ordinary prose.
 */
export const extractClaims = (segmented: Segmented, actors: readonly LocalActor[]): Claim[] => {
  const { source } = segmented
  const text = source.text
  const floor = segmented.dateline?.end ?? 0
  const paragraphs = segmented.paragraphs.length > 0 ? segmented.paragraphs : [{ start: 0, end: text.length }]
  const resolver = new SpeakerResolver(text, actors)
  const claims: Omit<Claim, "id">[] = []
  let lastQuoted: { actor: LocalActor | null; paragraph: number } | null = null
  let carried: { frame: Frame; actor: LocalActor | null } | null = null
  // Claims of a quotation left open at the end of the last paragraph, with no speaker yet: when this paragraph's
  // opening quotation goes on with it and names its speaker ("… [paragraph] … able,” he said.), they are that
  // speaker's words too.
  let unspoken: number[] = []

  paragraphs.forEach((paragraph, paragraphIndex) => {
    const words = wordsOf(segmented, paragraph)
    // The writer-level quotations of the paragraph (a quotation inside a quotation is part of its words).
    const quotes = (byParagraph(segmented)[paragraphIndex] ?? []).filter((q) => q.depth === 0)
    const view = viewParagraph(text, words, quotes, floor)
    const frames = findFrames(view)
    const speakers = new Map<Frame, LocalActor | null>()
    for (const frame of frames) speakers.set(frame, resolver.resolve(frame.speaker))
    // "X said:" ended the last paragraph: this one's opening quote (or first sentence) is what X said.
    if (carried !== null) {
      const opening = openingContent(view, segmented)
      if (opening !== null) {
        const frame: Frame = { ...carried.frame, contents: [opening.range], quoted: opening.quoted, continues: false }
        frames.unshift(frame)
        speakers.set(frame, carried.actor)
      }
    }
    const last = frames.at(-1)
    carried = last?.continues === true ? { frame: last, actor: speakers.get(last) ?? null } : null
    const pieces = piecesOf(view, frames, segmented)
    const claimsFrom = claims.length

    for (const piece of pieces) {
      const frame = piece.frame
      let actor: LocalActor | null = frame === null ? null : (speakers.get(frame) ?? null)
      if (piece.continued && lastQuoted !== null && paragraphIndex - lastQuoted.paragraph <= 1) {
        actor = lastQuoted.actor
        if (actor !== null) resolver.remember(actor, piece.start)
      }
      if (piece.attribution === "direct-quote") lastQuoted = { actor, paragraph: paragraphIndex }
      claims.push(claimOf(text, words, view, piece, actor, source))
    }
    const first = claimsFrom < claims.length ? quotes[0] : undefined
    if (unspoken.length > 0 && first?.continues === true) {
      const named = claims
        .slice(claimsFrom)
        .find((c) => c.speakerId !== null && c.start >= first.inner.start && c.end <= first.inner.end)
      if (named !== undefined) for (const i of unspoken) claims[i] = { ...claims[i]!, speakerId: named.speakerId }
    }
    const open = quotes.at(-1)
    unspoken = []
    if (open !== undefined && !open.closed)
      for (let i = claimsFrom; i < claims.length; i++) {
        const c = claims[i]!
        if (
          c.speakerId === null &&
          c.attribution === "direct-quote" &&
          c.start >= open.inner.start &&
          c.end <= open.inner.end
        )
          unspoken.push(i)
      }
  })
  return claims.map((claim, n) => ({ ...claim, id: `${source.id}:c${n + 1}` as ClaimId }))
}

const claimOf = (
  text: string,
  words: readonly Word[],
  view: ParagraphView,
  piece: Piece,
  actor: LocalActor | null,
  source: Segmented["source"]
): Omit<Claim, "id"> => {
  const frame = piece.frame
  const span = sliceSpan(source, piece.start, piece.end)
  const hedgeRanges: Range[] = [piece]
  if (frame !== null && !piece.continued) {
    const from = Math.min(frame.cue.start, frame.speaker?.start ?? frame.cue.start)
    hedgeRanges.push({ start: from, end: frame.cue.end })
  }
  const base = {
    ...span,
    speakerId: actor === null ? null : (actor.localId as ActorId),
    attribution: piece.attribution,
    polarity: polarityOf(words, piece),
    modality: modalityOf(text, words, piece, frame !== null && ["ask", "wonder"].includes(frame.verb.lemma)),
    hedges: hedgesIn(words, hedgeRanges)
  }
  if (frame === null || piece.continued) return base
  const inContent = (w: Word) => frame.contents.some((c) => w.start >= c.start && w.end <= c.end)
  const inQuote = (w: Word) => view.quotes.some((q) => w.start >= q.start && w.end <= q.end)
  const verb = frame.verb.lemma === "" ? {} : { verb: frame.verb.lemma }
  const inCue = (w: Word) => w.start >= frame.cue.start && w.end <= frame.cue.end
  const channel = channelIn(
    text,
    words,
    (w) => w.sentence === frame.sentence && !inContent(w) && !inQuote(w) && !inCue(w)
  )
  // What someone means, promises or asks others to do is yet to happen: not asserted as done.
  const sensed =
    frame.sense === undefined
      ? {}
      : { cueSense: frame.sense, ...(base.modality === "asserted" ? { modality: "future" as const } : {}) }
  return {
    ...base,
    ...verb,
    ...sensed,
    verbClass: frame.verb.verbClass,
    cue: sliceSpan(source, frame.cue.start, frame.cue.end),
    ...(frame.speaker === null ? {} : { speakerSpan: sliceSpan(source, frame.speaker.start, frame.speaker.end) }),
    ...(channel === undefined ? {} : { channel })
  }
}

// ---- pieces ----

/** What a paragraph opens with: its first quote when it starts with one, else its first sentence. */
const openingContent = (view: ParagraphView, segmented: Segmented): { range: Range; quoted: boolean } | null => {
  const first = view.words[0]
  if (first === undefined) return null
  const quote = view.quotes[0]
  if (quote !== undefined && quote.start === first.start) return { range: quote.inner, quoted: true }
  const sentence = segmented.sentences[first.sentence]
  return sentence === undefined ? null : { range: { start: first.start, end: sentence.end }, quoted: false }
}

const EDGE = /[\s,;:\-–—]/u
const RELATIVE = /^(?:who|which)$/iu
const FRAME_LIKE_END = /\b(?:that|as|saying|with)\s*$/iu

/**
 * Trims a range to its words, dropping edge punctuation that belongs to the frame. A loop, not `/[...]+$/`, which
 * rescans a long inner run of spaces from each of its characters (quadratic).
 */
const trim = (text: string, range: Range): Range => {
  let start = range.start
  let end = range.end
  while (start < end && EDGE.test(text[start]!)) start++
  while (end > start && EDGE.test(text[end - 1]!)) end--
  return { start, end }
}

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end

/** Cuts frames' contents into claims (quotes apart, one per sentence), then adds uncued quotes and the narrator's. */
const piecesOf = (view: ParagraphView, frames: readonly Frame[], segmented: Segmented): Piece[] => {
  const text = view.text
  const pieces: Piece[] = []
  const usedQuotes = new Set<Quotation>()
  const add = (range: Range, attribution: AttributionKind, frame: Frame | null, continued = false) => {
    for (const part of bySentence(range, segmented)) {
      const trimmed = trim(text, part)
      if (countWords(view.words, trimmed) === 0) continue
      pieces.push({ ...trimmed, attribution, frame, continued })
    }
  }

  for (const frame of frames)
    for (const content of frame.contents) {
      const inner = view.quotes.filter(
        (q) =>
          q.inner.start >= content.start &&
          q.inner.end <= content.end &&
          (frame.quoted ? q.inner.end === content.end : countWords(view.words, q.inner) >= MIN_QUOTE_WORDS)
      )
      if (frame.quoted && inner.length === 0) {
        add(content, "direct-quote", frame)
        continue
      }
      let at = content.start
      for (const quote of inner) {
        usedQuotes.add(quote)
        keepRemainder(text, view, { start: at, end: quote.start }, (r) => add(r, "indirect", frame))
        add(quote.inner, "direct-quote", frame)
        at = quote.end
      }
      keepRemainder(text, view, { start: at, end: content.end }, (r) => add(r, "indirect", frame))
    }

  // Quotes nobody introduces: a whole-sentence quote goes on the latest quoted speaker's words.
  for (const quote of view.quotes) {
    if (usedQuotes.has(quote) || frames.some((f) => f.contents.some((c) => overlaps(c, quote.inner)))) continue
    if (!standsAlone(view, quote)) continue
    add(quote.inner, "direct-quote", null, true)
  }

  // The narrator's: sentences nothing covers, and the main clause before a frame that follows it.
  const seen = new Set<number>()
  for (const w of view.words) {
    if (w.sentence < 0 || seen.has(w.sentence)) continue
    seen.add(w.sentence)
    const sentence = segmented.sentences[w.sentence]!
    const whole = trim(text, { start: Math.max(sentence.start, view.floor), end: sentence.end })
    if (countWords(view.words, whole) < 2) continue
    const covered = pieces.some((p) => overlaps(p, whole))
    const own = frames.filter((f) => f.sentence === w.sentence)
    // A sentence whose frames said nothing that became a claim (content too short: "announced his decision")
    // is the narrator's whole; one whose frame reports words of another sentence is only that frame.
    const dropped = own.every((f) => f.contents.every((c) => c.start >= whole.start && c.end <= whole.end))
    if (!covered && (own.length === 0 || dropped)) {
      add(whole, "narrator", null)
      continue
    }
    for (const frame of frames) {
      // The main clause before a frame that opens a clause of its own (", and X said") or a relative one
      // ("met the leaders, who said").
      const relative = frame.speaker !== null && RELATIVE.test(text.slice(frame.speaker.start, frame.speaker.end))
      if (frame.sentence !== w.sentence || frame.cutAt === null || !(frame.joinsClause || relative)) continue
      const before = trim(text, { start: whole.start, end: frame.cutAt })
      if (before.end <= before.start || pieces.some((p) => overlaps(p, before))) continue
      if (countWords(view.words, before) >= 4) add(before, "narrator", null)
    }
    // The main clause after a phrase of speech a comma closes ("In calling for the release, they also gathered
    // names"): what follows the frame's content, where no claim covers it, is the narrator's.
    for (const frame of own) {
      const content = frame.contents.at(-1)
      if (content === undefined || content.start < frame.end || content.end >= whole.end) continue
      // Only a phrase the comma closes: words after a partial quote may go on with the reported clause.
      if (!/^\s*,/.test(text.slice(content.end, content.end + 3))) continue
      const after = trim(text, { start: content.end, end: whole.end })
      if (after.end <= after.start || pieces.some((p) => overlaps(p, after))) continue
      if (countWords(view.words, after) >= 4) add(after, "narrator", null)
    }
  }
  return pieces.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** A remainder of reported speech beside a split-out quote; "X is convinced that" alone is only a frame. */
const keepRemainder = (text: string, view: ParagraphView, range: Range, add: (range: Range) => void) => {
  const trimmed = trim(text, range)
  if (trimmed.end <= trimmed.start) return
  const words = countWords(view.words, trimmed)
  if (words < 3 || FRAME_LIKE_END.test(text.slice(trimmed.start, trimmed.end))) return
  add(trimmed)
}

/** A quote that is (nearly) all of its sentences: at most two words stand outside it. */
const standsAlone = (view: ParagraphView, quote: Quotation): boolean => {
  if (countWords(view.words, quote.inner) < 2) return false
  let outside = 0
  const sentences = new Set(
    view.words.filter((w) => w.start >= quote.start && w.end <= quote.end).map((w) => w.sentence)
  )
  for (const w of view.words)
    if (w.kind === "word" && sentences.has(w.sentence) && (w.start < quote.start || w.end > quote.end)) outside++
  return outside <= 2
}

/** Splits a range where sentences end, so a quote of three sentences makes three claims. */
const bySentence = (range: Range, segmented: Segmented): Range[] => {
  const parts: Range[] = []
  const sentences = segmented.sentences
  // Sentences are in text order: start at the first that ends after the range's start (binary search).
  let lo = 0
  let hi = sentences.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sentences[mid]!.end <= range.start) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < sentences.length; i++) {
    const sentence = sentences[i]!
    if (sentence.start >= range.end) break
    parts.push({ start: Math.max(range.start, sentence.start), end: Math.min(range.end, sentence.end) })
  }
  return parts.length > 0 ? parts : [range]
}
