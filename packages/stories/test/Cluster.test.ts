import { clusterProfiles, ProfileBuilder, storyId } from "@diplo/stories"
import { describe, expect, it } from "vitest"
import { ARTICLES } from "./articles.js"

const cluster = (articles = ARTICLES) => {
  const builder = new ProfileBuilder()
  for (const a of articles) builder.add(a)
  const { profiles, display } = builder.finish()
  return clusterProfiles(profiles, display).map((c) => ({
    id: c.id,
    articles: c.members.map((m) => profiles[m]!.meta.id),
    names: c.names,
    ties: c.ties.length
  }))
}

describe("clusterProfiles", () => {
  it("makes one story per event, several outlets in one, and explains it by the names they share", () => {
    const stories = cluster()
    expect(stories.map((s) => s.articles)).toEqual([
      ["courier-strike", "post-strike"],
      ["courier-treaty", "post-treaty", "wire-treaty"],
      ["wire-flood"]
    ])
    expect(stories[1]!.names).toEqual(expect.arrayContaining(["Talvia", "Morrun", "Sella", "Kross", "Varga"]))
    expect(stories[0]!.names).toEqual(expect.arrayContaining(["Caldera", "Pell"]))
    // A spanning tree: one tie fewer than articles.
    expect(stories.map((s) => s.ties)).toEqual([1, 2, 0])
    expect(stories.map((s) => s.id)).toEqual(stories.map((s) => storyId(s.articles)))
  })

  it("gives the same stories whatever the order of the articles", () => {
    expect(cluster([...ARTICLES].reverse())).toEqual(cluster())
  })

  it("keeps dated articles further apart than the window in different stories", () => {
    const late = ARTICLES.map((a) => (a.id === "wire-treaty" ? { ...a, publishedAt: "2024-06-30" } : a))
    expect(cluster(late).map((s) => s.articles)).toContainEqual(["wire-treaty"])
  })
})
