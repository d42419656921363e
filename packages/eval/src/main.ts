/**
 * npm run eval: scores diplo and a baseline on every gold set there is, writes docs/evaluation.md and
 * docs/evaluation.json when every suite was scored (a clone without the corpora keeps the figures it has), and
 * exits non-zero when a figure falls below its floor.
 * Flags: --corpus DIR (default ../shared/corpus), --gold DIR (default ../shared/gold), --only NAME, --sweep NAME=v1,v2
 * (re-runs the chosen suites that read the tuning with one tuned number set to each value, one table row per value;
 * writes no docs and fails on no floor).
 * With DIPLO_DRY_RUN=1 in the environment it checks its flags, says what it would run, and stops (the test of the
 * README's commands uses it for the full run, which takes minutes).
 */
import { execFileSync } from "node:child_process"
import { existsSync, writeFileSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import type { Suite, SuiteContext, SuiteResult } from "./Suite.js"
import { suites } from "./suites/index.js"
import { parseSweep, type Sweep, sweepRows } from "./sweep.js"

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..")

const FLAGS = ["corpus", "gold", "only", "sweep"] as const
const USAGE = "expected --corpus DIR, --gold DIR, --only NAME, --sweep NAME=v1,v2"

/** The flags given, each once with a value; exits 2 on anything else. */
const parseFlags = (args: readonly string[]): Partial<Record<(typeof FLAGS)[number], string>> => {
  const flags: Partial<Record<(typeof FLAGS)[number], string>> = {}
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i]!.replace(/^--/, "") as (typeof FLAGS)[number]
    const value = args[i + 1]
    if (!args[i]!.startsWith("--") || !FLAGS.includes(name))
      fail(`unknown argument ${JSON.stringify(args[i])}; ${USAGE}`)
    if (value === undefined || value.startsWith("--")) fail(`--${name} needs a value; ${USAGE}`)
    if (flags[name] !== undefined) fail(`--${name} given twice`)
    flags[name] = value
  }
  return flags
}

function fail(message: string): never {
  console.error(`diplo eval: ${message}`)
  process.exit(2)
}

const flags = parseFlags(process.argv.slice(2))
const flag = (name: (typeof FLAGS)[number]): string | undefined => flags[name]

const sweepFlag = flag("sweep")
const sweep: Sweep | undefined = (() => {
  if (sweepFlag === undefined) return undefined
  const parsed = parseSweep(sweepFlag)
  if (!parsed.ok) fail(parsed.reason)
  return parsed.sweep
})()

const fmt = (x: number | null): string => (x === null ? "–" : Number.isInteger(x) ? String(x) : x.toFixed(3))

const render = (results: readonly SuiteResult[], stamp: string): string => {
  const lines = [
    "# Evaluation",
    "",
    `Written by \`npm run eval\` (${stamp}). Every figure below comes from that run; diplo and its baseline are scored on the same items.`,
    ""
  ]
  for (const r of results) {
    lines.push(`## ${r.name}`, "", `Data: ${r.dataset}.`, "")
    if (r.skipped) {
      lines.push(`Not scored: ${r.skipped}`, "")
      continue
    }
    lines.push(`diplo: ${r.method}`, "", `Baseline: ${r.baseline}`, "")
    lines.push("| metric | diplo | baseline | floor | n |", "| --- | ---: | ---: | ---: | ---: |")
    for (const m of r.metrics)
      lines.push(
        `| ${m.metric} | ${fmt(m.diplo)} | ${fmt(m.baseline)} | ${m.floor === undefined ? "" : fmt(m.floor)} | ${m.n ?? ""} |`
      )
    lines.push("")
    for (const note of r.notes) lines.push(`- ${note}`)
    if (r.notes.length > 0) lines.push("")
  }
  return lines.join("\n")
}

