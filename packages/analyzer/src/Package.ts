/**
 * Where the analyzer's package is installed, found by its name rather than by this file's place, so the data
 * files and the CommonJS libraries still load when the analyzer is bundled into another program (the diplo CLI).
 */
import { createRequire } from "node:module"
import { dirname, join } from "node:path"

let root: string | undefined

/** The folder holding the analyzer's package.json (and its data/ folder). */
export const packageDir = (): string => {
  root ??= dirname(createRequire(import.meta.url).resolve("@diplo/analyzer/package.json"))
  return root
}

/** A file of the package, by its path inside it ("data/glove/words.txt"). */
export const packageFile = (path: string): string => join(packageDir(), path)

let required: NodeJS.Require | undefined

/** `require` as from the analyzer's package: finds its dependencies wherever a bundle that holds it runs from. */
export const packageRequire = (id: string): unknown => {
  required ??= createRequire(packageFile("package.json"))
  return required(id)
}
