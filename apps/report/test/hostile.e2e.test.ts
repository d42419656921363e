import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { diplo, MAIN, ROOT } from "./run.js"

// The BUILT `diplo` binary on whatever users scraped (issue 7): each bad input gets one `diplo:` line naming the file
// and the problem, exit 2 and no stack trace; odd but readable inputs get a report (exit 0), with a warning where due.
const A = "examples/antonov-2021/a-2021-03-18.txt"
const B = "examples/antonov-2021/b-2021-03-22.txt"

let work: string
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(work, name)
  writeFileSync(path, content)
  return path
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`build the command first: ${MAIN} is missing`)
  work = mkdtempSync(join(tmpdir(), "diplo-hostile-"))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe("diplo compare refuses bad input with exit 2 and one line naming the file and the problem", () => {
  const bad: [string, () => string[], (dir: string) => string][] = [
    [
      "a missing file",
      () => ["compare", join(work, "missing.txt"), A],
      (d) => `${d}/missing.txt: no such file or directory`
    ],
    [
      "a directory with no articles",
      () => {
        mkdirSync(join(work, "no-articles"))
        file("no-articles/photo.png", "")
        return ["compare", join(work, "no-articles"), A]
      },
      (d) => `${d}/no-articles: the directory has no article files (.txt .md .markdown .json .html .htm)`
    ],
    [
      "an empty file",
      () => ["compare", file("empty.txt", ""), A],
      (d) => `${d}/empty.txt: the file is empty (0 bytes); expected the text of a news article`
    ],
    [
      "a whitespace-only file",
      () => ["compare", file("blank.txt", " \n\t\n"), A],
      (d) => `${d}/blank.txt: the file contains only whitespace (4 characters); expected the text of a news article`
    ],
    [
      "binary data",
      () => ["compare", file("data.txt", new Uint8Array([0x01, 0x02, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0, 0, 0])), A],
      (d) =>
        `${d}/data.txt: this looks like binary data, not text (a NUL byte at byte offset 8); expected a text file (UTF-8, or UTF-16 with a byte-order mark).`
    ],
    [
      "an image",
      () => [
        "compare",
        file("image.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])),
        A
      ],
      (d) =>
        `${d}/image.txt: this is a PNG image, not text; expected a text file (UTF-8, or UTF-16 with a byte-order mark).`
    ],
    [
      "a PDF",
      () => ["compare", file("report.pdf.txt", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), A],
      (d) =>
        `${d}/report.pdf.txt: this is a PDF document, not text; expected a text file (UTF-8, or UTF-16 with a byte-order mark). Save the article's text first (for instance with pdftotext, or copy it into a .txt file).`
    ],
    [
      "a date header on a day that does not exist",
      () => ["compare", file("feb30.txt", "Date: 2015-02-30\n\nThe envoy left."), A],
      (d) =>
        `${d}/feb30.txt:1: the date 2015-02-30 in the header does not exist (February 2015 has 28 days); expected a day on the calendar as YYYY-MM-DD`
    ],
    [
      "an empty standard input",
      () => ["compare", A, "-"],
      () => "<stdin>: the file is empty (0 bytes); expected the text of a news article"
    ],
    [
      "invalid UTF-8",
      () => ["compare", file("latin1.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])), A],
      (d) =>
        `${d}/latin1.txt:1: invalid UTF-8 at line 1, byte offset 3 (column 4: byte 0xE9 in "caf\uFFFD ok"); expected a text file (UTF-8, or UTF-16 with a byte-order mark). If it was saved as Latin-1 or Windows-1252, re-save it as UTF-8`
    ],
    [
      "a malformed date header",
      () => ["compare", file("date.txt", " date 2021-13-45 The envoy left."), A],
      (d) =>
        `${d}/date.txt:1: the date 2021-13-45 in the header does not exist (there is no month 13); expected a day on the calendar as YYYY-MM-DD`
    ],
    [
      "a header with no body",
      () => ["compare", file("header.txt", " date 2021-03-18 "), A],
      (d) =>
        `${d}/header.txt:1: the header "date 2021-03-18" is followed by no article text; expected the body after the date`
    ],
    [
      "JSON that fails the article schema",
      () => ["compare", file("bad.json", JSON.stringify({ title: 5, publishedAt: "2021-02-30", text: " " })), A],
      (d) =>
        `${d}/bad.json (field title): the JSON article does not fit the schema (3 problems): title: got 5; expected a string; publishedAt: got "2021-02-30", a day that does not exist (February 2021 has 28 days); expected a date YYYY-MM-DD; text: got " "; expected the article body as a non-empty string`
    ],
    ["a single source", () => ["compare", A], () => `a comparison needs at least two articles, got 1 (${A})`],
    [
      "more sources than --max-sources",
      () => ["compare", A, B, file("c.txt", "The envoy left Washington on Saturday."), "--max-sources", "2"],
      () => "too many articles: 3 (the limit is 2; raise it with --max-sources)"
    ],
    [
      "more bytes than --max-bytes",
      () => ["compare", A, B, "--max-bytes", "2100"],
      () => `${B}: the article is larger than 2100 bytes (raise the limit with --max-bytes)`
    ]
  ]
  for (const [what, args, message] of bad)
    it(`refuses ${what}`, () => {
      const run = diplo(args())
      expect(run.stderr).toBe(`diplo: ${message(work)}\n`)
      expect(run.code).toBe(2)
      expect(run.stdout).toBe("")
    })
})

describe("diplo compare reads odd but readable input", () => {
  it("compares a file with itself into agreements only, and still never writes onto it", () => {
    const run = diplo(["compare", A, A, "--format", "json"])
    expect([run.code, run.stderr]).toEqual([0, ""])
    const findings = (JSON.parse(run.stdout) as { findings: { kind: string }[] }).findings
    expect(findings.length).toBeGreaterThan(0)
    expect(findings.filter((f) => f.kind !== "agreement")).toEqual([])
    const before = readFileSync(join(ROOT, A))
    const refused = diplo(["compare", A, A, "--out", A])
    expect([refused.code, refused.stderr]).toEqual([
      2,
      `diplo: --out ${A} is one of the inputs; refusing to overwrite it\n`
    ])
    expect(readFileSync(join(ROOT, A)).equals(before)).toBe(true)
  })

  it("warns on stderr that a source is not English, and still prints the report with exit 0", () => {
    const german = file(
      "de.txt",
      "Der russische Botschafter in den Vereinigten Staaten wird am Samstag nach Moskau fliegen, um über die Zukunft " +
        "der Beziehungen zu beraten. Das teilte die Botschaft am Mittwoch mit."
    )
    const run = diplo(["compare", german, B])
    expect(run.code).toBe(0)
    expect(run.stdout.startsWith("# ")).toBe(true)
    const [language, date, ...rest] = run.stderr.split("\n")
    expect(language).toMatch(
      new RegExp(
        `^diplo: warning: ${german.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: the text does not look like English \\(\\d+% of its words are English function words, where English news has 30-45%\\); diplo analyses English only, so its findings on this source may be missing or wrong$`
      )
    )
    expect(date).toBe(
      `diplo: warning: ${german}: no publication date: plain text states none (a first line "Date: YYYY-MM-DD" gives one); relative dates such as "on Wednesday" stay unresolved (give one with --published-at YYYY-MM-DD)`
    )
    expect(rest).toEqual([""])
    expect(run.stdout).toContain("\n- Warning on A: the text does not look like English (")
    expect(run.stdout).toContain("\n- Warning on A: no publication date: plain text states none")
    // The report says so too: the warnings are in the comparison.
    const json = JSON.parse(diplo(["compare", german, B, "--format", "json"]).stdout) as {
      sources: { warnings?: { kind: string }[] }[]
    }
    expect(json.sources.map((s) => s.warnings?.map((w) => w.kind))).toEqual([["language", "no-date"], undefined])
    expect(diplo(["compare", A, B]).stderr).toBe("")
  })

  it("reads UTF-16 with a byte-order mark, CRLF and HTML, and 10,000 words without a period", () => {
    const text = readFileSync(join(ROOT, A), "utf8")
    const utf16 = file("utf16.txt", new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]))
    const crlf = file("crlf.txt", text.replace(/\n/g, "\r\n"))
    const html = file(
      "page.html",
      `<html><body><p>${text.replace(/^ date \S+ /, "").replace(/\n\n/g, "</p><p>")}</p></body></html>`
    )
    const words = file(
      "words.txt",
      Array.from({ length: 10_000 }, (_, i) => ["talks", "in", "Moscow"][i % 3]).join(" ")
    )
    for (const input of [utf16, crlf, html, words]) {
      const run = diplo(["compare", input, B, "--format", "json"])
      // The page and the word run carry no date: a warning, not an error.
      const warning = input === html || input === words ? `diplo: warning: ${input}: no publication date` : ""
      expect([input, run.code, run.stderr.slice(0, warning.length)]).toEqual([input, 0, warning])
      expect(run.stderr.split("\n")).toHaveLength(warning === "" ? 1 : 2)
    }
    const plain = diplo(["compare", A, B, "--format", "json"]).stdout
    // The same text, so the same comparison but for the path.
    expect(diplo(["compare", utf16, B, "--format", "json"]).stdout.replaceAll(utf16, A)).toBe(plain)
    expect(diplo(["compare", crlf, B, "--format", "json"]).stdout.replaceAll(crlf, A)).toBe(plain)
    // Seven runs of the command: beside the other packages' tests on two cores they took up to 40 s.
  }, 120_000)
})
