import { Source, type SourceWarning } from "@diplo/model"
import * as Effect from "effect/Effect"
import { InputError } from "../Errors.js"
import { decode } from "./1-decode.js"
import { type ArticleFormat, detectFormat } from "./2-detect.js"
import { readDiplo } from "./3-read-diplo.js"
import { readHtml } from "./3-read-html.js"
import { readJson } from "./3-read-json.js"
import { readMarkdown } from "./3-read-markdown.js"
import { readText } from "./3-read-text.js"
import { type Article, calendarDate, excerpt, noSuchDay } from "./Article.js"
import { checkLanguage } from "./Language.js"

export type { ArticleFormat } from "./2-detect.js"

/** An article as handed to the analyzer: raw bytes or text, and where it came from. */
export interface ArticleInput {
  /** The path as the user gave it; null for stdin or memory. */
  readonly path: string | null
  /** How errors name an input without a path (`<stdin>`); by default `<memory>`. */
  readonly label?: string
  readonly content: Uint8Array | string
  /** Force a reader; by default it is detected from the path's extension and the content. */
  readonly format?: ArticleFormat
  /** The publication date to use when the article does not carry one (YYYY-MM-DD). */
  readonly publishedAt?: string
  /** The id the source gets in the comparison; by default A, B, C, ... in input order. */
  readonly id?: string
}

const READERS: Readonly<Record<ArticleFormat, (text: string, path: string) => Effect.Effect<Article, InputError>>> = {
  diplo: readDiplo,
  text: readText,
  markdown: readMarkdown,
  json: readJson,
  html: readHtml
}

/** Where each format would have carried a publication date, said in the warning when none was found. */
const DATE_SOUGHT: Readonly<Record<ArticleFormat, string>> = {
  diplo: "the header gives none",
  text: 'plain text states none (a first line "Date: YYYY-MM-DD" gives one)',
  markdown: "the front matter has no date field (date: YYYY-MM-DD)",
  json: "the JSON article has no publishedAt field",
  html: "the page states none (JSON-LD datePublished, article:published_time or another date meta tag, <time datetime>)"
}

/**
 * What a reader of the report should know about a source: that it does not look English (its findings may be
 * missing or wrong), that no publication date was found or given (relative dates stay unresolved). In that order.
 */
const warningsOf = (text: string, language: string | undefined, publishedAt: string | null, format: ArticleFormat) => {
  const warnings: SourceWarning[] = []
  const check = checkLanguage(text, language)
  if (!check.english)
    warnings.push({
      kind: "language",
      message: `the text does not look like English (${check.reason}); diplo analyses English only, so its findings on this source may be missing or wrong`
    })
  if (publishedAt === null)
    warnings.push({
      kind: "no-date",
      message: `no publication date: ${DATE_SOUGHT[format]}; relative dates such as "on Wednesday" stay unresolved`
    })
  return warnings
}

/**
 * Reads one article into a `Source`: decodes it (UTF-8 or UTF-16, line breaks as LF), picks a reader by extension
 * and content (or `input.format`), and keeps the metadata the file states. The date the file gives wins over
 * `input.publishedAt`; with neither it is null, and the source carries a `no-date` warning (a text that does not
 * look English carries a `language` warning). Fails with an `InputError` that names the file, and the line or field
 * where there is one.
 */
export const ingest = (input: ArticleInput, id: string): Effect.Effect<Source, InputError> =>
  Effect.gen(function* () {
    const path = input.path ?? input.label ?? "<memory>"
    const text = yield* decode(input.content, path)
    const format = input.format ?? detectFormat(input.path, text)
    const read = yield* READERS[format](text, path)
    if (read.text.trim() === "")
      return yield* new InputError({ path, reason: "the article has no text; expected the body of a news article" })
    let fallbackDate: string | null = null
    if (input.publishedAt !== undefined) {
      fallbackDate = calendarDate(input.publishedAt, true)
      const missingDay = input.publishedAt.length === 10 ? noSuchDay(input.publishedAt) : null
      if (fallbackDate === null)
        return yield* new InputError({
          path,
          field: "publishedAt",
          reason:
            missingDay !== null
              ? `the publication date ${excerpt(input.publishedAt)} given for this article does not exist (${missingDay}); expected a day on the calendar as YYYY-MM-DD`
              : `invalid publication date ${excerpt(input.publishedAt)} given for this article; expected YYYY-MM-DD`
        })
    }
    const { text: body, publishedAt, ...metadata } = read
    const date = publishedAt ?? fallbackDate
    const warnings = warningsOf(body, metadata.language, date, format)
    const source = {
      id: id as Source["id"],
      ...metadata,
      publishedAt: date,
      path: input.path,
      text: body,
      ...(warnings.length > 0 ? { warnings } : {})
    }
    // Readers check each field; this guards the model's invariants should a reader and the model drift apart.
    const checked = Source.safeParse(source)
    if (!checked.success) {
      const issue = checked.error.issues[0]
      return yield* new InputError({
        path,
        ...(issue ? { field: issue.path.map(String).join(".") } : {}),
        reason: `the article's metadata does not fit the model: ${checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`
      })
    }
    return source satisfies Source
  })
