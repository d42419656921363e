import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

/** The repository root: this file is built to apps/report/dist/Paths.js, three levels below it. */
export const REPOSITORY_ROOT: string = fileURLToPath(new URL("../../../", import.meta.url))

/** The bundled example pair's folder, relative to the repository root, as examples/examples.json names it; null without it. */
export const exampleFolder = (): string | null => {
  try {
    const manifest = JSON.parse(readFileSync(`${REPOSITORY_ROOT}examples/examples.json`, "utf8")) as {
      articles: string
    }
    return `examples/${manifest.articles}`
  } catch {
    return null
  }
}
