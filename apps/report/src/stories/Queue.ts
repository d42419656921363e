/**
 * Stories as BullMQ jobs on Redis: `diplo stories --queue URL` adds one job per story to compare and writes each
 * result as it arrives; `diplo worker --queue URL`, on any number of machines, takes jobs and compares them in its
 * pool of threads. A job carries everything its comparison reads, so workers need no shared disk. Its id is the
 * story id and input hash: adding it again (a rerun, another coordinator) finds the same job. A worker that dies
 * mid-job leaves its lock to expire; another worker's stalled-job check puts the job back and it runs again, and
 * only the coordinator writes files, once per story, so nothing is lost or written twice.
 */
import type { StoryOutput } from "./Files.js"
import type { StoryPool } from "./Pool.js"
import type { StoryTask } from "./CompareStory.js"

/** The queue's name on the Redis server. */
export const QUEUE_NAME = "diplo-stories"

/** The job id of a story: its id and the start of its input hash (BullMQ ids may not hold a colon). */
export const jobId = (task: Pick<StoryTask, "id" | "inputHash">): string => `${task.id}.${task.inputHash.slice(0, 16)}`

/** What a worker hands back: the story's output, or why its comparison failed (not retried: it would fail again). */
export type JobResult =
  | { readonly ok: true; readonly output: StoryOutput }
  | { readonly ok: false; readonly reason: string }

/** A Redis URL as BullMQ's connection options (a worker's blocking connection must not retry requests). */
export const connectionOf = (url: string) => ({ url, maxRetriesPerRequest: null })

/** Checks the URL form: `redis://` or `rediss://`, a host, maybe a port and a database number. */
export const checkRedisUrl = (url: string): string | null => {
  if (!URL.canParse(url)) return `--queue must be a Redis URL such as redis://127.0.0.1:6379, got "${url}"`
  const parsed = new URL(url)
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:")
    return `--queue must be a redis:// or rediss:// URL, got "${url}"`
  return null
}

export interface Coordination {
  /** How many jobs wait in the queue at once (the rest are added as these finish). */
  readonly window: number
  /** Builds a story's task (reads its articles again); called just before its job is added. */
  readonly load: (id: string) => Promise<StoryTask>
  readonly onDone: (id: string, output: StoryOutput) => Promise<void>
  readonly onFailed: (id: string, reason: string) => void
}

/** Runs the stories' comparisons as jobs and waits for all of them. */
export const coordinate = async (url: string, ids: readonly string[], c: Coordination): Promise<void> => {
  const { Queue, QueueEvents } = await import("bullmq")
  const connection = connectionOf(url)
  // The events stream carries each result once more: keep it short.
  const queue = new Queue<StoryTask, JobResult>(QUEUE_NAME, { connection, streams: { events: { maxLen: 500 } } })
  const events = new QueueEvents(QUEUE_NAME, { connection })
  try {
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady()])
    let next = 0
    const lane = async (): Promise<void> => {
      while (next < ids.length) {
        const id = ids[next++]!
        const task = await c.load(id)
        const job = await queue.add("story", task, {
          jobId: jobId(task),
          attempts: 3,
          backoff: { type: "exponential", delay: 1000 },
          // Kept an hour after it finishes, so a coordinator that restarts (or another one) finds the result.
          removeOnComplete: { age: 3600 },
          removeOnFail: { age: 24 * 3600 }
        })
        if ((await job.getState()) === "failed") await job.retry()
        let result: JobResult
        try {
          result = (await job.waitUntilFinished(events)) as JobResult
        } catch (error) {
          c.onFailed(id, error instanceof Error ? error.message : String(error))
          continue
        }
        if (result.ok) await c.onDone(id, result.output)
        else c.onFailed(id, result.reason)
      }
    }
    await Promise.all(Array.from({ length: Math.max(1, Math.min(c.window, ids.length)) }, lane))
  } finally {
    await Promise.allSettled([events.close(), queue.close()])
  }
}

export interface Serving {
  readonly concurrency: number
  /** Seconds a job's lock lasts without renewal: after a worker dies, its job runs again within about twice this. */
  readonly stallSeconds: number
  readonly log: (line: string) => void
}

/** Serves the queue until `stop` resolves: takes jobs, compares them in the pool, hands back the results. */
export const serve = async (url: string, pool: StoryPool, s: Serving, stop: Promise<void>): Promise<void> => {
  const { Worker } = await import("bullmq")
  const worker = new Worker<StoryTask, JobResult>(
    QUEUE_NAME,
    async (job) => {
      const started = performance.now()
      s.log(
        `${job.data.id} started (attempt ${job.attemptsMade + 1}${job.stalledCounter > 0 ? ", after a stalled run" : ""})`
      )
      const result = await pool.output({ task: job.data })
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      if (result.ok) s.log(`${job.data.id} done in ${seconds} s`)
      else s.log(`${job.data.id} failed: ${result.reason}`)
      return result
    },
    {
      connection: connectionOf(url),
      concurrency: s.concurrency,
      lockDuration: s.stallSeconds * 1000,
      stalledInterval: s.stallSeconds * 1000,
      maxStalledCount: 2
    }
  )
  worker.on("error", (error) => s.log(`error: ${error.message}`))
  await worker.waitUntilReady()
  s.log(`serving ${QUEUE_NAME} on ${new URL(url).host} with ${s.concurrency} thread${s.concurrency === 1 ? "" : "s"}`)
  await stop
  await worker.close()
}
