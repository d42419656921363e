import type { TuningName } from "@diplo/analyzer"

/**
 * One scored data set. Every suite scores diplo and a simple baseline side by side on the same
 * items, so each figure has a reference.
 */
export interface SuiteContext {
  /** Folder of the corpora (default `../shared/corpus` beside the repo); may be absent. */
  readonly corpusDir: string
  /** The repository root (for examples/ and the example gold copy). */
  readonly repoRoot: string
  /** Folder that holds the example gold (default `../shared/gold`); may be absent. */
  readonly goldDir: string
  /** Tuned numbers to compare with instead of the tuning file's (`--sweep`); suites marked `tunable` read it. */
  readonly tuning?: Readonly<Partial<Record<TuningName, number>>>
}

export interface Metric {
  /** What is measured, e.g. "cue F1 (overlap)". */
  readonly metric: string
  readonly diplo: number
  /** The baseline's figure on the same items, or null where none applies. */
  readonly baseline: number | null
  /** The minimum diplo must reach; the run fails below it (example gold only). */
  readonly floor?: number
  /** Items scored, e.g. 84 articles. */
  readonly n?: number
  /** A short, stable column name when the figure is one of the suite's headline figures (the `--sweep` table). */
  readonly headline?: string
}

export interface SuiteResult {
  readonly name: string
  /** Data set and half, e.g. "PolNeAR dev (84 articles)". */
  readonly dataset: string
  /** What diplo is and what the baseline is, one sentence each. */
  readonly method: string
  readonly baseline: string
  readonly metrics: readonly Metric[]
  readonly notes: readonly string[]
  /** Set when the data set is missing: the suite was not scored. */
  readonly skipped?: string
}

export interface Suite {
  readonly name: string
  /** True when the suite compares through `compareWith`, so `--sweep` changes what it measures. */
  readonly tunable?: boolean
  readonly run: (context: SuiteContext) => Promise<SuiteResult>
}
