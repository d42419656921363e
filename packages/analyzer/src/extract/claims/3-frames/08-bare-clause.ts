/** "said Russia would pay", "told reporters he would run": content without "that", for verbs that take it. */
import type { Range } from "../../../Document.js"
import {
  AUXILIARIES,
  CHANNEL_PREPOSITIONS,
  CLAUSE_OPENERS,
  type CueVerb,
  END_NOUN_PHRASE,
  INTRODUCERS,
  NOT_CLAUSE_OPENERS,
  OBJECT_WORDS,
  TIME_WORDS
} from "../lexicon.js"
import { type ContentRule, countWordsBetween, type FrameContext, verbFrame } from "./context.js"

export const bareClause: ContentRule = {
  name: "bare-clause",
  apply: (ctx, cue) => {
    if (!cue.verb.bare) return null
    const bare = bareClauseAt(ctx, cue.afterObject, cue.verb)
    return bare === null ? null : verbFrame(ctx, cue, [bare], false)
  }
}

/** "said Russia would pay", "told reporters he would run": content without "that". */
const bareClauseAt = (ctx: FrameContext, at: number, verb: CueVerb): Range | null => {
  const words = ctx.words
  let k = at
  const anchor = words[at - 1]
  if (anchor === undefined) return null
  // Skip a time adjunct ("said Tuesday", "said on Monday").
  if (words[k] !== undefined && CHANNEL_PREPOSITIONS.has(words[k]!.lower) && TIME_WORDS.has(words[k + 1]?.lower ?? ""))
    k += 2
  else if (words[k] !== undefined && TIME_WORDS.has(words[k]!.lower)) k++
  const w = words[k]
  if (w === undefined || w.sentence !== anchor.sentence || w.kind !== "word") return null
  // "he’s", "it'll", "they’d": the pronoun before the apostrophe opens the clause.
  const head = w.lower.split(/['’]/u)[0] ?? w.lower
  const opens = CLAUSE_OPENERS.has(head) || w.capital || /^\p{N}/u.test(w.lower)
  // "a probe the agency said was ongoing": the clause's subject stands before the verb.
  const free =
    verb.clauseOnly &&
    !NOT_CLAUSE_OPENERS.has(w.lower) &&
    !CHANNEL_PREPOSITIONS.has(w.lower) &&
    !INTRODUCERS.has(w.lower) &&
    (!END_NOUN_PHRASE.has(w.lower) || AUXILIARIES.has(w.lower))
  if (!opens && !free) return null
  if (verb.object && OBJECT_WORDS.has(w.lower)) return null
  const range = ctx.view.sentenceWords.get(w.sentence)
  if (range === undefined || countWordsBetween(ctx, k, range[1]) < 3 || !hasVerbLike(ctx, k, range[1])) return null
  return { start: w.start, end: Number.POSITIVE_INFINITY }
}

/** A clause has a verb: a tagged one, an auxiliary, or (untagged) a word ending like a finite verb. */
const hasVerbLike = (ctx: FrameContext, from: number, to: number): boolean => {
  for (let k = from; k <= to && k < ctx.words.length; k++) {
    const w = ctx.words[k]!
    if (w.kind !== "word") continue
    if (w.pos !== null ? w.pos === "VERB" || w.pos === "AUX" : AUXILIARIES.has(w.lower) || /[a-z](ed|s)$/.test(w.lower))
      return true
  }
  return false
}
