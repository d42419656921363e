import { spawnSync } from "node:child_process"
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

// Every command shown in README.md's shell blocks and in the examples of `diplo --help`, run exactly as written.
// It runs after turbo's tasks (npm test = turbo ... && npm run test:commands), not beside them: `npm run demo` and
// `npm run eval` build with turbo, which rewrites dist/ folders that the packages' tests run.
//
// Not run, and why:
// - `npm ci` would delete and reinstall node_modules under this very test; checked: the lock file is there.
// - `npm test` is the command that runs this test; checked: its script runs turbo's tasks and then this file.
// - `npm run eval` (every suite, minutes, and it may rewrite docs/) and `npm run bench` (minutes; rewrites
//   docs/performance.md) run with DIPLO_DRY_RUN=1: the scripts parse their flags, say what they would run, and
//   stop. That checks that the command and its flags reach the script (turbo once swallowed them).
// Commands that write files (`--out comparison.json`) run in a scratch folder that mirrors the repository by links.

const ROOT = fileURLToPath(new URL("../", import.meta.url))
const BIN = join(ROOT, "apps/report/dist/bin.js")
const ENV = { ...process.env, DOTENV_CONFIG_QUIET: "true", TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" }
const A = "examples/antonov-2021/a-2021-03-18.txt"
const B = "examples/antonov-2021/b-2021-03-22.txt"

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

const sh = (command: string, cwd: string, env: NodeJS.ProcessEnv = ENV): Run => {
  const run = spawnSync("sh", ["-c", command], { cwd, env, encoding: "utf8", input: "", timeout: 240_000 })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** The commands of a Markdown file's sh blocks: one a line, comments and blank lines left out. */
const shellCommands = (markdown: string): string[] =>
  [...markdown.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```$/gm)].flatMap((block) =>
    (block[1] ?? "")
      .split("\n")
      .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
      .filter((line) => line !== "")
  )

/** The example commands of a help text (the lines under EXAMPLES that start with the command's name). */
const helpExamples = (help: string): string[] => {
  const at = help.indexOf("\nEXAMPLES\n")
  if (at < 0) return []
  return help
    .slice(at)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("diplo "))
}

let scratch: string
let mirror: string
beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`build first (npm run build): ${BIN} is missing`)
  scratch = mkdtempSync(join(tmpdir(), "diplo-commands-"))
  // The repository seen through links, so a command's output files land here and never in the clone.
  mirror = join(scratch, "repo")
  mkdirSync(mirror)
  for (const entry of ["apps", "packages", "examples", "node_modules", "package.json"])
    symlinkSync(join(ROOT, entry), join(mirror, entry))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe("the commands of README.md", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8")
  const commands = shellCommands(readme)

  it("are the ones this test knows how to check (a new one needs a check here)", () => {
    expect(commands).toEqual([
      "npm ci && npm run demo",
      "npm test",
      `npx diplo compare ${A} ${B}`,
      "npx diplo compare examples/antonov-2021/ --format json --out comparison.json",
      "npx diplo compare examples/antonov-2021/ --format html --out report.html",
      "npx diplo compare examples/antonov-2021/ --format csv > findings.csv",
      "npx diplo compare --help",
      "npx diplo stories apps/report/test/fixtures/stories/feeds --out stories/",
      "npx diplo stories apps/report/test/fixtures/stories/feeds/wire.jsonl --out wire/ --skip-bad",
      "npm run eval",
      "npm run eval -- --only example",
      "npm run eval -- --corpus ../shared/corpus --gold ../shared/gold",
      "npm run bench"
    ])
  })

  it("npm ci: not run (it would reinstall node_modules under this test); the lock file it installs from is there", () => {
    const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { lockfileVersion: number }
    expect(lock.lockfileVersion).toBe(3)
  })

  it("npm run demo prints the report of the example pair, the reviewed one byte for byte", () => {
    // --silent drops npm's own banner; the build's summary goes to stderr, so stdout is the report alone.
    const run = sh("npm run demo --silent", ROOT)
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(readFileSync(join(ROOT, "apps/report/test/fixtures/antonov-2021.report.md"), "utf8"))
    // As written, without --silent: npm's own lines come first, then the same report.
    const written = sh("npm run demo", ROOT)
    expect(written.code).toBe(0)
    expect(written.stdout.endsWith(run.stdout)).toBe(true)
  })

  it("npm test: not run (it runs this test); its script runs every package's tasks, then these commands", () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>
    }
    expect(scripts.test).toBe("turbo run build typecheck lint test && npm run test:commands")
    expect(scripts["test:commands"]).toContain("vitest run --config test/vitest.config.ts")
  })

  it("npx diplo compare A B prints a Markdown report", () => {
    const run = sh(`npx diplo compare ${A} ${B}`, mirror)
    expect([run.code, run.stderr]).toEqual([0, ""])
    expect(run.stdout).toContain("\n## Sources\n")
    expect(run.stdout).toContain(`| A | TASS | 2021-03-18 | ${A} |`)
  })

  it("npx diplo compare DIR --format json --out comparison.json writes the comparison, and nothing on stdout", () => {
    const run = sh("npx diplo compare examples/antonov-2021/ --format json --out comparison.json", mirror)
    expect([run.code, run.stdout, run.stderr]).toEqual([0, "", ""])
    const written = JSON.parse(readFileSync(join(mirror, "comparison.json"), "utf8")) as { sources: { path: string }[] }
    expect(written.sources.map((s) => s.path)).toEqual([
      "examples/antonov-2021/a-2021-03-18.txt",
      "examples/antonov-2021/b-2021-03-22.txt"
    ])
  })

  it("npx diplo compare DIR --format html --out report.html writes one page, and nothing on stdout", () => {
    const run = sh("npx diplo compare examples/antonov-2021/ --format html --out report.html", mirror)
    expect([run.code, run.stdout, run.stderr]).toEqual([0, "", ""])
    expect(readFileSync(join(mirror, "report.html"), "utf8")).toMatch(/^<!DOCTYPE html>/i)
  })

  it("npx diplo compare DIR --format csv > findings.csv writes the findings, a header and one row each", () => {
    const run = sh("npx diplo compare examples/antonov-2021/ --format csv > findings.csv", mirror)
    expect([run.code, run.stderr]).toEqual([0, ""])
    const lines = readFileSync(join(mirror, "findings.csv"), "utf8").trimEnd().split("\r\n")
    expect(lines[0]).toBe("story,id,kind,type,severity,salience,sources,outlets,summary,evidence")
    expect(lines.length).toBeGreaterThan(1)
  })

  it("npx diplo stories FOLDER --out stories/ writes the index, its report and the findings table", () => {
    const run = sh("npx diplo stories apps/report/test/fixtures/stories/feeds --out stories/", mirror)
    expect(run.code).toBe(0)
    for (const file of ["index.json", "index.md", "findings.csv", "findings.jsonl"])
      expect(existsSync(join(mirror, "stories", file))).toBe(true)
  })

  it("npx diplo stories FILE.jsonl --out wire/ --skip-bad reads JSON Lines", () => {
    const run = sh(
      "npx diplo stories apps/report/test/fixtures/stories/feeds/wire.jsonl --out wire/ --skip-bad",
      mirror
    )
    expect(run.code).toBe(0)
    const index = JSON.parse(readFileSync(join(mirror, "wire", "index.json"), "utf8")) as { stories: unknown[] }
    expect(index.stories.length).toBeGreaterThan(0)
  })

  it("npx diplo compare --help prints the help, in the clone itself too", () => {
    const run = sh("npx diplo compare --help", mirror)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain("--published-at YYYY-MM-DD")
    // The real clone, read-only: npx runs the root package's own bin (package.json "bin"), never the registry.
    const version = sh("npx --no-install diplo --version", ROOT)
    expect([version.code, version.stdout.startsWith("diplo v")]).toEqual([0, true])
  })

  it("npm run eval: checked with DIPLO_DRY_RUN=1 (every suite takes minutes): the script runs and names them all", () => {
    const run = sh("npm run eval", ROOT, { ...ENV, DIPLO_DRY_RUN: "1" })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/diplo eval \(dry run\): would score example, .*newswcl50/)
    expect(run.stdout).toContain("docs/evaluation.md is written only when every suite is scored")
  })

  it("npm run eval -- --only example scores that suite, and writes no docs", () => {
    const before = readFileSync(join(ROOT, "docs/evaluation.md"), "utf8")
    const run = sh("npm run eval -- --only example", ROOT)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/\nexample — /)
    expect(run.stdout).not.toMatch(/\n(?:controlled|basil|newswcl50) — /)
    expect(readFileSync(join(ROOT, "docs/evaluation.md"), "utf8")).toBe(before)
    // The flags reach the script: a suite that does not exist is its error, not turbo's.
    const unknown = sh("npm run eval -- --only nosuch", ROOT)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('diplo eval: no suite named "nosuch"')
    const typo = sh("npm run eval -- --onyl example", ROOT)
    expect([typo.code, typo.stderr.includes('diplo eval: unknown argument "--onyl"')]).toEqual([2, true])
  })

  it("npm run eval -- --corpus DIR --gold DIR: checked with DIPLO_DRY_RUN=1: both folders reach the script", () => {
    const run = sh("npm run eval -- --corpus ../shared/corpus --gold ../shared/gold", ROOT, {
      ...ENV,
      DIPLO_DRY_RUN: "1"
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      `with the corpus at ${resolve(ROOT, "../shared/corpus")} and the gold at ${resolve(ROOT, "../shared/gold")}`
    )
  })

  it("npm run bench: checked with DIPLO_DRY_RUN=1 (minutes, and it rewrites docs/performance.md)", () => {
    const run = sh("npm run bench", ROOT, { ...ENV, DIPLO_DRY_RUN: "1" })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain("diplo bench (dry run): would measure with the corpus at")
  })
})

describe("the examples of diplo --help", () => {
  const help = (args: string) => sh(`node ${JSON.stringify(BIN)} ${args}`, ROOT).stdout
  const examples = ["--help", "compare --help", "demo --help", "schema --help"].flatMap((args) =>
    helpExamples(help(args))
  )

  it("say how to run diplo from a clone", () => {
    expect(help("--help")).toContain("run it as npx diplo")
  })

  it("are the ones this test knows", () => {
    expect(examples).toEqual([
      "diplo compare a.txt b.txt",
      "diplo compare articles/ --format json --out comparison.json",
      "diplo compare a.txt b.txt --format html --out report.html",
      "diplo compare a.txt b.txt --format csv > findings.csv",
      "diplo compare - b.txt < a.txt"
    ])
  })

  it("each runs as written, with diplo on PATH and the files it names in the folder", () => {
    // A user's folder: two articles and a folder of articles; `diplo` on PATH, a launcher of the built bin as
    // `npm install -g` makes one (npm also marks the bin executable, which tsc's output is not).
    const folder = join(scratch, "user")
    const bin = join(scratch, "bin")
    mkdirSync(join(folder, "articles"), { recursive: true })
    mkdirSync(bin)
    writeFileSync(join(bin, "diplo"), `#!/bin/sh\nexec node ${JSON.stringify(BIN)} "$@"\n`, { mode: 0o755 })
    copyFileSync(join(ROOT, A), join(folder, "a.txt"))
    copyFileSync(join(ROOT, B), join(folder, "b.txt"))
    copyFileSync(join(ROOT, A), join(folder, "articles/a.txt"))
    copyFileSync(join(ROOT, B), join(folder, "articles/b.txt"))
    const env = { ...ENV, PATH: `${bin}:${process.env.PATH ?? ""}` }
    for (const example of examples) {
      const run = sh(example, folder, env)
      expect([example, run.code, run.stderr]).toEqual([example, 0, ""])
    }
    expect(JSON.parse(readFileSync(join(folder, "comparison.json"), "utf8")).sources).toHaveLength(2)
  })
})
