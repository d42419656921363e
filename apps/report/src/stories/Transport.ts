/**
 * An article on its way to a story's comparison: plain data that crosses a worker thread or a Redis queue as it
 * is, and the analyzer's input it stands for.
 */
import type { ArticleInput } from "@diplo/analyzer"

/** An article as a story's comparison reads it, in a form that crosses a thread or a queue as it is. */
export interface TransportInput {
  readonly path: string
  /** UTF-8 text (JSON Lines articles, as a JSON article) or the file's bytes in base64 (article files). */
  readonly content: string
  readonly encoding: "utf8" | "base64"
  readonly format?: "json"
}

/** The analyzer's input for a transported article. */
export const toArticleInput = (input: TransportInput): ArticleInput => ({
  path: input.path,
  content: input.encoding === "base64" ? Buffer.from(input.content, "base64") : input.content,
  ...(input.format !== undefined ? { format: input.format } : {})
})
