/** "said the following: ..." with no quotation marks: what follows the colon is the content. */
import type { Range } from "../../../Document.js"
import { type ContentRule, type FrameContext, SENTENCE_END, verbFrame } from "./context.js"

export const colonContent: ContentRule = {
  name: "colon-content",
  apply: (ctx, cue) => {
    const colon = contentAfterColon(ctx, cue.last + 1)
    return colon === null ? null : verbFrame(ctx, cue, [colon], false)
  }
}

/** "said the following: ..." with no quotation marks. */
const contentAfterColon = (ctx: FrameContext, from: number): Range | null => {
  const words = ctx.words
  const sentence = words[from - 1]!.sentence
  for (let k = from; k < from + 8 && k < words.length; k++) {
    const w = words[k]!
    if (w.sentence !== sentence || SENTENCE_END.has(w.lower) || w.lower === "that" || w.kind === "quote") return null
    if (w.lower === ":") {
      const next = words[k + 1]
      if (next === undefined || next.sentence !== sentence || next.kind === "quote") return null
      return { start: next.start, end: Number.POSITIVE_INFINITY }
    }
  }
  return null
}
