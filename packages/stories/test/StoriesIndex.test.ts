import { parseStoriesIndex } from "@diplo/model"
import {
  buildIndex,
  clusterProfiles,
  type PlannedStory,
  ProfileBuilder,
  planStories,
  renderIndexMarkdown,
  type StoryOutcome,
  type StorySummary
} from "@diplo/stories"
import { describe, expect, it } from "vitest"
import { ARTICLES } from "./articles.js"

const plan = (maxPerStory = 12): PlannedStory[] => {
  const builder = new ProfileBuilder()
  for (const a of ARTICLES) builder.add(a)
  const { profiles, display } = builder.finish()
  return planStories(clusterProfiles(profiles, display), profiles, (id) => `hash-of-${id}`, {
    maxPerStory,
    version: "test"
  })
}

const summaryOf = (story: PlannedStory, speaker: string): StorySummary => ({
  id: story.id,
  inputHash: story.inputHash,
  sources: story.compared.map((c) => ({
    source: c.source,
    article: c.article.id,
    ...(c.article.outlet !== undefined ? { outlet: c.article.outlet } : {}),
    words: 500
  })),
  findings: { agreement: 2, discrepancy: 1, framing: 3, omission: 4 },
  distance: story.compared.map((c) => ({ source: c.source, hedges: 1, scareQuotes: 2, loadedWords: 0 })),
  voices: story.compared.map((c) => ({ source: c.source, speaker, quotes: 1, indirect: 2, words: 30 }))
})

const context = { articles: ARTICLES.length, skipped: 0, threshold: 0.5, windowDays: 7 }

describe("planStories", () => {
  it("compares stories of two or more outlets, sources lettered in the story's order, and none of one outlet", () => {
    const stories = plan()
    const treaty = stories.find((s) => s.outlets.length === 3)!
    expect(treaty.compared.map((c) => [c.source, c.article.id])).toEqual([
      ["A", "courier-treaty"],
      ["B", "post-treaty"],
      ["C", "wire-treaty"]
    ])
    expect(stories.find((s) => s.outlets.length === 1)!.compared).toEqual([])
    expect(treaty.firstDay).toBe("2024-05-02")
    expect(treaty.lastDay).toBe("2024-05-03")
  })

  it("changes a story's input hash when what its comparison reads changes, and only then", () => {
    const [one, two] = [plan(), plan()]
    expect(two.map((s) => s.inputHash)).toEqual(one.map((s) => s.inputHash))
    const fewer = plan(2)
    const treaty = (list: PlannedStory[]) => list.find((s) => s.outlets.length === 3)!
    expect(treaty(fewer).inputHash).not.toBe(treaty(one).inputHash)
  })
})

describe("buildIndex", () => {
  it("ranks stories by coverage, finds each outlet's blindspots and exclusives, and sums voices per outlet", () => {
    const stories = plan()
    const outcomes = new Map<string, StoryOutcome>()
    for (const s of stories)
      if (s.compared.length > 0) outcomes.set(s.id, { status: "done", summary: summaryOf(s, "Jonas Pell") })
    const index = buildIndex(stories, outcomes, context)
    expect(parseStoriesIndex(index).success).toBe(true)
    expect(index.stories.map((s) => s.outlets.length)).toEqual([3, 2, 1])
    const byOutlet = new Map(index.outlets.map((o) => [o.outlet, o]))
    const strike = index.stories[1]!.id
    const flood = index.stories[2]!.id
    expect(byOutlet.get("Wire")!.blindspots).toEqual([strike])
    expect(byOutlet.get("Wire")!.exclusives).toEqual([flood])
    expect(byOutlet.get("Daily Courier")!.blindspots).toEqual([])
    expect(byOutlet.get("Daily Courier")!.voices).toEqual([
      { speaker: "Jonas Pell", quotes: 2, indirect: 4, words: 60, stories: 2 }
    ])
    expect(byOutlet.get("Wire")!).toMatchObject({ compared: 1, words: 500, hedges: 1, scareQuotes: 2 })
    expect(index.stories[0]!.comparison).toEqual({
      status: "done",
      report: `stories/${index.stories[0]!.id}/report.md`,
      json: `stories/${index.stories[0]!.id}/comparison.json`,
      findings: { agreement: 2, discrepancy: 1, framing: 3, omission: 4 }
    })
    expect(index.stories[2]!.comparison).toBeNull()
  })

  it("lists a story another shard compares as pending, and a failed one with its reason", () => {
    const stories = plan()
    const [first, second] = stories.filter((s) => s.compared.length > 0)
    const outcomes = new Map<string, StoryOutcome>([
      [first!.id, { status: "pending" }],
      [second!.id, { status: "failed", reason: "the article is too large" }]
    ])
    const index = buildIndex(stories, outcomes, context)
    expect(index.stories.find((s) => s.id === first!.id)!.comparison).toEqual({ status: "pending" })
    expect(index.stories.find((s) => s.id === second!.id)!.comparison).toEqual({
      status: "failed",
      reason: "the article is too large"
    })
  })
})

describe("renderIndexMarkdown", () => {
  it("shows the ranking with links to the reports, the outlets' rates per 1,000 words and their blindspots", () => {
    const stories = plan()
    const outcomes = new Map<string, StoryOutcome>()
    for (const s of stories)
      if (s.compared.length > 0) outcomes.set(s.id, { status: "done", summary: summaryOf(s, "Edda Kross") })
    const index = buildIndex(stories, outcomes, context)
    const md = renderIndexMarkdown(index)
    const [treaty, strike] = index.stories
    expect(md).toContain(
      `| 1 | Talvia and Morrun sign Sella water treaty (\`${treaty!.id}\`) | Daily Courier, Northern Post, Wire | 3 | 2024-05-02 – 2024-05-03 |`
    )
    expect(md).toContain(`[1 discrepancies, 3 framing, 4 omissions](stories/${strike!.id}/report.md)`)
    expect(md).toContain("| Wire | 2 | 2 | 1 | 1 | 1 | 2.00 | 4.00 | 0.00 | Edda Kross |")
    expect(md).toContain(`### Wire (1)\n\n- Dockworkers strike at Caldera port (\`${strike!.id}\`)`)
    expect(md).toContain("1 more story is carried by one outlet only")
    expect(renderIndexMarkdown(index)).toBe(md)
  })
})
