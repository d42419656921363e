import { describe, expect, it } from "vitest"
import { baselineDifferences, figures } from "../src/baseline.js"
import { goldSentences } from "../src/gold.js"

describe("the TF-IDF baseline with differences", () => {
  it("reads each figure once, thousands separators dropped", () => {
    expect(figures("About 40,000 people, then 40,000 more, on 3 days.")).toEqual(["3", "40000"])
  })

  it("makes a number discrepancy, a lexical-choice framing, an agreement and omissions from aligned sentences", () => {
    const sources = [
      {
        id: "A",
        text: "The report runs to 32 pages on the harbour. The mayor praised the harbour plan warmly. The ferry strike ended."
      },
      {
        id: "B",
        text: "The report runs to 31 pages on the harbour. The mayor praised the harbour plan warmly. Farmers protested."
      },
      { id: "C", text: "The mayor praised the new harbour scheme. Rain fell." }
    ]
    const found = baselineDifferences(sources, goldSentences).map(
      (f) => `${f.kind}/${f.type} ${f.evidence.map((e) => e.sourceId).join("")}`
    )
    expect(found).toContain("discrepancy/number AB")
    expect(found).toContain("agreement/claim AB")
    expect(found.filter((f) => f.startsWith("framing/lexical-choice"))).not.toHaveLength(0)
    expect(found.filter((f) => f.startsWith("omission/content"))).toEqual([
      "omission/content A",
      "omission/content B",
      "omission/content C"
    ])
  })
})
