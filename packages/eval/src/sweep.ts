/**
 * `npm run eval -- --only real --sweep NAME=v1,v2,...`: one tuned number of the analyzer's tuning file
 * (packages/analyzer/src/lexicons/tuning.json) set to each value in turn, the chosen suites re-run with it, and one
 * table row per value with each suite's headline figures. A sweep writes no docs.
 */
import { DEFAULT_TUNING, isTuningName, type TuningName } from "@diplo/analyzer"
import type { SuiteResult } from "./Suite.js"

export interface Sweep {
  readonly name: TuningName
  readonly values: readonly number[]
}

const validNames = (): string => Object.keys(DEFAULT_TUNING).join(", ")

const shown = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s)

/** The sweep a `--sweep` value asks for, or the reason it is refused (names the field and the valid names). */
export const parseSweep = (spec: string): { ok: true; sweep: Sweep } | { ok: false; reason: string } => {
  const at = spec.indexOf("=")
  const expected = "expected --sweep NAME=v1,v2,... with NAME a value of the tuning file"
  if (at <= 0) return { ok: false, reason: `--sweep ${shown(spec)}: ${expected}; valid names: ${validNames()}` }
  const name = spec.slice(0, at).trim()
  if (!isTuningName(name))
    return {
      ok: false,
      reason: `--sweep: "${name}" is not a value of the tuning file (packages/analyzer/src/lexicons/tuning.json); valid names: ${validNames()}`
    }
  const raw = spec.slice(at + 1).split(",")
  const values: number[] = []
  for (const v of raw) {
    const value = v.trim() === "" ? Number.NaN : Number(v)
    if (!Number.isFinite(value))
      return {
        ok: false,
        reason: `--sweep ${name}: ${shown(v)} is not a number; ${name} takes a finite number (the tuning file has ${DEFAULT_TUNING[name]}), e.g. --sweep ${name}=${DEFAULT_TUNING[name]},${DEFAULT_TUNING[name] * 2}`
      }
    values.push(value)
  }
  return { ok: true, sweep: { name, values } }
}

/** The columns of a suite's sweep table: its headline figures, or its first six where it marks none. */
const headlines = (result: SuiteResult) => {
  const marked = result.metrics.filter((m) => m.headline !== undefined)
  return (marked.length > 0 ? marked : result.metrics.slice(0, 6)).map((m) => ({
    column: m.headline ?? m.metric,
    diplo: m.diplo
  }))
}

/**
 * One row per swept value of one suite's results: the value (marked when it is the shipped one), then each headline
 * figure; a skipped run gives its reason.
 */
export const sweepRows = (
  sweep: Sweep,
  runs: readonly { readonly value: number; readonly result: SuiteResult }[],
  fmt: (x: number) => string
): Record<string, string>[] =>
  runs.map(({ value, result }) => {
    const row: Record<string, string> = {
      [sweep.name]: `${value}${value === DEFAULT_TUNING[sweep.name] ? " (shipped)" : ""}`
    }
    if (result.skipped) row.skipped = result.skipped
    for (const h of headlines(result)) row[h.column] = fmt(h.diplo)
    return row
  })
