/// <reference lib="dom" />
// The DOM types are for the functions that run in the page (page.evaluate). src/ is built without them
// (tsconfig.build.json), so no Node code can lean on them.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { comparePromise } from "@diplo/analyzer"
import { type Comparison, parseComparison } from "@diplo/model"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { renderHtml } from "../src/render/html/index.js"
import { basilInput, HAS_BASIL, loadBasil, NO_BASIL } from "./basil.js"
import {
  CHROMIUM,
  HAS_CHROMIUM,
  launchChromium,
  NO_CHROMIUM,
  openPage,
  type PageProblems,
  REQUIRE_BROWSER
} from "./browser.js"
import { loadFixture } from "./fixture.js"
import { compareWithBaseline } from "./pixels.js"
import { diplo } from "./run.js"

// The HTML report in headless Chromium, driven as a reader would: click, hover, keys, filters, print, and
// screenshots compared with committed baselines. Every wait is on a condition, never a fixed time; the timeouts
// are long because two loaded cores can make Chromium slow, and all stay below the suite's own.
const SUITE_TIMEOUT = 180_000
const LAUNCH_TIMEOUT = 90_000

let browser: Browser | undefined
let work: string

const parse = (raw: unknown): Comparison => {
  const parsed = parseComparison(raw)
  if (!parsed.success) throw parsed.error
  return parsed.data
}

/** Writes a page to a file and opens it from disk, as a user would, at a viewport size. */
const open = async (name: string, html: string, viewport = { width: 1280, height: 800 }) => {
  const file = join(work, `${name}.html`)
  writeFileSync(file, html)
  if (browser === undefined) throw new Error("the browser did not start")
  return openPage(browser, pathToFileURL(file).href, viewport)
}

const expectClean = (problems: PageProblems) => {
  expect(problems.consoleErrors).toEqual([])
  expect(problems.pageErrors).toEqual([])
  expect(problems.requests).toEqual([])
  expect(problems.failedRequests).toEqual([])
}

/** The characters some spans of one source cover, in text order, each once: what their highlighted runs show. */
const coveredText = (
  comparison: Comparison,
  sourceId: string,
  spans: ReadonlyArray<{ readonly sourceId: string; readonly start: number; readonly end: number }>
): string => {
  const source = comparison.sources.find((s) => s.id === sourceId)!
  const covered = new Array<boolean>(source.text.length).fill(false)
  for (const span of spans)
    if (span.sourceId === sourceId) for (let i = span.start; i < span.end; i++) covered[i] = true
  // The HTML parser reads a carriage return as a line feed; the text shown is the article's otherwise.
  return [...source.text]
    .filter((_, i) => covered[i])
    .join("")
    .replace(/\r\n?/g, "\n")
}

/** What a source's evidence of one finding covers. */
const evidenceText = (comparison: Comparison, findingIndex: number, sourceId: string): string =>
  coveredText(comparison, sourceId, comparison.findings[findingIndex]!.evidence)

/** The text of the highlighted runs of each column, in column order ("" where a column has none). */
const highlighted = (page: Page): Promise<string[]> =>
  page.$$eval(".col", (cols) =>
    cols.map((col) => Array.from(col.querySelectorAll(".text .hit"), (el) => el.textContent ?? "").join(""))
  )

/** Whether the first element matching `selector` in column `col` lies inside the column's visible text box. */
const inView = (page: Page, col: number, selector: string): Promise<boolean> =>
  page.evaluate(
    ([col, selector]) => {
      const column = document.querySelectorAll(".col")[Number(col)]!
      const box = column.querySelector(".text")!.getBoundingClientRect()
      const el = column.querySelector(`.text ${selector}`)
      if (el === null) return false
      const at = el.getBoundingClientRect()
      return at.top >= box.top && at.bottom <= box.bottom && at.bottom > at.top
    },
    [String(col), selector] as const
  )

/**
 * Scrolls column `col` so that the first element matching `selector` is out of sight (below the box when it
 * lies further down than one box height, else above it): then only the page's own scrolling can bring it back.
 */
const scrollAway = (page: Page, col: number, selector: string): Promise<void> =>
  page.evaluate(
    ([col, selector]) => {
      const column = document.querySelectorAll(".col")[Number(col)]!
      const box = column.querySelector(".text")!
      const el = column.querySelector(`.text ${selector}`)!
      const top = el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop
      const bottom = top + el.getBoundingClientRect().height
      box.scrollTop = top > box.clientHeight ? 0 : bottom + 8
    },
    [String(col), selector] as const
  )

