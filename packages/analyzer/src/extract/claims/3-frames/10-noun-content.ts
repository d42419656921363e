/** "announced new sanctions", "called for talks": a noun phrase is what is said. */
import type { Range } from "../../../Document.js"
import {
  CHANNEL_PREPOSITIONS,
  DETERMINERS,
  END_NOUN_PHRASE,
  INSIDE_NOUN_PHRASE,
  OBJECT_WORDS,
  TIME_WORDS
} from "../lexicon.js"
import { type ContentRule, countWordsBetween, type FrameContext, isVerbForm, phraseEnd, verbFrame } from "./context.js"

export const nounContent: ContentRule = {
  name: "noun-content",
  apply: (ctx, cue) => {
    // A noun phrase after a word the tagger calls a noun is more likely a compound ("the June 5 report of").
    const tagged = ctx.words[cue.first]!.pos
    if (!(cue.verb.nounContent && (tagged === null || tagged === "VERB"))) return null
    const object = nounContentAt(ctx, cue.last + 1)
    return object === null ? null : verbFrame(ctx, cue, [phraseEnd(ctx, cue.first, object)], false)
  }
}

/** "announced new sanctions", "called for talks": a noun phrase is what is said. */
const nounContentAt = (ctx: FrameContext, at: number): Range | null => {
  const words = ctx.words
  const w = words[at]
  const anchor = words[at - 1]
  if (w === undefined || anchor === undefined || w.sentence !== anchor.sentence || w.kind !== "word") return null
  if (
    (END_NOUN_PHRASE.has(w.lower) && !DETERMINERS.has(w.lower)) ||
    CHANNEL_PREPOSITIONS.has(w.lower) ||
    INSIDE_NOUN_PHRASE.has(w.lower) ||
    TIME_WORDS.has(w.lower) ||
    OBJECT_WORDS.has(w.lower) ||
    isVerbForm(ctx, at)
  )
    return null
  const range = ctx.view.sentenceWords.get(w.sentence)
  if (range === undefined || countWordsBetween(ctx, at, range[1]) < 2) return null
  return { start: w.start, end: Number.POSITIVE_INFINITY }
}
