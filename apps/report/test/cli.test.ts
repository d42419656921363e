import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { comparePromise } from "@diplo/analyzer"
import { parseComparison } from "@diplo/model"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { renderMarkdown } from "../src/render/markdown/index.js"
import { sectionsOf, tablesOf } from "./markdown-check.js"
import { diplo, MAIN, ROOT, type Run } from "./run.js"

// End to end: the BUILT command (npm run build first), run as a user runs it.
const A = "examples/antonov-2021/a-2021-03-18.txt"
const B = "examples/antonov-2021/b-2021-03-22.txt"

/** A failure a user can act on: exit 2, nothing on stdout, one `diplo:` line naming the problem, no stack. */
const expectUsageError = (run: Run, ...words: string[]) => {
  expect(run.code).toBe(2)
  expect(run.stdout).toBe("")
  expect(run.stderr.startsWith("diplo: ")).toBe(true)
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1)
  expect(run.stderr).not.toMatch(/^\s+at /m)
  for (const w of words) expect(run.stderr).toContain(w)
}

let work: string
beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`build the command first: ${MAIN} is missing`)
  work = mkdtempSync(join(tmpdir(), "diplo-cli-"))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe("the built command", () => {
  it("is the file package.json's bin names, one bundle that runs from its own folder", () => {
    const manifest = join(ROOT, "apps/report/package.json")
    const { bin } = JSON.parse(readFileSync(manifest, "utf8")) as { bin: { diplo: string } }
    expect(resolve(dirname(manifest), bin.diplo)).toBe(MAIN)
    expect(readFileSync(MAIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true)
    const help = diplo(["--help"])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain("compare")
  })
})

describe("diplo compare on the example pair", () => {
  const run = diplo(["compare", A, B])

  it("prints a Markdown report with every section and exits 0", () => {
    expect(run.stderr).toBe("")
    expect(run.code).toBe(0)
    expect(sectionsOf(run.stdout)).toEqual(
      expect.arrayContaining(["Sources", "At a glance", "Timeline", "Actors", "Agreements", "Discrepancies"])
    )
    expect(sectionsOf(run.stdout)).toEqual(
      expect.arrayContaining(["Framing differences", "Voice balance", "Omissions", "How this was made"])
    )
    const sources = tablesOf(run.stdout)[0]!
    expect(sources.rows.map((r) => r.slice(0, 4))).toEqual([
      ["A", "TASS", "2021-03-18", A],
      ["B", "unknown", "2021-03-22", B]
    ])
  })

  it("gives byte-identical output on a second run", () => {
    expect(diplo(["compare", A, B]).stdout).toBe(run.stdout)
  })

  it("puts no absolute path in the report", () => {
    expect(run.stdout).not.toContain(ROOT)
  })
})

describe("diplo compare --format json", () => {
  it("prints a comparison the model accepts, with the paths as given", () => {
    const run = diplo(["compare", A, B, "--format", "json", "--title", "Two reports"])
    expect(run.code).toBe(0)
    const parsed = parseComparison(JSON.parse(run.stdout))
    expect(parsed.success).toBe(true)
    if (!parsed.success) return
    expect(parsed.data.title).toBe("Two reports")
    expect(parsed.data.sources.map((s) => [s.id, s.path, s.publishedAt])).toEqual([
      ["A", A, "2021-03-18"],
      ["B", B, "2021-03-22"]
    ])
    expect(run.stdout.endsWith("}\n")).toBe(true)
  })
})

describe("inputs", () => {
  it("reads one article from standard input with -", () => {
    const run = diplo(["compare", A, "-", "--format", "json"], readFileSync(join(ROOT, B), "utf8"))
    expect(run.code).toBe(0)
    const comparison = JSON.parse(run.stdout) as { sources: { path: string | null; publishedAt: string | null }[] }
    expect(comparison.sources.map((s) => s.path)).toEqual([A, null])
    expect(comparison.sources[1]!.publishedAt).toBe("2021-03-22")
  })

  it("takes a directory as its article files, sorted by name, skipping other files", () => {
    const dir = join(work, "articles")
    mkdirSync(dir)
    writeFileSync(join(dir, "b.txt"), readFileSync(join(ROOT, B)))
    writeFileSync(join(dir, "a.md"), readFileSync(join(ROOT, A)))
    writeFileSync(join(dir, "notes.pdf"), "not an article")
    writeFileSync(join(dir, ".hidden.txt"), "")
    const run = diplo(["compare", dir, "--format", "json"])
    expect(run.stderr).toBe("")
    const comparison = JSON.parse(run.stdout) as { sources: { path: string }[] }
    expect(comparison.sources.map((s) => s.path)).toEqual([join(dir, "a.md"), join(dir, "b.txt")])
  })

  it("refuses a missing file, naming it", () => {
    expectUsageError(diplo(["compare", "no-such-article.txt", A]), "no-such-article.txt", "no such file")
  })

  it("refuses a single source", () => {
    expectUsageError(diplo(["compare", A]), "at least two", A)
  })

  it("refuses an empty file, naming it", () => {
    const empty = join(work, "empty.txt")
    writeFileSync(empty, "")
    expectUsageError(diplo(["compare", A, empty]), empty, "empty")
  })

  it("refuses a file larger than --max-bytes, naming it", () => {
    expectUsageError(diplo(["compare", A, B, "--max-bytes", "1000"]), A, "larger than 1000 bytes")
  })

  it("refuses a directory with no article files", () => {
    const dir = join(work, "nothing-here")
    mkdirSync(dir)
    writeFileSync(join(dir, "image.png"), "")
    expectUsageError(diplo(["compare", dir, A]), dir, "no article files")
  })
})

describe("flags", () => {
  it("refuses an unknown flag in one line", () => {
    expectUsageError(diplo(["compare", A, B, "--bogus"]), "--bogus")
  })

  it("refuses an unknown format", () => {
    expectUsageError(diplo(["compare", A, B, "--format", "xml"]), "xml")
  })

  it("refuses a bad --published-at, saying when the day does not exist", () => {
    const run = diplo(["compare", A, B, "--published-at", "2021-02-30"])
    expectUsageError(run)
    expect(run.stderr).toBe(
      'diplo: --published-at must be a day as YYYY-MM-DD, got "2021-02-30", which does not exist (February 2021 has 28 days)\n'
    )
    expect(diplo(["compare", A, B, "--published-at", "18.03.2021"]).stderr).toBe(
      'diplo: --published-at must be a day as YYYY-MM-DD, got "18.03.2021"\n'
    )
  })

  it("warns about an article without a date, and --published-at gives it one", () => {
    const undated = join(work, "undated.txt")
    writeFileSync(undated, readFileSync(join(ROOT, B), "utf8").replace(/^ date \S+ /, ""))
    const warned = diplo(["compare", A, undated])
    expect(warned.code).toBe(0)
    expect(warned.stderr).toBe(
      `diplo: warning: ${undated}: no publication date: plain text states none (a first line "Date: YYYY-MM-DD" gives one); relative dates such as "on Wednesday" stay unresolved (give one with --published-at YYYY-MM-DD)\n`
    )
    expect(diplo(["compare", A, undated, "--published-at", "2021-03-22"]).stderr).toBe("")
  })

  it("prints help and the version of package.json", () => {
    const help = diplo(["--help"])
    expect(help.code).toBe(0)
    for (const command of ["compare", "demo", "schema"]) expect(help.stdout).toContain(command)
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"))
    expect(diplo(["--version"]).stdout.trim()).toBe(`diplo v${version}`)
    expect(diplo(["compare", "--help"]).stdout).toContain("--max-bytes")
  })
})

describe("--out", () => {
  it("writes the report to a new file and nothing to stdout", () => {
    const out = join(work, "out", "report.md")
    mkdirSync(join(work, "out"))
    const run = diplo(["compare", A, B, "--out", out])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe("")
    expect(readFileSync(out, "utf8")).toBe(diplo(["compare", A, B]).stdout)
    expect(readdirSync(join(work, "out"))).toEqual(["report.md"])
  })

  it("never overwrites an input, even through another spelling of its path", () => {
    const before = readFileSync(join(ROOT, A))
    expectUsageError(diplo(["compare", A, B, "--out", `./${A}`]), "one of the inputs")
    expect(readFileSync(join(ROOT, A)).equals(before)).toBe(true)
  })

  it("fails with exit 1 when the directory does not exist", () => {
    const run = diplo(["compare", A, B, "--out", join(work, "missing-dir", "r.md")])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^diplo: .*missing-dir.*cannot write the report/)
    expect(run.stderr).not.toMatch(/^\s+at /m)
  })
})

describe("demo and schema", () => {
  it("runs the bundled example and prints the reviewed report, byte for byte", async () => {
    const run = diplo(["demo"])
    expect(run.code).toBe(0)
    expect(run.stdout.startsWith("# ")).toBe(true)
    expect(run.stdout).toContain("examples/antonov-2021/a-2021-03-18.txt")
    // The same bytes as the in-process API renders (not the snapshot file report.test.ts owns).
    const inputs = [A, B].map((path) => ({ path, content: readFileSync(join(ROOT, path)) }))
    const comparison = await comparePromise(inputs, { title: "diplo demo: the bundled example pair" })
    expect(run.stdout).toBe(renderMarkdown(comparison))
  })

  it("prints the JSON Schema of the comparison", () => {
    const run = diplo(["schema"])
    expect(run.code).toBe(0)
    const schema = JSON.parse(run.stdout) as Record<string, unknown>
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema")
  })
})
