/**
 * A whole `diplo stories` run: read the collection (profiles only), cluster it into stories, plan them, skip the
 * stories an earlier run finished with the same inputs, compare the rest (a local pool of threads, or jobs on a
 * Redis queue), and write the index, its report and the findings table. Nothing is written before the whole
 * collection has been read, so a bad article without --skip-bad leaves the output folder as it was.
 */
import { randomBytes } from "node:crypto"
import { createWriteStream } from "node:fs"
import { mkdir, readdir, readFile, rename, rm, unlink } from "node:fs/promises"
import { join } from "node:path"
import { parseComparison, parseStoriesIndex } from "@diplo/model"
import {
  buildIndex,
  CALIBRATED,
  clusterProfiles,
  inShard,
  type PlannedStory,
  planStories,
  renderIndexMarkdown,
  type Shard,
  type StoryOutcome,
  storyFiles
} from "@diplo/stories"
import { findingRows, renderCsv, renderJsonLines } from "../render/Table.js"
import { type InputFile, readAgain, readCollection } from "./Collection.js"
import type { StoryTask } from "./CompareStory.js"
import { doneSummary, type StoryOutput, writeAtomic, writeStory } from "./Files.js"
import { startPool } from "./Pool.js"
import type { Progress } from "./Progress.js"

export interface StoriesRun {
  readonly files: readonly InputFile[]
  readonly out: string
  readonly skipBad: boolean
  readonly shard: Shard | undefined
  readonly queue: string | undefined
  readonly threads: number
  readonly windowDays: number
  readonly maxPerStory: number
  readonly maxBytes: number
  /** The analyzer's and the report's versions: part of every story's input hash. */
  readonly version: string
  readonly generator: { readonly name: string; readonly version: string }
  readonly progress: Progress
}

export interface StoriesResult {
  readonly articles: number
  readonly stories: number
  /** Stories with a comparison (two or more outlets). */
  readonly toCompare: number
  /** Of those, compared in this run, found done from an earlier run, failed, left to other shards. */
  readonly compared: number
  readonly reused: number
  readonly failed: readonly { readonly id: string; readonly reason: string }[]
  readonly pending: number
}

/** What a reader calls a story in its report's title: its earliest title, else its shared names, else its id. */
const storyTitle = (story: PlannedStory): string => {
  const title = story.articles.find((a) => a.title !== undefined && a.title.trim() !== "")?.title
  const label = title ?? (story.cluster.names.length > 0 ? story.cluster.names.slice(0, 4).join(", ") : null)
  return label === null ? `Story ${story.id}` : `${label} (story ${story.id})`
}

/** The task of one story: its compared articles read again, in source order. */
const taskOf = async (
  story: PlannedStory,
  where: Awaited<ReturnType<typeof readCollection>>["where"],
  hashes: Awaited<ReturnType<typeof readCollection>>["hashes"]
): Promise<StoryTask> => {
  const inputs = []
  for (const { article } of story.compared)
    inputs.push(await readAgain(article.id, where.get(article.id)!, hashes.get(article.id)!))
  return {
    id: story.id,
    inputHash: story.inputHash,
    title: storyTitle(story),
    inputs,
    articles: story.compared.map(({ article, source }) => ({
      source,
      id: article.id,
      ...(article.outlet !== undefined ? { outlet: article.outlet } : {})
    }))
  }
}

/** Writes the findings of every compared story, in index order, as CSV and JSON Lines, one story at a time. */
const writeFindings = async (out: string, storyIds: readonly string[]): Promise<void> => {
  const suffix = randomBytes(6).toString("hex")
  const targets = { csv: join(out, "findings.csv"), jsonl: join(out, "findings.jsonl") }
  const temps = { csv: join(out, `.findings.csv.${suffix}.tmp`), jsonl: join(out, `.findings.jsonl.${suffix}.tmp`) }
  const csv = createWriteStream(temps.csv, { flags: "wx" })
  const jsonl = createWriteStream(temps.jsonl, { flags: "wx" })
  const write = (stream: ReturnType<typeof createWriteStream>, text: string) =>
    new Promise<void>((resolve, reject) => {
      if (text === "") return resolve()
      stream.write(text, (error) => (error ? reject(error) : resolve()))
    })
  const end = (stream: ReturnType<typeof createWriteStream>) =>
    new Promise<void>((resolve, reject) => {
      stream.on("error", reject)
      stream.end(resolve)
    })
  try {
    // The header row alone: renderCsv of no rows.
    await write(csv, renderCsv([]))
    for (const id of storyIds) {
      const parsed = parseComparison(JSON.parse(await readFile(join(out, storyFiles(id).json), "utf8")))
      if (!parsed.success) throw new Error(`${storyFiles(id).json}: ${parsed.error.message}`)
      const rows = findingRows(parsed.data, id)
      await write(csv, renderCsv(rows, { header: false }))
      await write(jsonl, renderJsonLines(rows))
    }
    await Promise.all([end(csv), end(jsonl)])
    await rename(temps.csv, targets.csv)
    await rename(temps.jsonl, targets.jsonl)
  } catch (error) {
    csv.destroy()
    jsonl.destroy()
    await Promise.all([unlink(temps.csv).catch(() => undefined), unlink(temps.jsonl).catch(() => undefined)])
    throw error
  }
}

