/**
 * npm run bench: times diplo on real prose (the warm 1,000-word pair, growth with length and with sources, the
 * cold start of `diplo compare`) against wink-nlp's bare tokenization, writes docs/performance.md and prints the
 * aims with what was measured. It reports; it does not fail on a missed aim.
 * Flags: --corpus DIR (default ../shared/corpus), --out FILE (default docs/performance.md), --stories N (articles of
 * the stories bench's collection, default 10,000), --only stories (the stories cases alone, printed; written to
 * --out only when given).
 * Internal: --case JSON runs one case and prints its result (the parent spawns one child per case).
 */
import { execFileSync, spawnSync } from "node:child_process"
import { writeFileSync } from "node:fs"
import os from "node:os"
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { exampleFiles } from "../example-files.js"
import { loadProse } from "./prose.js"
import { type BenchReport, type ColdStart, formatMs, renderMarkdown, renderSummary } from "./render.js"
import type { CaseResult, CaseSpec, ColdResult, CompareResult, HeadlineResult } from "./results.js"
import { median } from "./stats.js"

const self = fileURLToPath(import.meta.url)
const repoRoot = resolve(dirname(self), "../../../..")
const RESULT = "BENCH_RESULT "

const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const corpusDir = resolve(flag("corpus") ?? resolve(repoRoot, "../shared/corpus"))

// DIPLO_DRY_RUN=1: say what would be measured and stop (the test of the README's commands; a run takes minutes).
if (process.env.DIPLO_DRY_RUN === "1" && flag("case") === undefined) {
  console.log(
    `diplo bench (dry run): would measure with the corpus at ${corpusDir} and write ${flag("out") ?? "docs/performance.md"}`
  )
  process.exit(0)
}

const LENGTHS = [1000, 2000, 5000, 10_000, 20_000, 50_000]
const SOURCE_COUNTS = [2, 4, 8, 16, 32]
const SOURCE_WORDS = 800
/** Articles of the stories bench's main collection (--stories N to change it). */
const STORIES_ARTICLES = Number(flag("stories") ?? 10_000)
const CASE_BUDGET_MS = 4000
/** Stage-by-stage runs per case: each costs as much as a comparison, so the largest cases get none. */
const stageRunsFor = (sources: number, words: number): number =>
  sources * words > 20_000 ? 0 : sources * words > 10_000 ? 1 : 2

const say = (line: string) => process.stderr.write(`bench: ${line}\n`)

/** Runs one case in a child process: its own heap, its own peak RSS. */
const inChild = (spec: CaseSpec): CaseResult => {
  // --expose-gc lets a case collect the analyzer's garbage before it times the tokenization floor.
  const args = ["--expose-gc", self, "--case", JSON.stringify(spec), "--corpus", corpusDir]
  const child = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, DOTENV_CONFIG_QUIET: "true" }
  })
  const line = child.stdout
    .split("\n")
    .reverse()
    .find((l) => l.startsWith(RESULT))
  if (child.status !== 0 || line === undefined)
    throw new Error(`diplo bench: the case ${JSON.stringify(spec)} failed (exit ${child.status ?? child.signal})`)
  return JSON.parse(line.slice(RESULT.length)) as CaseResult
}

const compareCase = (sources: number, words: number): CompareResult => {
  const result = inChild({
    kind: "compare",
    sources,
    words,
    budgetMs: CASE_BUDGET_MS,
    minRuns: words >= 50_000 ? 1 : 2,
    maxRuns: 15,
    stageRuns: stageRunsFor(sources, words)
  })
  if (result.kind !== "compare") throw new Error("diplo bench: a compare case returned another kind of result")
  say(
    `${sources} sources × ${words} words: median ${formatMs(median(result.times.wall))} wall, ${formatMs(median(result.times.cpu))} CPU over ${result.times.wall.length} run${result.times.wall.length === 1 ? "" : "s"}, peak RSS ${Math.round(result.maxRss / 1e6)} MB`
  )
  return result
}

/** Wall ms of `node args...` from spawn to exit, `runs` times after one uncounted run. */
const coldStart = (command: string, args: readonly string[], runs: number): ColdStart => {
  const once = () => {
    const start = performance.now()
    const child = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] })
    return { ms: performance.now() - start, status: child.status }
  }
  once()
  const results = Array.from({ length: runs }, once)
  const result = { command, times: results.map((r) => r.ms), exitCode: results.at(-1)?.status ?? null }
  say(`cold start \`${command}\`: median ${formatMs(median(result.times))}`)
  return result
}

