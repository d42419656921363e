/**
 * "plans to visit", "vowed to fight", "urged voters to reject": for a cue of intention, commitment or appeal
 * (lexicons/infinitive-cues.json), the to-infinitive after it, with the addressee before it where the verb takes one
 * (as PolNeAR marks it), is what is intended, promised or asked for. A passive ("is expected to win", "was urged to
 * resign") names no one's intention; "to" before a noun ("agreed to the terms") opens no infinitive.
 */
import type { Range } from "../../../Document.js"
import { BE_FORMS } from "../lexicon.js"
import { type ContentRule, type FrameContext, phraseEnd, prev, verbFrame } from "./context.js"
import { nounPhraseWord } from "./noun-phrase.js"

/** Words of an addressee before "to" ("urged the voters of the canton to"): a short noun phrase. */
const MAX_ADDRESSEE = 6

export const toInfinitive: ContentRule = {
  name: "to-infinitive",
  apply: (ctx, cue) => {
    const how = cue.verb.toContent
    if (how === null) return null
    const content = infinitiveAt(ctx, cue.first, cue.last + 1, how.object)
    if (content === null) return null
    return { ...verbFrame(ctx, cue, [phraseEnd(ctx, cue.first, content)], false), sense: how.sense }
  }
}

const infinitiveAt = (ctx: FrameContext, first: number, at: number, object: boolean): Range | null => {
  const words = ctx.words
  const before = prev(ctx, first)
  if (before !== null && BE_FORMS.has(before.lower)) return null
  const start = words[at]
  if (start === undefined || start.sentence !== words[first]!.sentence) return null
  const limit = object ? at + MAX_ADDRESSEE : at
  for (let k = at; k <= limit && k + 1 < words.length; k++) {
    const w = words[k]!
    if (w.sentence !== start.sentence || w.kind !== "word") return null
    if (w.lower === "to") {
      const next = words[k + 1]!
      const verbal = next.sentence === w.sentence && next.kind === "word" && (next.pos === "VERB" || next.pos === "AUX")
      return verbal ? { start: start.start, end: Number.POSITIVE_INFINITY } : null
    }
    if (!nounPhraseWord(w)) return null
  }
  return null
}
