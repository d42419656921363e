import type * as z from "zod"
import { Comparison } from "./Comparison.js"
import { StoriesIndex } from "./Story.js"

/** One problem found in a document: where (a path such as `findings[3].evidence[0].text`) and what. */
export interface ModelIssue {
  readonly path: string
  readonly message: string
}

/** The failure of a parse: every problem with its path. */
export class ModelError extends Error {
  override readonly name = "ModelError"
  readonly _tag = "ModelError"
  constructor(
    readonly what: string,
    readonly issues: readonly ModelIssue[]
  ) {
    super(`@diplo/model: invalid ${what}:\n${formatIssues(issues)}`)
  }
}

export type ParseResult<A> =
  | { readonly success: true; readonly data: A }
  | { readonly success: false; readonly error: ModelError }

/** Formats a zod path as `findings[3].evidence[0].text`; the root is `(root)`. */
export const formatPath = (path: readonly PropertyKey[]): string => {
  let out = ""
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`
    else out += out === "" ? String(key) : `.${String(key)}`
  }
  return out === "" ? "(root)" : out
}

/** One line per issue: `- path: message`. */
export const formatIssues = (issues: readonly ModelIssue[]): string =>
  issues.map((i) => `- ${i.path}: ${i.message}`).join("\n")

/** Turns zod's issues into the model's, one per problem, with readable paths. */
export const toModelIssues = (error: z.ZodError): ModelIssue[] =>
  error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))

/** Parses any schema of the model into a typed result; never throws. */
export const parseWith =
  <S extends z.ZodType>(schema: S, what: string) =>
  (input: unknown): ParseResult<z.infer<S>> => {
    const result = schema.safeParse(input)
    return result.success
      ? { success: true, data: result.data }
      : { success: false, error: new ModelError(what, toModelIssues(result.error)) }
  }

/**
 * Validates an unknown value (e.g. parsed JSON) as a `Comparison`. Never throws: on failure the
 * error lists each problem with its path, including spans whose text does not match their source.
 */
export const parseComparison: (input: unknown) => ParseResult<Comparison> = parseWith(Comparison, "comparison")

/** Validates an unknown value as the stories index (`DIR/index.json` of `diplo stories`); never throws. */
export const parseStoriesIndex: (input: unknown) => ParseResult<StoriesIndex> = parseWith(StoriesIndex, "stories index")
