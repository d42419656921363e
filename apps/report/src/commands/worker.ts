import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import { ArgumentError } from "../Errors.js"
import { defaultThreads, startPool } from "../stories/Pool.js"
import { checkRedisUrl, serve } from "../stories/Queue.js"

/** The queue could not be served: Redis unreachable, or the worker failed (exit 1). */
export class QueueError extends Data.TaggedError("QueueError")<{ readonly url: string; readonly reason: string }> {
  override get message(): string {
    return `${this.url}: the stories queue cannot be served: ${this.reason}`
  }
}

/** `diplo worker` as the command line asks for it. */
export interface WorkerRequest {
  readonly queue: string
  readonly threads: number | undefined
  readonly stallSeconds: number | undefined
}

/**
 * Serves the stories queue on Redis: takes story jobs that `diplo stories --queue` adds, compares them in a pool
 * of threads and hands the results back, until SIGINT or SIGTERM (it finishes the jobs it holds, then exits 0).
 * One line per job on stderr.
 */
export const runWorker = (request: WorkerRequest): Effect.Effect<void, ArgumentError | QueueError> =>
  Effect.gen(function* () {
    const problem = checkRedisUrl(request.queue)
    if (problem !== null) return yield* new ArgumentError({ reason: problem })
    for (const [value, flag] of [
      [request.threads, "--threads"],
      [request.stallSeconds, "--stall-seconds"]
    ] as const)
      if (value !== undefined && (!Number.isInteger(value) || value < 1))
        return yield* new ArgumentError({ reason: `${flag} must be a whole number of at least 1, got ${value}` })
    const threads = request.threads ?? defaultThreads()
    yield* Effect.tryPromise({
      try: async () => {
        const pool = await startPool(threads)
        const stop = new Promise<void>((resolve) => {
          process.once("SIGINT", () => resolve())
          process.once("SIGTERM", () => resolve())
        })
        try {
          await serve(
            request.queue,
            pool,
            {
              concurrency: threads,
              stallSeconds: request.stallSeconds ?? 30,
              log: (line) => process.stderr.write(`diplo worker: ${line}\n`)
            },
            stop
          )
        } finally {
          await pool.close()
        }
      },
      catch: (error) =>
        new QueueError({ url: request.queue, reason: error instanceof Error ? error.message : String(error) })
    })
  })
