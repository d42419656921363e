/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so no time zone or clock can move a date.
 */

export type CalendarGranularity = "day" | "month" | "year"

/** A normalized value and how precise it is. */
export interface CalendarValue {
  readonly value: string
  readonly granularity: CalendarGranularity
  /** First and last day the value covers. */
  readonly firstDay: number
  readonly lastDay: number
}

const MS_PER_DAY = 86_400_000

/** The day number of a calendar day, or null when the day does not exist (February 30) or the year is out of range. */
export const dayNumber = (year: number, month: number, day: number): number | null => {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return null
  // setUTCFullYear, unlike Date.UTC, does not move years below 100 into the 1900s.
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getUTCMonth() === month - 1 ? Math.round(date.getTime() / MS_PER_DAY) : null
}

export interface CalendarDay {
  readonly year: number
  readonly month: number
  readonly day: number
}

export const calendarDay = (dayNumber: number): CalendarDay => {
  const date = new Date(dayNumber * MS_PER_DAY)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export const weekdayOf = (dayNumber: number): number => (((dayNumber + 4) % 7) + 7) % 7

/** Parses YYYY-MM-DD into a day number; null when it is not one. */
export const parseIsoDay = (text: string | null): number | null => {
  const match = text === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  return match ? dayNumber(Number(match[1]), Number(match[2]), Number(match[3])) : null
}

const pad = (n: number, width: number) => String(n).padStart(width, "0")

const inRange = (year: number) => year >= 1000 && year <= 9999

export const dayValue = (day: number): CalendarValue | null => {
  const { year, month, day: date } = calendarDay(day)
  if (!inRange(year)) return null
  return { value: `${year}-${pad(month, 2)}-${pad(date, 2)}`, granularity: "day", firstDay: day, lastDay: day }
}

/** Month index: year * 12 + (month - 1). */
export const monthValue = (monthIndex: number): CalendarValue | null => {
  const year = Math.floor(monthIndex / 12)
  const month = monthIndex - year * 12 + 1
  const firstDay = dayNumber(year, month, 1)
  const nextFirst = month === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, month + 1, 1)
  if (firstDay === null) return null
  return {
    value: `${year}-${pad(month, 2)}`,
    granularity: "month",
    firstDay,
    lastDay: (nextFirst ?? firstDay + 31) - 1
  }
}

export const yearValue = (year: number): CalendarValue | null => {
  const firstDay = dayNumber(year, 1, 1)
  const lastDay = dayNumber(year, 12, 31)
  if (firstDay === null || lastDay === null) return null
  return { value: pad(year, 4), granularity: "year", firstDay, lastDay }
}

export const monthIndexOf = (day: number): number => {
  const { year, month } = calendarDay(day)
  return year * 12 + month - 1
}

/**
 * The finest calendar value that holds a whole stretch of days ("last week" inside November is 2019-11);
 * null when the stretch crosses a year boundary and no single value can hold it.
 */
export const coarsen = (firstDay: number, lastDay: number): CalendarValue | null => {
  const first = calendarDay(Math.min(firstDay, lastDay))
  const last = calendarDay(Math.max(firstDay, lastDay))
  if (firstDay === lastDay) return dayValue(firstDay)
  if (first.year !== last.year) return null
  if (first.month === last.month) return monthValue(first.year * 12 + first.month - 1)
  return yearValue(first.year)
}

/** Monday of the week (Monday to Sunday) that holds a day. */
export const mondayOf = (day: number): number => day - ((weekdayOf(day) + 6) % 7)

/** A holiday's rule: a fixed month and day, or the nth (-1: last) weekday (0 = Sunday) of a month. */
export interface HolidayRule {
  readonly month: number
  readonly day?: number
  readonly weekday?: number
  readonly nth?: number
}

/** The day number of a holiday in a year, or null when the rule gives none. */
export const holidayIn = (rule: HolidayRule, year: number): number | null => {
  if (rule.day !== undefined) return dayNumber(year, rule.month, rule.day)
  if (rule.weekday === undefined || rule.nth === undefined) return null
  if (rule.nth > 0) {
    const first = dayNumber(year, rule.month, 1)
    if (first === null) return null
    return first + ((rule.weekday - weekdayOf(first) + 7) % 7) + 7 * (rule.nth - 1)
  }
  const nextFirst = rule.month === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, rule.month + 1, 1)
  if (nextFirst === null) return null
  const last = nextFirst - 1
  return last - ((weekdayOf(last) - rule.weekday + 7) % 7)
}
