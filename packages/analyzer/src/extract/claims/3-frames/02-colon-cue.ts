/** "Name: content" — a colon after a short name is a cue with no verb. */
import type { Range } from "../../../Document.js"
import { COLON } from "../lexicon.js"
import { countWordsBetween, type CueRule, type FrameContext } from "./context.js"
import type { Frame } from "./Frame.js"

export const colonCue: CueRule = {
  name: "colon",
  cue: COLON,
  apply: (ctx, cue) => colonFrame(ctx, cue.first, cue.range, cue.sentence)
}

/** "Name: content" — the content is the rest of the sentence, or the quote that follows. */
const colonFrame = (ctx: FrameContext, i: number, cue: Range, sentence: number): Frame | null => {
  const words = ctx.words
  const range = ctx.view.sentenceWords.get(sentence)!
  const next = words[i + 1]
  const speaker = { start: words[range[0]]!.start, end: words[i - 1]!.end }
  const base = {
    cue,
    verb: COLON,
    speaker,
    sentence,
    start: speaker.start,
    end: cue.end,
    cutAt: null,
    joinsClause: false
  }
  if (next === undefined) return { ...base, contents: [], quoted: false, openEnded: false, continues: true }
  const q = ctx.view.quoteOf[i + 1]!
  if (q >= 0 && ctx.view.quotes[q]!.start === next.start && !ctx.usedQuotes.has(q)) {
    ctx.usedQuotes.add(q)
    return { ...base, contents: [ctx.view.quotes[q]!.inner], quoted: true, openEnded: false, continues: false }
  }
  if (next.sentence !== sentence || countWordsBetween(ctx, i + 1, range[1]) < 2) return null
  return {
    ...base,
    contents: [{ start: next.start, end: Number.POSITIVE_INFINITY }],
    quoted: false,
    openEnded: true,
    continues: false
  }
}
