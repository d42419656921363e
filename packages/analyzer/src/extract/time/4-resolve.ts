/**
 * Step 4: values. Written-out dates stand alone; dates without a year take the publication year (the year
 * before when a past-tense clause names a date over a week after publication, the year after for a future
 * clause over a week before, the nearer year when no tense shows and the date is over half a year off); weekdays and "last week" count from publication; "the next day", "two days
 * later", "that day" count from the latest earlier expression precise enough to count from (the narrative).
 * Vague words keep value null.
 */
import type { Granularity, TimeResolution } from "@diplo/model"
import type { Meaning, WeekdayModifier } from "./1-find.js"
import type { Placed } from "./2-span.js"
import type { Tense } from "./3-tense.js"
import {
  type CalendarGranularity,
  type CalendarValue,
  calendarDay,
  coarsen,
  dayNumber,
  dayValue,
  holidayIn,
  mondayOf,
  monthIndexOf,
  monthValue,
  weekdayOf,
  yearValue
} from "./calendar.js"
import {
  BE_FORMS,
  CLAUSE_WORDS,
  DETERMINERS,
  EVENT_STARTS,
  FUTURE_AUXILIARIES,
  MODALS,
  PAST_AUXILIARIES,
  PERFECT_AUXILIARIES,
  PREPOSITIONS,
  PRESENT_AUXILIARIES,
  type Unit
} from "./lexicon.js"

export interface Resolved {
  readonly start: number
  readonly end: number
  readonly value: string | null
  readonly granularity: Granularity
  readonly resolution: TimeResolution
  /** Index, in the resolved list, of the expression this one was counted from. */
  readonly anchor: number | null
  /** The days the value covers; null without a value. */
  readonly firstDay: number | null
  readonly lastDay: number | null
  /** The text wrote the year out ("5 June 2019", "March 2018"): its year can lend itself to later dates. */
  readonly yearWritten: boolean
}

/** A date past the publication date by more than this, in a past-tense clause, is taken from the year before. */
const TENSE_GRACE_DAYS = 7
/** Without a tense, a date more than half a year from publication is taken from the nearer year. */
const HALF_YEAR_DAYS = 183

const PRECISION: Record<CalendarGranularity, number> = { year: 1, month: 2, day: 3 }

/** How precise an anchor must be to count a unit from it: days need a day, months a month, years a year. */
const neededPrecision = (unit: Unit): CalendarGranularity =>
  unit === "month" ? "month" : unit === "year" || unit === "decade" ? "year" : "day"

/** The granularity a unit's value has when it cannot be resolved. */
const unresolvedGranularity = (unit: Unit): Granularity =>
  unit === "day" ? "day" : unit === "month" ? "month" : unit === "year" ? "year" : "vague"

type Outcome = Omit<Resolved, "start" | "end">

const NONE: Outcome = {
  value: null,
  granularity: "vague",
  resolution: "unresolved",
  anchor: null,
  firstDay: null,
  lastDay: null,
  yearWritten: false
}

const unresolved = (granularity: Granularity): Outcome => ({ ...NONE, granularity })

const valued = (
  value: CalendarValue | null,
  resolution: TimeResolution,
  anchor: number | null = null,
  yearWritten = false
): Outcome =>
  value === null
    ? NONE
    : {
        value: value.value,
        granularity: value.granularity,
        resolution,
        anchor,
        firstDay: value.firstDay,
        lastDay: value.lastDay,
        yearWritten
      }

/** A unit stepped from a base day: the next day, the previous week (as the month or year that holds it). */
const stepFrom = (baseDay: number, unit: Unit, step: number, stretch: boolean): CalendarValue | null => {
  const { year } = calendarDay(baseDay)
  const monday = mondayOf(baseDay)
  switch (unit) {
    case "day":
      return dayValue(baseDay + step)
    case "week":
      return stretch ? coarsen(baseDay - 7, baseDay - 1) : coarsen(monday + 7 * step, monday + 7 * step + 6)
    case "fortnight":
      return step < 0 || stretch ? coarsen(baseDay - 14, baseDay - 1) : coarsen(baseDay + 1, baseDay + 14)
    case "weekend": {
      let saturday = monday + 5 + 7 * step
      if (stretch) saturday = monday + 5 >= baseDay ? monday - 2 : monday + 5
      return coarsen(saturday, saturday + 1)
    }
    case "month":
      return stretch ? coarsen(baseDay - 30, baseDay - 1) : monthValue(monthIndexOf(baseDay) + step)
    case "year":
      return stretch ? coarsen(baseDay - 365, baseDay - 1) : yearValue(year + step)
    case "decade": {
      const first = Math.floor(year / 10) * 10 + 10 * step
      const from = dayNumber(first, 1, 1)
      const to = dayNumber(first + 9, 12, 31)
      return from === null || to === null ? null : coarsen(from, to)
    }
  }
}

