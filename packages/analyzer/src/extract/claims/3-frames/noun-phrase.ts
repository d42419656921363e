/** The noun phrases a speaker may be: read leftwards from a cue ("the ministry said") or rightwards ("said X"). */
import type { Range } from "../../../Document.js"
import type { Word } from "../1-words.js"
import {
  BE_FORMS,
  BETWEEN_SPEAKER_AND_VERB,
  END_NOUN_PHRASE,
  INSIDE_NOUN_PHRASE,
  SPEAKER_POSTMODIFIERS,
  SPEECH_CHAINS,
  TIME_WORDS,
  VERB_FORMS
} from "../lexicon.js"
import { abbreviationDot, type FrameContext, MAX_NOUN_PHRASE } from "./context.js"

/** Prepositions that open a time adjunct ("on Friday", "in the morning" is left alone). */
const TIME_PREPOSITIONS = new Set(["on", "this", "early", "late"])

const NOUN_PHRASE_POS = new Set(["PROPN", "NOUN", "DET", "ADJ", "NUM", "PRON", "PART"])

/** The index before a speech chain ending at `k` ("he went on to | say"), or `k` when none ends there. */
export const beforeChain = (ctx: FrameContext, k: number, lo: number): number => {
  for (const chain of SPEECH_CHAINS) {
    const start = k - chain.length + 1
    if (start >= lo && chain.every((w, i) => ctx.words[start + i]?.lower === w)) return start - 1
  }
  return k
}

export const leftNounPhrase = (ctx: FrameContext, from: number, lo: number): Range | null => {
  const words = ctx.words
  const chained = beforeChain(ctx, from, lo)
  let k = chained
  const verb = chained === from ? words[from + 1] : undefined
  while (k >= lo && words[k]!.kind === "word" && BETWEEN_SPEAKER_AND_VERB.has(words[k]!.lower)) {
    // "was reported": the subject of a passive is what is said, not who says it.
    if (
      BE_FORMS.has(words[k]!.lower) &&
      verb !== undefined &&
      VERB_FORMS.has(verb.lower) &&
      !verb.lower.endsWith("ing")
    )
      return null
    k--
  }
  // "X on Friday also said", "X last week said": a time adjunct between the speaker and the verb is no speaker.
  const adjunct = timeAdjunctStart(ctx, k, lo)
  if (adjunct !== null) {
    const speaker = leftNounPhrase(ctx, adjunct - 1, lo)
    if (speaker !== null) return speaker
  }
  let first = -1
  let last = -1
  let count = 0
  while (k >= lo && count < MAX_NOUN_PHRASE) {
    const w = words[k]!
    // "officials familiar with the talks": the postmodifier's adjective and preposition stay in the phrase.
    if (last >= 0 && k - 1 >= lo && postmodifierAt(ctx, k - 1)) {
      first = k - 1
      count += 2
      k -= 2
      continue
    }
    if (w.kind === "word") {
      if (!nounPhraseWord(w)) break
      if (last < 0) last = k
      first = k
      count++
    } else if (abbreviationDot(ctx, k) && last >= 0) first = k
    else if (abbreviationDot(ctx, k) && last < 0) {
      last = k
      first = k
    } else break
    k--
  }
  if (last < 0) return null
  while (first <= last && (words[first]!.kind !== "word" || INSIDE_NOUN_PHRASE.has(words[first]!.lower))) first++
  if (first > last) return null
  return { start: words[first]!.start, end: words[last]!.end }
}

/** Where a time adjunct ending at `k` begins ("on Friday", "last week", "Tuesday morning"), or null. */
const timeAdjunctStart = (ctx: FrameContext, k: number, lo: number): number | null => {
  const words = ctx.words
  if (k < lo || !TIME_WORDS.has(words[k]!.lower)) return null
  let j = k
  while (j - 1 >= lo && k - j < 3 && TIME_WORDS.has(words[j - 1]!.lower)) j--
  if (j - 1 >= lo && TIME_PREPOSITIONS.has(words[j - 1]!.lower)) j--
  return j > lo ? j : null
}

export const rightNounPhrase = (
  ctx: FrameContext,
  from: number,
  max = 10,
  sentence = ctx.words[from - 1]?.sentence
): Range | null => {
  const words = ctx.words
  let k = from
  let last = -1
  let count = 0
  while (k < words.length && count < max) {
    const w = words[k]!
    if (w.sentence !== sentence) break
    if (last >= 0 && postmodifierAt(ctx, k) && words[k + 2]?.sentence === sentence) {
      k += 2
      count += 2
      continue
    }
    if (w.kind === "word") {
      if (!nounPhraseWord(w) || TIME_WORDS.has(w.lower)) break
      last = k
      count++
    } else if (!abbreviationDot(ctx, k)) break
    k++
  }
  if (last < 0) return null
  while (last >= from && (words[last]!.kind !== "word" || INSIDE_NOUN_PHRASE.has(words[last]!.lower))) last--
  if (last < from) return null
  return { start: words[from]!.start, end: words[last]!.end }
}

/** True when the words at `k` and `k + 1` are a speaker's postmodifier opening ("familiar with", "briefed on"). */
const postmodifierAt = (ctx: FrameContext, k: number): boolean => {
  const [a, b] = [ctx.words[k], ctx.words[k + 1]]
  return (
    a !== undefined &&
    b !== undefined &&
    a.sentence === b.sentence &&
    a.kind === "word" &&
    SPEAKER_POSTMODIFIERS.has(`${a.lower} ${b.lower}`)
  )
}

export const nounPhraseWord = (w: Word): boolean => {
  // Taggers often miss capitalised names ("Ward said" tagged as a verb); a capital word is a name here.
  if (w.capital && !VERB_FORMS.has(w.lower) && !END_NOUN_PHRASE.has(w.lower)) return true
  if (w.pos !== null) return NOUN_PHRASE_POS.has(w.pos) || (w.pos === "ADP" && INSIDE_NOUN_PHRASE.has(w.lower))
  if (END_NOUN_PHRASE.has(w.lower) && !INSIDE_NOUN_PHRASE.has(w.lower)) return false
  if (!w.capital && VERB_FORMS.has(w.lower)) return false
  if (!w.capital && w.lower.length > 4 && w.lower.endsWith("ed")) return false
  return true
}
