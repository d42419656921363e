import * as Cause from "effect/Cause"
import * as Exit from "effect/Exit"

/** Failures that are the user's to fix (exit 2): bad flags, bad or missing input, an impossible comparison. */
const USAGE_TAGS: ReadonlySet<string> = new Set(["ArgumentError", "ReadError", "InputError", "UsageError"])

/** The outcome of a run, ready to print: what goes to stderr (nothing when all went well) and the exit code. */
export interface Outcome {
  readonly code: 0 | 1 | 2
  readonly stderr: string | null
}

const tagOf = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "_tag" in error && typeof error._tag === "string"
    ? error._tag
    : undefined

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined)

/**
 * The `diplo:` line for a failure. The analyzer's tagged errors (`InputError`, `UsageError`, `AnalysisError`) are
 * formatted from their fields here, so the library's own messages never need to look like the command's; anything
 * else by its message.
 */
export const messageOf = (error: unknown): string => {
  const fields = typeof error === "object" && error !== null ? (error as Record<string, unknown>) : {}
  const reason = text(fields.reason)
  switch (tagOf(error)) {
    case "InputError": {
      const path = text(fields.path)
      const line = typeof fields.line === "number" ? `:${fields.line}` : ""
      const field = text(fields.field) !== undefined ? ` (field ${text(fields.field)})` : ""
      if (path !== undefined && reason !== undefined) return `diplo: ${path}${line}${field}: ${reason}`
      break
    }
    case "UsageError":
      if (reason !== undefined) return `diplo: ${reason}`
      break
    case "AnalysisError":
      if (reason !== undefined) return `diplo: internal error in stage ${text(fields.stage) ?? "?"}: ${reason}`
      break
  }
  return plainMessageOf(error)
}

/** One `diplo:` message from an error's message, without a `diplo:` of its own, and never a stack. */
const plainMessageOf = (error: unknown): string => {
  const raw = error instanceof Error ? error.message : typeof error === "string" ? error : String(error)
  const text = raw.replace(/^(diplo:\s*)+/, "").trim()
  const lines = text.split(/\r?\n/).filter((line) => !/^\s+at /.test(line))
  return `diplo: ${lines.join("\n") || "unknown error"}`
}

/**
 * Maps the exit of a run to an exit code and message: 0 done, 2 the user's mistake, 1 anything else
 * (our bugs, failing writes, defects). A parse error was already printed by the presenter.
 */
export const outcomeOf = (exit: Exit.Exit<unknown, unknown>): Outcome => {
  if (Exit.isSuccess(exit)) return { code: 0, stderr: null }
  const found = Cause.findErrorOption(exit.cause)
  if (found._tag === "Some") {
    const error = found.value
    const tag = tagOf(error)
    if (tag === "ShowHelp") {
      const errors = (error as { readonly errors?: readonly unknown[] }).errors ?? []
      return errors.length === 0 ? { code: 0, stderr: null } : { code: 2, stderr: null }
    }
    return { code: tag !== undefined && USAGE_TAGS.has(tag) ? 2 : 1, stderr: messageOf(error) }
  }
  if (Cause.hasInterruptsOnly(exit.cause)) return { code: 1, stderr: "diplo: interrupted" }
  const defect = Cause.squash(exit.cause)
  return {
    code: 1,
    stderr: plainMessageOf(`internal error: ${defect instanceof Error ? defect.message : String(defect)}`)
  }
}
