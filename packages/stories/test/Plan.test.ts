import {
  type ArticleMeta,
  articleOrder,
  chooseCompared,
  inShard,
  parseShard,
  rankStories,
  sidesOf,
  storyId
} from "@diplo/stories"
import { describe, expect, it } from "vitest"

const a = (id: string, outlet?: string, publishedAt?: string): ArticleMeta => ({
  id,
  ...(outlet !== undefined ? { outlet } : {}),
  ...(publishedAt !== undefined ? { publishedAt } : {})
})

describe("the order of a story's articles", () => {
  it("is by day (undated last), then outlet (none last), then id", () => {
    const list = [a("z", "B", "2021-03-02"), a("y"), a("x", "A"), a("w", "B", "2021-03-01"), a("v", "A", "2021-03-02")]
    expect([...list].sort(articleOrder).map((m) => m.id)).toEqual(["w", "v", "z", "x", "y"])
  })
})

describe("chooseCompared", () => {
  it("lets every outlet be heard before any is heard twice, each giving its earliest articles first", () => {
    const list = [
      a("f1", "Fox", "2021-01-01"),
      a("f2", "Fox", "2021-01-02"),
      a("f3", "Fox", "2021-01-03"),
      a("n1", "NYT", "2021-01-02"),
      a("u1", undefined, "2021-01-05")
    ].sort(articleOrder)
    expect(chooseCompared(list, 3).map((m) => m.id)).toEqual(["f1", "n1", "u1"])
    expect(chooseCompared(list, 4).map((m) => m.id)).toEqual(["f1", "f2", "n1", "u1"])
    expect(chooseCompared(list, 10)).toHaveLength(5)
  })

  it("counts each article without an outlet as a side of its own", () => {
    expect(sidesOf([a("1", "Fox"), a("2", "Fox")])).toBe(1)
    expect(sidesOf([a("1", "Fox"), a("2")])).toBe(2)
    expect(sidesOf([a("1"), a("2")])).toBe(2)
  })
})

describe("shards", () => {
  it("parses i/n and says what is wrong otherwise", () => {
    expect(parseShard("2/8")).toEqual({ index: 2, count: 8 })
    expect(parseShard("0/3")).toBe('--shard i/n needs 1 <= i <= n, got "0/3"')
    expect(parseShard("two")).toBe('--shard must be i/n (e.g. 2/8), got "two"')
  })

  it("gives every story to exactly one shard, the same one every time", () => {
    const ids = Array.from({ length: 200 }, (_, i) => storyId([`article-${i}`]))
    const shards = [1, 2, 3].map((index) => ids.filter((id) => inShard(id, { index, count: 3 })))
    expect(shards.flat().sort()).toEqual([...ids].sort())
    for (const share of shards) expect(share.length).toBeGreaterThan(40)
    expect(ids.every((id) => inShard(id, undefined))).toBe(true)
  })
})

describe("storyId and rankStories", () => {
  it("names a story by its articles, whatever their order", () => {
    expect(storyId(["b", "a"])).toBe(storyId(["a", "b"]))
    expect(storyId(["a", "b"])).toMatch(/^s-[0-9a-f]{12}$/)
    expect(storyId(["a"])).not.toBe(storyId(["a", "b"]))
  })

  it("ranks by outlets, then articles, then the earlier first day, then id", () => {
    const s = (id: string, outlets: number, articles: number, firstDay: string | null) => ({
      id,
      outlets: Array.from({ length: outlets }, (_, i) => `o${i}`),
      articles: Array.from({ length: articles }, (_, i) => a(`${id}${i}`)),
      firstDay
    })
    const ranked = rankStories([
      s("s-e", 1, 5, null),
      s("s-d", 2, 2, null),
      s("s-c", 2, 2, "2020-01-02"),
      s("s-b", 2, 3, null),
      s("s-a", 2, 2, "2020-01-02")
    ])
    expect(ranked.map((r) => r.id)).toEqual(["s-b", "s-a", "s-c", "s-d", "s-e"])
  })
})
