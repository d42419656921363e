import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"

// The BUILT `diplo` command (npm run build first: tsc, then the bundle), run as a user runs it.
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url))
/** The built command every end-to-end test runs, the bundle package.json's `bin` names: the one place that names it. */
export const MAIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url))

export interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * How long one run of the command may take: below the 30 s test timeout (vitest.config.ts), so a hung command fails
 * its test with the command's own output rather than with vitest's timeout (spawnSync blocks vitest's timer).
 */
export const RUN_TIMEOUT_MS = 20_000

/** Runs `diplo` with these arguments from the repository root, with `input` (default none) on stdin. */
export const diplo = (args: readonly string[], input?: string): Run => {
  const run = spawnSync(process.execPath, [MAIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    input: input ?? "",
    timeout: RUN_TIMEOUT_MS
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}
