/**
 * Attribution frames: who says what, with which cue, in one paragraph. Cues are found word by word (`cue.ts`); a
 * cue that is no verb ("according to", "Name:") reads its own grammar (`CUE_RULES`), a verb cue tries the content
 * patterns of `CONTENT_RULES` in order, one rule per file, and the first frame found is the cue's. Speakers are
 * read in `speaker.ts` and `noun-phrase.ts`. Open contents are then closed at the sentence end or the next frame,
 * and frames nested in another's content dropped.
 */
import type { Quotation, Range } from "../../../Document.js"
import { accordingTo } from "./01-according-to.js"
import { colonCue } from "./02-colon-cue.js"
import { thatOrWhClause } from "./03-that-clause.js"
import { quoteNextToCue } from "./04-quote.js"
import { colonContent } from "./05-colon-content.js"
import { endsWithColon } from "./06-ends-with-colon.js"
import { finalFrame } from "./07-final-frame.js"
import { bareClause } from "./08-bare-clause.js"
import { reasonContent } from "./09-reason.js"
import { nounContent } from "./10-noun-content.js"
import { toInfinitive } from "./11-to-infinitive.js"
import {
  type ContentRule,
  type Cue,
  type CueRule,
  type FrameContext,
  frameContext,
  indexAt,
  type ParagraphView
} from "./context.js"
import { cueAt, verbCue } from "./cue.js"
import type { Frame } from "./Frame.js"

export type { ParagraphView } from "./context.js"
export { viewParagraph } from "./context.js"
export type { Frame } from "./Frame.js"

/** The cues that are no verb, each with its own grammar: their answer is final. */
export const CUE_RULES: readonly CueRule[] = [accordingTo, colonCue]

/** The content patterns after a verb cue, in the order they are tried. */
export const CONTENT_RULES: readonly ContentRule[] = [
  thatOrWhClause,
  quoteNextToCue,
  colonContent,
  endsWithColon,
  finalFrame,
  bareClause,
  reasonContent,
  nounContent,
  toInfinitive
]

/** Finds the attribution frames of one paragraph, in text order, nested ones removed. */
export const findFrames = (view: ParagraphView): Frame[] => {
  const ctx = frameContext(view)
  const frames = ctx.found
  for (let i = 0; i < ctx.words.length; i++) {
    const cue = cueAt(ctx, i)
    if (cue === null) continue
    const frame = frameAt(ctx, cue)
    if (frame !== null) {
      frames.push(frame)
      i = cue.last
    }
  }
  closeContents(ctx, frames)
  return dropNested(frames)
}

const frameAt = (ctx: FrameContext, cue: Cue): Frame | null => {
  const special = CUE_RULES.find((rule) => rule.cue === cue.verb)
  if (special !== undefined) return special.apply(ctx, cue)
  const verb = verbCue(ctx, cue)
  for (const rule of CONTENT_RULES) {
    const frame = rule.apply(ctx, verb)
    if (frame !== null) return frame
  }
  return null
}

/** Ends each open-ended content at the sentence end, or where a later frame of the sentence begins. */
const closeContents = (ctx: FrameContext, frames: Frame[]): void => {
  for (const frame of frames) {
    const open = frame.contents.findIndex((c) => c.end === Number.POSITIVE_INFINITY)
    if (open < 0) continue
    const content = frame.contents[open]!
    const range = ctx.view.sentenceWords.get(ctx.words[indexAt(ctx, content.start)]!.sentence)
    let end = range === undefined ? content.start : ctx.words[range[1]]!.end
    for (const other of frames) {
      if (other === frame || other.cutAt === null) continue
      if (other.cutAt > content.start && other.cutAt < end) end = other.cutAt
    }
    // A quote opened inside the content that runs past the sentence belongs to it.
    for (const quote of ctx.view.quotes)
      if (quote.start >= content.start && quote.start < end && quote.end > end && unclaimed(frames, frame, quote))
        end = quote.inner.end
    frame.contents[open] = { start: content.start, end: Math.max(content.start, end) }
  }
}

const unclaimed = (frames: readonly Frame[], self: Frame, quote: Quotation): boolean =>
  !frames.some((f) => f !== self && f.contents.some((c) => c.start === quote.inner.start))

const inside = (offset: number, range: Range): boolean => offset >= range.start && offset < range.end

/** A frame whose cue sits inside another frame's content is nested speech: the outer frame holds it. */
const dropNested = (frames: readonly Frame[]): Frame[] =>
  frames.filter(
    (frame) =>
      !frames.some(
        (outer) =>
          outer !== frame &&
          outer.contents.some((c) => inside(frame.cue.start, c)) &&
          !frame.contents.some((c) => inside(outer.cue.start, c))
      )
  )
