/**
 * @diplo/analyzer: compares news articles about one event.
 *
 * `compare(articles)` returns an Effect of a `Comparison` (see @diplo/model); `comparePromise` is the
 * same for callers who do not use Effect.
 */
import type { Comparison } from "@diplo/model"
import * as Effect from "effect/Effect"
import type { ArticleInput } from "./ingest/index.js"
import type { CompareOptions } from "./Options.js"
import { compare } from "./Pipeline.js"

export type { Aligned } from "./align/index.js"
export type * from "./Document.js"
export { AnalysisError, type DiploError, InputError, inputLocation, UsageError } from "./Errors.js"
export { type ArticleFormat, type ArticleInput, ingest } from "./ingest/index.js"
export { calendarDate, noSuchDay } from "./ingest/Article.js"
export { checkLanguage, type LanguageCheck } from "./ingest/Language.js"
export { type CompareOptions, DEFAULT_ALIGN_THRESHOLD, DEFAULT_MAX_BYTES, DEFAULT_MAX_SOURCES } from "./Options.js"
export { compare, sourceIdAt } from "./Pipeline.js"
export { segment } from "./segment/index.js"
export { extract } from "./extract/index.js"
export { extractClaims } from "./extract/claims/index.js"
export { extractActors } from "./extract/actors/index.js"
export { align } from "./align/index.js"
export { type SourceActors, type UnifiedActors, unifyActors } from "./align/1-actors.js"
export {
  ALIGN_CALIBRATION,
  ALIGN_THRESHOLD,
  type AlignerInput,
  type AlignOptions,
  alignStatements,
  PARAPHRASE_THRESHOLD
} from "./align/3-alignments.js"
export type { PlacedMention, Statement, StatementEvent } from "./align/2-statements.js"
export {
  profileStatement,
  type Similarity,
  type SimilarityOptions,
  type StatementProfile,
  similarity
} from "./align/3-similarity.js"
export { classify } from "./classify/index.js"
export { type AnalyzerResources, DEFAULT_RESOURCES, makeResources, Resources, resourcesLayer } from "./Resources.js"
export { DEFAULT_TUNING, isTuningName, TUNING_REASONS, type Tuning, type TuningName, tuningWith } from "./Tuning.js"
export { VERSION } from "./version.js"

/** `compare` as a Promise: resolves with the comparison, rejects with the tagged error. */
export const comparePromise = (articles: readonly ArticleInput[], options: CompareOptions = {}): Promise<Comparison> =>
  Effect.runPromise(compare(articles, options))
