import { type ArticleText, cosine, dayFromUrl, dayNumber, ProfileBuilder } from "@diplo/stories"
import { describe, expect, it } from "vitest"

const articles: ArticleText[] = [
  {
    id: "b",
    outlet: "TASS",
    publishedAt: "2021-03-18",
    text: "Russia recalled its ambassador Antonov from Washington."
  },
  { id: "a", outlet: "Reuters", text: "Antonov, the Russian ambassador, left Washington for Moscow." },
  { id: "c", url: "https://example.com/world/2021/3/22/story.html", text: "Farmers protested new tariffs on grain." }
]

const build = (list: readonly ArticleText[]) => {
  const builder = new ProfileBuilder()
  for (const a of list) builder.add(a)
  return builder.finish()
}

describe("ProfileBuilder", () => {
  it("returns profiles sorted by id, with unit vectors and the day (from the URL when no date is given)", () => {
    const { profiles } = build(articles)
    expect(profiles.map((p) => p.meta.id)).toEqual(["a", "b", "c"])
    for (const p of profiles) expect(cosine(p.body, p.body)).toBeCloseTo(1, 5)
    expect(profiles.map((p) => p.day)).toEqual([Number.NaN, dayNumber("2021-03-18"), dayNumber("2021-03-22")])
    expect("text" in profiles[0]!.meta).toBe(false)
  })

  it("makes the same profiles whatever the order the articles come in", () => {
    const one = build(articles)
    const other = build([...articles].reverse())
    expect(other.terms).toEqual(one.terms)
    expect(other.profiles).toEqual(one.profiles)
  })

  it("scores articles about one event closer than articles about another", () => {
    const { profiles } = build(articles)
    const [a, b, c] = profiles as [(typeof profiles)[0], (typeof profiles)[0], (typeof profiles)[0]]
    expect(cosine(a.body, b.body)).toBeGreaterThan(0.2)
    expect(cosine(a.body, c.body)).toBe(0)
    expect(cosine(a.names, b.names)).toBeGreaterThan(0.3)
    expect(cosine(a.names, c.names)).toBe(0)
  })
})

describe("dayFromUrl", () => {
  it("reads /YYYY/MM/DD/ and /YYYY-MM-DD/ from the path, not from the host, and refuses days that do not exist", () => {
    expect(dayFromUrl("http://www.foxnews.com/politics/2018/04/17/cia-director.html")).toBe("2018-04-17")
    expect(dayFromUrl("https://example.com/2019-01-05/story")).toBe("2019-01-05")
    expect(dayFromUrl("https://2019.example.com/a/b")).toBeUndefined()
    expect(dayFromUrl("https://example.com/2019/02/30/x")).toBeUndefined()
    expect(dayFromUrl(undefined)).toBeUndefined()
  })
})
