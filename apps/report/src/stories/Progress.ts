/**
 * Progress on standard error: a bar per phase (cli-progress) when stderr is a terminal, nothing otherwise, so a
 * script or a log sees only warnings and errors. Messages (a skipped article) print above the bar.
 */
import { createRequire } from "node:module"

export interface Progress {
  /** Starts a phase of `total` steps (0: unknown) with a label. */
  readonly phase: (label: string, total: number) => void
  readonly tick: (steps?: number) => void
  /** A line for the user (a warning), printed above the bar when there is one. */
  readonly say: (line: string) => void
  readonly stop: () => void
}

/** No bar: messages still go to stderr. */
export const quietProgress: Progress = {
  phase: () => undefined,
  tick: () => undefined,
  say: (line) => {
    process.stderr.write(`${line}\n`)
  },
  stop: () => undefined
}

/** A bar on stderr when it is a terminal (and `enabled`), else `quietProgress`. */
export const progressOnStderr = (enabled = process.stderr.isTTY === true): Progress => {
  if (!enabled) return quietProgress
  // cli-progress is CommonJS; required here so a run without a terminal never loads it.
  const cliProgress = createRequire(import.meta.url)("cli-progress") as typeof import("cli-progress")
  const bars = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: "diplo stories: {label} [{bar}] {value}/{total} {eta_formatted}",
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50
    },
    cliProgress.Presets.shades_classic
  )
  let bar: ReturnType<typeof bars.create> | null = null
  return {
    phase: (label, total) => {
      bar?.stop()
      bar = bars.create(Math.max(total, 1), 0, { label })
    },
    tick: (steps = 1) => bar?.increment(steps),
    say: (line) => bars.log(`${line}\n`),
    stop: () => {
      bar?.stop()
      bars.stop()
    }
  }
}
