/** "X says:" at the end of a paragraph: the frame continues, its content is the next paragraph. */
import { type ContentRule, type FrameContext, isVerbForm, SENTENCE_END, verbFrame } from "./context.js"

export const endsWithColon: ContentRule = {
  name: "ends-with-colon",
  apply: (ctx, cue) => {
    if (!endsWithColonAt(ctx, cue.last + 1)) return null
    const frame = verbFrame(ctx, cue, [], false)
    return { ...frame, continues: true }
  }
}

/** "X says:" at the end of a paragraph, the quote following in the next one. */
const endsWithColonAt = (ctx: FrameContext, from: number): boolean => {
  const words = ctx.words
  for (let k = from; k < from + 8 && k < words.length; k++) {
    const w = words[k]!
    if (w.lower === ":") return k === words.length - 1
    if (SENTENCE_END.has(w.lower) || w.lower === "that" || w.kind === "quote" || isVerbForm(ctx, k)) return false
  }
  return false
}
