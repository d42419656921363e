/**
 * Step 1: every stretch of text that may be a time expression, with what it means before it is resolved.
 * Calendar dates and weekdays come from chrono; relative and anchored phrases ("the next day", "two days
 * later", "last week"), bare years, decades and vague words come from the grammar in src/lexicons/.
 */
import type { Segmented } from "../../Document.js"
import { type CalendarMention, findCalendarMentions } from "../../adapters/chrono.js"
import type { HolidayRule } from "./calendar.js"
import {
  ADVERB_ONLY,
  AFTER_UNIT,
  AGO,
  ANAPHORIC,
  CALENDAR_NAMES,
  COUNTS,
  DAY_PARTS,
  EVENT_STARTS,
  FIXED_PHRASES,
  FULL_MONTHS,
  FULL_WEEKDAYS,
  HOLIDAYS,
  MODIFIERS,
  NARRATIVE_STEPS,
  NOT_TIME,
  PREPOSITIONS,
  PUBLICATION_STEPS,
  SET_WORDS,
  STRETCH_OPENERS,
  STRETCH_QUALIFIERS,
  TAKES_OBJECT,
  UNIT_WORDS,
  type Unit,
  VAGUE_COUNTS,
  VAGUE_PHRASES,
  WITHIN_UNIT,
  YEAR_DETERMINERS
} from "./lexicon.js"
import { looksVerbal, type PosAt } from "./verbs.js"
import { isBlankGap, matchesPhrase, scanWords, type Word, wordAt } from "./words.js"

export type WeekdayModifier = "last" | "next" | "this" | "coming" | null

/** What a candidate means, before it is resolved against the publication date or the narrative. */
export type Meaning =
  /** A date, month or weekday as written ("June 6", "on Tuesday, June 4", "last Friday"). */
  | { readonly kind: "calendar"; readonly mention: CalendarMention; readonly weekdayModifier: WeekdayModifier }
  /** A day counted from publication: "yesterday" (-1), "tonight" (0), "the day after tomorrow" (+2). */
  | { readonly kind: "casual"; readonly dayOffset: number }
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "decade" }
  /**
   * A calendar unit stepped from a base: "the next day" (+1 day from the narrative), "last week" (-1 week from
   * publication), "that year" (the narrative's own year). `stretch` is the run of days just before ("the past week").
   */
  | {
      readonly kind: "step"
      readonly unit: Unit
      readonly step: number
      readonly from: "narrative" | "publication"
      readonly stretch: boolean
      readonly anaphoric: boolean
    }
  /** A counted distance: "two days later" (narrative), "three weeks ago" (publication); amount null for "several". */
  | {
      readonly kind: "count"
      readonly unit: Unit
      readonly amount: number | null
      readonly direction: 1 | -1
      readonly from: "narrative" | "publication"
    }
  /** A holiday ("Thanksgiving", "on Labor Day"), with the year when the text writes it ("Christmas 2018"). */
  | { readonly kind: "holiday"; readonly rule: HolidayRule; readonly year: number | null }
  /** Counted from an event, not a date: "the day before the vote". */
  | {
      readonly kind: "event-relative"
      readonly unit: Unit
      /** A counted distance ("eleven days after he said"): the amount and direction; null for "the day before". */
      readonly count: { readonly amount: number; readonly direction: 1 | -1 } | null
    }
  | { readonly kind: "vague" }

export interface Candidate {
  readonly start: number
  readonly end: number
  readonly meaning: Meaning
  /** Breaks ties between overlapping candidates of equal length: the grammar's reading beats chrono's. */
  readonly rank: number
}

const RANK_GRAMMAR = 3
const RANK_CALENDAR = 2
const RANK_YEAR = 1
const RANK_VAGUE = 0

/** The base of a word before a possessive "'s" ("Tuesday's" -> "tuesday"). */
const base = (lower: string): string => (lower.endsWith("'s") ? lower.slice(0, -2) : lower)

const unitOf = (word: Word | undefined): Unit | undefined => (word ? UNIT_WORDS.get(base(word.lower)) : undefined)

const isSingularUnit = (word: Word | undefined): boolean =>
  word !== undefined && unitOf(word) !== undefined && !base(word.lower).endsWith("s")

