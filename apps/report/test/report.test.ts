import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { type ArticleInput, comparePromise } from "@diplo/analyzer"
import { type Comparison, parseComparison } from "@diplo/model"
import { marked } from "marked"
import { describe, expect, it } from "vitest"
import { renderJson } from "../src/render/Json.js"
import { renderMarkdown } from "../src/render/markdown/index.js"
import { basilInput, HAS_BASIL, loadBasil, NO_BASIL } from "./basil.js"
import { codeBlocks, SECTIONS, sectionsOf, tablesOf } from "./markdown-check.js"
import { specProblems } from "./spec-check.js"

// Whole reports made by the real pipeline, kept as files a reviewer can read (test/fixtures/*.report.md).
const ROOT = fileURLToPath(new URL("../../../", import.meta.url))
const EXAMPLE = ["examples/antonov-2021/a-2021-03-18.txt", "examples/antonov-2021/b-2021-03-22.txt"]
/** The title `diplo demo` gives the example, so the snapshot is byte for byte what the demo prints. */
export const DEMO_TITLE = "diplo demo: the bundled example pair"

/** What a reader of the rendered page sees: the HTML's text, outside code blocks. */
const visibleText = (md: string): string =>
  marked
    .parse(md, { async: false })
    .replace(/<pre>[\s\S]*?<\/pre>/g, "")
    .replace(/<[^>]+>/g, "")

/** The checks every whole report must pass, whatever the articles. */
const expectWellFormed = (md: string, comparison: Comparison) => {
  expect(md.startsWith("# ")).toBe(true)
  expect(sectionsOf(md)).toEqual(SECTIONS)
  // tablesOf throws on a row whose cell count differs from its header's.
  const tables = tablesOf(md)
  expect(tables.length).toBeGreaterThanOrEqual(4)
  for (const t of tables) for (const row of t.rows) expect(row).toHaveLength(t.header.length)
  // Bold and strike marks that CommonMark cannot pair show up as literal ** or ~~ on the page.
  expect(visibleText(md)).not.toMatch(/\*\*|~~/)
  expect(codeBlocks(md, "mermaid").length).toBeLessThanOrEqual(1)
  expect(renderMarkdown(structuredClone(comparison))).toBe(md)
}

const example = async (): Promise<Comparison> => {
  const inputs: ArticleInput[] = EXAMPLE.map((path) => ({ path, content: readFileSync(`${ROOT}${path}`) }))
  return comparePromise(inputs, { title: DEMO_TITLE })
}

describe("the report of the example pair, by the real pipeline", async () => {
  const comparison = await example()
  const md = renderMarkdown(comparison)

  it("matches the reviewed snapshot", async () => {
    await expect(md).toMatchFileSnapshot("./fixtures/antonov-2021.report.md")
  })

  it("is valid GitHub Markdown with well-formed tables, every section and paired marks", () => {
    expectWellFormed(md, comparison)
    const [sources] = tablesOf(md)
    expect(sources!.header.slice(0, 3)).toEqual(["Source", "Outlet", "Published"])
    expect(sources!.rows.map((r) => r[2])).toEqual(["2021-03-18", "2021-03-22"])
  })

  it("shows the summoned/invited wording the issue asks for", () => {
    expect(md).toMatch(/Wording: A \(TASS\) ~~summoned~~ → B \*\*invited\*\*/)
  })

  it("notes that the earlier source predates the later events it is silent about", () => {
    expect(md).toContain("A (TASS) was published on 2021-03-18, before this happened")
  })
})

describe("--format json of the example pair", async () => {
  const comparison = await example()
  const out = renderJson(comparison)
  const json: unknown = out.ok ? JSON.parse(out.text) : null

  it("validates against @diplo/model", () => {
    expect(out.ok).toBe(true)
    const parsed = parseComparison(json)
    expect(parsed.success).toBe(true)
  })

  it("has every field of shared/spec/comparison-json.md, each evidence the slice of its source", () => {
    expect(specProblems(json)).toEqual([])
    const c = json as Comparison
    expect(c.sources.map((s) => [s.id, s.path, s.publishedAt])).toEqual([
      ["A", EXAMPLE[0], "2021-03-18"],
      ["B", EXAMPLE[1], "2021-03-22"]
    ])
    expect(c.findings.length).toBeGreaterThan(0)
    for (const f of c.findings)
      for (const span of f.evidence) {
        const source = c.sources.find((s) => s.id === span.sourceId)!
        expect(source.text.slice(span.start, span.end)).toBe(span.text)
      }
  })

  it("fails the spec check when an evidence span is not its source's slice", () => {
    const broken = structuredClone(json) as Comparison
    const span = broken.findings[0]!.evidence[0]!
    ;(span as { start: number }).start += 1
    expect(specProblems(broken)).toEqual(["findings[0].evidence[0]: text is not the slice of its source"])
  })
})

describe.skipIf(!HAS_BASIL)(
  `the report of the first BASIL dev event, three outlets${HAS_BASIL ? "" : ` (${NO_BASIL})`}`,
  async () => {
    // skipIf still runs this body to collect its tests: read nothing when the corpus is absent.
    if (!HAS_BASIL) {
      it.skip(NO_BASIL, () => {})
      return
    }
    const { triplets, articles } = loadBasil()
    const event = triplets[0]!
    const inputs = Object.values(event.articles).map((a) => basilInput(articles.get(a.article_uuid)!))
    const comparison = await comparePromise(inputs, { title: event.main_event })
    const md = renderMarkdown(comparison)

    it("matches the reviewed snapshot", async () => {
      await expect(md).toMatchFileSnapshot(`./fixtures/basil-${event.triplet_uuid.slice(0, 8)}.report.md`)
    })

    it("is valid GitHub Markdown with well-formed tables, every section and paired marks", () => {
      expectWellFormed(md, comparison)
      expect(tablesOf(md)[0]!.rows.map((r) => r[0])).toEqual(["fox", "nyt", "hpo"])
    })

    it("validates as JSON against the model and the spec", () => {
      const out = renderJson(comparison)
      expect(out.ok).toBe(true)
      if (out.ok) expect(specProblems(JSON.parse(out.text))).toEqual([])
    })
  }
)
