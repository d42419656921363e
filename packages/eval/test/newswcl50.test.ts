import { describe, expect, it } from "vitest"
import { assignByOverlap, headWord, rebuildText, spreadOf } from "../src/suites/newswcl50.js"

describe("NewsWCL50 suite helpers", () => {
  it("rebuilds text from tokens with each token's offsets, breaking paragraphs at paragraph marks", () => {
    const { text, offsets } = rebuildText([
      { sent_id: 0, tokens: ["Trump", "to", "visit", "\\n", "Trump", ",", "May", "meet", "\\n"] },
      { sent_id: 1, tokens: ["Mr.", "Trump", "said", "."] }
    ])
    expect(text).toBe("Trump to visit\n\nTrump , May meet\n\nMr. Trump said .")
    const first = offsets.get(0)!
    expect(text.slice(first[4]!.start, first[4]!.end)).toBe("Trump")
    expect(text.slice(first[6]!.start, first[6]!.end)).toBe("May")
    expect(first[3]).toEqual({ start: 14, end: 14 })
    const second = offsets.get(1)!
    expect(text.slice(second[0]!.start, second[1]!.end)).toBe("Mr. Trump")
  })

  it("assigns a gold mention to the predicted cluster that overlaps it most, the shorter mention on a tie", () => {
    const gold = [
      { id: "g1", doc: "d", start: 0, end: 14 }, // "U.S. President"
      { id: "g2", doc: "d", start: 0, end: 4 }, // "U.S."
      { id: "g3", doc: "d", start: 30, end: 35 }, // nothing there
      { id: "g4", doc: "e", start: 0, end: 4 } // another document
    ]
    const predicted = [
      { doc: "d", start: 0, end: 4, cluster: "state:US" },
      { doc: "d", start: 0, end: 14, cluster: "person:joe-biden" },
      { doc: "d", start: 15, end: 24, cluster: "person:joe-biden" }
    ]
    const assigned = assignByOverlap(gold, predicted)
    expect([...assigned.entries()]).toEqual([
      ["g1", "person:joe-biden"],
      ["g2", "state:US"]
    ])
  })

  it("keys the baseline by the last word, lower-cased, without a possessive", () => {
    expect(headWord("Mr. Trump 's")).toBe("trump")
    expect(headWord("North Korean Leader")).toBe("leader")
    expect(headWord("Kim Jong - un")).toBe("un")
  })

  it("reports the spread of per-event figures: lowest, highest and standard deviation", () => {
    expect(spreadOf([0.5, 0.7, 0.9])).toEqual({ min: 0.5, max: 0.9, deviation: expect.closeTo(0.1633, 4) })
    expect(spreadOf([])).toEqual({ min: 0, max: 0, deviation: 0 })
  })
})
