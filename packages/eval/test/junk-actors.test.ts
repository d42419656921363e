import { describe, expect, it } from "vitest"
import { junkActors, junkReason } from "../src/junk-actors.js"

describe("junk actors (issue 11)", () => {
  const headlines = ["Senator Fumes At Deal To End Shutdown"]
  it("names fragments, state abbreviations and the headline", () => {
    expect(["J", "J.", "Chuck S.", "Kevin M"].map((n) => junkReason(n, headlines))).toEqual([
      "fragment",
      "fragment",
      "fragment",
      "fragment"
    ])
    expect(["NY", "Calif.", "Ky."].map((n) => junkReason(n, headlines))).toEqual([
      "state abbreviation",
      "state abbreviation",
      "state abbreviation"
    ])
    expect(junkReason("senator fumes at deal to end  shutdown", headlines)).toBe("headline")
  })

  it("leaves names a reader would call actors", () => {
    for (const name of ["Chuck Schumer", "Luis V. Gutiérrez", "United States", "U.S.", "UN", "EU", "MoveOn", "Senate"])
      expect(junkReason(name, headlines)).toBeNull()
  })

  it("reads a source's headline from its first line where it has no title", () => {
    const comparison = {
      sources: [{ text: "Schumer Bashed Over Deal\n\nBody." }],
      actors: [{ name: "Schumer" }, { name: "Schumer Bashed Over Deal" }, { name: "D" }]
    }
    expect(junkActors(comparison)).toEqual([
      { name: "Schumer Bashed Over Deal", reason: "headline" },
      { name: "D", reason: "fragment" }
    ])
  })
})
