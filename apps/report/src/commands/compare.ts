import type { ArticleInput, CompareOptions, DiploError, LanguageCheck } from "@diplo/analyzer"
import * as Effect from "effect/Effect"
import { ArgumentError, InvalidComparisonError, type ReportError } from "../Errors.js"
import { type ArticleRef, readArticle, resolveArticles, STDIN } from "../Inputs.js"
import { checkNotAnInput, writeReport, writeStdout } from "../Output.js"
import { renderJson } from "../render/Json.js"
import { renderMarkdown } from "../render/markdown/index.js"
import { manyEventsWarning } from "../stories/OneEvent.js"

export type Format = "md" | "json"

/** A comparison as the command line asks for it; undefined means "not given". */
export interface CompareRequest {
  readonly files: readonly string[]
  readonly format: Format
  readonly out: string | undefined
  readonly title: string | undefined
  readonly maxSources: number | undefined
  readonly maxBytes: number | undefined
  readonly publishedAt: string | undefined
  /** Directory relative file arguments are read from (the bundled example); paths are shown as given. */
  readonly base?: string
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a `YYYY-MM-DD` day that exists on the calendar. */
export const isCalendarDay = (text: string): boolean => {
  const m = DATE.exec(text)
  if (m === null) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

const checkFlags = (request: CompareRequest): Effect.Effect<void, ArgumentError> => {
  if (request.maxSources !== undefined && request.maxSources < 2)
    return Effect.fail(new ArgumentError({ reason: `--max-sources must be at least 2, got ${request.maxSources}` }))
  if (request.maxBytes !== undefined && request.maxBytes < 1)
    return Effect.fail(new ArgumentError({ reason: `--max-bytes must be at least 1, got ${request.maxBytes}` }))
  if (request.publishedAt !== undefined && !isCalendarDay(request.publishedAt))
    return Effect.fail(
      new ArgumentError({ reason: `--published-at must be a day as YYYY-MM-DD, got "${request.publishedAt}"` })
    )
  if (request.out !== undefined && request.out.trim() === "")
    return Effect.fail(new ArgumentError({ reason: "--out needs a file name" }))
  return Effect.void
}

const named = (ref: ArticleRef): string => (ref.kind === "stdin" ? STDIN : ref.path)

/** The line printed on stderr for a source that does not look English; the comparison goes on (exit 0). */
export const languageWarning = (path: string, check: LanguageCheck): string =>
  `diplo: warning: ${path}: the text does not look like English (${check.reason}); diplo analyses English only, so its findings on this source may be missing or wrong`

/**
 * Reads the articles, compares them and prints or writes the report. The analyzer is imported here,
 * not at start-up, so `--help` and `schema` never pay for loading it.
 */
export const runCompare = (request: CompareRequest): Effect.Effect<void, ReportError | DiploError> =>
  Effect.gen(function* () {
    yield* checkFlags(request)
    const refs = yield* resolveArticles(request.files, request.base)
    const analyzer = yield* Effect.promise(() => import("@diplo/analyzer"))
    const maxSources = request.maxSources ?? analyzer.DEFAULT_MAX_SOURCES
    const maxBytes = request.maxBytes ?? analyzer.DEFAULT_MAX_BYTES
    if (refs.length < 2) {
      const only = refs[0] === undefined ? "" : ` (${named(refs[0])})`
      return yield* new ArgumentError({ reason: `a comparison needs at least two articles, got ${refs.length}${only}` })
    }
    if (refs.length > maxSources)
      return yield* new ArgumentError({
        reason: `too many articles: ${refs.length} (the limit is ${maxSources}; raise it with --max-sources)`
      })
    // The same file may be given twice (a check of the analysis: it agrees with itself); --out still never lands on it.
    const articles = yield* Effect.forEach(refs, (ref) => readArticle(ref, maxBytes), { concurrency: 8 })
    const inputPaths = articles.flatMap((a) => (a.realPath === null ? [] : [a.realPath]))
    // Refuse before the analysis, not after it: the same check runs again just before writing.
    if (request.out !== undefined) yield* checkNotAnInput(request.out, inputPaths)
    const inputs: ArticleInput[] = articles.map((a) => ({
      path: a.path,
      content: a.content,
      ...(request.publishedAt !== undefined ? { publishedAt: request.publishedAt } : {})
    }))
    const options: CompareOptions = {
      maxSources,
      maxBytes,
      ...(request.title !== undefined ? { title: request.title } : {})
    }
    // Articles about several events make a comparison of noise: say so before the long run (a warning, exit 0).
    const manyEvents = yield* Effect.promise(() => manyEventsWarning(inputs, refs.map(named)).catch(() => null))
    if (manyEvents !== null) process.stderr.write(`${manyEvents}\n`)
    const comparison = yield* analyzer.compare(inputs, options)
    for (const source of comparison.sources) {
      const language = analyzer.checkLanguage(source.text, source.language)
      if (!language.english) process.stderr.write(`${languageWarning(source.path ?? STDIN, language)}\n`)
    }
    let text: string
    if (request.format === "json") {
      const json = renderJson(comparison)
      if (!json.ok) return yield* new InvalidComparisonError({ reason: json.reason })
      text = json.text
    } else text = renderMarkdown(comparison)
    if (request.out !== undefined) yield* writeReport(text, request.out, inputPaths)
    else yield* writeStdout(text)
  })