/** A counted distance from a base day: two days later, three weeks ago, a year earlier. */
const countFrom = (baseDay: number, unit: Unit, amount: number, direction: 1 | -1): CalendarValue | null => {
  const n = amount * direction
  switch (unit) {
    case "day":
      return dayValue(baseDay + n)
    case "week":
    case "weekend":
      return dayValue(baseDay + 7 * n)
    case "fortnight":
      return dayValue(baseDay + 14 * n)
    case "month":
      return monthValue(monthIndexOf(baseDay) + n)
    case "year":
      return yearValue(calendarDay(baseDay).year + n)
    case "decade":
      return yearValue(calendarDay(baseDay).year + 10 * n)
  }
}

/**
 * The day a weekday names, counted from publication. Past and unknown tense look back (news convention:
 * "said on Friday" is the latest Friday, the publication day included); a future clause looks ahead;
 * "last" and "next" skip the publication day's own weekday.
 */
const weekdayFrom = (
  pubDay: number,
  weekday: number,
  modifier: WeekdayModifier,
  tense: Tense,
  earlier: boolean,
  spoken: boolean
) => {
  const back = (weekdayOf(pubDay) - weekday + 7) % 7
  const ahead = (weekday - weekdayOf(pubDay) + 7) % 7
  if (modifier === "last") return pubDay - (back === 0 ? 7 : back)
  if (modifier === "next" || modifier === "coming") return pubDay + (ahead === 0 ? 7 : ahead)
  // A speaker's present tense about a weekday looks ahead ("See you Sunday"); a narrator's looks back.
  const future = !earlier && (tense === "future" || spoken || (modifier === "this" && tense !== "past"))
  return future ? pubDay + ahead : pubDay - back
}

/** The year of a month and day written without one, from the publication date and the clause's tense. */
const yearForDay = (pubDay: number, month: number, day: number, weekday: number | null, tense: Tense) => {
  const pubYear = calendarDay(pubDay).year
  let year = pubYear
  const date = dayNumber(year, month, day)
  if (date !== null && tense === "past" && date > pubDay + TENSE_GRACE_DAYS) year -= 1
  if (date !== null && tense === "future" && date < pubDay - TENSE_GRACE_DAYS) year += 1
  if (date !== null && (tense === "unknown" || tense === "present")) {
    if (date > pubDay + HALF_YEAR_DAYS) year -= 1
    else if (date < pubDay - HALF_YEAR_DAYS) year += 1
  }
  // "Tuesday, June 4": a written weekday settles the year when the guessed one does not carry it.
  const fits = (y: number) => {
    const d = dayNumber(y, month, day)
    return d !== null && (weekday === null || weekdayOf(d) === weekday)
  }
  if (!fits(year)) year = [year, pubYear, pubYear - 1, pubYear + 1].find(fits) ?? year
  return year
}

const yearForMonth = (pubDay: number, month: number, tense: Tense) => {
  const pubMonth = monthIndexOf(pubDay)
  const year = calendarDay(pubDay).year
  const index = year * 12 + month - 1
  if (tense === "past" && index > pubMonth) return year - 1
  if (tense === "future" && index < pubMonth) return year + 1
  if (tense === "unknown" || tense === "present") {
    if (index - pubMonth > 6) return year - 1
    if (pubMonth - index > 6) return year + 1
  }
  return year
}

/** Where an expression stands in the text. */
export interface Setting {
  /** The tense of its clause. */
  readonly tense: Tense
  /** Inside a quotation whose own verbs are in the present tense ("“We fly on Tuesday,” she wrote"). */
  readonly spoken: boolean
  /** Inside a quotation. */
  readonly quoted: boolean
  /** Index of its paragraph. */
  readonly paragraph: number
}

/** A story told in an earlier year lends that year to later dates without one for at most this many paragraphs. */
const STORY_PARAGRAPHS = 2

