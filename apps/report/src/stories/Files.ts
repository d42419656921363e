/**
 * The files of a stories folder, each written atomically (a temporary file beside it, then a rename), so a reader
 * or a rerun never sees half a file. A story's `story.json` is written after its report and comparison: while it is
 * there with the story's input hash, the story is done.
 */
import { randomBytes } from "node:crypto"
import { mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises"
import { basename, dirname, join } from "node:path"
import { parseSummary, type StorySummary, storyFiles } from "@diplo/stories"

/** Writes `text` to `path` through a temporary file in the same folder and a rename. */
export const writeAtomic = async (path: string, text: string): Promise<void> => {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`)
  try {
    await writeFile(temp, text, { encoding: "utf8", flag: "wx" })
    await rename(temp, path)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
}

/** What one story's comparison produced: the Markdown report, the comparison as JSON, and its summary. */
export interface StoryOutput {
  readonly markdown: string
  readonly json: string
  readonly summary: StorySummary
}

/** Writes a story's report, comparison and (last) summary under `dir/stories/<id>/`. */
export const writeStory = async (dir: string, output: StoryOutput): Promise<void> => {
  const files = storyFiles(output.summary.id)
  await mkdir(join(dir, files.folder), { recursive: true })
  await writeAtomic(join(dir, files.report), output.markdown)
  await writeAtomic(join(dir, files.json), output.json)
  await writeAtomic(join(dir, files.summary), `${JSON.stringify(output.summary, null, 2)}\n`)
}

/**
 * The summary of a story done earlier with the same inputs, or null: it is missing, unreadable, of other inputs,
 * or its report or comparison is gone.
 */
export const doneSummary = async (dir: string, id: string, inputHash: string): Promise<StorySummary | null> => {
  const files = storyFiles(id)
  try {
    const summary = parseSummary(JSON.parse(await readFile(join(dir, files.summary), "utf8")))
    if (summary === null || summary.id !== id || summary.inputHash !== inputHash) return null
    const [report, json] = await Promise.all([stat(join(dir, files.report)), stat(join(dir, files.json))])
    return report.isFile() && json.isFile() ? summary : null
  } catch {
    return null
  }
}