/** Shared reading state: the text, its words and the tagger's parts of speech. */
export interface TextWords {
  readonly text: string
  readonly words: readonly Word[]
  readonly posAt: PosAt
}

export const textWords = (segmented: Segmented, posAt: PosAt): TextWords => ({
  text: segmented.source.text,
  words: scanWords(segmented),
  posAt
})

/** The word after `index` if only blanks separate them (a phrase may go on), else undefined. */
const nextInPhrase = (tw: TextWords, index: number): Word | undefined => {
  const word = tw.words[index]
  const next = tw.words[index + 1]
  return word && next && isBlankGap(tw.text, word.end, next.start) ? next : undefined
}

const previousInPhrase = (tw: TextWords, index: number): Word | undefined => {
  const word = tw.words[index]
  const previous = tw.words[index - 1]
  return word && previous && isBlankGap(tw.text, previous.end, word.start) ? previous : undefined
}

// --- chrono's calendar dates ---------------------------------------------------------------------------

const weekdayModifierOf = (words: readonly Word[]): WeekdayModifier => {
  for (const word of words) {
    if (word.lower === "last" || word.lower === "past") return "last"
    if (word.lower === "next") return "next"
    if (word.lower === "coming") return "coming"
    if (word.lower === "this") return "this"
  }
  return null
}

