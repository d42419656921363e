import { stat } from "node:fs/promises"
import { join } from "node:path"
import * as Effect from "effect/Effect"
import { DemoError } from "../Errors.js"
import { exampleFolder, REPOSITORY_ROOT } from "../Paths.js"
import { type Format, runCompare } from "./compare.js"

/** Runs `compare` on the bundled example pair, showing its paths relative to the repository root. */
export const runDemo = (request: {
  readonly format: Format
  readonly out: string | undefined
  readonly title: string | undefined
}) =>
  Effect.gen(function* () {
    const folder = exampleFolder() ?? "examples"
    const where = join(REPOSITORY_ROOT, folder)
    const info = yield* Effect.promise(() => stat(where).catch(() => null))
    if (info === null || !info.isDirectory())
      return yield* new DemoError({ path: where, reason: "not found (run diplo demo from a clone of the repository)" })
    return yield* runCompare({
      files: [folder],
      base: REPOSITORY_ROOT,
      format: request.format,
      out: request.out,
      title: request.title ?? "diplo demo: the bundled example pair",
      maxSources: undefined,
      maxBytes: undefined,
      publishedAt: undefined
    })
  })