/** `--sweep`: each chosen suite that reads the tuning, once per value; prints a table per suite and writes nothing. */
const runSweep = async (sweep: Sweep, chosen: readonly Suite[], context: Omit<SuiteContext, "tuning">) => {
  const tunable = chosen.filter((s) => s.tunable)
  if (tunable.length === 0)
    fail(
      `--sweep needs a suite that compares with the tuning; ${chosen.map((s) => s.name).join(", ")} does not (those that do: ${suites
        .filter((s) => s.tunable)
        .map((s) => s.name)
        .join(", ")})`
    )
  const ignored = chosen.filter((s) => !s.tunable)
  if (ignored.length > 0)
    console.warn(`diplo eval: --sweep skips ${ignored.map((s) => s.name).join(", ")} (they do not read the tuning)`)
  if (process.env.DIPLO_DRY_RUN === "1") {
    console.log(
      `diplo eval (dry run): would sweep ${sweep.name} over ${sweep.values.join(", ")} on ${tunable.map((s) => s.name).join(", ")}; a sweep writes no docs`
    )
    return
  }
  for (const suite of tunable) {
    const runs = []
    for (const value of sweep.values) {
      const started = performance.now()
      const result = await suite.run({ ...context, tuning: { [sweep.name]: value } })
      console.warn(
        `diplo eval: ${suite.name} with ${sweep.name}=${value} (${((performance.now() - started) / 1000).toFixed(1)} s)`
      )
      runs.push({ value, result })
    }
    console.log(`\n${suite.name} — ${runs[0]?.result.dataset ?? ""}, sweeping ${sweep.name}`)
    console.table(sweepRows(sweep, runs, fmt))
  }
  console.log("\ndiplo eval: a sweep writes no docs")
}

const main = async () => {
  const context = {
    corpusDir: resolve(flag("corpus") ?? resolve(repoRoot, "../shared/corpus")),
    goldDir: resolve(flag("gold") ?? resolve(repoRoot, "../shared/gold")),
    repoRoot
  }
  const only = flag("only")
  const chosen: readonly Suite[] = only ? suites.filter((s) => s.name === only) : suites
  if (chosen.length === 0) {
    console.error(`diplo eval: no suite named "${only}"; known: ${suites.map((s) => s.name).join(", ")}`)
    process.exit(2)
  }
  if (sweep !== undefined) return runSweep(sweep, chosen, context)
  if (!existsSync(context.corpusDir))
    console.warn(`diplo eval: no corpus at ${context.corpusDir}; scoring what the repo has`)
  if (process.env.DIPLO_DRY_RUN === "1") {
    console.log(
      `diplo eval (dry run): would score ${chosen.map((s) => s.name).join(", ")} with the corpus at ${context.corpusDir} and the gold at ${context.goldDir}${only ? "" : "; docs/evaluation.md is written only when every suite is scored"}`
    )
    return
  }
  const results: SuiteResult[] = []
  for (const suite of chosen) {
    const started = performance.now()
    const result = await suite.run(context)
    results.push(result)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(`\n${result.name} — ${result.dataset} (${seconds} s)`)
    if (result.skipped) console.log(`  skipped: ${result.skipped}`)
    else {
      console.table(
        result.metrics.map((m) => ({
          metric: m.metric,
          diplo: fmt(m.diplo),
          baseline: fmt(m.baseline),
          floor: m.floor ?? ""
        }))
      )
      for (const note of result.notes) console.log(`  - ${note}`)
    }
  }
  let commit = "uncommitted"
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repoRoot, encoding: "utf8" }).trim()
  } catch {}
  const stamp = `${new Date().toISOString().slice(0, 10)}, commit ${commit}${only ? `, --only ${only}` : ""}`
  // The docs hold the figures of a full run: a run that could not score every suite (no corpus) or scored one
  // suite only leaves them as they are, rather than writing "Not scored" over figures that were measured.
  const skipped = results.filter((r) => r.skipped)
  if (!only && skipped.length === 0) {
    writeFileSync(resolve(repoRoot, "docs/evaluation.md"), `${render(results, stamp)}\n`)
    writeFileSync(resolve(repoRoot, "docs/evaluation.json"), `${JSON.stringify({ stamp, results }, null, 2)}\n`)
    console.log("\ndiplo eval: wrote docs/evaluation.md and docs/evaluation.json")
  } else if (!only)
    console.warn(
      `\ndiplo eval: not writing docs/evaluation.md or docs/evaluation.json: ${skipped.length} of ${results.length} suites were not scored (${skipped.map((r) => r.name).join(", ")}); the figures there stay as they were`
    )
  const below = results.flatMap((r) =>
    r.metrics
      .filter((m) => m.floor !== undefined && m.diplo < m.floor)
      .map((m) => `${r.name}: ${m.metric} ${fmt(m.diplo)} < floor ${fmt(m.floor ?? 0)}`)
  )
  if (below.length > 0) {
    console.error(`\ndiplo eval: below the floor:\n${below.join("\n")}`)
    process.exit(1)
  }
}

main().catch((error: unknown) => {
  console.error(`diplo eval: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
