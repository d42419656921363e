/**
 * The pool of worker threads that compare stories, one story per thread at a time (piscina). The thread entry is
 * dist/diplo-thread.cjs beside the bundled command, or Thread.js beside this file when run from the compiled
 * sources (tests, the eval).
 */
import { existsSync } from "node:fs"
import { availableParallelism } from "node:os"
import { fileURLToPath } from "node:url"
import type { StoryOutput } from "./Files.js"
import type { ThreadResult, ThreadTask } from "./Thread.js"

/** The thread entry file: the bundled one next to the bundle, else the compiled module next to this one. */
export const threadFile = (): string => {
  for (const candidate of ["./diplo-thread.cjs", "./Thread.js"]) {
    const path = fileURLToPath(new URL(candidate, import.meta.url))
    if (existsSync(path)) return path
  }
  throw new Error(`the worker-thread entry is missing beside ${fileURLToPath(import.meta.url)}; build the report app`)
}

/** Threads when none is asked for: one per core. */
export const defaultThreads = (): number => Math.max(1, availableParallelism())

export interface StoryPool {
  /** Compares a story and writes it under `dir` (the result holds its summary). */
  readonly write: (job: ThreadTask & { readonly dir: string }) => Promise<ThreadResult>
  /** Compares a story and returns its output. */
  readonly output: (
    job: ThreadTask
  ) => Promise<{ readonly ok: true; readonly output: StoryOutput } | { readonly ok: false; readonly reason: string }>
  readonly close: () => Promise<void>
}

/** Starts a pool of `threads` worker threads (started lazily, kept while there is work). */
export const startPool = async (threads: number): Promise<StoryPool> => {
  const { Piscina } = await import("piscina")
  const pool = new Piscina<ThreadTask, ThreadResult>({
    filename: threadFile(),
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 2000,
    // The analyzer prints nothing, but natural (which it loads) reads dotenv unless told to be quiet.
    env: { ...process.env, DOTENV_CONFIG_QUIET: "true" }
  })
  return {
    write: (job) => pool.run(job),
    output: async (job) => {
      const result = await pool.run({ task: job.task })
      return result.ok ? { ok: true, output: result.output! } : result
    },
    close: () => pool.close()
  }
}
