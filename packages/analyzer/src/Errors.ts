import * as Data from "effect/Data"

/**
 * The analyzer's failures. Each is a tagged class whose fields carry the data (a program formats them as it
 * likes: the diplo command writes `diplo: PATH:LINE: REASON`); the derived `message` names the library and where
 * the problem is, for a reader of a log.
 */

/** An article that cannot be read: missing, empty, binary, badly encoded, or with a malformed header. */
export class InputError extends Data.TaggedError("InputError")<{
  /** The file as the caller gave it, or `<memory>` / `<memory #n>` for content without a path. */
  readonly path: string
  /** What is wrong, in one sentence. */
  readonly reason: string
  /** 1-based line of the problem, where there is one. */
  readonly line?: number
  /** The field of a structured input (JSON, front matter), where there is one. */
  readonly field?: string
}> {
  override get message(): string {
    return `@diplo/analyzer: ${inputLocation(this)}: ${this.reason}`
  }
}

/** Where an input error is: `PATH`, `PATH:LINE`, `PATH (field F)`. */
export const inputLocation = (error: Pick<InputError, "path" | "line" | "field">): string =>
  `${error.path}${error.line !== undefined ? `:${error.line}` : ""}${error.field !== undefined ? ` (field ${error.field})` : ""}`

/** A comparison that cannot be made with the inputs given (too few or too many sources). */
export class UsageError extends Data.TaggedError("UsageError")<{ readonly reason: string }> {
  override get message(): string {
    return `@diplo/analyzer: ${this.reason}`
  }
}

/** A bug: a stage produced output that breaks the model's invariants. Reported, never thrown. */
export class AnalysisError extends Data.TaggedError("AnalysisError")<{
  readonly stage: string
  readonly reason: string
}> {
  override get message(): string {
    return `@diplo/analyzer: internal error in stage ${this.stage}: ${this.reason}`
  }
}

export type DiploError = InputError | UsageError | AnalysisError
