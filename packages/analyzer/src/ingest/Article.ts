/**
 * What a reader makes of a file: the body text as analysed and the metadata the file carries.
 * Metadata is present only when known (never set to undefined).
 */
export interface Article {
  readonly text: string
  readonly publishedAt?: string
  readonly title?: string
  readonly outlet?: string
  readonly url?: string
  readonly language?: string
}

/** Metadata fields a reader may find, before they are checked. */
export interface Metadata {
  readonly publishedAt?: string | undefined
  readonly title?: string | undefined
  readonly outlet?: string | undefined
  readonly url?: string | undefined
  readonly language?: string | undefined
}

/** An article from its text and the metadata that is known: empty or missing values are left out. */
export const article = (text: string, metadata: Metadata): Article => {
  const known: Record<string, string> = {}
  for (const key of ["publishedAt", "title", "outlet", "url", "language"] as const) {
    const value = metadata[key]?.trim()
    if (value !== undefined && value !== "") known[key] = value
  }
  return { text, ...known }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/

/**
 * The calendar day `YYYY-MM-DD` of a date or ISO date-time string, or null when it is not one or the day does
 * not exist (2021-02-30). With `strict`, only a bare `YYYY-MM-DD` is accepted.
 */
export const calendarDate = (value: string, strict = false): string | null => {
  const m = ISO_DATE.exec(value)
  if (!m) return null
  if (strict && value.length !== 10) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return value.slice(0, 10)
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
]

/**
 * Why a date written `YYYY-MM-DD` (or starting so) is not a day on the calendar, in words ("February 2015 has 28
 * days", "there is no month 13"); null when it is one, or when it is not written that way at all.
 */
export const noSuchDay = (value: string): string | null => {
  const m = ISO_DATE.exec(value)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12) return `there is no month ${month}`
  if (day < 1) return `there is no day ${day}`
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day > days ? `${MONTH_NAMES[month - 1]} ${year} has ${days} days` : null
}

/** A BCP 47 tag as the model accepts it (primary subtag lower-cased), or undefined. */
export const languageTag = (value: string | undefined): string | undefined => {
  if (value === undefined) return undefined
  const tag = value.trim().replace(/^[A-Za-z]{2,3}/, (primary) => primary.toLowerCase())
  return /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(tag) ? tag : undefined
}

/** An absolute http(s) URL, or undefined. */
export const absoluteUrl = (value: string | undefined): string | undefined => {
  if (value === undefined) return undefined
  const url = value.trim()
  return URL.canParse(url) && /^https?:\/\//i.test(url) ? url : undefined
}

/** The offending input shown in an error message: quoted, control characters escaped, cut at `max` characters. */
export const excerpt = (value: unknown, max = 40): string => {
  if (typeof value !== "string") {
    const json = JSON.stringify(value) ?? String(value)
    return json.length > max ? `${json.slice(0, max)}…` : json
  }
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value)
}
