import { articleWords, normalizeTerm } from "@diplo/stories"
import { describe, expect, it } from "vitest"

describe("articleWords", () => {
  it("takes as names the words capitalized inside sentences, never written in lower case, as they are written", () => {
    const words = articleWords(
      "Envoy Recalled",
      "Moscow recalled Ambassador Anatoly Antonov on Wednesday. The ambassador met Sergei Lavrov, and Antonov flew home. The Kremlin said nothing."
    )
    const names = words.names.map(([term, , surface]) => [term, surface])
    // "Ambassador" is also written "ambassador"; "Wednesday" is a day; "Moscow" and "The" begin sentences only.
    expect(names).toEqual([
      ["anatoly", "Anatoly"],
      ["antonov", "Antonov"],
      ["sergei", "Sergei"],
      ["lavrov", "Lavrov"],
      ["kremlin", "Kremlin"]
    ])
    expect(words.names.find(([t]) => t === "antonov")?.[1]).toBe(2)
  })

  it("puts title and lead words in the lead, and leaves stop words out of every list", () => {
    const body = Array.from({ length: 80 }, (_, i) => `word${i}`).join(" ")
    const words = articleWords("Summit Talks", body, 10)
    expect(words.lead).toEqual(["summit", "talk", ...Array.from({ length: 10 }, (_, i) => `word${i}`)])
    expect(articleWords(undefined, "The talks were about the border and it was over.").terms).toEqual([
      "talk",
      "border"
    ])
  })

  it("finds the year the text names most, the later one on a tie, and none in a text without years", () => {
    expect(articleWords(undefined, "In 2008 and again in 2013, and in 2013 once more.").year).toBe(2013)
    expect(articleWords(undefined, "It happened in 1999 and in 2004.").year).toBe(2004)
    expect(articleWords(undefined, "No year here, only 12 people and 300 votes.").year).toBeNull()
  })
})

describe("normalizeTerm", () => {
  it("lower-cases, drops a possessive and a plural s of longer words, and keeps -ss, -us, -is endings", () => {
    expect(["Russia’s", "talks", "Congress", "virus", "analysis", "news", "bus"].map(normalizeTerm)).toEqual([
      "russia",
      "talk",
      "congress",
      "virus",
      "analysis",
      "news",
      "bus"
    ])
  })
})
