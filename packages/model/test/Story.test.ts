import { formatIssues, parseStoriesIndex, type StoriesIndex } from "@diplo/model"
import { describe, expect, it } from "vitest"

const HASH = "a".repeat(64)

const story = (id: string, articles: string[]) => ({
  id,
  articles: articles.map((a, i) => ({
    id: a,
    outlet: i === 0 ? "TASS" : "Reuters",
    source: String.fromCharCode(65 + i)
  })),
  outlets: ["Reuters", "TASS"],
  firstDay: "2021-03-18",
  lastDay: "2021-03-22",
  why: {
    names: ["Antonov"],
    words: ["ambassador"],
    links: [{ a: articles[0]!, b: articles[1]!, probability: 0.91, signals: { words: 0.4 } }]
  },
  inputHash: HASH,
  comparison: {
    status: "done",
    report: `stories/${id}/report.md`,
    json: `stories/${id}/comparison.json`,
    findings: { agreement: 3, discrepancy: 1, framing: 2, omission: 4 }
  }
})

const index = (stories: unknown[], blindspots: string[] = []) => ({
  schemaVersion: "1",
  articles: 2,
  skipped: 0,
  clustering: { method: "average link", threshold: 0.5, windowDays: 7 },
  stories,
  outlets: [
    {
      outlet: "TASS",
      articles: 1,
      stories: 1,
      blindspots,
      exclusives: [],
      compared: 1,
      words: 300,
      hedges: 0,
      scareQuotes: 1,
      loadedWords: 2,
      voices: [{ speaker: "Maria Zakharova", country: "RU", quotes: 2, indirect: 1, words: 40, stories: 1 }]
    }
  ]
})

describe("parseStoriesIndex", () => {
  it("accepts an index with a compared story and types it", () => {
    const parsed = parseStoriesIndex(index([story("s-0123456789ab", ["a.txt", "b.txt"])]))
    expect(parsed.success).toBe(true)
    const value = parsed.success ? (parsed.data as StoriesIndex) : null
    expect(value?.stories[0]?.articles.map((a) => a.source)).toEqual(["A", "B"])
  })

  it("accepts a story that was not compared (null) and one left pending", () => {
    const single = { ...story("s-000000000001", ["c.txt"]), comparison: null, why: { names: [], words: [], links: [] } }
    const pending = { ...story("s-000000000002", ["d.txt", "e.txt"]), comparison: { status: "pending" } }
    expect(parseStoriesIndex(index([single, pending])).success).toBe(true)
  })

  it("names every problem with its path: a repeated story, an article in two stories, an unknown blindspot", () => {
    const parsed = parseStoriesIndex(
      index(
        [story("s-0123456789ab", ["a.txt", "b.txt"]), story("s-0123456789ab", ["b.txt", "c.txt"])],
        ["s-ffffffffffff"]
      )
    )
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    expect(formatIssues(parsed.error.issues)).toBe(
      [
        '- stories[1].id: duplicate story id "s-0123456789ab"',
        '- stories[1].articles[0].id: article "b.txt" is in two stories',
        '- outlets[0].blindspots[0]: unknown story "s-ffffffffffff"'
      ].join("\n")
    )
  })

  it("rejects a story id that is not s- and 12 hex digits, and a comparison of an unknown status", () => {
    const parsed = parseStoriesIndex(
      index([{ ...story("story-1", ["a.txt", "b.txt"]), comparison: { status: "maybe" } }])
    )
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    expect(parsed.error.issues.map((i) => i.path)).toEqual(["stories[0].id", "stories[0].comparison.status"])
  })
})
