import { createHash } from "node:crypto"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type Comparison, parseComparison } from "@diplo/model"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { renderHtml } from "../src/render/html/index.js"
import { PAGE_SCRIPT } from "../src/render/html/Script.js"
import { type Mark, segment } from "../src/render/html/Segments.js"
import { PAGE_STYLE } from "../src/render/html/Style.js"
import { findingRows, renderCsv } from "../src/render/Table.js"
import { loadFixture } from "./fixture.js"
import { diplo, MAIN } from "./run.js"

// The HTML page as text: what it promises without a browser (html.browser.test.ts drives it in Chromium).

const parse = (raw: unknown): Comparison => {
  const parsed = parseComparison(raw)
  if (!parsed.success) throw parsed.error
  return parsed.data
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" }
const decode = (html: string): string => html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]!)

/** The text each column shows: its text box with the marks' tags taken out and the entities read. */
const columnTexts = (html: string): string[] =>
  [...html.matchAll(/<div class="text"[^>]*>([\s\S]*?)<\/div>\n<\/section>/g)].map((m) =>
    decode(m[1]!.replace(/<\/?span[^>]*>/g, ""))
  )

describe("the text of a source cut into marked runs", () => {
  const marks = (length: number) =>
    fc.array(
      fc.record({
        start: fc.nat({ max: length }),
        end: fc.nat({ max: length }),
        kind: fc.constantFrom<Mark["kind"]>("alignment", "finding"),
        index: fc.nat({ max: 5 })
      }),
      { maxLength: 12 }
    )

  it("covers the text once, in order, and every run knows exactly the marks over it", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 60 }).chain((length) => fc.tuple(fc.constant(length), marks(length))),
        ([length, raw]) => {
          const list: Mark[] = raw.map((m) => ({ ...m, end: Math.max(m.start, m.end) }))
          const runs = segment(length, list)
          let at = 0
          for (const run of runs) {
            expect(run.start).toBe(at)
            at = run.end
          }
          expect(at).toBe(length)
          for (const run of runs.filter((r) => r.end > r.start)) {
            const over = (kind: Mark["kind"]) =>
              [
                ...new Set(
                  list.filter((m) => m.kind === kind && m.start <= run.start && m.end >= run.end && m.end > m.start)
                )
              ]
                .map((m) => m.index)
                .filter((v, i, all) => all.indexOf(v) === i)
                .sort((a, b) => a - b)
            expect(run.alignments).toEqual(over("alignment"))
            expect(run.findings).toEqual(over("finding"))
          }
          // An empty mark keeps a place of its own, so its finding can still be scrolled to.
          for (const m of list.filter((x) => x.start === x.end && x.kind === "finding"))
            expect(runs.some((r) => r.start === m.start && r.end === m.start && r.findings.includes(m.index))).toBe(
              true
            )
        }
      ),
      { numRuns: 200, seed: 20260401 }
    )
  })
})

