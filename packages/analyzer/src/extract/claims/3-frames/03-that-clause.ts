/** "said (in a statement, on Tuesday) that ...", "asked whether ...": a that-clause or an indirect question. */
import type { Range } from "../../../Document.js"
import { BETWEEN_SPEAKER_AND_VERB, CHANNEL_PREPOSITIONS, type CueVerb, TIME_WORDS, WH_WORDS } from "../lexicon.js"
import {
  type ContentRule,
  type FrameContext,
  isVerbForm,
  MAX_APPOSITIVE,
  MAX_WINDOW,
  SENTENCE_END,
  verbFrame
} from "./context.js"

export const thatOrWhClause: ContentRule = {
  name: "that-clause",
  apply: (ctx, cue) => {
    const clause = thatClause(ctx, cue.last + 1, cue.afterObject, cue.verb) ?? whClause(ctx, cue.afterObject, cue.verb)
    return clause === null ? null : verbFrame(ctx, cue, [clause], false)
  }
}

/** "said (in a statement, on Tuesday) that ..." / "told reporters that ...". */
const thatClause = (ctx: FrameContext, from: number, afterObject: number, verb: CueVerb): Range | null => {
  const words = ctx.words
  const sentence = words[from - 1]!.sentence
  // A participial clause between commas ("reported on Monday, citing two officials who saw it, that"): passed over.
  let skip: { open: number; close: number } | null = null
  let limit = from + MAX_WINDOW
  for (let k = from; k < limit && k < words.length; k++) {
    const w = words[k]!
    if (w.sentence !== sentence || w.kind === "quote" || SENTENCE_END.has(w.lower) || w.lower === ";") return null
    if (w.lower === "," && skip === null) {
      const close = participialBetweenCommas(ctx, k, sentence)
      if (close !== null) {
        skip = { open: k, close }
        limit += close - k
        k = close
        continue
      }
    }
    if (w.lower === "that") {
      const around =
        skip === null
          ? words.slice(afterObject, k)
          : [...words.slice(afterObject, skip.open), ...words.slice(skip.close, k)]
      const window = around.filter((x) => x.lower !== ",")
      const opener = window[0]
      if (
        !verb.object &&
        opener !== undefined &&
        !CHANNEL_PREPOSITIONS.has(opener.lower) &&
        !TIME_WORDS.has(opener.lower) &&
        !BETWEEN_SPEAKER_AND_VERB.has(opener.lower)
      )
        return null
      const next = words[k + 1]
      if (next === undefined || next.sentence !== sentence) return null
      return { start: next.start, end: Number.POSITIVE_INFINITY }
    }
    if (k > from && isVerbForm(ctx, k)) return null
  }
  return null
}

/**
 * The closing comma of a participial clause the comma at `k` opens (", citing two officials who saw it,"), when
 * "that" follows it; else null.
 */
const participialBetweenCommas = (ctx: FrameContext, k: number, sentence: number): number | null => {
  const words = ctx.words
  const opener = words[k + 1]
  if (opener === undefined || opener.sentence !== sentence || opener.kind !== "word" || !opener.lower.endsWith("ing"))
    return null
  if (opener.pos !== null && opener.pos !== "VERB") return null
  for (let j = k + 2; j <= k + 1 + MAX_APPOSITIVE && j < words.length; j++) {
    const w = words[j]!
    if (w.sentence !== sentence || w.kind === "quote" || SENTENCE_END.has(w.lower) || w.lower === ";") return null
    if (w.lower === ",") return words[j + 1]?.lower === "that" ? j : null
  }
  return null
}

/** "asked whether ...": an indirect question. */
const whClause = (ctx: FrameContext, at: number, verb: CueVerb): Range | null => {
  if (!["ask", "wonder", "question"].includes(verb.lemma)) return null
  const w = ctx.words[at]
  if (w === undefined || !WH_WORDS.has(w.lower)) return null
  return { start: w.start, end: Number.POSITIVE_INFINITY }
}
