import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { comparePromise } from "@diplo/analyzer"
import { parseComparison } from "@diplo/model"
import { afterAll, describe, expect, it } from "vitest"
import { renderJson } from "../src/render/Json.js"
import { renderMarkdown } from "../src/render/markdown/index.js"
import { type BasilArticle, articleText, basilInput, HAS_BASIL, loadBasil, NO_BASIL } from "./basil.js"
import { sectionsOf, tablesOf } from "./markdown-check.js"
import { MAIN } from "./run.js"
import { specProblems } from "./spec-check.js"

// `diplo compare` on 2 to 5 articles of BASIL's dev half: what the command does (analyzer, model check,
// both renderers) in-process for many combinations, and the built command itself once.

/** mulberry32: a small seeded generator, so the combinations are random but the same on every run. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

interface Case {
  readonly name: string
  readonly articles: readonly BasilArticle[]
}

/** 20 combinations of 2, 3, 4 and 5 articles: one or two events' articles, then any from the corpus. */
const combinations = (triplets: ReturnType<typeof loadBasil>["triplets"], all: readonly BasilArticle[]): Case[] => {
  const random = seeded(20240518)
  const byId = new Map(all.map((a) => [a.article_uuid, a]))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const cases: Case[] = []
  for (let i = 0; i < 20; i++) {
    const size = 2 + (i % 4)
    const chosen = new Map<string, BasilArticle>()
    // Start from one event (the usual use), fill from a second event, then from anywhere.
    const first = pick(triplets)
    for (const a of Object.values(first.articles))
      if (chosen.size < size) chosen.set(a.article_uuid, byId.get(a.article_uuid)!)
    const second = pick(triplets)
    for (const a of Object.values(second.articles))
      if (chosen.size < size) chosen.set(a.article_uuid, byId.get(a.article_uuid)!)
    while (chosen.size < size) {
      const a = pick(all)
      chosen.set(a.article_uuid, a)
    }
    const articles = [...chosen.values()]
    cases.push({
      name: `${size} articles: ${articles.map((a) => `${a.source}/${a.triplet_uuid.slice(0, 8)}`).join(", ")}`,
      articles
    })
  }
  return cases
}

/** Compares the articles as `diplo compare` does, and checks both outputs. Returns the milliseconds taken. */
const compareAndCheck = async (articles: readonly BasilArticle[]): Promise<number> => {
  const started = performance.now()
  // Ids must differ when two articles come from one outlet.
  const inputs = articles.map((a, i) => basilInput(a, `${a.source}${i + 1}`))
  const comparison = await comparePromise(inputs)
  const json = renderJson(comparison)
  const md = renderMarkdown(comparison)
  const ms = performance.now() - started
  expect(json.ok).toBe(true)
  if (json.ok) {
    const parsed: unknown = JSON.parse(json.text)
    expect(parseComparison(parsed).success).toBe(true)
    expect(specProblems(parsed)).toEqual([])
  }
  expect(sectionsOf(md)).toHaveLength(10)
  for (const t of tablesOf(md)) for (const row of t.rows) expect(row).toHaveLength(t.header.length)
  return ms
}

const timings: number[] = []

describe.skipIf(!HAS_BASIL)(`diplo compare on BASIL dev articles${HAS_BASIL ? "" : ` (${NO_BASIL})`}`, () => {
  const { triplets, articles } = HAS_BASIL ? loadBasil() : { triplets: [], articles: new Map() }
  const all = [...articles.values()]

  afterAll(() => {
    if (timings.length === 0) return
    const total = timings.reduce((a, b) => a + b, 0)
    const sorted = [...timings].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)]!
    console.info(
      `BASIL compare: ${timings.length} comparisons in ${Math.round(total)} ms (median ${Math.round(median)} ms, slowest ${Math.round(sorted[sorted.length - 1]!)} ms)`
    )
  })

  it.each(HAS_BASIL ? combinations(triplets, all) : [])("$name", async ({ articles: chosen }) => {
    timings.push(await compareAndCheck(chosen))
  })

  it.each(triplets.map((t) => [t.main_event, t] as const))("all three outlets of: %s", async (_, triplet) => {
    timings.push(await compareAndCheck(Object.values(triplet.articles).map((a) => articles.get(a.article_uuid)!)))
  })

  it("runs the built command on five article files, in Markdown and in JSON", () => {
    if (!existsSync(MAIN)) throw new Error(`build the command first: ${MAIN} is missing`)
    const dir = mkdtempSync(join(tmpdir(), "diplo-basil-"))
    try {
      const files = combinations(triplets, all)
        .find((c) => c.articles.length === 5)!
        .articles.map((a, i) => {
          const file = join(dir, `${i + 1}-${a.source}.txt`)
          writeFileSync(file, articleText(a))
          return file
        })
      const md = spawnSync(process.execPath, [MAIN, "compare", ...files, "--published-at", "2018-01-01"], {
        encoding: "utf8",
        timeout: 50_000
      })
      expect(md.stderr).toBe("")
      expect(md.status).toBe(0)
      expect(sectionsOf(md.stdout)).toHaveLength(10)
      const json = spawnSync(process.execPath, [MAIN, "compare", ...files, "--format", "json"], {
        encoding: "utf8",
        timeout: 50_000
      })
      expect(json.status).toBe(0)
      expect(specProblems(JSON.parse(json.stdout))).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    // Two runs of the command, each allowed 50 s: the test's own timeout is above both.
  }, 120_000)
})
