import { resolve } from "node:path"
import { describe, expect, it } from "vitest"
import type { CompareResult, HeadlineResult, Samples } from "../src/bench/results.js"
import { type CpuProfile, areaOf, selfTimes, timeByCallingStep } from "../src/bench/profile.js"
import { basilProse, compose, loadProse, sourceText } from "../src/bench/prose.js"
import { aims, type BenchReport, formatMs, lengthGrowth, renderMarkdown, renderSummary } from "../src/bench/render.js"
import { describeGrowth, growthOrder, median, quantile, runsWithin } from "../src/bench/stats.js"

const repoRoot = resolve(import.meta.dirname, "../../..")

describe("bench statistics", () => {
  it("median and p90 interpolate between sorted samples and leave the input alone", () => {
    const samples = [5, 1, 4, 2, 3]
    expect(median(samples)).toBe(3)
    expect(median([1, 2, 3, 10])).toBe(2.5)
    expect(quantile(samples, 0.9)).toBeCloseTo(4.6)
    expect(samples).toEqual([5, 1, 4, 2, 3])
    expect(median([])).toBeNaN()
  })

  it("recovers the exponent of a power law: linear, quadratic, n log n", () => {
    const sizes = [1000, 2000, 5000, 10_000, 20_000, 50_000]
    const linear = growthOrder(sizes.map((n) => ({ size: n, time: 0.02 * n })))
    const quadratic = growthOrder(sizes.map((n) => ({ size: n, time: 3e-6 * n * n })))
    const nLogN = growthOrder(sizes.map((n) => ({ size: n, time: n * Math.log(n) })))
    expect(linear?.exponent).toBeCloseTo(1, 10)
    expect(linear?.r2).toBeCloseTo(1, 10)
    expect(quadratic?.exponent).toBeCloseTo(2, 10)
    expect(nLogN?.exponent).toBeGreaterThan(1.05)
    expect(nLogN?.exponent).toBeLessThan(1.2)
    expect(describeGrowth(linear)).toBe("time ~ n^1.00")
  })

  it("a fixed cost at small sizes pulls the overall exponent below the local one", () => {
    const sizes = [1000, 2000, 5000, 10_000, 20_000, 50_000]
    const points = sizes.map((n) => ({ size: n, time: 300 + 1e-5 * n * n }))
    const all = growthOrder(points)!
    const upper = growthOrder(points.slice(-3))!
    expect(upper.exponent).toBeGreaterThan(all.exponent)
    expect(upper.exponent).toBeGreaterThan(1.5)
  })

  it("gives no fit without two distinct positive sizes", () => {
    expect(growthOrder([{ size: 10, time: 5 }])).toBeNull()
    expect(
      growthOrder([
        { size: 10, time: 5 },
        { size: 10, time: 7 }
      ])
    ).toBeNull()
    expect(
      growthOrder([
        { size: 0, time: 5 },
        { size: 10, time: 7 }
      ])
    ).toBeNull()
    expect(describeGrowth(null)).toBe("not enough points to fit")
  })

  it("fits as many runs as the budget holds, within the bounds", () => {
    expect(runsWithin(400, 6000, 3, 15)).toBe(15)
    expect(runsWithin(1000, 6000, 3, 15)).toBe(6)
    expect(runsWithin(30_000, 6000, 1, 15)).toBe(1)
    expect(runsWithin(30_000, 6000, 2, 15)).toBe(2)
  })

  it("formats times in the unit a reader expects", () => {
    expect(formatMs(0.8412)).toBe("0.84 ms")
    expect(formatMs(23.44)).toBe("23.4 ms")
    expect(formatMs(1250)).toBe("1.25 s")
  })
})

