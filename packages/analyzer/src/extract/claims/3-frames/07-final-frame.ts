/** "..., the ministry said on Friday." / "..., said X.": the cue closes the sentence after a comma. */
import type { Range } from "../../../Document.js"
import {
  AUXILIARIES,
  BETWEEN_SPEAKER_AND_VERB,
  CHANNEL_PREPOSITIONS,
  type CueVerb,
  OBJECT_WORDS,
  TIME_WORDS,
  VERB_FORMS
} from "../lexicon.js"
import {
  type ContentRule,
  countWordsBetween,
  DASHES,
  type FrameContext,
  firstContentWord,
  indexAt,
  isVerbForm,
  MAX_WINDOW,
  SENTENCE_END
} from "./context.js"
import type { Frame } from "./Frame.js"
import { leftNounPhrase, rightNounPhrase } from "./noun-phrase.js"

export const finalFrame: ContentRule = {
  name: "final-frame",
  apply: (ctx, cue) => (cue.verb.speech && !cue.participle ? finalFrameAt(ctx, cue.first, cue.last, cue.verb) : null)
}

/** "..., the ministry said on Friday." / "..., said X." : the cue closes the sentence after a comma. */
const finalFrameAt = (ctx: FrameContext, first: number, last: number, verb: CueVerb): Frame | null => {
  const words = ctx.words
  const sentence = words[first]!.sentence
  const range = ctx.view.sentenceWords.get(sentence)
  if (range === undefined) return null
  let speaker = leftNounPhrase(ctx, first - 1, range[0])
  const frameStart = speaker === null ? first : indexAt(ctx, speaker.start)
  let k = frameStart - 1
  while (k >= range[0] && words[k]!.kind === "word" && BETWEEN_SPEAKER_AND_VERB.has(words[k]!.lower)) k--
  const comma = words[k]
  if (comma === undefined || comma.sentence !== sentence || !(comma.lower === "," || DASHES.has(comma.lower)))
    return null
  let afterCue = last + 1
  if (speaker === null) {
    speaker = rightNounPhrase(ctx, last + 1)
    if (speaker !== null) afterCue = indexAt(ctx, speaker.end - 1) + 1
  }
  // After the cue only adjuncts may follow ("on Friday", "told reporters"), up to the end or a comma.
  const trailing = adjuncts(ctx, afterCue, range[1], verb)
  if (trailing === null) return null
  const start = firstContentWord(ctx, range[0], k)
  if (start === null) return null
  const contents: Range[] = [{ start: words[start]!.start, end: comma.start }]
  if (trailing.resume !== null) contents.push({ start: words[trailing.resume]!.start, end: Number.POSITIVE_INFINITY })
  if (ctx.view.quoteOf[start]! >= 0 && ctx.view.quotes[ctx.view.quoteOf[start]!]!.start < words[start]!.start)
    return null
  const cue: Range = { start: words[first]!.start, end: words[last]!.end }
  return {
    cue,
    verb,
    speaker,
    contents,
    quoted: false,
    sentence,
    start: comma.start,
    end: words[Math.max(last, trailing.end)]!.end,
    cutAt: comma.start,
    openEnded: trailing.resume !== null,
    joinsClause: false,
    continues: false
  }
}

/** The adjuncts after a sentence-final cue; null when real content follows instead. */
const adjuncts = (
  ctx: FrameContext,
  from: number,
  to: number,
  verb: CueVerb
): { end: number; resume: number | null } | null => {
  const words = ctx.words
  let end = from - 1
  const first = words[from]
  if (first !== undefined && from <= to && first.kind === "word") {
    const objectOk = verb.object && (OBJECT_WORDS.has(first.lower) || first.capital)
    if (!objectOk && !CHANNEL_PREPOSITIONS.has(first.lower) && !adjunctStart(ctx, from) && first.lower !== "as")
      return null
  }
  let count = 0
  for (let k = from; k <= to; k++) {
    const w = words[k]!
    if (w.kind === "quote" || w.lower === "that" || w.lower === ":") return null
    if (SENTENCE_END.has(w.lower)) return { end, resume: null }
    if (w.lower === "," || w.lower === ";") {
      // ", adding that ...", ", and said ...": a frame of its own follows.
      const next = words[k + 1]
      if (isVerbForm(ctx, k + 1) || (next !== undefined && ["and", "but", "or"].includes(next.lower)))
        return { end, resume: null }
      const rest = countWordsBetween(ctx, k + 1, to)
      if (rest >= 2 && hasVerb(ctx, k + 1, to)) return { end, resume: k + 1 }
      // Trailing apposition or another frame: the adjuncts end here.
      return { end, resume: null }
    }
    if (w.kind === "word") {
      if (AUXILIARIES.has(w.lower) || (w.pos === "VERB" && !VERB_FORMS.has(w.lower))) return null
      if (isVerbForm(ctx, k)) return null
      if (++count > MAX_WINDOW) return null
    }
    end = k
  }
  return { end, resume: null }
}

const adjunctStart = (ctx: FrameContext, k: number): boolean => {
  const w = ctx.words[k]
  return (
    w !== undefined &&
    (CHANNEL_PREPOSITIONS.has(w.lower) || TIME_WORDS.has(w.lower) || BETWEEN_SPEAKER_AND_VERB.has(w.lower))
  )
}

const hasVerb = (ctx: FrameContext, from: number, to: number): boolean => {
  for (let k = from; k <= to && k < ctx.words.length; k++) {
    const w = ctx.words[k]!
    if (AUXILIARIES.has(w.lower) || w.pos === "VERB") return true
  }
  return false
}