interface Context {
  readonly pubDay: number | null
  readonly done: readonly Resolved[]
  /** Index of the latest date that wrote its year out with a month or a day ("5 June 2019", "March 2018"). */
  readonly narrativeYear: number | null
  /**
   * Index of the date that moved the narration to an earlier year ("In October 2016"), while no date of the
   * narrator's own present ("on Friday") has come after it; null when there is none.
   */
  readonly story: number | null
  readonly settings: readonly Setting[]
  readonly placed: readonly Placed[]
  /** Index of the expression being resolved. */
  readonly index: number
  readonly text: string
}

/** The year of "that year" right after a date without one ("On July 22 that year"): the narrative's latest year. */
const thatYearAfter = (context: Context): { year: number; anchor: number } | null => {
  const next = context.placed[context.index + 1]
  const here = context.placed[context.index]!
  if (next?.meaning.kind !== "step" || !next.meaning.anaphoric || next.meaning.unit !== "year") return null
  if (!/^[\s,]*(?:of\s+)?$/.test(context.text.slice(here.end, next.start))) return null
  const anchor = findAnchor(context, "year")
  if (anchor === null || anchor === "blocked") return null
  return { year: calendarDay(context.done[anchor]!.firstDay!).year, anchor }
}

/**
 * The earlier year the narration moved to, for a date without a year that comes on or after the date that moved
 * it ("In October 2016 ... on Oct. 7"), within a few paragraphs and before publication.
 */
const storyYearFor = (context: Context, month: number, day: number | null): { year: number; anchor: number } | null => {
  const { story, pubDay } = context
  if (story === null || pubDay === null) return null
  const paragraphs = (context.settings[context.index]?.paragraph ?? 0) - (context.settings[story]?.paragraph ?? 0)
  if (paragraphs > STORY_PARAGRAPHS) return null
  const from = context.done[story]!
  const year = calendarDay(from.firstDay!).year
  if (year >= calendarDay(pubDay).year) return null
  const date = dayNumber(year, month, day ?? 1)
  if (date === null || date < from.firstDay! || date >= pubDay) return null
  return { year, anchor: story }
}

/** The year of a month without one coordinated with a month that has one: "between June and July 2016". */
const coordinatedYear = (context: Context): number | null => {
  const next = context.placed[context.index + 1]
  const here = context.placed[context.index]!
  if (next?.meaning.kind !== "calendar" || next.meaning.mention.year === null) return null
  return /^\s*(?:and|to|through|or|-|–)\s*$/.test(context.text.slice(here.end, next.start))
    ? next.meaning.mention.year
    : null
}

/**
 * The latest earlier expression precise enough to count from, skipping vague and coarser ones ("in 2018"
 * between "on June 4" and "The next day"). An unresolved one in the way ("a day after the vote") means the
 * narrative moved to a date it did not give: there is no anchor, and the result is "blocked".
 */
const findAnchor = (context: Context, precision: CalendarGranularity): number | "blocked" | null => {
  for (let i = context.done.length - 1; i >= 0; i--) {
    const candidate = context.done[i]!
    if (candidate.granularity === "vague" || PRECISION[candidate.granularity] < PRECISION[precision]) continue
    return candidate.value === null || candidate.firstDay === null ? "blocked" : i
  }
  return null
}

const resolveCalendar = (
  meaning: Extract<Meaning, { kind: "calendar" }>,
  tense: Tense,
  earlier: boolean,
  spoken: boolean,
  context: Context
): Outcome => {
  const { mention, weekdayModifier } = meaning
  const { month, day, weekday } = mention
  const pubDay = context.pubDay
  // The year: written, else from publication, else from a narrative date that wrote its year.
  let year = mention.year
  let resolution: TimeResolution = "absolute"
  let anchor: number | null = null
  if (year === null && month !== null) {
    const narrative = pubDay === null ? context.narrativeYear : null
    const told = thatYearAfter(context) ?? storyYearFor(context, month, day)
    const coordinated = coordinatedYear(context)
    if (told !== null) {
      year = told.year
      resolution = "narrative-relative"
      anchor = told.anchor
    } else if (coordinated !== null) {
      year = coordinated
    } else if (pubDay !== null) {
      const effectiveTense = earlier ? "past" : tense
      year =
        day !== null
          ? yearForDay(pubDay, month, day, weekday, effectiveTense)
          : yearForMonth(pubDay, month, effectiveTense)
      resolution = "publication-relative"
    } else if (narrative !== null) {
      const anchorDay = context.done[narrative]!.firstDay!
      year = calendarDay(anchorDay).year
      resolution = "narrative-relative"
      anchor = narrative
    } else return unresolved(day !== null ? "day" : "month")
  }
  if (month === null) {
    if (weekday === null) return year === null ? NONE : valued(yearValue(year), "absolute")
    if (pubDay === null) return unresolved("day")
    return valued(
      dayValue(weekdayFrom(pubDay, weekday, weekdayModifier, tense, earlier, spoken)),
      "publication-relative"
    )
  }
  if (year === null) return unresolved(day !== null ? "day" : "month")
  const yearWritten = mention.year !== null
  if (day === null) return valued(monthValue(year * 12 + month - 1), resolution, anchor, yearWritten)
  const first = dayNumber(year, month, day)
  if (first === null) return unresolved("day")
  if (mention.through !== null) {
    const through = mention.through
    const last = dayNumber(through.year ?? year, through.month ?? month, through.day ?? day)
    return last === null || last < first
      ? unresolved("day")
      : valued(coarsen(first, last), resolution, anchor, yearWritten)
  }
  return valued(dayValue(first), resolution, anchor, yearWritten)
}

