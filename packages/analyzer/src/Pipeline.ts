import { createHash } from "node:crypto"
import { type Comparison, parseComparison, SCHEMA_VERSION, type Source } from "@diplo/model"
import * as Effect from "effect/Effect"
import { align } from "./align/index.js"
import { classify } from "./classify/index.js"
import { AnalysisError, type DiploError, InputError, UsageError } from "./Errors.js"
import { extract } from "./extract/index.js"
import { type ArticleInput, ingest } from "./ingest/index.js"
import { type CompareOptions, DEFAULT_ALIGN_THRESHOLD, DEFAULT_MAX_BYTES, DEFAULT_MAX_SOURCES } from "./Options.js"
import { segment } from "./segment/index.js"
import { Resources } from "./Resources.js"
import { type Tuning, tuningWith } from "./Tuning.js"
import { VERSION } from "./version.js"

/** The sources in an order of their content (text, then path and date): the same whatever order they came in. */
const canonicalOrder = (sources: readonly Source[]): Source[] => {
  const key = (s: Source) =>
    `${createHash("sha256").update(s.text).digest("hex")}\u0000${s.path ?? ""}\u0000${s.publishedAt ?? ""}`
  const keys = new Map(sources.map((s) => [s, key(s)]))
  return [...sources].sort((a, b) => (keys.get(a)! < keys.get(b)! ? -1 : keys.get(a)! > keys.get(b)! ? 1 : 0))
}

/** Source ids in input order: A..Z, then S27, S28, ... */
export const sourceIdAt = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : `S${index + 1}`)

/**
 * The pipeline, in order: ingest -> segment -> extract -> align -> classify. Nothing else lives here.
 * Fails with a tagged error; the result is validated against the model before it is returned.
 */
export const compare = (
  articles: readonly ArticleInput[],
  options: CompareOptions = {}
): Effect.Effect<Comparison, DiploError> =>
  Effect.gen(function* () {
    const maxSources = options.maxSources ?? DEFAULT_MAX_SOURCES
    if (articles.length < 2)
      return yield* new UsageError({ reason: `a comparison needs at least two sources, got ${articles.length}` })
    if (articles.length > maxSources)
      return yield* new UsageError({
        reason: `too many sources: ${articles.length} (the limit is ${maxSources}; raise it with the maxSources option)`
      })
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
    for (const [i, article] of articles.entries()) {
      const bytes =
        typeof article.content === "string" ? Buffer.byteLength(article.content, "utf8") : article.content.byteLength
      if (bytes > maxBytes)
        return yield* new InputError({
          path: article.path ?? article.label ?? `<memory #${i + 1}>`,
          reason: `the article is larger than ${maxBytes} bytes (${bytes} bytes; raise the limit with the maxBytes option)`
        })
    }
    const given = yield* Effect.forEach(articles, (article, i) => ingest(article, article.id ?? sourceIdAt(i)))
    // The stages read the sources in an order of their content, not of the arguments: the same articles give the same
    // findings whatever order they are given in. Ids stay in the order given (the JSON contract).
    const sources = canonicalOrder(given)
    const readings = sources.map(segment).map(extract)
    const resources = yield* Resources
    const aligned = align(readings, {
      threshold: options.alignThreshold ?? DEFAULT_ALIGN_THRESHOLD,
      words: resources.words(),
      ...(options.useVectors !== undefined ? { useVectors: options.useVectors } : {})
    })
    // The resources' tuning, with the option's values on top (an eval sweep).
    const tuning = yield* Effect.try({
      try: (): Tuning => {
        if (options.tuning === undefined) return resources.tuning
        tuningWith(options.tuning) // refuses an unknown name
        return { ...resources.tuning, ...options.tuning } as Tuning
      },
      catch: (error) => new UsageError({ reason: error instanceof Error ? error.message : String(error) })
    })
    const { findings, views } = classify(
      aligned,
      tuning,
      given.map((s) => s.id)
    )
    const comparison = {
      schemaVersion: SCHEMA_VERSION,
      ...(options.title !== undefined ? { title: options.title } : {}),
      generator: { name: "@diplo/analyzer", version: VERSION },
      sources: given.map((s) => aligned.sources.find((a) => a.id === s.id) ?? s),
      actors: [...aligned.actors],
      timeExpressions: [...aligned.timeExpressions],
      events: [...aligned.events],
      claims: [...aligned.claims],
      alignments: [...aligned.alignments],
      findings: [...findings],
      views
    }
    const parsed = parseComparison(comparison)
    if (!parsed.success) return yield* new AnalysisError({ stage: "output", reason: parsed.error.message })
    return parsed.data
  })
