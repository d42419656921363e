/**
 * Step 3: the tense of the clause a time expression belongs to, read from its verb group ("will fly",
 * "said", "is expected to", "had been recalled"). The governing group is the nearest one, a clause boundary
 * (comma, quote, "that", "which" ...) counting as six words, ties going to the verb on the left
 * ("the ministry said on Friday").
 */
import type { TextWords } from "./1-find.js"
import {
  CLAUSE_WORDS,
  EARLIER_THAN_CLAUSE,
  FUTURE_AFTER_BE,
  FUTURE_BEFORE_FOR,
  FUTURE_VERBS_BEFORE_TO,
  IRREGULAR_PARTICIPLES,
  LATER_THAN_CLAUSE,
  SKIP_WORDS
} from "./lexicon.js"
import { auxiliaryOf, isBeForm, isIngForm, isPastForm } from "./verbs.js"
import { matchesPhrase, type Word, wordAt } from "./words.js"

export type Tense = "past" | "future" | "present" | "unknown"

interface VerbGroup {
  /** Word indices of the first and last word of the group. */
  readonly first: number
  readonly last: number
  readonly tense: Tense
}

const BOUNDARY_COST = 6
/** A verb farther than this many words is taken not to govern the expression. */
const REACH = 40
const WAS_WERE: ReadonlySet<string> = new Set(["was", "were", "wasn't", "weren't"])
const BOUNDARY_MARKS = /[,;:()—–"“”«»]/

/** The verb groups of words[from, to), left to right, each word in at most one group. */
const verbGroups = (tw: TextWords, from: number, to: number): VerbGroup[] => {
  const { words, posAt } = tw
  const groups: VerbGroup[] = []
  const at = (index: number) => (index < to ? words[index] : undefined)
  /** The next word after `index` that is not an adverb or negation inside a verb group. */
  const nextMeaningful = (index: number): number => {
    let j = index + 1
    while (j < to && j - index <= 3 && SKIP_WORDS.has(words[j]!.lower)) j++
    return j
  }
  /** One past the verb chain that starts after `index`: be-forms, participles, -ing forms, "have". */
  const chainEnd = (index: number): number => {
    let j = index + 1
    while (j < to && j - index <= 5) {
      const word = words[j]!
      const chained =
        SKIP_WORDS.has(word.lower) ||
        isBeForm(word) ||
        word.lower === "have" ||
        IRREGULAR_PARTICIPLES.has(word.lower) ||
        isPastForm(word, words[j - 1], posAt, false) ||
        isIngForm(word)
      if (!chained) break
      j++
    }
    // The main verb after the chain is part of the group ("will fly", "did not answer").
    return Math.min(j, to - 1)
  }
  /** "to", or a forward-looking word then "to"/"for", at index: "is to meet", "is expected to", "was due for". */
  const looksForward = (index: number): boolean => {
    const word = at(index)
    if (word === undefined) return false
    if (word.lower === "to") return true
    const after = at(index + 1)
    return FUTURE_AFTER_BE.has(word.lower) && (after?.lower === "to" || after?.lower === "for")
  }
  /** A present-tense main verb by the tagger ("follows", "say"), not an infinitive or an -ing form. */
  const isFinitePresent = (word: Word, previous: Word | undefined): boolean =>
    posAt(word.start) === "VERB" &&
    !isIngForm(word) &&
    previous?.lower !== "to" &&
    (previous === undefined || auxiliaryOf(previous) === null)
  let k = from
  while (k < to) {
    const word = words[k]!
    // A capitalized word inside a sentence is a name ("Theresa May"), not a verb.
    if (word.capitalized && k !== from && /\p{Ll}/u.test(tw.text.slice(word.start, word.end))) {
      k++
      continue
    }
    const auxiliary = auxiliaryOf(word)
    const j = nextMeaningful(k)
    const next = at(j)
    let tense: Tense | null = null
    let extra = 0
    if (auxiliary === "future" || auxiliary === "modal") {
      tense = next?.lower === "have" ? "past" : "future"
    } else if (auxiliary === "past") {
      tense = WAS_WERE.has(word.lower) && looksForward(j) ? "future" : "past"
    } else if (auxiliary === "perfect") {
      if (next?.lower === "to") tense = "future"
      else if (
        next &&
        (isBeForm(next) || IRREGULAR_PARTICIPLES.has(next.lower) || isPastForm(next, word, posAt, false))
      )
        tense = "past"
      else tense = "present"
    } else if (auxiliary === "present") {
      tense = looksForward(j) || (next !== undefined && isIngForm(next)) ? "future" : "present"
    } else if (FUTURE_VERBS_BEFORE_TO.has(word.lower) && at(k + 1)?.lower === "to") {
      // "plans to fly": the infinitive belongs to the group, it is not a present tense of its own.
      tense = "future"
      extra = 2
    } else if (FUTURE_BEFORE_FOR.has(word.lower) && at(k + 1)?.lower === "for") {
      tense = "future"
    } else if (isPastForm(word, words[k - 1], posAt, k === from)) {
      tense = "past"
    } else if (isFinitePresent(word, words[k - 1])) {
      tense = "present"
    }
    if (tense === null) {
      k++
      continue
    }
    const last = auxiliary === null ? Math.min(k + extra, to - 1) : Math.max(k, chainEnd(k))
    groups.push({ first: k, last, tense })
    k = last + 1
  }
  return groups
}

/** Clause boundaries between two word indices (exclusive): punctuation in the gaps and clause-opening words. */
const boundariesBetween = (tw: TextWords, left: number, right: number): number => {
  let count = 0
  for (let i = left; i < right; i++) {
    const word = tw.words[i]!
    const next = tw.words[i + 1]
    if (i > left && CLAUSE_WORDS.has(word.lower)) count++
    // A gap longer than a few marks is a boundary whatever it holds; only short gaps are read.
    const gap = next ? next.start - word.end : 0
    if (next && (gap > 16 || BOUNDARY_MARKS.test(tw.text.slice(word.end, next.start)))) count++
  }
  return count
}

/** Reads the tense of the clause around text offsets [start, end) of one sentence [sentenceStart, sentenceEnd). */
export const makeTenseReader = (tw: TextWords) => {
  const cache = new Map<string, VerbGroup[]>()
  return (sentenceStart: number, sentenceEnd: number, start: number, end: number): Tense => {
    const from = wordAt(tw.words, sentenceStart)
    const to = wordAt(tw.words, sentenceEnd)
    const key = `${sentenceStart}:${sentenceEnd}`
    let groups = cache.get(key)
    if (groups === undefined) {
      groups = verbGroups(tw, from, to)
      cache.set(key, groups)
    }
    const firstWord = wordAt(tw.words, start)
    const lastWord = wordAt(tw.words, end) - 1
    let best: { cost: number; tense: Tense } | null = null
    for (const group of groups) {
      let cost: number
      if (group.first < firstWord) {
        // A group may run into the expression ("was on Monday in ..."): it is then right next to it.
        const gap = Math.max(0, firstWord - group.last - 1)
        if (gap > REACH) continue
        cost = gap + BOUNDARY_COST * boundariesBetween(tw, Math.min(group.last, firstWord), firstWord)
      } else if (group.first > lastWord) {
        if (group.first - lastWord > REACH) continue
        // A verb to the right costs one word more, so a tie goes to the verb on the left.
        cost = group.first - lastWord + BOUNDARY_COST * boundariesBetween(tw, lastWord, group.first)
      } else continue
      if (best === null || cost < best.cost) best = { cost, tense: group.tense }
    }
    return best?.tense ?? "unknown"
  }
}

/**
 * How the expression at `start` is ordered against its clause's event by the preposition that introduces it:
 * "later" for "ahead of the Jan. 3 vote" or "until Friday" (the date comes after the event), "earlier" for "since
 * May" or "after the June 2 debate", null otherwise. Such a date is not placed by the clause's tense.
 */
export const orderingAt = (tw: TextWords, start: number): "later" | "earlier" | null => {
  const first = wordAt(tw.words, start)
  const ends = (phrase: readonly string[]) =>
    matchesPhrase(tw.text, tw.words, first, phrase) ||
    matchesPhrase(tw.text, tw.words, first - phrase.length, phrase) ||
    (tw.words[first - 1]?.lower === "the" && matchesPhrase(tw.text, tw.words, first - 1 - phrase.length, phrase))
  if (LATER_THAN_CLAUSE.some(ends)) return "later"
  if (EARLIER_THAN_CLAUSE.some(ends)) return "earlier"
  return null
}