// Words that tell nothing of what an event is: two clauses share an event only if they share other words.
const GRAMMAR_WORDS: ReadonlySet<string> = new Set([
  ...EVENT_STARTS,
  ...PREPOSITIONS,
  ...DETERMINERS,
  ...CLAUSE_WORDS,
  ...BE_FORMS,
  ...FUTURE_AUXILIARIES,
  ...MODALS,
  ...PAST_AUXILIARIES,
  ...PERFECT_AUXILIARIES,
  ...PRESENT_AUXILIARIES
])
const contentWords = (text: string): Set<string> =>
  new Set((text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length >= 3 && !GRAMMAR_WORDS.has(w)))

/** The offset where the sentence that holds `offset` ends (a sentence mark or a line break). */
const sentenceEnd = (text: string, offset: number): number => {
  let to = offset
  while (to < text.length && to - offset < 400 && !/[.!?\n]/.test(text.charAt(to))) to++
  return to
}

/** The sentence around a range, cut at sentence marks and line breaks. */
const sentenceOf = (text: string, start: number, end: number): string => {
  let from = start
  while (from > 0 && start - from < 400 && !/[.!?\n]/.test(text.charAt(from - 1))) from--
  return text.slice(from, sentenceEnd(text, end))
}

/**
 * The narrative's current day for a clause: the latest earlier day the narrator gave (not a quoted one; for a
 * past or unknown tense, not one after publication, which is a plan, not where the story stands); null when an
 * undated point came in between, or a month or year that does not hold that day ("in 2013").
 */
const currentDay = (context: Context, tense: Tense): number | null => {
  const since: { first: number; last: number }[] = []
  for (let i = context.done.length - 1; i >= 0; i--) {
    const candidate = context.done[i]!
    if (context.settings[i]?.quoted || candidate.granularity === "vague") continue
    if (candidate.value === null || candidate.firstDay === null) return null
    if (candidate.granularity !== "day") {
      since.push({ first: candidate.firstDay, last: candidate.lastDay ?? candidate.firstDay })
      continue
    }
    if (tense !== "future" && context.pubDay !== null && candidate.firstDay > context.pubDay) continue
    const day = candidate.firstDay
    return since.every((range) => range.first <= day && day <= range.last) ? i : null
  }
  return null
}

/**
 * "The announcement came eleven days after he first said so": a counted distance from an event. When the clause
 * stands on the narrative's current day, the event lies that distance before (after "after") or after it (after
 * "before"), and the expression is that event's day. When the event's own words are those of the sentence that
 * gave the day ("The envoy spoke on Monday ... two days after the envoy spoke"), the day is the event's, the
 * clause's is not known, and the expression stays unresolved.
 */
const resolveEventRelative = (
  meaning: Extract<Meaning, { kind: "event-relative" }>,
  tense: Tense,
  context: Context
): Outcome => {
  const unresolvedHere = unresolved(unresolvedGranularity(meaning.unit))
  if (meaning.count === null) return unresolvedHere
  const current = currentDay(context, tense)
  if (current === null) return unresolvedHere
  const here = context.placed[context.index]!
  const from = context.done[current]!
  const event = contentWords(context.text.slice(here.end, sentenceEnd(context.text, here.end)))
  const dated = contentWords(sentenceOf(context.text, from.start, from.end))
  let shared = 0
  for (const word of event) if (dated.has(word)) shared++
  if (shared >= 2) return unresolvedHere
  // "after" puts the event before the clause's day, "before" after it.
  const { amount, direction } = meaning.count
  return valued(
    countFrom(from.firstDay!, meaning.unit, amount, direction === 1 ? -1 : 1),
    "narrative-relative",
    current
  )
}