/** Waits until the condition, evaluated in the page, holds. */
const until = async (page: Page, condition: string): Promise<void> => {
  await page.waitForFunction(condition, undefined, { timeout: 30_000 })
}

/** The finding (by position) with evidence in every listed source whose evidence starts latest in its sources. */
const deepestFinding = (comparison: Comparison, sourceIds: readonly string[]): number => {
  let best = -1
  let depth = -1
  for (const [i, f] of comparison.findings.entries()) {
    const firsts = sourceIds.map((id) => Math.min(...f.evidence.filter((s) => s.sourceId === id).map((s) => s.start)))
    const shallowest = Math.min(...firsts)
    if (firsts.every(Number.isFinite) && shallowest > depth) [best, depth] = [i, shallowest]
  }
  if (best < 0) throw new Error(`no finding has evidence in all of ${sourceIds.join(", ")}`)
  return best
}

it.runIf(!HAS_CHROMIUM && REQUIRE_BROWSER)("has Chromium to test the HTML report in", () => {
  expect.fail(`no Chromium at ${CHROMIUM}: CI and DIPLO_REQUIRE_BROWSER=1 need it (apt-get install chromium)`)
})

describe.skipIf(!HAS_CHROMIUM)(
  `the HTML report in Chromium${HAS_CHROMIUM ? "" : ` (${NO_CHROMIUM})`}`,
  {
    timeout: SUITE_TIMEOUT
  },
  () => {
    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), "diplo-html-"))
      browser = await launchChromium(LAUNCH_TIMEOUT)
    }, SUITE_TIMEOUT)
    afterAll(async () => {
      await browser?.close()
      rmSync(work, { recursive: true, force: true })
    }, SUITE_TIMEOUT)

    describe("diplo demo --format html (the bundled example, by the built command)", () => {
      let html: string
      let comparison: Comparison
      beforeAll(() => {
        const page = diplo(["demo", "--format", "html"])
        const json = diplo(["demo", "--format", "json"])
        if (page.code !== 0 || json.code !== 0) throw new Error(`diplo demo failed: ${page.stderr}${json.stderr}`)
        html = page.stdout
        comparison = parse(JSON.parse(json.stdout))
      }, SUITE_TIMEOUT)

      it("loads from disk with no console error, no script error and no request", async () => {
        const { page, problems, close } = await open("demo", html)
        try {
          expect(await page.title()).toBe(comparison.title)
          expect(await page.locator(".col:not([hidden])").count()).toBe(2)
          expect(await page.locator(".finding").count()).toBe(comparison.findings.length)
          expect(await page.locator("svg.timeline").count()).toBe(1)
          expectClean(problems)
        } finally {
          await close()
        }
      })

      it("lists the findings in the comparison's order with their severity and salience", async () => {
        const { page, close } = await open("demo-order", html)
        try {
          const heads = await page.$$eval(".finding", (items) =>
            items.map((li) => ({
              severity: li.querySelector(".badge")!.textContent,
              salience: li.querySelector(".salience")!.textContent,
              summary: li.querySelector(".summary")!.textContent
            }))
          )
          expect(heads).toEqual(
            comparison.findings.map((f) => ({
              severity: f.severity,
              salience: `salience ${f.salience.toFixed(2)}`,
              summary: f.summary
            }))
          )
        } finally {
          await close()
        }
      })

      it("shows each source's text exactly, every character once", async () => {
        const { page, close } = await open("demo-text", html)
        try {
          const texts = await page.$$eval(".col .text", (boxes) => boxes.map((b) => b.textContent))
          expect(texts).toEqual(comparison.sources.map((s) => s.text.replace(/\r\n?/g, "\n")))
        } finally {
          await close()
        }
      })

      it("highlights a clicked finding's evidence in both columns, and scrolls both to it", async () => {
        const { page, problems, close } = await open("demo-click", html)
        try {
          const f = deepestFinding(comparison, ["A", "B"])
          // The evidence starts out of sight, so the scroll is the page's doing.
          for (const col of [0, 1]) await scrollAway(page, col, `[data-f~="${f}"]`)
          expect(await inView(page, 0, `[data-f~="${f}"]`)).toBe(false)
          expect(await inView(page, 1, `[data-f~="${f}"]`)).toBe(false)
          await page.click(`#f-${f}`)
          await until(page, `document.querySelectorAll(".text .hit").length > 0`)
          expect(await highlighted(page)).toEqual([evidenceText(comparison, f, "A"), evidenceText(comparison, f, "B")])
          expect(await inView(page, 0, ".hit")).toBe(true)
          expect(await inView(page, 1, ".hit")).toBe(true)
          expect(await page.getAttribute(`#f-${f}`, "aria-selected")).toBe("true")
          expect(await page.textContent("#status")).toContain("evidence in A (TASS), B")
          // Another finding replaces the highlight; Escape clears it.
          await page.click("#f-0")
          expect(await highlighted(page)).toEqual([evidenceText(comparison, 0, "A"), evidenceText(comparison, 0, "B")])
          expect(await page.getAttribute(`#f-${f}`, "aria-selected")).toBe("false")
          await page.keyboard.press("Escape")
          expect(await highlighted(page)).toEqual(["", ""])
          expectClean(problems)
        } finally {
          await close()
        }
      })

      it("every finding's highlight is exactly its evidence", async () => {
        const { page, close } = await open("demo-every", html)
        try {
          for (const i of comparison.findings.keys()) {
            await page.click(`#f-${i}`)
            expect(await highlighted(page), `finding ${i + 1}`).toEqual(
              comparison.sources.map((s) => evidenceText(comparison, i, s.id))
            )
          }
        } finally {
          await close()
        }
      })

      it("filters hide and show findings by kind, severity and type", async () => {
        const { page, problems, close } = await open("demo-filters", html)
        try {
          const shownKinds = () =>
            page.$$eval(".finding:not([hidden])", (items) => items.map((li) => li.getAttribute("data-kind")))
          const all = comparison.findings.map((f) => f.kind)
          const total = all.length
          expect(await shownKinds()).toEqual(all)
          await page.uncheck('input[name="kind"][value="agreement"]')
          expect(await shownKinds()).toEqual(all.filter((k) => k !== "agreement"))
          const left = all.filter((k) => k !== "agreement").length
          expect(await page.textContent("#shown")).toBe(`Showing ${left} of ${total} findings`)
          await page.check('input[name="kind"][value="agreement"]')
          expect(await shownKinds()).toEqual(all)

          await page.uncheck('input[name="severity"][value="info"]')
          const severities = await page.$$eval(".finding:not([hidden])", (items) =>
            items.map((li) => li.getAttribute("data-severity"))
          )
          expect(severities).toEqual(comparison.findings.filter((f) => f.severity !== "info").map((f) => f.severity))
          await page.check('input[name="severity"][value="info"]')

          await page.selectOption("#filter-type", "discrepancy:date")
          const ids = await page.$$eval(".finding:not([hidden])", (items) => items.map((li) => li.id))
          expect(ids).toEqual(
            comparison.findings.flatMap((f, i) => (f.kind === "discrepancy" && f.type === "date" ? [`f-${i}`] : []))
          )
          expect(ids.length).toBeGreaterThan(0)
          expect(await page.isHidden("#none")).toBe(true)
          // A type of one kind with that kind unchecked: nothing matches, and the page says so.
          await page.uncheck('input[name="kind"][value="discrepancy"]')
          expect(await page.locator(".finding:not([hidden])").count()).toBe(0)
          expect(await page.isVisible("#none")).toBe(true)
          await page.check('input[name="kind"][value="discrepancy"]')
          await page.selectOption("#filter-type", "")
          expect(await shownKinds()).toEqual(all)
          expectClean(problems)
        } finally {
          await close()
        }
      })

      it("moves through the findings with the arrow keys and j/k, with a visible focus, and Enter jumps", async () => {
        const { page, problems, close } = await open("demo-keys", html)
        try {
          const active = () => page.evaluate(() => document.activeElement?.id ?? "")
          // Tab from the last filter lands on the list's one tab stop.
          await page.focus("#filter-type")
          await page.keyboard.press("Tab")
          expect(await active()).toBe("f-0")
          await page.keyboard.press("ArrowDown")
          expect(await active()).toBe("f-1")
          await page.keyboard.press("j")
          expect(await active()).toBe("f-2")
          await page.keyboard.press("k")
          expect(await active()).toBe("f-1")
          await page.keyboard.press("End")
          expect(await active()).toBe(`f-${comparison.findings.length - 1}`)
          await page.keyboard.press("Home")
          expect(await active()).toBe("f-0")
          await page.keyboard.press("ArrowUp")
          expect(await active()).toBe("f-0")
          const ring = await page.evaluate(() => {
            const el = document.activeElement!
            const style = getComputedStyle(el)
            return { visible: el.matches(":focus-visible"), style: style.outlineStyle, width: style.outlineWidth }
          })
          expect(ring).toEqual({ visible: true, style: "solid", width: "3px" })
          // Only one finding is a tab stop, the focused one.
          expect(await page.locator('.finding[tabindex="0"]').count()).toBe(1)

          const f = deepestFinding(comparison, ["A", "B"])
          await page.focus("#f-0")
          for (let i = 0; i < f; i++) await page.keyboard.press("j")
          expect(await active()).toBe(`f-${f}`)
          for (const col of [0, 1]) await scrollAway(page, col, `[data-f~="${f}"]`)
          await page.keyboard.press("Enter")
          await until(page, `document.querySelectorAll(".text .hit").length > 0`)
          expect(await highlighted(page)).toEqual([evidenceText(comparison, f, "A"), evidenceText(comparison, f, "B")])
          expect(await inView(page, 0, ".hit")).toBe(true)
          expect(await inView(page, 1, ".hit")).toBe(true)

          // Hidden findings are skipped.
          await page.uncheck('input[name="kind"][value="framing"]')
          const visible = comparison.findings.flatMap((x, i) => (x.kind === "framing" ? [] : [`f-${i}`]))
          await page.focus(`#${visible[0]}`)
          await page.keyboard.press("ArrowDown")
          expect(await active()).toBe(visible[1])
          expectClean(problems)
        } finally {
          await close()
        }
      })

      it("hovering an aligned statement highlights its counterparts; a click pins them and scrolls to them", async () => {
        const { page, problems, close } = await open("demo-statements", html)
        try {
          // A statement that belongs to one alignment only, whose counterpart in the other column lies deepest:
          // that column must scroll to show it.
          const overlaps = (x: { start: number; end: number }, y: { start: number; end: number }) =>
            x.start < y.end && y.start < x.end
          const candidates = comparison.alignments.flatMap((al, index) =>
            [0, 1].flatMap((from) => {
              const [own, other] = from === 0 ? ["A", "B"] : ["B", "A"]
              const mine = al.members.filter((m) => m.sourceId === own).map((m) => m.span)
              const theirs = al.members.filter((m) => m.sourceId === other).map((m) => m.span)
              const alone = comparison.alignments.every(
                (x, j) =>
                  j === index || x.members.every((m) => m.sourceId !== own || !mine.some((s) => overlaps(s, m.span)))
              )
              return alone && mine.length > 0 && theirs.length > 0
                ? [{ index, from, to: 1 - from, depth: Math.min(...theirs.map((s) => s.start)) }]
                : []
            })
          )
          const { index, from, to } = candidates.sort((x, y) => y.depth - x.depth)[0]!
          const members = comparison.alignments[index]!.members.map((m) => m.span)
          const ownRun = `.col[data-col="${from}"] .text [data-a~="${index}"]`
          const linkedText = () =>
            page.$$eval(".col", (cols) =>
              cols.map((col) => Array.from(col.querySelectorAll(".text .linked"), (el) => el.textContent).join(""))
            )
          const expected = comparison.sources.map((s) => coveredText(comparison, s.id, members))
          const none = () => until(page, `document.querySelectorAll(".text .linked").length === 0`)

          await page.hover(ownRun)
          await until(page, `document.querySelectorAll(".text .linked").length > 0`)
          expect(await linkedText()).toEqual(expected)
          // Away from the texts, the highlight goes.
          await page.hover("#findings-h")
          await none()

          await scrollAway(page, to, `[data-a~="${index}"]`)
          expect(await inView(page, to, `[data-a~="${index}"]`)).toBe(false)
          await page.click(ownRun)
          await page.hover("#findings-h")
          expect(await linkedText()).toEqual(expected)
          expect(await inView(page, to, `[data-a~="${index}"]`)).toBe(true)
          expect(await page.textContent("#status")).toContain(`the same matter in ${to === 1 ? "B" : "A (TASS)"}`)
          // A second click unpins.
          await page.click(ownRun)
          await page.hover("#findings-h")
          await none()
          expectClean(problems)
        } finally {
          await close()
        }
      })

      it("prints every text in full, without the filters", async () => {
        const { page, close } = await open("demo-print", html)
        try {
          await page.emulateMedia({ media: "print" })
          const printed = await page.evaluate(() => ({
            filters: getComputedStyle(document.querySelector("#filters")!).display,
            overflow: Array.from(document.querySelectorAll(".col .text"), (el) => getComputedStyle(el).overflowY),
            cut: Array.from(document.querySelectorAll(".col .text"), (el) => el.scrollHeight > el.clientHeight + 1)
          }))
          expect(printed).toEqual({ filters: "none", overflow: ["visible", "visible"], cut: [false, false] })
        } finally {
          await close()
        }
      })

      it("has text and badges at WCAG AA contrast (4.5:1)", async () => {
        const { page, close } = await open("demo-contrast", html)
        try {
          await page.click("#f-0")
          await page.hover(".seg.st")
          const ratios = await page.evaluate(() => {
            const rgb = (color: string): number[] => (color.match(/[\d.]+/g) ?? []).map(Number)
            const luminance = ([r, g, b]: number[]) => {
              const channel = (c: number) => {
                const s = c / 255
                return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
              }
              return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!)
            }
            // The first opaque background at or above the element: what the text is read against.
            const backdrop = (el: Element | null): number[] => {
              for (let at = el; at !== null; at = at.parentElement) {
                const bg = rgb(getComputedStyle(at).backgroundColor)
                if (bg.length === 3 || (bg.length === 4 && bg[3]! > 0)) return bg
              }
              return [255, 255, 255]
            }
            const selectors = [
              "h1",
              ".lede",
              ".how",
              ".tick",
              ".lane-label",
              ".filters label",
              ".n",
              ".shown",
              ".keys",
              "kbd",
              ".rank",
              ".badge.sev-major",
              ".badge.sev-minor",
              ".badge.sev-info",
              ".kind",
              ".salience",
              ".summary",
              ".details dt",
              ".evidence-line",
              ".col-head h3",
              ".col-meta",
              ".text",
              ".text .hit",
              ".text .linked"
            ]
            return selectors.flatMap((selector) =>
              Array.from(document.querySelectorAll(selector))
                .slice(0, 3)
                .map((el) => {
                  const style = getComputedStyle(el)
                  const ink = el instanceof SVGElement ? style.fill : style.color
                  const [a, b] = [luminance(rgb(ink)), luminance(backdrop(el))]
                  return {
                    selector,
                    ratio: Math.round(((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)) * 100) / 100
                  }
                })
            )
          })
          expect(new Set(ratios.map((r) => r.selector)).size).toBeGreaterThanOrEqual(20)
          expect(ratios.filter((r) => r.ratio < 4.5)).toEqual([])
        } finally {
          await close()
        }
      })
    })

    describe("screenshots of the hand-built example comparison, against committed baselines", () => {
      const html = renderHtml(loadFixture())
      for (const [width, height] of [
        [1280, 800],
        [800, 900]
      ] as const)
        it(`matches at ${width} px with the first finding selected`, async () => {
          const { page, problems, close } = await open(`shot-${width}`, html, { width, height })
          try {
            await page.click("#f-0")
            await until(page, `document.querySelectorAll(".text .hit").length > 0`)
            // Nothing under the pointer: a hover would paint linked statements into the picture.
            await page.mouse.move(0, 0)
            const png = await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide" })
            const verdict = compareWithBaseline(`antonov-2021-${width}`, png)
            expect(verdict.ok, verdict.message).toBe(true)
            expectClean(problems)
          } finally {
            await close()
          }
        })
    })

    describe.skipIf(!HAS_BASIL)(`a BASIL event in three outlets${HAS_BASIL ? "" : ` (${NO_BASIL})`}`, () => {
      let comparison: Comparison
      beforeAll(async () => {
        const { triplets, articles } = loadBasil()
        const triplet = triplets[0]!
        comparison = await comparePromise(
          Object.values(triplet.articles).map((a) => basilInput(articles.get(a.article_uuid)!))
        )
      }, SUITE_TIMEOUT)

      it("shows three columns and scrolls each to the evidence of a finding about all three", async () => {
        expect(comparison.sources).toHaveLength(3)
        const { page, problems, close } = await open("basil", renderHtml(comparison))
        try {
          expect(await page.locator(".col:not([hidden])").count()).toBe(3)
          const ids = comparison.sources.map((s) => s.id as string)
          const f = deepestFinding(comparison, ids)
          for (const col of [0, 1, 2]) await scrollAway(page, col, `[data-f~="${f}"]`)
          await page.click(`#f-${f}`)
          await until(page, `document.querySelectorAll(".text .hit").length > 0`)
          expect(await highlighted(page)).toEqual(ids.map((id) => evidenceText(comparison, f, id)))
          for (const col of [0, 1, 2]) expect(await inView(page, col, ".hit"), `column ${col}`).toBe(true)
          expectClean(problems)
        } finally {
          await close()
        }
      })
    })

    describe("five sources: a picker chooses two to four columns", () => {
      // The hand-built comparison with three more sources (copies of A's text) and a finding about A and E.
      const fixture = loadFixture()
      const a = fixture.sources[0]!
      const extra = ["C", "D", "E"].map((id) => ({ ...a, id, outlet: `Copy ${id}` }))
      const span = fixture.findings[0]!.evidence.find((s) => s.sourceId === "A")!
      const comparison = parse({
        ...fixture,
        sources: [...fixture.sources, ...extra],
        findings: [
          {
            id: "copy-agreement",
            kind: "agreement",
            type: "claim",
            severity: "info",
            salience: 0.1,
            summary: "A and its copy E say the same words.",
            evidence: [span, { ...span, sourceId: "E" }],
            sourceIds: ["A", "E"]
          },
          ...fixture.findings
        ]
      })

      it("starts with the first four, keeps between two and four, and shows a hidden column's evidence once picked", async () => {
        const { page, problems, close } = await open("five", renderHtml(comparison))
        try {
          const shownColumns = () =>
            page.$$eval(".col:not([hidden])", (cols) => cols.map((c) => c.getAttribute("data-col")))
          const box = (i: number) => `#picker input[data-col="${i}"]`
          expect(await shownColumns()).toEqual(["0", "1", "2", "3"])
          expect(await page.isDisabled(box(4))).toBe(true)
          await page.click("#f-0")
          expect(await page.textContent("#status")).toContain("E (Copy E) (column hidden)")
          await page.uncheck(box(1))
          expect(await page.isEnabled(box(4))).toBe(true)
          await page.check(box(4))
          expect(await shownColumns()).toEqual(["0", "2", "3", "4"])
          expect(await inView(page, 4, ".hit")).toBe(true)
          expect(await highlighted(page).then((h) => h[4])).toBe(span.text)
          await page.uncheck(box(2))
          await page.uncheck(box(3))
          expect(await shownColumns()).toEqual(["0", "4"])
          expect(await page.isDisabled(box(0))).toBe(true)
          expect(await page.isDisabled(box(4))).toBe(true)
          expectClean(problems)
        } finally {
          await close()
        }
      })
    })

    describe("hostile article text", () => {
      const attack = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> Tom & Jerry's "deal" &amp; <b>bold</b></div></section>`
      let comparison: Comparison
      beforeAll(async () => {
        const article = (outlet: string, body: string) =>
          JSON.stringify({ title: attack, outlet, publishedAt: "2021-03-18", text: body })
        comparison = await comparePromise(
          [
            {
              path: "a.json",
              content: article(
                `<i>Evil</i> & "Co"`,
                `The envoy left Moscow on March 20. ${attack} The talks lasted two hours.`
              )
            },
            {
              path: "b.json",
              content: article("Plain", `The envoy left Moscow on March 21. ${attack} Talks ran two hours.`)
            }
          ],
          { title: `</title>${attack}` }
        )
      }, SUITE_TIMEOUT)

      it("shows it as text and runs none of it", async () => {
        const html = renderHtml(comparison)
        expect(html.match(/<script>/g)).toHaveLength(1)
        expect(html).not.toContain("<img")
        const { page, problems, close } = await open("hostile", html)
        try {
          for (const el of await page.locator(".seg.st").all()) await el.hover()
          for (const item of await page.locator(".finding").all()) await item.click()
          expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
          expect(await page.title()).toBe(`</title>${attack}`)
          expect(await page.$$eval(".col .text", (boxes) => boxes.map((b) => b.textContent))).toEqual(
            comparison.sources.map((s) => s.text)
          )
          expect(await page.locator(".text img, .text script, .text b").count()).toBe(0)
          expectClean(problems)
        } finally {
          await close()
        }
      })
    })
  }
)
