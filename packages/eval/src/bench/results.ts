/**
 * What the bench's cases are asked and what they answer: the messages between the parent process and the child
 * that runs each case. Free of the analyzer, so the parent (and the cold-start case) can load it without loading
 * the analyzer.
 */
import type { SelfTime } from "./profile.js"

/** A comparison of `sources` texts of about `words` words each, timed within a budget. */
export interface CompareSpec {
  readonly kind: "compare"
  readonly sources: number
  readonly words: number
  readonly budgetMs: number
  readonly minRuns: number
  readonly maxRuns: number
  /** Runs that also time each stage on its own, after the timed comparisons (0 for none). */
  readonly stageRuns: number
}

/** The 1,000-word pair in detail: latency, stages, reading one article, the wink floors and a CPU profile. */
export interface HeadlineSpec {
  readonly kind: "headline"
  readonly words: number
}

/** A fresh process: the time to import the analyzer, then its first and second comparison of the files. */
export interface ColdSpec {
  readonly kind: "cold"
  /** Article files, relative to the repository root. */
  readonly paths: readonly string[]
  /** Record a CPU profile of the first comparison (it slows that comparison a little). */
  readonly profile: boolean
}

export type CaseSpec = CompareSpec | HeadlineSpec | ColdSpec | import("./stories.js").StoriesSpec

/** Timings of repeated runs: wall ms, and CPU ms of this process (all its threads) over the same runs. */
export interface Samples {
  readonly wall: readonly number[]
  readonly cpu: readonly number[]
}

/** One timed run: wall ms and CPU ms. */
export interface Lap {
  readonly wall: number
  readonly cpu: number
}

export interface CompareResult {
  readonly kind: "compare"
  readonly sources: number
  readonly wordsPerSource: readonly number[]
  /** Tokens the analyzer's segment stage finds in all sources together. */
  readonly tokens: number
  /** Each timed comparison. */
  readonly times: Samples
  /** wink-nlp's bare tokenization of the same texts, each run. */
  readonly floorTimes: Samples
  /** Peak resident set size of the process, in bytes. */
  readonly maxRss: number
  readonly repeated: boolean
  /** Each stage, the fastest of the stage runs the spec asked for (absent when none). */
  readonly stageTimes?: Readonly<Record<StageName, Lap>>
  readonly stageRuns?: number
}

export interface HeadlineResult extends Omit<CompareResult, "kind" | "stageTimes" | "stageRuns"> {
  readonly kind: "headline"
  /** Each stage, each run. */
  readonly stages: Readonly<Record<StageName, Samples>>
  /** Reading one article (ingest, segment, extract), each run of each article. */
  readonly readTimes: Samples
  /** Bare tokenization of one article, each run of each article. */
  readonly readFloorTimes: Samples
  /** Tokens of one article (the mean of the two). */
  readonly tokensPerArticle: number
  /** wink-nlp with the pipe the analyzer uses (sbd, negation, pos) on both texts, each run. */
  readonly winkPipeTimes: Samples
  /** Self time during the profiled comparisons, per function (top ones) and per area. */
  readonly profile: {
    readonly runs: number
    readonly totalMs: number
    readonly top: readonly SelfTime[]
    readonly byArea: readonly { area: string; ms: number }[]
    /** Time per analyzer step, counting the libraries it calls. */
    readonly bySteps: readonly { step: string; ms: number }[]
  }
}

export interface ColdResult {
  readonly kind: "cold"
  /** Wall ms of `await import("@diplo/analyzer")` in a process that had not loaded it. */
  readonly importMs: number
  /** Wall ms of the first comparison in the process (code not yet compiled by the JIT, lexicons loaded lazily). */
  readonly firstMs: number
  readonly secondMs: number
  readonly maxRss: number
  /** Time per analyzer step in the first comparison, counting the libraries it calls (when profiled). */
  readonly firstBySteps?: readonly { step: string; ms: number }[]
}

export type CaseResult = CompareResult | HeadlineResult | ColdResult | import("./stories.js").StoriesResult

export const STAGES = ["ingest", "segment", "extract", "align", "classify"] as const
export type StageName = (typeof STAGES)[number]