describe("bench texts", () => {
  const pool = [[["One two three.", "Four five."], ["Six seven eight nine."]], [["Ten eleven."]]]

  it("joins sentences with a space, paragraphs and articles with a blank line, and stops at a sentence end", () => {
    const five = compose(pool, 0, 5)
    expect(five.text).toBe("One two three. Four five.")
    expect(five.words).toBe(5)
    const six = compose(pool, 0, 6)
    expect(six.text).toBe("One two three. Four five.\n\nSix seven eight nine.")
    expect(six.words).toBe(9)
    expect(six.repeated).toBe(false)
    expect(compose(pool, 1, 2).text).toBe("Ten eleven.")
  })

  it("goes round the pool when it runs out and says so", () => {
    const long = compose(pool, 1, 12)
    expect(long.text.startsWith("Ten eleven.\n\nOne two three.")).toBe(true)
    expect(long.words).toBeGreaterThanOrEqual(12)
    expect(long.repeated).toBe(true)
  })

  it("refuses a pool without words rather than looping", () => {
    expect(() => compose([[["   "]]], 0, 10)).toThrow(/no words/)
  })

  it("groups BASIL sentences by paragraph in idx order", () => {
    const prose = basilProse({
      article_uuid: "x",
      triplet_uuid: "t",
      source: "fox",
      title: "T",
      sentences: [
        { idx: 2, paragraph: 1, text: "C." },
        { idx: 0, paragraph: 0, text: "A." },
        { idx: 1, paragraph: 1, text: "B." }
      ]
    })
    expect(prose).toEqual([["A."], ["B.", "C."]])
  })

  it("falls back to the example pair when BASIL is missing, and says so", () => {
    const prose = loadProse(resolve(repoRoot, "no-such-corpus"), repoRoot)
    expect(prose.fallback).toBe(true)
    expect(prose.origin).toMatch(/BASIL not found/)
    const a = sourceText(prose, 0, 1000)
    const b = sourceText(prose, 1, 1000)
    expect(a.words).toBeGreaterThanOrEqual(1000)
    expect(a.repeated).toBe(true)
    expect(a.text).not.toMatch(/^ ?date \d/)
    expect(a.text.slice(0, 200)).not.toBe(b.text.slice(0, 200))
  })
})

describe("bench profile", () => {
  // root -> compare (Pipeline.js) -> extractActors (extract/actors/2-people.js) -> people (adapters/compromise.js)
  //      -> compromise internals; plus GC at the root.
  const url = (path: string) => `file://${repoRoot}/${path}`
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { functionName: "(root)", url: "", lineNumber: -1 }, children: [2, 6] },
      {
        id: 2,
        callFrame: { functionName: "compare", url: url("packages/analyzer/dist/Pipeline.js"), lineNumber: 9 },
        children: [3]
      },
      {
        id: 3,
        callFrame: {
          functionName: "extractActors",
          url: url("packages/analyzer/dist/extract/actors/2-people.js"),
          lineNumber: 4
        },
        children: [4]
      },
      {
        id: 4,
        callFrame: { functionName: "people", url: url("packages/analyzer/dist/adapters/compromise.js"), lineNumber: 0 },
        children: [5]
      },
      {
        id: 5,
        callFrame: {
          functionName: "Ht",
          url: url("node_modules/compromise/builds/three/compromise-three.cjs"),
          lineNumber: 0
        }
      },
      { id: 6, callFrame: { functionName: "(garbage collector)", url: "", lineNumber: -1 } }
    ],
    samples: [5, 5, 5, 3, 6, 2, 5],
    timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000]
  }

  it("names the area of a script: analyzer stage, package, V8", () => {
    expect(areaOf(url("packages/analyzer/dist/align/3-similarity.js"), "f")).toBe("analyzer/align")
    expect(areaOf(url("node_modules/@scope/pkg/index.js"), "f")).toBe("@scope/pkg")
    expect(areaOf(url("node_modules/zod/v4/core/schemas.js"), "f")).toBe("zod")
    expect(areaOf("", "(garbage collector)")).toBe("(garbage collector)")
    expect(areaOf("node:internal/modules", "f")).toBe("node internals")
  })

  it("sums self time per function from the gaps between samples, largest first", () => {
    const times = selfTimes(profile, repoRoot)
    expect(times[0]).toMatchObject({ name: "Ht", area: "compromise", ms: 3 })
    expect(times[0]?.where).toBe("node_modules/compromise/builds/three/compromise-three.cjs:1")
    expect(times.find((t) => t.name === "extractActors")?.ms).toBe(1)
    // The last sample has no gap after it and counts for nothing.
    expect(times.reduce((s, t) => s + t.ms, 0)).toBe(6)
  })

  it("charges library time to the analyzer step that called it, past the adapter", () => {
    const steps = timeByCallingStep(profile)
    expect(steps[0]).toEqual({ step: "extract/actors/2-people.js", ms: 4 })
    expect(steps).toContainEqual({ step: "(garbage collector)", ms: 1 })
    expect(steps).toContainEqual({ step: "Pipeline.js", ms: 1 })
  })
})

