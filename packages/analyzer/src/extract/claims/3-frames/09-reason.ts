/**
 * "accused the lawmakers of betrayal", "praised the senators for their courage": what follows "of" or "for" is
 * the charge or the reason the speaker gives. The addressee must stand between ("the man accused of murder" is a
 * passive, no one's speech).
 */
import { type ContentRule, verbFrame } from "./context.js"

export const reasonContent: ContentRule = {
  name: "reason",
  apply: (ctx, cue) => {
    const { words } = ctx
    const { last, sentence, verb } = cue
    const reason = verb.ofContent ? "of" : verb.forContent ? "for" : null
    if (reason === null) return null
    for (let j = last + 2; j <= last + 7 && j + 1 < words.length; j++) {
      const w = words[j]!
      if (w.sentence !== sentence || (w.kind !== "word" && w.lower !== ",")) break
      if (w.lower !== reason) continue
      const next = words[j + 1]!
      if (next.sentence !== sentence || next.kind === "punct") break
      const charge = { start: next.start, end: Number.POSITIVE_INFINITY }
      return verbFrame(ctx, cue, [charge], false)
    }
    return null
  }
}
