/**
 * The word lists the time extractor reads, loaded once from src/lexicons/ (each file names its source).
 */
import calendar from "../../lexicons/calendar.json" with { type: "json" }
import holidays from "../../lexicons/holidays.json" with { type: "json" }
import tenseCues from "../../lexicons/tense-cues.json" with { type: "json" }
import timeWords from "../../lexicons/time-words.json" with { type: "json" }
import vagueTime from "../../lexicons/vague-time.json" with { type: "json" }

import type { HolidayRule } from "./calendar.js"

/** A calendar unit a relative expression counts in. */
export type Unit = "day" | "week" | "fortnight" | "weekend" | "month" | "year" | "decade"

const UNITS: ReadonlySet<string> = new Set(["day", "week", "fortnight", "weekend", "month", "year", "decade"])

const lower = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((word) => word.toLowerCase()))

/** Number-valued entries of a lexicon object, without its `note`. */
const numbers = (entries: object): ReadonlyMap<string, number> =>
  new Map(Object.entries(entries).filter((entry): entry is [string, number] => typeof entry[1] === "number"))

/** A multi-word phrase split into lower-case words. */
const phrase = (text: string): readonly string[] => text.toLowerCase().split(" ")

const time = timeWords.entries

export const UNIT_WORDS: ReadonlyMap<string, Unit> = new Map(
  Object.entries(time.units).filter((entry): entry is [string, Unit] => UNITS.has(entry[1]))
)
export const DAY_PARTS = lower(time.dayParts.entries)
export const COUNTS = numbers(time.counts)
export const VAGUE_COUNTS = lower(time.vagueCounts.entries)
export const NARRATIVE_STEPS = numbers(time.narrativeSteps)
export const ANAPHORIC = lower(time.anaphoric.entries)
export const WITHIN_UNIT = lower(time.withinUnit.entries)
export const PUBLICATION_STEPS = numbers(time.publicationSteps)
export const AFTER_UNIT = numbers(time.afterUnit)
export const TAKES_OBJECT = lower(time.takesObject.entries)
export const AGO = lower(time.agoWords.entries)
export const FIXED_PHRASES: readonly { readonly words: readonly string[]; readonly days: number }[] = [
  ...numbers(time.fixedPhrases)
].map(([text, days]) => ({ words: phrase(text), days }))
export const EVENT_STARTS = lower(time.eventStarts.entries)
export const PREPOSITIONS = lower(time.prepositions.entries)
export const MODIFIERS: readonly (readonly string[])[] = time.modifiers.entries.map(phrase)
export const YEAR_DETERMINERS = lower(time.yearDeterminers.entries)
export const SET_WORDS = lower(time.setWords.entries)
export const STRETCH_OPENERS = lower(time.vagueStretches.openers)
/** Longest first, so "past few" is tried before "past". */
export const STRETCH_QUALIFIERS: readonly (readonly string[])[] = time.vagueStretches.qualifiers
  .map(phrase)
  .sort((a, b) => b.length - a.length)

export const VAGUE_PHRASES: readonly (readonly string[])[] = vagueTime.entries.map(phrase)
export const ADVERB_ONLY = lower(vagueTime.adverbOnly.entries)
export const NOT_TIME: readonly (readonly string[])[] = vagueTime.notTime.entries.map(phrase)

const cues = tenseCues.entries
export const FUTURE_AUXILIARIES = lower(cues.futureAuxiliaries.entries)
export const MODALS = lower(cues.modals.entries)
export const PAST_AUXILIARIES = lower(cues.pastAuxiliaries.entries)
export const PERFECT_AUXILIARIES = lower(cues.perfectAuxiliaries.entries)
export const PRESENT_AUXILIARIES = lower(cues.presentAuxiliaries.entries)
export const BE_FORMS = lower(cues.beForms.entries)
export const FUTURE_VERBS_BEFORE_TO = lower(cues.futureVerbsBeforeTo.entries)
export const FUTURE_AFTER_BE = lower(cues.futureAfterBe.entries)
export const FUTURE_BEFORE_FOR = lower(cues.futureBeforeFor.entries)
export const SKIP_WORDS = lower(cues.skipWords.entries)
export const IRREGULAR_PAST = lower(cues.irregularPast.entries)
export const IRREGULAR_PARTICIPLES = lower(cues.irregularParticiples.entries)
export const NOT_PAST_ED = lower(cues.notPastEd.entries)
export const DETERMINERS = lower(cues.determiners.entries)
export const CLAUSE_WORDS = lower(cues.clauseWords.entries)
export const LATER_THAN_CLAUSE: readonly (readonly string[])[] = cues.laterThanClause.entries.map(phrase)
export const EARLIER_THAN_CLAUSE: readonly (readonly string[])[] = cues.earlierThanClause.entries.map(phrase)

// A name is written out in full when no longer name starts with it ("Sept" is short for "September").
const fullNames = (names: readonly string[]): readonly string[] =>
  names.filter((name) => !names.some((other) => other.length > name.length && other.startsWith(name)))

/** Lower-case month and weekday names, full and abbreviated. */
export const CALENDAR_NAMES = lower([...calendar.entries, ...calendar.weekdays])
/** Full month and weekday names as written ("March", "Friday"). */
export const FULL_MONTHS: ReadonlySet<string> = new Set(fullNames(calendar.entries))
export const FULL_WEEKDAYS: ReadonlySet<string> = new Set(fullNames(calendar.weekdays))

/** Holidays by name, lower-case words, longest names first ("Christmas Eve" before "Christmas"). */
export const HOLIDAYS: readonly { readonly words: readonly string[]; readonly rule: HolidayRule }[] = holidays.entries
  .flatMap((entry) => {
    const { names, ...rule } = entry
    return names.map((name) => ({ words: phrase(name), rule: rule as HolidayRule }))
  })
  .sort((a, b) => b.words.length - a.words.length)
