/**
 * The worker-thread entry of the pool (piscina): compares one story in the thread. With `dir` it also writes the
 * story's files there and hands back only the summary, so the main thread never holds a comparison; without, it
 * hands back the whole output (for a queue worker, which sends it to the coordinator). A comparison the analyzer
 * refuses comes back as a reason, not an exception: it is the story's failure, not the thread's. Bundled as
 * dist/diplo-thread.cjs.
 */
import type { StorySummary } from "@diplo/stories"
import { compareStory, StoryFailure, type StoryTask } from "./CompareStory.js"
import { type StoryOutput, writeStory } from "./Files.js"

/** A story to compare, and the folder to write it in (none: return the output). */
export interface ThreadTask {
  readonly task: StoryTask
  readonly dir?: string
}

export type ThreadResult =
  | { readonly ok: true; readonly summary: StorySummary; readonly output?: StoryOutput }
  | { readonly ok: false; readonly reason: string }

export default async function compareInThread(job: ThreadTask): Promise<ThreadResult> {
  let output: StoryOutput
  try {
    output = await compareStory(job.task)
  } catch (error) {
    if (error instanceof StoryFailure) return { ok: false, reason: error.message }
    throw error
  }
  if (job.dir === undefined) return { ok: true, summary: output.summary, output }
  await writeStory(job.dir, output)
  return { ok: true, summary: output.summary }
}
