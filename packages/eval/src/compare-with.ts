import { type ArticleInput, type CompareOptions, compare, resourcesLayer } from "@diplo/analyzer"
import type { Comparison } from "@diplo/model"
import * as Effect from "effect/Effect"
import type { SuiteContext } from "./Suite.js"

/**
 * `compare` of @diplo/analyzer with the suite context's tuning (a `--sweep` value) provided as the analyzer's
 * resources; without one, the shipped tuning. Resolves with the comparison, rejects with the tagged error.
 */
export const compareWith = (
  context: Pick<SuiteContext, "tuning">,
  articles: readonly ArticleInput[],
  options: CompareOptions = {}
): Promise<Comparison> =>
  Effect.runPromise(
    compare(articles, options).pipe(
      Effect.provide(resourcesLayer(context.tuning === undefined ? {} : { tuning: context.tuning }))
    )
  )
