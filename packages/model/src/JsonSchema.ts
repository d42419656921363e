import * as z from "zod"
import { Comparison } from "./Comparison.js"
import { StoriesIndex } from "./Story.js"

/**
 * The JSON Schema (draft 2020-12) of a `Comparison` as it is written out (after defaults).
 * Cross-field checks (span text equals the source slice, references resolve) cannot be said in
 * JSON Schema: use `parseComparison` for those.
 */
export const comparisonJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(Comparison, { target: "draft-2020-12", io: "output", unrepresentable: "any" }) as Record<
    string,
    unknown
  >

/**
 * The JSON Schema (draft 2020-12) of the stories index, `DIR/index.json` of `diplo stories`. That ids are unique and
 * that blindspots name known stories cannot be said in JSON Schema: `parseStoriesIndex` checks those.
 */
export const storiesIndexJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(StoriesIndex, { target: "draft-2020-12", io: "output", unrepresentable: "any" }) as Record<
    string,
    unknown
  >