/** Keeps chrono's dates a reader would call dates; drops "march" the verb, "Sun" the paper, "May" the name, "1/2". */
const calendarCandidate = (tw: TextWords, mention: CalendarMention): Candidate | null => {
  if (mention.isNow || mention.isRelative || mention.isTimeOnly) return null
  if (mention.year !== null && (mention.year < 1000 || mention.year > 9999)) return null
  const first = wordAt(tw.words, mention.start)
  let last = first
  while (last < tw.words.length && tw.words[last]!.end <= mention.end) last++
  const inside = tw.words.slice(first, last)
  const names = inside.filter((word) => CALENDAR_NAMES.has(base(word.lower)))
  if (names.some((word) => !word.capitalized)) return null
  const written = (word: Word) => tw.text.slice(word.start, word.end).replace(/['’]s$/, "")
  if (mention.casualDayOffset !== null) {
    // "USA Today", "Russia Today": a capitalized casual word right after a capitalized word is a name.
    const previous = previousInPhrase(tw, first)
    if (inside[0]?.capitalized && previous?.capitalized) return null
    return {
      start: mention.start,
      end: mention.end,
      meaning: { kind: "casual", dayOffset: mention.casualDayOffset },
      rank: RANK_CALENDAR
    }
  }
  if (names.length === 0 && (mention.year === null || !/\d/.test(tw.text.slice(mention.start, mention.end))))
    return null
  const onlyWeekday = mention.weekday !== null && mention.month === null && mention.day === null
  if (onlyWeekday && !names.some((word) => FULL_WEEKDAYS.has(written(word)))) return null
  const onlyMonth = mention.month !== null && mention.day === null && mention.year === null
  if (onlyMonth && !names.some((word) => FULL_MONTHS.has(written(word)))) return null
  // The word before the name itself, when chrono's span opens with the name (not with "on" or "last").
  const startsWithName = inside[0] !== undefined && CALENDAR_NAMES.has(base(inside[0].lower))
  const previous = startsWithName ? previousInPhrase(tw, first) : undefined
  // "Theresa May", "Fox News Sunday": a bare name right after a capitalized word that is not a preposition; a part
  // of the day after the weekday makes it a date again ("told Fox News Sunday night").
  const dayPart = onlyWeekday && inside.length > 1 && DAY_PARTS.has(inside.at(-1)!.lower)
  if ((onlyMonth || onlyWeekday) && previous?.capitalized && !PREPOSITIONS.has(previous.lower) && !dayPart) return null
  // "every Sunday" repeats; it names no date.
  if ((onlyMonth || onlyWeekday) && previous !== undefined && SET_WORDS.has(previous.lower)) {
    return { start: previous.start, end: mention.end, meaning: { kind: "vague" }, rank: RANK_CALENDAR }
  }
  return {
    start: mention.start,
    end: mention.end,
    meaning: { kind: "calendar", mention, weekdayModifier: weekdayModifierOf(inside) },
    rank: RANK_CALENDAR
  }
}

// --- the relative grammar ----------------------------------------------------------------------------

/** Reads a count at words[i]: "two", "12", "a", "a few", "several", "a couple of". */
const readCount = (tw: TextWords, i: number): { amount: number | null; next: number } | null => {
  const word = tw.words[i]
  if (!word) return null
  if (/^\d{1,3}$/.test(word.lower)) return { amount: Number(word.lower), next: i + 1 }
  if (word.lower === "a" || word.lower === "an") {
    const after = nextInPhrase(tw, i)
    if (after && VAGUE_COUNTS.has(after.lower)) {
      const of = nextInPhrase(tw, i + 1)
      return { amount: null, next: of?.lower === "of" ? i + 3 : i + 2 }
    }
  }
  if (VAGUE_COUNTS.has(word.lower)) return { amount: null, next: i + 1 }
  const amount = COUNTS.get(word.lower)
  return amount === undefined ? null : { amount, next: i + 1 }
}

/** True when the phrase ends in "before"/"after" and the next word starts the event it counts from ("the day before the vote"). */
const startsEvent = (tw: TextWords, lastIndex: number): boolean => {
  if (!TAKES_OBJECT.has(tw.words[lastIndex]!.lower)) return false
  const next = nextInPhrase(tw, lastIndex)
  return next !== undefined && (EVENT_STARTS.has(next.lower) || next.capitalized)
}

/** The span of words[first..last], a possessive "'s" of the last word left out ("this week's" -> "this week"). */
const span = (tw: TextWords, first: number, last: number) => {
  const end = tw.words[last]!.end
  return { start: tw.words[first]!.start, end: tw.words[last]!.lower.endsWith("'s") ? end - 2 : end }
}

/** Relative and anchored phrases starting at word i. */
const grammarCandidatesAt = (tw: TextWords, i: number, out: Candidate[]): void => {
  const word = tw.words[i]!
  const w1 = nextInPhrase(tw, i)
  const w2 = w1 ? nextInPhrase(tw, i + 1) : undefined
  const push = (last: number, meaning: Meaning) => out.push({ ...span(tw, i, last), meaning, rank: RANK_GRAMMAR })

  for (const fixed of FIXED_PHRASES) {
    if (matchesPhrase(tw.text, tw.words, i, fixed.words))
      push(i + fixed.words.length - 1, { kind: "casual", dayOffset: fixed.days })
  }

  if (word.lower === "the" && w1 && isSingularUnit(w2)) {
    // "the next day", "the previous week", "the same day"; "the past week", "the coming month".
    const unit = unitOf(w2)!
    const narrative = NARRATIVE_STEPS.get(w1.lower)
    const publication = PUBLICATION_STEPS.get(w1.lower)
    if (narrative !== undefined) {
      push(i + 2, {
        kind: "step",
        unit,
        step: narrative,
        from: "narrative",
        stretch: false,
        anaphoric: narrative === 0
      })
    } else if (publication !== undefined && unit !== "day") {
      // "the last day" is a final day, not yesterday; "the past week" is the stretch just before publication.
      const stretch = publication < 0
      push(i + 2, { kind: "step", unit, step: publication, from: "publication", stretch, anaphoric: false })
    }
  }

  if (WITHIN_UNIT.has(word.lower) && w1?.lower === "in" && w2?.lower === "the") {
    // "earlier in the year", "later in the month": inside the narrative's current year or month.
    const unitWord = nextInPhrase(tw, i + 2)
    const unit = isSingularUnit(unitWord) ? unitOf(unitWord) : undefined
    if (unit !== undefined && unit !== "day")
      push(i + 3, { kind: "step", unit, step: 0, from: "narrative", stretch: false, anaphoric: false })
  }

  if (word.lower === "that" && w1?.lower === "same" && isSingularUnit(w2)) {
    push(i + 2, { kind: "step", unit: unitOf(w2)!, step: 0, from: "narrative", stretch: false, anaphoric: true })
  }

  if (word.lower === "the" && isSingularUnit(w1) && w2 && AFTER_UNIT.has(w2.lower)) {
    // "the day before", "the week after"; "the day before the vote" counts from an event.
    const unit = unitOf(w1)!
    if (startsEvent(tw, i + 2)) push(i + 2, { kind: "event-relative", unit, count: null })
    else {
      const step = AFTER_UNIT.get(w2.lower)!
      push(i + 2, { kind: "step", unit, step, from: "narrative", stretch: false, anaphoric: false })
    }
  }

  const count = readCount(tw, i)
  if (count) {
    // "two days later", "a week earlier", "three years ago", "a week from now".
    const unitWord = count.next === i + 1 ? w1 : tw.words[count.next]
    const unit = unitOf(unitWord)
    const contiguous =
      count.next === i + 1 || (unitWord && isBlankGap(tw.text, tw.words[count.next - 1]!.end, unitWord.start))
    if (unit && contiguous) {
      const after = nextInPhrase(tw, count.next)
      const afterNext = after ? nextInPhrase(tw, count.next + 1) : undefined
      const direction = after ? AFTER_UNIT.get(after.lower) : undefined
      if (after && AGO.has(after.lower)) {
        push(count.next + 1, { kind: "count", unit, amount: count.amount, direction: -1, from: "publication" })
      } else if (after?.lower === "from" && afterNext?.lower === "now") {
        push(count.next + 2, { kind: "count", unit, amount: count.amount, direction: 1, from: "publication" })
      } else if (direction !== undefined && direction !== 0) {
        if (startsEvent(tw, count.next + 1)) {
          const counted =
            count.amount === null
              ? null
              : { amount: count.amount, direction: direction > 0 ? (1 as const) : (-1 as const) }
          push(count.next + 1, { kind: "event-relative", unit, count: counted })
        } else
          push(count.next + 1, {
            kind: "count",
            unit,
            amount: count.amount,
            direction: direction > 0 ? 1 : -1,
            from: "narrative"
          })
      }
    }
  }

  if (STRETCH_OPENERS.has(word.lower)) {
    // "in recent years", "over the past few weeks", "in the coming months": a stretch with no value.
    const opening = w1?.lower === "the" ? [word.lower, "the"] : [word.lower]
    for (const qualifier of STRETCH_QUALIFIERS) {
      const last = i + opening.length + qualifier.length - 1
      if (!matchesPhrase(tw.text, tw.words, i, [...opening, ...qualifier])) continue
      const unitWord = nextInPhrase(tw, last)
      if (unitWord && unitOf(unitWord) && unitWord.lower.endsWith("s")) {
        out.push({ ...span(tw, i, last + 1), meaning: { kind: "vague" }, rank: RANK_VAGUE })
        break
      }
    }
  }

  const previous = previousInPhrase(tw, i)
  if (previous?.lower !== "the" && isSingularUnit(w1)) {
    const unit = unitOf(w1)!
    const publication = PUBLICATION_STEPS.get(word.lower)
    if (unit === "day") {
      // Of the day words only "next day" is a date; "last day" and "this day" are not.
      if (word.lower === "next")
        push(i + 1, { kind: "step", unit, step: 1, from: "narrative", stretch: false, anaphoric: false })
    } else if (publication !== undefined && word.lower !== "past") {
      push(i + 1, { kind: "step", unit, step: publication, from: "publication", stretch: false, anaphoric: false })
    }
    if (ANAPHORIC.has(word.lower)) {
      push(i + 1, { kind: "step", unit, step: 0, from: "narrative", stretch: false, anaphoric: true })
    }
  }
}

// --- holidays ------------------------------------------------------------------------------------------

const HOLIDAY_DETERMINERS: ReadonlySet<string> = new Set([...YEAR_DETERMINERS, "last", "next", "this", "that"])

/**
 * A holiday named at word i ("Thanksgiving", "Obama's Thanksgiving speech", "Christmas 2018"); not one inside a name
 * ("Christmas Island": a capitalized word follows).
 */
const holidayCandidate = (tw: TextWords, i: number): Candidate | null => {
  const word = tw.words[i]!
  if (!word.capitalized) return null
  for (const holiday of HOLIDAYS) {
    const count = holiday.words.length
    const last = i + count - 1
    const lastWord = tw.words[last]
    if (!lastWord) continue
    const head = holiday.words.slice(0, -1)
    if (head.length > 0 && !matchesPhrase(tw.text, tw.words, i, head)) continue
    if (base(lastWord.lower) !== holiday.words[count - 1] || !lastWord.capitalized) continue
    if (count > 1 && !isBlankGap(tw.text, tw.words[last - 1]!.end, lastWord.start)) continue
    const next = lastWord.lower.endsWith("'s") ? undefined : nextInPhrase(tw, last)
    const year = next && /^\d{4}$/.test(next.lower) ? Number(next.lower) : null
    if (next?.capitalized && year === null) return null
    // A holiday names a day after a preposition or a determiner ("on Labor Day", "his Thanksgiving speech", "last
    // Christmas"); "celebrate Christmas" names the feast, not a date.
    const previous = previousInPhrase(tw, i)
    const introduced =
      previous !== undefined &&
      (PREPOSITIONS.has(previous.lower) || HOLIDAY_DETERMINERS.has(previous.lower) || previous.lower.endsWith("'s"))
    if (!introduced) return null
    const end = year !== null && next ? next.end : span(tw, i, last).end
    return { start: word.start, end, meaning: { kind: "holiday", rule: holiday.rule, year }, rank: RANK_CALENDAR }
  }
  return null
}

// --- years and decades ---------------------------------------------------------------------------------

// Words after which "of" leads to a year: "the end of 2018", "the first half of 2019".
const OF_HEADS: ReadonlySet<string> = new Set(
  MODIFIERS.filter((phrase) => phrase.length >= 2 && phrase.at(-1) === "of").map((phrase) => phrase.at(-2)!)
)
const SINGLE_MODIFIERS: ReadonlySet<string> = new Set(MODIFIERS.filter((p) => p.length === 1).map((p) => p[0]!))

// Years news writes about; outside them a four-digit number is more likely a count.
const YEAR_MIN = 1500
const YEAR_MAX = 2199
// Prepositions that also introduce counts and clock times.
const COUNT_PREPOSITIONS: ReadonlySet<string> = new Set(["at", "around", "for", "by", "from", "over", "about"])

/** A bare four-digit year where a preposition, modifier or determiner makes it one: "in 2018", "the 2018 election". */
const yearCandidate = (tw: TextWords, i: number): Candidate | null => {
  const word = tw.words[i]!
  if (!/^\d{4}$/.test(word.lower)) return null
  const year = Number(word.lower)
  if (year < YEAR_MIN || year > YEAR_MAX) return null
  // Part of a longer number or range: "2,018", "10.2018", "2017-2018", "2018%".
  const before = tw.text.slice(Math.max(0, word.start - 2), word.start)
  const after = tw.text.slice(word.end, word.end + 2)
  if (/\d[.,:/-]$/.test(before) || /^[.,:/\-–]\d/.test(after) || after.startsWith("%")) return null
  const previous = tw.words[i - 1]
  const hyphen = previous !== undefined && word.start - previous.end === 1 && tw.text.charAt(previous.end) === "-"
  const joined = previous !== undefined && (isBlankGap(tw.text, previous.end, word.start) || hyphen)
  if (!joined || previous === undefined) return null
  const p = previous.lower
  const beforeOf = tw.words[i - 2]
  const ofYear = p === "of" && beforeOf !== undefined && OF_HEADS.has(beforeOf.lower)
  if (!(PREPOSITIONS.has(p) || SINGLE_MODIFIERS.has(p) || YEAR_DETERMINERS.has(p) || ofYear)) return null
  // "at 1500 GMT", "for 1000 years", "around 2000 people": a count or a clock time, not a year.
  const next = nextInPhrase(tw, i)
  if (COUNT_PREPOSITIONS.has(p) && next !== undefined && (next.capitalized || /^[a-z]+s$/.test(next.lower))) return null
  return { start: word.start, end: word.end, meaning: { kind: "year", year }, rank: RANK_YEAR }
}

/** "the 1990s", "the '90s": a decade has no value in the model's calendar, so it is kept unresolved. */
const decadeCandidate = (tw: TextWords, i: number): Candidate | null => {
  const word = tw.words[i]!
  const full = /^\d{3}0s$/.test(word.lower)
  const short = /^\d0s$/.test(word.lower) && /['’]$/.test(tw.text.slice(Math.max(0, word.start - 1), word.start))
  if (!full && !short) return null
  const the = tw.words[i - 1]
  const start = short ? word.start - 1 : word.start
  const withThe = the?.lower === "the" && isBlankGap(tw.text, the.end, start)
  return { start: withThe ? the.start : start, end: word.end, meaning: { kind: "decade" }, rank: RANK_YEAR }
}

// --- vague words -------------------------------------------------------------------------------------

const byFirstWord = (phrases: readonly (readonly string[])[]) => {
  const index = new Map<string, (readonly string[])[]>()
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    const list = index.get(phrase[0]!) ?? []
    list.push(phrase)
    index.set(phrase[0]!, list)
  }
  return index
}
const VAGUE_INDEX = byFirstWord(VAGUE_PHRASES)
const NOT_TIME_INDEX = byFirstWord(NOT_TIME)

const longestMatch = (tw: TextWords, i: number, index: ReadonlyMap<string, (readonly string[])[]>) =>
  index.get(tw.words[i]!.lower)?.find((phrase) => matchesPhrase(tw.text, tw.words, i, phrase))

/** "said earlier", "Later, he left": an adverb. "an earlier report", "earlier reports": a comparison. */
const isAdverbial = (tw: TextWords, i: number): boolean => {
  const word = tw.words[i]!
  if (tw.posAt(word.start) === "ADJ") return false
  const previous = previousInPhrase(tw, i)
  if (previous && (previous.lower === "the" || previous.lower === "an" || previous.lower === "a")) return false
  const next = nextInPhrase(tw, i)
  if (next === undefined) return true
  const nextPos = tw.posAt(next.start)
  if (nextPos === "NOUN" || nextPos === "PROPN" || nextPos === "ADJ") return false
  return PREPOSITIONS.has(next.lower) || EVENT_STARTS.has(next.lower) || looksVerbal(next, word, tw.posAt)
}

/**
 * A vague word that is part of a name or a compound: "NOW President Terry O'Neill" (capitals before a word that
 * is not), "Secure America Now" (capitalized after a capitalized word), "now-defunct" (hyphenated).
 */
const isNamePart = (tw: TextWords, i: number, last: number): boolean => {
  const written = (index: number) => {
    const word = tw.words[index]
    return word ? tw.text.slice(word.start, word.end) : ""
  }
  const allCaps = (text: string) => text.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase()
  if (allCaps(written(i)) && !allCaps(written(i + 1))) return true
  if (tw.words[i]!.capitalized && previousInPhrase(tw, i)?.capitalized) return true
  return tw.text.charAt(tw.words[last]!.end) === "-"
}

/** Finds every candidate time expression of a text, unordered and possibly overlapping. */
export const findCandidates = (tw: TextWords): Candidate[] => {
  const candidates: Candidate[] = []
  for (const mention of findCalendarMentions(tw.text)) {
    const candidate = calendarCandidate(tw, mention)
    if (candidate) candidates.push(candidate)
  }
  // Characters inside a "not time" phrase ("at the same time"): a vague word there is no time expression.
  const blocked = new Uint8Array(tw.text.length)
  for (let i = 0; i < tw.words.length; i++) {
    grammarCandidatesAt(tw, i, candidates)
    const year = yearCandidate(tw, i) ?? decadeCandidate(tw, i)
    if (year) candidates.push(year)
    const holiday = holidayCandidate(tw, i)
    if (holiday) candidates.push(holiday)
    const notTime = longestMatch(tw, i, NOT_TIME_INDEX)
    if (notTime) blocked.fill(1, tw.words[i]!.start, tw.words[i + notTime.length - 1]!.end)
    const vague = longestMatch(tw, i, VAGUE_INDEX)
    if (
      vague &&
      !isNamePart(tw, i, i + vague.length - 1) &&
      (vague.length > 1 || !ADVERB_ONLY.has(vague[0]!) || isAdverbial(tw, i))
    ) {
      candidates.push({ ...span(tw, i, i + vague.length - 1), meaning: { kind: "vague" }, rank: RANK_VAGUE })
    }
  }
  return candidates.filter((c) => c.meaning.kind !== "vague" || !blocked.subarray(c.start, c.end).includes(1))
}
