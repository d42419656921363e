import type { ArticleInput, CompareOptions, DiploError } from "@diplo/analyzer"
import type { SourceWarning } from "@diplo/model"
import * as Effect from "effect/Effect"
import { ArgumentError, InvalidComparisonError, type ReportError } from "../Errors.js"
import { type ArticleRef, readArticle, readArticles, resolveArticles, STDIN } from "../Inputs.js"
import { checkNotAnInput, writeReport, writeStdout } from "../Output.js"
import { renderHtml } from "../render/html/index.js"
import { renderJson } from "../render/Json.js"
import { renderMarkdown } from "../render/markdown/index.js"
import { findingRows, renderCsv } from "../render/Table.js"
import { manyEventsWarning } from "../stories/OneEvent.js"

/** What `--format` asks for: a Markdown report, the comparison as JSON, an HTML page, or the findings as CSV. */
export type Format = "md" | "json" | "html" | "csv"

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

const checkFlags = (
  request: CompareRequest,
  analyzer: Pick<typeof import("@diplo/analyzer"), "calendarDate" | "noSuchDay">
): Effect.Effect<void, ArgumentError> => {
  if (request.maxSources !== undefined && request.maxSources < 2)
    return Effect.fail(new ArgumentError({ reason: `--max-sources must be at least 2, got ${request.maxSources}` }))
  if (request.maxBytes !== undefined && request.maxBytes < 1)
    return Effect.fail(new ArgumentError({ reason: `--max-bytes must be at least 1, got ${request.maxBytes}` }))
  if (request.publishedAt !== undefined && analyzer.calendarDate(request.publishedAt, true) === null) {
    const missing = request.publishedAt.length === 10 ? analyzer.noSuchDay(request.publishedAt) : null
    return Effect.fail(
      new ArgumentError({
        reason: `--published-at must be a day as YYYY-MM-DD, got "${request.publishedAt}"${missing === null ? "" : `, which does not exist (${missing})`}`
      })
    )
  }
  if (request.out !== undefined && request.out.trim() === "")
    return Effect.fail(new ArgumentError({ reason: "--out needs a file name" }))
  return Effect.void
}

const named = (ref: ArticleRef): string => (ref.kind === "stdin" ? STDIN : ref.path)

/** The line printed on stderr for a warning the analyzer gives about a source; the comparison goes on (exit 0). */
export const warningLine = (path: string, warning: SourceWarning): string =>
  `diplo: warning: ${path}: ${warning.message}${warning.kind === "no-date" ? " (give one with --published-at YYYY-MM-DD)" : ""}`

/**
 * Reads the articles, compares them and prints or writes the report. The analyzer is imported here,
 * not at start-up, so `--help` and `schema` never pay for loading it.
 */
export const runCompare = (request: CompareRequest): Effect.Effect<void, ReportError | DiploError> =>
  Effect.gen(function* () {
    const analyzer = yield* Effect.promise(() => import("@diplo/analyzer"))
    yield* checkFlags(request, analyzer)
    const refs = yield* resolveArticles(request.files, request.base)
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
    const articles = yield* readArticles(refs, (ref) => readArticle(ref, maxBytes))
    const inputPaths = articles.flatMap((a) => (a.realPath === null ? [] : [a.realPath]))
    // Refuse before the analysis, not after it: the same check runs again just before writing.
    if (request.out !== undefined) yield* checkNotAnInput(request.out, inputPaths)
    const inputs: ArticleInput[] = articles.map((a) => ({
      path: a.path,
      ...(a.path === null ? { label: STDIN } : {}),
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
    for (const source of comparison.sources)
      for (const warning of source.warnings ?? [])
        process.stderr.write(`${warningLine(source.path ?? STDIN, warning)}\n`)
    let text: string
    if (request.format === "json") {
      const json = renderJson(comparison)
      if (!json.ok) return yield* new InvalidComparisonError({ reason: json.reason })
      text = json.text
    } else if (request.format === "html") text = renderHtml(comparison)
    else if (request.format === "csv") text = renderCsv(findingRows(comparison))
    else text = renderMarkdown(comparison)
    if (request.out !== undefined) yield* writeReport(text, request.out, inputPaths)
    else yield* writeStdout(text)
  })
