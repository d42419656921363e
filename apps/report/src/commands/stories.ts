import { realpath, stat } from "node:fs/promises"
import { parseShard, type Shard } from "@diplo/stories"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import { ArgumentError, ReadError, type ReportError, WriteError } from "../Errors.js"
import { describeFsError } from "../Inputs.js"
import { resolveInputs } from "../stories/Collection.js"
import { defaultThreads } from "../stories/Pool.js"
import { progressOnStderr } from "../stories/Progress.js"
import { checkRedisUrl } from "../stories/Queue.js"
import { runStories, type StoriesResult } from "../stories/Run.js"

/** `diplo stories` as the command line asks for it; undefined means "not given". */
export interface StoriesRequest {
  readonly inputs: readonly string[]
  readonly out: string
  readonly skipBad: boolean
  readonly shard: string | undefined
  readonly queue: string | undefined
  readonly threads: number | undefined
  readonly windowDays: number | undefined
  readonly maxPerStory: number | undefined
  readonly maxBytes: number | undefined
}

/** Stories whose comparison failed: the run went on, wrote everything else, and exits 1. */
export class StoriesFailedError extends Data.TaggedError("StoriesFailedError")<{
  readonly failed: readonly { readonly id: string; readonly reason: string }[]
}> {
  override get message(): string {
    const n = this.failed.length
    const shown = this.failed
      .slice(0, 3)
      .map((f) => `${f.id}: ${f.reason}`)
      .join("; ")
    return `${n} ${n === 1 ? "story" : "stories"} could not be compared (the index lists ${n === 1 ? "it" : "them"} as failed): ${shown}${n > 3 ? "; …" : ""}`
  }
}

const positive = (value: number | undefined, flag: string): ArgumentError | null =>
  value !== undefined && (!Number.isInteger(value) || value < 1)
    ? new ArgumentError({ reason: `${flag} must be a whole number of at least 1, got ${value}` })
    : null

const isTagged = (error: unknown): error is ReportError =>
  typeof error === "object" && error !== null && "_tag" in error

const summaryLine = (out: string, r: StoriesResult): string =>
  `diplo stories: ${r.articles} articles, ${r.stories} stories, ${r.toCompare} with two or more outlets: ${r.compared} compared, ${r.reused} unchanged since the last run${r.pending > 0 ? `, ${r.pending} left to other shards` : ""}${r.failed.length > 0 ? `, ${r.failed.length} failed` : ""}; see ${out}/index.md`

/**
 * Groups a collection into stories, compares every story that two or more outlets carry, and writes the index,
 * its report, the findings table and the per-story reports under --out. Quiet unless stderr is a terminal.
 */
export const runStoriesCommand = (request: StoriesRequest): Effect.Effect<void, ReportError | StoriesFailedError> =>
  Effect.gen(function* () {
    for (const [value, flag] of [
      [request.threads, "--threads"],
      [request.windowDays, "--window"],
      [request.maxPerStory, "--max-per-story"],
      [request.maxBytes, "--max-bytes"]
    ] as const) {
      const error = positive(value, flag)
      if (error !== null) return yield* error
    }
    if (request.maxPerStory !== undefined && request.maxPerStory < 2)
      return yield* new ArgumentError({ reason: `--max-per-story must be at least 2, got ${request.maxPerStory}` })
    if (request.out.trim() === "") return yield* new ArgumentError({ reason: "--out needs a folder name" })
    let shard: Shard | undefined
    if (request.shard !== undefined) {
      const parsed = parseShard(request.shard)
      if (typeof parsed === "string") return yield* new ArgumentError({ reason: parsed })
      shard = parsed
    }
    if (request.queue !== undefined) {
      const problem = checkRedisUrl(request.queue)
      if (problem !== null) return yield* new ArgumentError({ reason: problem })
    }
    const outInfo = yield* Effect.promise(() => stat(request.out).catch(() => null))
    if (outInfo !== null && !outInfo.isDirectory())
      return yield* new ArgumentError({ reason: `--out ${request.out} is a file; diplo stories writes a folder` })
    const outReal = outInfo === null ? null : yield* Effect.promise(() => realpath(request.out))
    const files = yield* resolveInputs(request.inputs, outReal)
    if (outReal !== null)
      for (const file of files) {
        const real = yield* Effect.promise(() => realpath(file.location).catch(() => file.location))
        if (real.startsWith(`${outReal}/`))
          return yield* new ArgumentError({
            reason: `${file.path} is inside --out ${request.out}; give the articles and the output folder apart`
          })
      }
    const analyzer = yield* Effect.promise(() => import("@diplo/analyzer"))
    const { VERSION } = yield* Effect.promise(() => import("../Cli.js"))
    const progress = progressOnStderr()
    const result = yield* Effect.tryPromise({
      try: () =>
        runStories({
          files,
          out: request.out,
          skipBad: request.skipBad,
          shard,
          queue: request.queue,
          threads: request.threads ?? defaultThreads(),
          windowDays: request.windowDays ?? 7,
          maxPerStory: request.maxPerStory ?? 12,
          maxBytes: request.maxBytes ?? analyzer.DEFAULT_MAX_BYTES,
          version: `analyzer ${analyzer.VERSION}, report ${VERSION}`,
          generator: { name: "@diplo/report", version: VERSION },
          progress
        }),
      catch: (error) => {
        progress.stop()
        if (error instanceof ReadError || isTagged(error)) return error as ReportError
        return new WriteError({ path: request.out, reason: describeFsError(error) })
      }
    })
    if (process.stderr.isTTY) process.stderr.write(`${summaryLine(request.out, result)}\n`)
    if (result.failed.length > 0) return yield* new StoriesFailedError({ failed: result.failed })
  })
