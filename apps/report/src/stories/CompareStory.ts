/**
 * One story's comparison, the unit of work of `diplo stories`: the analyzer's `compare` on the articles the plan
 * chose, the Markdown report by the report's renderer, the comparison as JSON, and the summary the index keeps.
 * The same function runs in a worker thread of the local pool and in `diplo worker` for a queue.
 */
import { summarize } from "@diplo/stories"
import { renderJson } from "../render/Json.js"
import { renderMarkdown } from "../render/markdown/index.js"
import { type TransportInput, toArticleInput } from "./Transport.js"
import type { StoryOutput } from "./Files.js"

/** Everything a story's comparison needs; plain data, so it crosses a thread or a queue as it is. */
export interface StoryTask {
  readonly id: string
  readonly inputHash: string
  readonly title: string
  /** The articles in source order (A, B, ...), as the analyzer reads them. */
  readonly inputs: readonly TransportInput[]
  /** Per source id: the article id and outlet, for the summary. */
  readonly articles: readonly { readonly source: string; readonly id: string; readonly outlet?: string }[]
}

/** A comparison that could not be made: the story fails, the others go on. */
export class StoryFailure extends Error {
  override readonly name = "StoryFailure"
}

/** Compares a story's articles and renders its report; rejects with a `StoryFailure` that says why. */
export const compareStory = async (task: StoryTask): Promise<StoryOutput> => {
  const { comparePromise } = await import("@diplo/analyzer")
  let comparison: Awaited<ReturnType<typeof comparePromise>>
  try {
    comparison = await comparePromise(task.inputs.map(toArticleInput), {
      title: task.title,
      maxSources: Math.max(2, task.inputs.length)
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new StoryFailure(message.replace(/^(diplo:\s*)+/, ""))
  }
  const json = renderJson(comparison)
  if (!json.ok) throw new StoryFailure(`the comparison does not satisfy the model: ${json.reason}`)
  const articles = new Map(task.articles.map((a) => [a.source, a]))
  return {
    markdown: renderMarkdown(comparison),
    json: json.text,
    summary: summarize({ id: task.id, inputHash: task.inputHash }, comparison, articles)
  }
}