describe("bench report", () => {
  // CPU time as wall time: a quiet machine.
  const both = (wall: number[]): Samples => ({ wall, cpu: wall })
  const lap = (ms: number) => ({ wall: ms, cpu: ms })
  const compareResult = (sources: number, words: number, ms: number, rss: number): CompareResult => ({
    kind: "compare",
    sources,
    wordsPerSource: Array.from({ length: sources }, () => words),
    tokens: Math.round(sources * words * 1.15),
    times: both([ms, ms * 1.1, ms * 0.9]),
    floorTimes: both([ms / 100]),
    maxRss: rss,
    repeated: false
  })
  const headline: HeadlineResult = {
    ...compareResult(2, 1000, 300, 440e6),
    kind: "headline",
    stages: {
      ingest: both([0.3]),
      segment: both([12]),
      extract: both([170]),
      align: both([25]),
      classify: both([22])
    },
    readTimes: both([110, 120]),
    readFloorTimes: both([0.5]),
    tokensPerArticle: 1150,
    winkPipeTimes: both([4]),
    profile: {
      runs: 10,
      totalMs: 3000,
      top: [{ name: "Ht", where: "node_modules/compromise/x.cjs:1", area: "compromise", ms: 1200 }],
      byArea: [
        { area: "compromise", ms: 1200 },
        { area: "analyzer/extract", ms: 400 }
      ],
      bySteps: [{ step: "extract/actors/2-people.js", ms: 1300 }]
    }
  }
  const report: BenchReport = {
    stamp: "2026-01-01T00:00:00Z",
    commit: "abc1234",
    machine: { cores: 2, cpu: "Test CPU", totalMemory: 8 * 2 ** 30, node: "v20.20.2", os: "Linux", load: [0.5, 1.5] },
    origin: "BASIL dev",
    fallback: false,
    headline,
    lengths: [1000, 2000, 5000, 10_000, 20_000, 50_000].map((w) => ({
      ...compareResult(2, w, 0.3 * w, 300e6),
      // extract grows linearly and align quadratically in this made-up run; the largest case has no stage run.
      ...(w <= 20_000
        ? {
            stageTimes: {
              ingest: lap(0.1),
              segment: lap(0.01 * w),
              extract: lap(0.2 * w),
              align: lap(1e-6 * (2.3 * w) ** 2),
              classify: lap(5)
            }
          }
        : {})
    })),
    sources: [2, 4, 8, 16, 32].map((k) => compareResult(k, 800, 10 * k * k, k === 32 ? 491e6 : 350e6)),
    coldStarts: [
      { command: "diplo compare a.txt b.txt", times: [1500, 1600, 1550], exitCode: 0 },
      { command: "diplo --help", times: [300], exitCode: 0 },
      { command: "node -e 0", times: [40], exitCode: 0 }
    ],
    coldSteps: [
      { kind: "cold", importMs: 310, firstMs: 1100, secondMs: 260, maxRss: 250e6 },
      {
        kind: "cold",
        importMs: 400,
        firstMs: 1400,
        secondMs: 300,
        maxRss: 260e6,
        firstBySteps: [{ step: "extract/actors/3-candidates.js", ms: 700 }]
      }
    ],
    seconds: 200
  }

  it("marks each aim met or not from the measured figures", () => {
    const rows = aims(report)
    const verdict = (measure: RegExp) => rows.find((r) => measure.test(r.measure))?.met
    expect(verdict(/warm comparison/)).toBe(false)
    expect(verdict(/reading one/)).toBe(false)
    expect(verdict(/tokenization/)).toBe(false)
    expect(verdict(/32 sources/)).toBe(false)
    expect(verdict(/peak memory/)).toBe(false)
    expect(verdict(/cold start/)).toBe(false)
    expect(verdict(/growth with article length/)).toBe(true)
    expect(rows.find((r) => /peak memory/.test(r.measure))?.measured).toBe(
      "491 MB (32 sources × 800 words); 1,000-word pair 300 MB"
    )
  })

  it("counts a quadratic last step as a miss even when the overall fit looks linear", () => {
    const lengths = report.lengths.map((r, i, all) =>
      i === all.length - 1 ? { ...r, times: both([0.3 * 20_000 * 6.25]) } : r
    )
    const growth = aims({ ...report, lengths }).find((r) => /growth with article length/.test(r.measure))
    expect(growth?.met).toBe(false)
    expect(growth?.measured).toContain("last step time ~ n^2.00")
  })

  it("names the stage that grows fastest", () => {
    const md = renderMarkdown(report)
    expect(md).toMatch(/\| growth order \| {2}\| n\^0\.00 \| n\^1\.00 \| n\^1\.00 \| n\^2\.00 \| n\^0\.00 \|/)
    expect(md).toContain("Growing at n^1.5 or faster on its own: **align** (n^2.00).")
    // No stage run in the sources cases: no stage table for them.
    expect(md.split("Each stage on its own")).toHaveLength(2)
  })

  it("splits a slow cold start into import, first comparison and a warm one", () => {
    const md = renderMarkdown(report)
    expect(md).toContain(
      "Cold start of `diplo compare` (1.55 s): importing the analyzer takes 310.0 ms, and the first comparison in a process 1.10 s against 260.0 ms for the second"
    )
    // The profiled process is not counted in the timings; its steps are reported on their own.
    expect(md).toContain("(first comparison, by step: extract/actors/3-candidates.js 700.0 ms)")
    expect(md).toContain("| `extract/actors/3-candidates.js` | 700.0 ms |")
    expect(md).toContain("| first comparison (code not yet compiled by the JIT) | 1.10 s |")
  })

  it("warns that wall times are inflated when the machine was busy, and only then", () => {
    expect(renderMarkdown(report)).toContain("The machine was busy during this run")
    const quiet = { ...report, machine: { ...report.machine, load: [0.2, 0.4] as const } }
    expect(renderMarkdown(quiet)).not.toContain("The machine was busy")
  })

  it("states the growth orders it measured", () => {
    expect(lengthGrowth(report.lengths).all?.exponent).toBeCloseTo(1, 5)
    const md = renderMarkdown(report)
    expect(md).toContain("**time ~ n^1.00** over all sizes")
    expect(md).toContain("**time ~ k^2.00**")
  })

  it("names the misses and the costliest stage in the document and in the summary", () => {
    const md = renderMarkdown(report)
    expect(md).toContain("### Missed")
    expect(md).toContain("The costliest stage on the 1,000-word pair is **extract**")
    expect(md).toContain("`extract/actors/2-people.js`")
    expect(md).toContain("| 2 | Test CPU | 8.0 GiB | v20.20.2 | Linux | 0.50 / 1.50 |")
    const summary = renderSummary(report)
    expect(summary.split("\n")).toHaveLength(aims(report).length + 1)
    expect(summary).toMatch(/warm comparison of two 1,000-word articles \(median wall\)\s+< 25 ms\s+300\.0 ms .*NO/)
  })
})
