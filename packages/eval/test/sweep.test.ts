import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { DEFAULT_TUNING } from "@diplo/analyzer"
import { describe, expect, it } from "vitest"
import { compareWith } from "../src/compare-with.js"
import { exampleFiles } from "../src/example-files.js"
import { parseSweep, sweepRows } from "../src/sweep.js"

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, "../../..")
const main = resolve(here, "../dist/main.js")
const evalRun = (args: string[], env: Record<string, string> = {}) =>
  spawnSync("node", [main, ...args], { cwd: repoRoot, encoding: "utf8", env: { ...process.env, ...env } })

describe("--sweep NAME=v1,v2", () => {
  it("reads a name of the tuning file and its values", () => {
    expect(parseSweep("omissionsPerEvent=5,10,20")).toEqual({
      ok: true,
      sweep: { name: "omissionsPerEvent", values: [5, 10, 20] }
    })
  })

  it("refuses an unknown name, naming it and every valid name", () => {
    const r = parseSweep("omissionPerEvent=5")
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.reason).toContain('"omissionPerEvent" is not a value of the tuning file')
      for (const name of Object.keys(DEFAULT_TUNING)) expect(r.reason).toContain(name)
    }
  })

  it("refuses a value that is not a number, naming the field", () => {
    for (const spec of ["coverMargin=0.3,high", "coverMargin=", "coverMargin=0.3,,0.5", "coverMargin=Infinity"]) {
      const r = parseSweep(spec)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.reason).toMatch(/^--sweep coverMargin: .* is not a number; coverMargin takes a finite number/)
    }
    expect(parseSweep("coverMargin").ok).toBe(false)
  })

  it("exits 2 with one line and no stack trace on a bad name, a bad value or a suite that reads no tuning", () => {
    for (const args of [
      ["--only", "real", "--sweep", "nosuch=1"],
      ["--only", "real", "--sweep", "minQuoteWords=five"],
      ["--only", "stsb", "--sweep", "minQuoteWords=5"]
    ]) {
      const run = evalRun(args)
      expect(run.status).toBe(2)
      expect(run.stderr).toMatch(/^diplo eval: .*--sweep/)
      expect(run.stderr).not.toMatch(/\n\s+at /)
    }
  })

  it("says what it would run (DIPLO_DRY_RUN=1) and writes no docs", () => {
    const before = readFileSync(resolve(repoRoot, "docs/evaluation.md"), "utf8")
    const run = evalRun(["--only", "real", "--sweep", "omissionsPerEvent=5,10"], { DIPLO_DRY_RUN: "1" })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain("would sweep omissionsPerEvent over 5, 10 on real; a sweep writes no docs")
    expect(readFileSync(resolve(repoRoot, "docs/evaluation.md"), "utf8")).toBe(before)
  })

  it("reaches the analyzer: the swept value changes the comparison", async () => {
    const ex = exampleFiles(repoRoot)
    const articles = ex.articles.map((path) => ({ path, content: readFileSync(resolve(repoRoot, path)) }))
    const omissions = async (tuning?: { omissionsPerEvent: number }) =>
      (await compareWith(tuning ? { tuning } : {}, articles)).findings.filter((f) => f.kind === "omission").length
    expect(await omissions()).toBeGreaterThan(1)
    expect(await omissions({ omissionsPerEvent: 1 })).toBe(1)
  })

  it("prints one row per value with the suite's headline figures, the shipped value marked", () => {
    const result = (precision: number) => ({
      name: "real",
      dataset: "d",
      method: "m",
      baseline: "b",
      notes: [],
      metrics: [
        { metric: "difference precision (3/4)", diplo: precision, baseline: 0.2, headline: "precision" },
        { metric: "not a headline", diplo: 1, baseline: null }
      ]
    })
    const shipped = DEFAULT_TUNING.omissionsPerEvent
    const rows = sweepRows(
      { name: "omissionsPerEvent", values: [shipped, 99] },
      [
        { value: shipped, result: result(0.75) },
        { value: 99, result: result(0.5) }
      ],
      (x) => x.toFixed(2)
    )
    expect(rows).toEqual([
      { omissionsPerEvent: `${shipped} (shipped)`, precision: "0.75" },
      { omissionsPerEvent: "99", precision: "0.50" }
    ])
  })
})
