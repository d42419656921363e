import { describe, expect, it } from "vitest"
import type { StoryCollection } from "../src/stories-corpora.js"
import { pairwise, tfidfSingleLink } from "../src/stories-scoring.js"
import { stories } from "../src/suites/stories.js"

describe("pairwise", () => {
  it("counts pairs put together against pairs together in gold; unclustered items are alone", () => {
    const gold = new Map([
      ["a", "1"],
      ["b", "1"],
      ["c", "1"],
      ["d", "2"]
    ])
    expect(pairwise(gold, gold)).toEqual({ precision: 1, recall: 1, f1: 1 })
    // Predicted {a,b} {c,d}: 2 pairs, 1 right (a-b); gold has 3 pairs (a-b, a-c, b-c).
    const split = pairwise(
      new Map([
        ["a", "x"],
        ["b", "x"],
        ["c", "y"],
        ["d", "y"]
      ]),
      gold
    )
    expect(split.precision).toBe(0.5)
    expect(split.recall).toBeCloseTo(1 / 3)
    expect(pairwise(new Map(), gold).recall).toBe(0)
  })
})

describe("tfidfSingleLink", () => {
  it("joins articles by whole-text TF-IDF cosine at each threshold, chaining through shared neighbours", () => {
    const collection: StoryCollection = {
      name: "tiny",
      dataset: "tiny",
      articles: [
        { id: "a", text: "harbour strike dockworkers wages union" },
        { id: "b", text: "harbour strike dockworkers ships" },
        { id: "c", text: "river treaty water dams" },
        { id: "d", text: "river treaty water minister" }
      ],
      gold: new Map([
        ["a", "s"],
        ["b", "s"],
        ["c", "t"],
        ["d", "t"]
      ])
    }
    const runs = tfidfSingleLink(collection)
    const best = runs.reduce((x, y) => (y.bcubed.f1 > x.bcubed.f1 ? y : x))
    expect(best.bcubed.f1).toBe(1)
    expect(runs.at(-1)!.bcubed.recall).toBe(0.5)
  })
})

describe("the stories suite", () => {
  it("says it was not scored when the corpora are missing", async () => {
    const result = await stories.run({ corpusDir: "/nonexistent", goldDir: "/nonexistent", repoRoot: "." })
    expect(result.skipped).toMatch(/no BASIL, ECB\+ or NewsWCL50/)
    expect(result.metrics).toEqual([])
  })
})