/** A holiday's day: in the year written, else the year a date of that month and day would take. */
const resolveHoliday = (
  meaning: Extract<Meaning, { kind: "holiday" }>,
  tense: Tense,
  earlier: boolean,
  context: Context
): Outcome => {
  const { rule } = meaning
  if (meaning.year !== null) {
    const written = holidayIn(rule, meaning.year)
    return written === null ? unresolved("day") : valued(dayValue(written), "absolute", null, true)
  }
  const { pubDay } = context
  if (pubDay === null) return unresolved("day")
  const pubYear = calendarDay(pubDay).year
  const thisYear = holidayIn(rule, pubYear)
  if (thisYear === null) return unresolved("day")
  const { month, day } = calendarDay(thisYear)
  const told = storyYearFor(context, month, day)
  const year = told?.year ?? yearForDay(pubDay, month, day, null, earlier ? "past" : tense)
  const date = holidayIn(rule, year)
  if (date === null) return unresolved("day")
  return told
    ? valued(dayValue(date), "narrative-relative", told.anchor)
    : valued(dayValue(date), "publication-relative")
}

const resolveOne = (placed: Placed, setting: Setting, context: Context): Outcome => {
  const { tense, spoken } = setting
  const meaning = placed.meaning
  const { pubDay } = context
  switch (meaning.kind) {
    case "calendar":
      return resolveCalendar(meaning, tense, placed.earlier, spoken, context)
    case "holiday":
      return resolveHoliday(meaning, tense, placed.earlier, context)
    case "casual":
      return pubDay === null ? unresolved("day") : valued(dayValue(pubDay + meaning.dayOffset), "publication-relative")
    case "year":
      return valued(yearValue(meaning.year), "absolute", null, true)
    case "decade":
    case "vague":
      return NONE
    case "event-relative":
      return resolveEventRelative(meaning, tense, context)
    case "step":
    case "count": {
      if (meaning.kind === "count" && meaning.amount === null) return NONE
      const compute = (baseDay: number) =>
        meaning.kind === "step"
          ? stepFrom(baseDay, meaning.unit, meaning.step, meaning.stretch)
          : countFrom(baseDay, meaning.unit, meaning.amount!, meaning.direction)
      if (meaning.from === "narrative") {
        const anchor = findAnchor(context, neededPrecision(meaning.unit))
        if (anchor === "blocked") return unresolved(unresolvedGranularity(meaning.unit))
        if (anchor !== null) return valued(compute(context.done[anchor]!.firstDay!), "narrative-relative", anchor)
        // "that day" with nothing before it points at an event the text did not date.
        if (meaning.kind === "step" && meaning.anaphoric) return unresolved(unresolvedGranularity(meaning.unit))
      }
      if (pubDay === null) return unresolved(unresolvedGranularity(meaning.unit))
      return valued(compute(pubDay), "publication-relative")
    }
  }
}

const UNKNOWN_SETTING: Setting = { tense: "unknown", spoken: false, quoted: false, paragraph: 0 }

/**
 * Resolves placed expressions in text order, each against the publication day and the expressions before
 * it. `settings[i]` says where `placed[i]` stands: its clause's tense, quoted speech, its paragraph.
 */
export const resolveTimes = (
  placed: readonly Placed[],
  settings: readonly Setting[],
  pubDay: number | null,
  text = ""
): Resolved[] => {
  const done: Resolved[] = []
  let narrativeYear: number | null = null
  let story: number | null = null
  placed.forEach((expression, i) => {
    const setting = settings[i] ?? UNKNOWN_SETTING
    const outcome = resolveOne(expression, setting, {
      pubDay,
      done,
      narrativeYear,
      story,
      settings,
      placed,
      index: i,
      text
    })
    const monthOrDay = outcome.granularity === "day" || outcome.granularity === "month"
    if (outcome.yearWritten && monthOrDay) narrativeYear = i
    // The narrator's own dates move the story: one that writes its year sets it, one of the present ends it.
    if (!setting.quoted && monthOrDay) {
      if (outcome.yearWritten && outcome.resolution === "absolute") story = i
      else if (outcome.resolution === "publication-relative") story = null
    }
    done.push({ start: expression.start, end: expression.end, ...outcome })
  })
  return done
}
