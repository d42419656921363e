/** "according to X, ..." / "..., according to X.": the speaker follows the cue, the content is on either side. */
import type { Range } from "../../../Document.js"
import { ACCORDING_TO } from "../lexicon.js"
import {
  countWordsBetween,
  type CueRule,
  cutBefore,
  type FrameContext,
  firstContentWord,
  indexAt,
  prev
} from "./context.js"
import type { Frame } from "./Frame.js"
import { rightNounPhrase } from "./noun-phrase.js"

export const accordingTo: CueRule = {
  name: "according-to",
  cue: ACCORDING_TO,
  apply: (ctx, cue) => accordingToFrame(ctx, cue.first, cue.last, cue.range, cue.sentence)
}

/** "according to X, ..." / "..., according to X." */
const accordingToFrame = (
  ctx: FrameContext,
  first: number,
  last: number,
  cue: Range,
  sentence: number
): Frame | null => {
  const words = ctx.words
  const range = ctx.view.sentenceWords.get(sentence)
  if (range === undefined) return null
  const speaker = rightNounPhrase(ctx, last + 1)
  const afterSpeaker = speaker === null ? last + 1 : indexAt(ctx, speaker.end - 1) + 1
  const after = words[afterSpeaker]
  let contents: Range[] | null = null
  let start = cue.start
  let cutAt: number | null = null
  let openEnded = false
  if (after !== undefined && after.sentence === sentence && after.lower === ",") {
    if (countWordsBetween(ctx, afterSpeaker + 1, range[1]) >= 3) {
      const next = words[afterSpeaker + 1]!
      contents = [{ start: next.start, end: Number.POSITIVE_INFINITY }]
      openEnded = true
    }
  }
  if (contents === null) {
    const before = prev(ctx, first)
    const contentStart = firstContentWord(ctx, range[0], first)
    if (contentStart === null) return null
    const end = before !== null && before.lower === "," ? before.start : cue.start
    if (before !== null && before.lower === ",") {
      start = before.start
      cutAt = before.start
    }
    contents = [{ start: words[contentStart]!.start, end }]
  } else {
    cutAt = cutBefore(ctx, first)
  }
  return {
    cue,
    verb: ACCORDING_TO,
    speaker,
    contents,
    quoted: false,
    sentence,
    start,
    end: speaker?.end ?? cue.end,
    cutAt,
    openEnded,
    joinsClause: false,
    continues: false
  }
}
