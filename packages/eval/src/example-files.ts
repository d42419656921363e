/**
 * The bundled example, as examples/examples.json names it: its article folder, its article files (sorted) and its
 * gold file. Code names no example; the manifest does.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"

export interface ExampleFiles {
  /** The article folder, relative to the repository root ("examples/..."). */
  readonly folder: string
  /** The articles, relative to the repository root, in name order. */
  readonly articles: readonly string[]
  /** The gold file's name (the same in examples/ and in ../shared/gold). */
  readonly gold: string
}

export const exampleFiles = (repoRoot: string): ExampleFiles => {
  const manifest = JSON.parse(readFileSync(join(repoRoot, "examples/examples.json"), "utf8")) as {
    articles: string
    gold: string
  }
  const folder = `examples/${manifest.articles}`
  let names: string[] = []
  try {
    names = readdirSync(join(repoRoot, folder))
      .filter((f) => f.endsWith(".txt"))
      .sort()
  } catch {
    // No folder: no articles; callers say so.
  }
  return { folder, articles: names.map((f) => `${folder}/${f}`), gold: manifest.gold }
}
