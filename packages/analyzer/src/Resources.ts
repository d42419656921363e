import * as Context from "effect/Context"
import * as Layer from "effect/Layer"
import { type WordTable, wordTable } from "./adapters/vectors.js"
import { DEFAULT_TUNING, type Tuning, tuningWith } from "./Tuning.js"

/**
 * What the analyzer reads besides the articles: the tuned numbers of classify and the word table (GloVe ranks and
 * vectors) the aligner and classify compare words with. One explicit value, offered as an Effect service
 * (`Resources`, a reference with the shipped resources as its default), so a caller may swap one part (a tuning
 * sweep, another word table) for one comparison without touching any module's state.
 */
export interface AnalyzerResources {
  readonly tuning: Tuning
  /** The word ranks and vectors, loaded on first use (~40 ms) and kept by the value. */
  readonly words: () => WordTable
}

/** Resources with some parts replaced: tuned numbers by name, or another word table. */
export const makeResources = (
  options: { readonly tuning?: Readonly<Partial<Record<string, number>>>; readonly words?: () => WordTable } = {}
): AnalyzerResources => ({
  tuning: options.tuning === undefined ? DEFAULT_TUNING : tuningWith(options.tuning),
  words: options.words ?? wordTable
})

/** The shipped resources: the tuning file's values and the bundled word table. */
export const DEFAULT_RESOURCES: AnalyzerResources = makeResources()

/**
 * The analyzer's resources as an Effect service. `compare` reads it; without a layer it is `DEFAULT_RESOURCES`.
 * Provide `resourcesLayer(...)` to compare with others.
 */
export const Resources: Context.Reference<AnalyzerResources> = Context.Reference<AnalyzerResources>(
  "@diplo/analyzer/Resources",
  { defaultValue: () => DEFAULT_RESOURCES }
)

/** A layer that provides `Resources` made by `makeResources(options)`. */
export const resourcesLayer = (options: Parameters<typeof makeResources>[0] = {}): Layer.Layer<never> =>
  Layer.succeed(Resources, makeResources(options))