const git = (args: readonly string[]): string => {
  try {
    return execFileSync("git", args, { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()
  } catch {
    return ""
  }
}

/** `diplo stories` on collections made from the corpora: clustering at n and 4n, the whole run at n/4 and n. */
const storiesCases = async (): Promise<string> => {
  const { renderStories } = await import("./stories.js")
  const specs = [
    { what: "cluster", articles: STORIES_ARTICLES },
    { what: "cluster", articles: STORIES_ARTICLES * 4 },
    { what: "run", articles: STORIES_ARTICLES / 4 },
    { what: "run", articles: STORIES_ARTICLES }
  ] as const
  const results = specs.map((s) => {
    const result = inChild({ kind: "stories", ...s })
    if (result.kind !== "stories") throw new Error("diplo bench: a stories case returned another kind of result")
    say(
      `stories ${s.what} on ${result.articles} articles: ${formatMs(result.wallMs)} wall, ${formatMs(result.cpuMs)} CPU, ${result.stories} stories, ${result.compared} compared, peak RSS ${Math.round(result.maxRss / 1e6)} MB`
    )
    return result
  })
  return renderStories(results)
}

const main = async () => {
  if (flag("only") === "stories") {
    say("diplo stories: clustering and whole runs")
    const section = await storiesCases()
    const target = flag("out")
    if (target !== undefined) writeFileSync(resolve(target), section)
    console.log(section)
    return
  }
  const started = performance.now()
  const loadAtStart = os.loadavg()[0] ?? 0
  const prose = loadProse(corpusDir, repoRoot)
  if (prose.fallback) say(`BASIL not found under ${corpusDir}; timing the example pair repeated instead`)

  say("the 1,000-word pair: latency, stages, reading, floors, profile")
  const headline = inChild({ kind: "headline", words: 1000 }) as HeadlineResult
  say(
    `1,000-word pair: median ${formatMs(median(headline.times.wall))} wall, ${formatMs(median(headline.times.cpu))} CPU`
  )
  say("growth with article length")
  const lengths = LENGTHS.map((words) => compareCase(2, words))
  say("growth with the number of sources")
  const sources = SOURCE_COUNTS.map((count) => compareCase(count, SOURCE_WORDS))
  say("cold start")
  const cli = "apps/report/dist/bin.js"
  const pair = exampleFiles(repoRoot).articles
  // Two processes for the timings, a third for the profile of its first comparison.
  const coldSteps = [false, false, true].map((profile) => inChild({ kind: "cold", paths: pair, profile }) as ColdResult)
  const coldStarts = [
    coldStart(`diplo compare ${pair.join(" ")}`, [cli, "compare", ...pair], 4),
    coldStart("diplo --help", [cli, "--help"], 5),
    coldStart("node -e 0", ["-e", "0"], 5)
  ]

  say("diplo stories: clustering and whole runs")
  const storiesSection = await storiesCases()

  const sha = git(["rev-parse", "--short", "HEAD"])
  const dirty = git(["status", "--porcelain"]) !== ""
  const report: BenchReport = {
    stamp: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    commit: sha === "" ? "unknown" : `${sha}${dirty ? " with uncommitted changes" : ""}`,
    machine: {
      cores: os.availableParallelism(),
      cpu: os.cpus()[0]?.model.trim() ?? "unknown",
      totalMemory: os.totalmem(),
      node: process.version,
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      load: [loadAtStart, os.loadavg()[0] ?? 0]
    },
    origin: prose.origin,
    fallback: prose.fallback,
    headline,
    lengths,
    sources,
    coldStarts,
    coldSteps,
    seconds: (performance.now() - started) / 1000
  }
  const out = resolve(flag("out") ?? resolve(repoRoot, "docs/performance.md"))
  writeFileSync(out, `${renderMarkdown(report).trimEnd()}\n\n${storiesSection}`)
  console.log(renderSummary(report))
  console.log(
    `\nWrote ${out} (${Math.round(report.seconds)} s).${prose.fallback ? " Texts: the example pair repeated (BASIL not found)." : ""}`
  )
}

const runChild = async (json: string) => {
  const spec = JSON.parse(json) as CaseSpec
  // Only the cold case runs without the analyzer loaded: it times that import.
  const result =
    spec.kind === "cold"
      ? await (await import("./cold.js")).runCold(spec, repoRoot)
      : spec.kind === "stories"
        ? await (await import("./stories.js")).runStoriesCase(spec, corpusDir, repoRoot)
        : await (await import("./cases.js")).runCase(spec, loadProse(corpusDir, repoRoot), repoRoot)
  process.stdout.write(`${RESULT}${JSON.stringify(result)}\n`)
}

const spec = flag("case")
;(spec === undefined ? main() : runChild(spec)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
