import type { Modality, Polarity } from "@diplo/model"
import type { Range } from "../../Document.js"
import { phraseWords } from "../../segment/Words.js"
import type { Word } from "./1-words.js"
import {
  CHANNEL_NOUNS,
  CHANNEL_PREPOSITIONS,
  HEDGE_PHRASES,
  MODALITY_MARKERS,
  NEGATORS,
  NON_NEGATING
} from "./lexicon.js"

const split = (phrase: string): string[] => phrase.split(" ")
// Hedges are cut by the store's tokenizer, as the text is: "so-called" is three tokens there and here.
const HEDGES = HEDGE_PHRASES.map((phrase) => phraseWords(phrase).map((w) => w.lower))
const NON_NEGATING_WORDS = NON_NEGATING.map(split)
const MODALITY = MODALITY_MARKERS.map((m) => ({ modality: m.modality, phrases: m.phrases.map(split) }))
// Phrases by their first word (in lexicon order), so each word is checked against the few that can start there.
const HEDGES_BY_FIRST = new Map<string, { parts: string[]; text: string }[]>()
for (const parts of HEDGES) {
  const list = HEDGES_BY_FIRST.get(parts[0]!) ?? []
  list.push({ parts, text: HEDGE_PHRASES[HEDGES.indexOf(parts)]! })
  HEDGES_BY_FIRST.set(parts[0]!, list)
}
const MODALITY_FIRST_WORDS = new Set(MODALITY.flatMap((m) => m.phrases.map((p) => p[0]!)))

const wordsIn = (words: readonly Word[], range: Range): Word[] =>
  words.filter((w) => w.kind === "word" && w.start >= range.start && w.end <= range.end)

const matchesAt = (words: readonly Word[], i: number, phrase: readonly string[]): boolean =>
  phrase.every((part, k) => words[i + k]?.lower === part)

/** Hedge phrases in the given ranges, in order of appearance, each once. */
export const hedgesIn = (words: readonly Word[], ranges: readonly Range[]): string[] => {
  const found: string[] = []
  for (const range of ranges) {
    // Hyphens and apostrophes are tokens of their own: the phrase matches over every token but quotation marks.
    const inside = words.filter((w) => w.kind !== "quote" && w.start >= range.start && w.end <= range.end)
    for (let i = 0; i < inside.length; i++)
      for (const { parts, text } of HEDGES_BY_FIRST.get(inside[i]!.lower) ?? [])
        if (matchesAt(inside, i, parts) && !found.includes(text)) found.push(text)
  }
  return found
}

const isNegator = (lower: string): boolean => NEGATORS.has(lower) || /n['’]t$/.test(lower)

/** Negative when a negator stands in the claim outside fixed phrases such as "not only". */
export const polarityOf = (words: readonly Word[], range: Range): Polarity => {
  const inside = wordsIn(words, range)
  for (let i = 0; i < inside.length; i++) {
    if (!isNegator(inside[i]!.lower)) continue
    if (NON_NEGATING_WORDS.some((phrase) => matchesAt(inside, i, phrase))) continue
    return "negative"
  }
  return "positive"
}

/** The claim's modality: a question, else the first modal marker in it, else asserted. */
export const modalityOf = (text: string, words: readonly Word[], range: Range, question: boolean): Modality => {
  if (question || /\?["”’»]?\s*$/u.test(text.slice(range.start, range.end))) return "question"
  const inside = wordsIn(words, range)
  for (let i = 0; i < inside.length; i++) {
    const lower = inside[i]!.lower
    if (/['’]ll$/.test(lower)) return "future"
    if (!MODALITY_FIRST_WORDS.has(lower)) continue
    for (const { modality, phrases } of MODALITY) if (phrases.some((p) => matchesAt(inside, i, p))) return modality
  }
  return "asserted"
}

// A channel phrase is a preposition and at most this many words up to its channel noun.
const CHANNEL_REACH = 6

/** "on its Twitter account", "in an interview", "at a news conference": where the words were said. */
export const channelIn = (text: string, words: readonly Word[], region: (w: Word) => boolean): string | undefined => {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (w.kind !== "word" || !CHANNEL_PREPOSITIONS.has(w.lower) || !region(w)) continue
    let end = -1
    for (let k = i + 1; k <= i + CHANNEL_REACH && k < words.length; k++) {
      const x = words[k]!
      if (x.kind !== "word" || !region(x) || x.lower === "that") break
      if (CHANNEL_NOUNS.has(x.lower)) end = k
      else if (end >= 0) break
    }
    if (end >= 0) return text.slice(w.start, words[end]!.end)
  }
  return undefined
}
