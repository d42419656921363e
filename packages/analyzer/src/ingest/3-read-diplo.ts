import * as Effect from "effect/Effect"
import { InputError } from "../Errors.js"
import { type Article, article, calendarDate, excerpt, noSuchDay } from "./Article.js"

/** ` date 2021-03-18 ` (the example format), or a first line `Date: 2021-03-18` (any case, colon optional). */
const HEADER = /^[ \t]*date(?:[ \t]*:[ \t]*|[ \t]+)(\S*)/i

/**
 * Reads the example format: ` date YYYY-MM-DD ` (a space, the word date, the publication date, a space) and then
 * the body, which is the text after that header; or a first line `Date: YYYY-MM-DD` and the body on the lines
 * below it. Fails on a missing or impossible date and on a header with no body.
 */
export const readDiplo = (text: string, path: string): Effect.Effect<Article, InputError> =>
  Effect.gen(function* () {
    const header = HEADER.exec(text)
    if (!header)
      return yield* new InputError({
        path,
        line: 1,
        reason: `no date header at the start of the file (found ${excerpt(text)}); expected " date YYYY-MM-DD " before the article`
      })
    const written = header[1] ?? ""
    if (written === "")
      return yield* new InputError({
        path,
        line: 1,
        reason: "the header has no date; expected YYYY-MM-DD after the word date"
      })
    const publishedAt = calendarDate(written, true)
    const missingDay = written.length === 10 ? noSuchDay(written) : null
    if (publishedAt === null)
      return yield* new InputError({
        path,
        line: 1,
        reason:
          missingDay !== null
            ? `the date ${written} in the header does not exist (${missingDay}); expected a day on the calendar as YYYY-MM-DD`
            : `invalid date ${written.length > 40 ? `${written.slice(0, 40)}…` : written} in the header; expected YYYY-MM-DD`
      })
    // The header ends with the one space (or line break) after the date; the body is everything after it. Below a
    // header line of its own, blank lines before the body are not part of it.
    const rest = text.slice(header[0].length + 1)
    const body = text[header[0].length] === "\n" ? rest.replace(/^(?:[ \t]*\n)+/, "") : rest
    if (body.trim() === "")
      return yield* new InputError({
        path,
        line: 1,
        reason: `the header ${excerpt(header[0].trim())} is followed by no article text; expected the body after the date`
      })
    return article(body, { publishedAt })
  })
