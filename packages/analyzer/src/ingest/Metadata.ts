import * as z from "zod"
import { absoluteUrl, calendarDate, excerpt, languageTag, noSuchDay } from "./Article.js"

/**
 * The metadata fields a structured article (JSON, Markdown front matter) may carry, checked with zod. A field
 * may be left out or null; a date-time is cut to its calendar day.
 */
export const MetadataFields = {
  title: z.string().nullish(),
  outlet: z.string().nullish(),
  publishedAt: z
    .string()
    .refine((value) => calendarDate(value) !== null, { error: "not a calendar date" })
    .nullish(),
  url: z
    .string()
    .refine((value) => absoluteUrl(value) !== undefined, { error: "not an absolute http(s) URL" })
    .nullish(),
  language: z
    .string()
    .refine((value) => languageTag(value) !== undefined, { error: "not a language tag" })
    .nullish()
}

/** What each field should hold, said in the error message. */
export const EXPECTED_FIELD: Readonly<Record<string, string>> = {
  "": 'an object such as { "title": "…", "outlet": "…", "publishedAt": "2021-03-18", "url": "https://…", "text": "…" }',
  title: "a string",
  outlet: "a string",
  publishedAt: "a date YYYY-MM-DD",
  date: "a date YYYY-MM-DD",
  url: "an absolute URL such as https://example.com/news/1",
  language: "a language tag such as en or en-US",
  lang: "a language tag such as en or en-US",
  text: "the article body as a non-empty string"
}

const DATE_FIELDS: ReadonlySet<string> = new Set(["publishedAt", "date"])

/** Problems in the order their fields are written in the input (missing fields last), so the first is the first met. */
export const inInputOrder = (issues: readonly z.core.$ZodIssue[], input: unknown): z.core.$ZodIssue[] => {
  const keys = input !== null && typeof input === "object" ? Object.keys(input) : []
  const rank = (issue: z.core.$ZodIssue) => {
    const at = keys.indexOf(String(issue.path[0] ?? ""))
    return at < 0 ? keys.length : at
  }
  return [...issues].sort((a, b) => rank(a) - rank(b))
}

/** One line per problem: the field path, what was found (cut short) and what was expected. */
export const describeIssues = (issues: readonly z.core.$ZodIssue[], input: unknown): string[] =>
  issues.map((issue) => {
    const path = issue.path.map(String).join(".")
    const value = valueAt(input, issue.path)
    const missingDay = typeof value === "string" && DATE_FIELDS.has(path) ? noSuchDay(value) : null
    const found =
      value === undefined
        ? "missing"
        : `got ${excerpt(value)}${missingDay === null ? "" : `, a day that does not exist (${missingDay})`}`
    const expected = EXPECTED_FIELD[path] ?? issue.message
    return `${path === "" ? "(top level)" : path}: ${found}; expected ${expected}`
  })

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown => {
  let value = input
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}