describe("renderHtml of the hand-built example comparison", () => {
  const comparison = loadFixture()
  const html = renderHtml(comparison)

  it("gives the same bytes every time, for the same comparison", () => {
    expect(renderHtml(structuredClone(comparison))).toBe(html)
    expect(renderHtml(parse(JSON.parse(JSON.stringify(comparison))))).toBe(html)
    expect(html.startsWith("<!doctype html>\n")).toBe(true)
    expect(html.endsWith("</html>\n")).toBe(true)
  })

  it("shows every source's text exactly, in one column each", () => {
    expect(columnTexts(html)).toEqual(comparison.sources.map((s) => s.text))
  })

  it("lists every finding in the comparison's order, with its severity and salience", () => {
    const items = [
      ...html.matchAll(/<li class="finding" id="f-(\d+)"[^>]*data-severity="(\w+)">\n<p[\s\S]*?salience ([\d.]+)</g)
    ]
    expect(items.map((m) => [Number(m[1]), m[2], Number(m[3])])).toEqual(
      comparison.findings.map((f, i) => [i, f.severity, Math.round(f.salience * 100) / 100])
    )
  })

  it("is self-contained: no address to fetch, and a policy that forbids fetching and names its script and style", () => {
    expect(html).not.toMatch(/\s(?:src|href|action|srcset|poster|data)="(?!#)/)
    expect(html).not.toMatch(/<(?:link|iframe|object|embed|img|base)\b/)
    expect(`${PAGE_STYLE}${PAGE_SCRIPT}`).not.toMatch(
      /url\(|@import|https?:|fetch\(|XMLHttpRequest|innerHTML|insertAdjacentHTML|outerHTML|document\.write|eval\(/
    )
    const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain(`script-src ${hash(PAGE_SCRIPT)}`)
    expect(policy).toContain(`style-src ${hash(PAGE_STYLE)}`)
    expect(html).toContain(`<script>${PAGE_SCRIPT}</script>`)
    expect(html).toContain(`<style>${PAGE_STYLE}</style>`)
    expect(html.match(/<script\b/g)).toHaveLength(1)
  })

  it("has a page script that parses", () => {
    expect(() => new Function(PAGE_SCRIPT)).not.toThrow()
  })

  it("draws the timeline: one row per source, an event mark per dated day it reports", () => {
    const svg = /<svg class="timeline"[\s\S]*?<\/svg>/.exec(html)![0]
    expect(svg.match(/<g class="row">/g)).toHaveLength(comparison.sources.length)
    const days = (sourceId: string) =>
      new Set(
        comparison.events
          .filter((e) => e.date !== null && e.mentions.some((m) => m.sourceId === sourceId))
          .map((e) => e.date)
      ).size
    expect(svg.match(/<g class="mark">/g)).toHaveLength(days("A") + days("B"))
    expect(svg.match(/<g class="published">/g)).toHaveLength(2)
    expect(svg).toContain("<title>A (TASS) published 2021-03-18</title>")
  })
})

describe("renderHtml of hostile text", () => {
  const attack = `<script>alert("x")</script><img src=x onerror='alert(1)'> & &amp; "q" 'q' </div></section>`
  const base = loadFixture()
  const comparison = parse({
    ...base,
    title: `</title>${attack}`,
    sources: base.sources.map((s) => ({ ...s, outlet: attack, title: attack, path: attack })),
    actors: base.actors.map((a) => ({ ...a, name: attack })),
    findings: base.findings.map((f) => ({ ...f, summary: attack }))
  })
  const html = renderHtml(comparison)

  it("never lets it open a tag, and shows it as written", () => {
    expect(html.match(/<script\b/g)).toHaveLength(1)
    expect(html).not.toMatch(/<img|<\/title>[^\n]*<\/title>|onerror='/)
    const escaped =
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt; &amp; &amp;amp;"
    expect(html).toContain(`<title>&lt;/title&gt;${escaped}`)
    expect(html).toContain(`<p class="summary">${escaped}`)
    expect(columnTexts(html)).toEqual(comparison.sources.map((s) => s.text))
  })
})

// Each test runs the built command a few times: on a loaded two-core machine one run can take seconds.
describe("diplo --format html and csv (the built command)", { timeout: 120_000 }, () => {
  let work: string
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`build the command first: ${MAIN} is missing`)
    work = mkdtempSync(join(tmpdir(), "diplo-html-cli-"))
  })
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it("prints the page of the comparison that --format json prints, the same bytes on every run", () => {
    const first = diplo(["demo", "--format", "html"])
    const again = diplo(["demo", "-f", "html"])
    const json = diplo(["demo", "--format", "json"])
    expect(first.stderr).toBe("")
    expect(first.code).toBe(0)
    expect(again.stdout).toBe(first.stdout)
    expect(first.stdout).toBe(renderHtml(parse(JSON.parse(json.stdout))))
  })

  it("writes the page with --out", () => {
    const out = join(work, "report.html")
    const run = diplo([
      "compare",
      "examples/antonov-2021/a-2021-03-18.txt",
      "examples/antonov-2021/b-2021-03-22.txt",
      "--format",
      "html",
      "--out",
      out
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe("")
    expect(readFileSync(out, "utf8")).toMatch(/^<!doctype html>\n[\s\S]*<\/html>\n$/)
  })

  it("prints the findings as CSV, one row each", () => {
    const csv = diplo(["demo", "--format", "csv"])
    const json = diplo(["demo", "--format", "json"])
    expect(csv.code).toBe(0)
    const comparison = parse(JSON.parse(json.stdout))
    expect(csv.stdout).toBe(renderCsv(findingRows(comparison)))
    expect(csv.stdout.split("\r\n")[0]).toBe("story,id,kind,type,severity,salience,sources,outlets,summary,evidence")
    expect(csv.stdout.split("\r\n")).toHaveLength(comparison.findings.length + 2)
  })

  it("names every format in the help and in the error for an unknown one", () => {
    const help = diplo(["compare", "--help"])
    expect(help.stdout).toMatch(/html: one self-contained page/)
    expect(help.stdout).toMatch(/csv: the findings, one row each/)
    const bad = diplo(["compare", "a.txt", "b.txt", "--format", "pdf"])
    expect(bad.code).toBe(2)
    expect(bad.stdout).toBe("")
    expect(bad.stderr).toBe(
      'diplo: Invalid value for flag --format: "pdf". Expected: "md" | "json" | "html" | "csv" (see diplo compare --help)\n'
    )
  })
})