/** Removes story folders of earlier runs that no story of this run has (only folders diplo made: s- and hex). */
const pruneStories = async (out: string, keep: ReadonlySet<string>): Promise<void> => {
  const dir = join(out, "stories")
  const names = await readdir(dir).catch(() => [] as string[])
  for (const name of names)
    if (/^s-[0-9a-f]{12}$/.test(name) && !keep.has(name)) await rm(join(dir, name), { recursive: true, force: true })
}

/** Runs `diplo stories`; throws the report's tagged errors (a bad article: ReadError). */
export const runStories = async (run: StoriesRun): Promise<StoriesResult> => {
  const { progress } = run
  progress.phase("reading", run.files.length)
  const collection = await readCollection(run.files, {
    maxBytes: run.maxBytes,
    skipBad: run.skipBad,
    onSkip: progress.say,
    onArticle: () => undefined
  })
  progress.tick(run.files.length)
  const { profiles, display } = collection.builder.finish()
  const model = CALIBRATED
  const clusters = clusterProfiles(profiles, display, { model, blocking: { windowDays: run.windowDays } })
  const stories = planStories(clusters, profiles, (id) => collection.hashes.get(id)!, {
    maxPerStory: run.maxPerStory,
    version: run.version
  })
  const toCompare = stories.filter((s) => s.compared.length > 0)
  const outcomes = new Map<string, StoryOutcome>()
  const todo: PlannedStory[] = []
  for (const story of toCompare) {
    const done = await doneSummary(run.out, story.id, story.inputHash)
    if (done !== null) outcomes.set(story.id, { status: "done", summary: done })
    else if (inShard(story.id, run.shard)) todo.push(story)
    else outcomes.set(story.id, { status: "pending" })
  }
  const reused = toCompare.length - todo.length - [...outcomes.values()].filter((o) => o.status === "pending").length
  await mkdir(join(run.out, "stories"), { recursive: true })
  const failed: { id: string; reason: string }[] = []
  let compared = 0
  const byId = new Map(todo.map((s) => [s.id, s]))
  const done = async (id: string, output: StoryOutput, written: boolean) => {
    if (!written) await writeStory(run.out, output)
    outcomes.set(id, { status: "done", summary: output.summary })
    compared++
    progress.tick()
  }
  const fail = (id: string, reason: string) => {
    failed.push({ id, reason })
    outcomes.set(id, { status: "failed", reason })
    progress.say(`diplo: story ${id}: the comparison failed: ${reason}`)
    progress.tick()
  }
  progress.phase(run.queue === undefined ? "comparing" : "comparing on the queue", todo.length)
  if (todo.length > 0) {
    if (run.queue !== undefined) {
      const { coordinate } = await import("./Queue.js")
      await coordinate(
        run.queue,
        todo.map((s) => s.id),
        {
          window: Math.max(8, run.threads * 4),
          load: (id) => taskOf(byId.get(id)!, collection.where, collection.hashes),
          onDone: (id, output) => done(id, output, false),
          onFailed: fail
        }
      )
    } else {
      const pool = await startPool(run.threads)
      try {
        let next = 0
        const lane = async () => {
          while (next < todo.length) {
            const story = todo[next++]!
            const task = await taskOf(story, collection.where, collection.hashes)
            const result = await pool.write({ task, dir: run.out })
            if (result.ok) {
              outcomes.set(story.id, { status: "done", summary: result.summary })
              compared++
              progress.tick()
            } else fail(story.id, result.reason)
          }
        }
        // One task waiting per thread beside the running ones: the pool never idles, and at most twice the
        // threads' stories are in memory.
        await Promise.all(Array.from({ length: Math.min(todo.length, run.threads * 2) }, lane))
      } finally {
        await pool.close()
      }
    }
  }
  progress.phase("writing the index", 1)
  const index = buildIndex(stories, outcomes, {
    articles: profiles.length,
    skipped: collection.skipped,
    threshold: model.threshold,
    windowDays: run.windowDays,
    generator: run.generator
  })
  const checked = parseStoriesIndex(index)
  if (!checked.success) throw new Error(`the stories index does not satisfy the model: ${checked.error.message}`)
  const doneIds = index.stories.filter((s) => s.comparison?.status === "done").map((s) => s.id)
  await writeFindings(run.out, doneIds)
  await writeAtomic(join(run.out, "index.md"), renderIndexMarkdown(index))
  await writeAtomic(join(run.out, "index.json"), `${JSON.stringify(index, null, 2)}\n`)
  if (run.shard === undefined) await pruneStories(run.out, new Set(stories.map((s) => s.id)))
  progress.tick()
  progress.stop()
  return {
    articles: profiles.length,
    stories: stories.length,
    toCompare: toCompare.length,
    compared,
    reused,
    failed,
    pending: [...outcomes.values()].filter((o) => o.status === "pending").length
  }
}
