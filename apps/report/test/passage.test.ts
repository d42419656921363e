import type { SourceId, Span } from "@diplo/model"
import { marked } from "marked"
import { describe, expect, it } from "vitest"
import { truncate } from "../src/render/markdown/Markdown.js"
import { CONTEXT, capped, passages, sentenceAround } from "../src/render/markdown/Passage.js"

const spanOf = (text: string, words: string, from = 0): Span => {
  const start = text.indexOf(words, from)
  if (start < 0) throw new Error(`not found: ${words}`)
  return { sourceId: "A" as SourceId, start, end: start + words.length, text: words }
}
const html = (md: string) => marked.parseInline(md, { async: false }) as string

describe("the sentence around a span", () => {
  const text =
    "Mr. Farenthold resigned on Friday. Rep. Smith of the U.S. House said he was “sorry.” Then he left.\nNew line here."
  const around = (words: string) => {
    const [from, to] = sentenceAround(text, ...(({ start, end }) => [start, end] as const)(spanOf(text, words)))
    return text.slice(from, to)
  }

  it("does not end a sentence at Mr., Rep. or U.S.", () => {
    expect(around("Farenthold")).toBe("Mr. Farenthold resigned on Friday.")
    expect(around("Smith")).toBe("Rep. Smith of the U.S. House said he was “sorry.”")
  })

  it("ends at a line break", () => {
    expect(around("left")).toBe("Then he left.")
    expect(around("New")).toBe("New line here.")
  })
})

describe("evidence passages", () => {
  const text =
    "The embassy said on Wednesday that Ambassador Antonov had been summoned to Moscow for consultations. He arrived on March 20."

  it("shows a short span inside its sentence, in bold, the rest verbatim", () => {
    const [p] = passages(text, [spanOf(text, "summoned")])
    expect(p).toBe(
      "“The embassy said on Wednesday that Ambassador Antonov had been **summoned** to Moscow for consultations.”"
    )
    expect(html(p!)).toContain("<strong>summoned</strong>")
  })

  it("joins spans of one sentence into one quote and adjacent words into one mark", () => {
    const all = passages(text, [spanOf(text, "Ambassador"), spanOf(text, "Antonov"), spanOf(text, "Moscow")])
    expect(all).toEqual([
      "“The embassy said on Wednesday that **Ambassador Antonov** had been summoned to **Moscow** for consultations.”"
    ])
  })

  it("quotes a span that is its whole sentence as it is, without bold", () => {
    expect(passages(text, [spanOf(text, "He arrived on March 20.")])).toEqual(["“He arrived on March 20.”"])
  })

  it("bolds the given words inside a long span instead of the whole span", () => {
    const words = ["summoned"]
    const [p] = passages(text, [spanOf(text, "Ambassador Antonov had been summoned to Moscow")], words)
    expect(p).toContain("had been **summoned** to Moscow")
  })

  it("cuts a long sentence around the evidence, marking both cuts", () => {
    const long = `${"word ".repeat(80)}the evidence here ${"more ".repeat(80)}end.`
    const [p] = passages(long, [spanOf(long, "evidence")])
    expect(p!.startsWith("“… ")).toBe(true)
    expect(p!.endsWith(" …”")).toBe(true)
    expect(p).toContain("the **evidence** here")
    expect(p!.length).toBeLessThan(2 * CONTEXT + 40)
  })

  it("widens a mark that starts with a quotation mark touching a letter, so it still renders as bold", () => {
    const glued = "Russia must“pay” for it."
    const [p] = passages(glued, [spanOf(glued, "“pay”")])
    expect(html(p!)).toContain("<strong>")
    expect(html(p!)).not.toContain("**")
  })

  it("does not double the quotation marks of a passage that is itself a quotation", () => {
    const quoted = "“We stand for dialogue.”"
    expect(passages(quoted, [spanOf(quoted, quoted)])).toEqual([quoted])
  })

  it("grows linearly on a sentence without a period and many spans (4 times the words and spans)", () => {
    const input = (n: number) => {
      const huge = "word ".repeat(10 * n)
      return [huge, Array.from({ length: n / 5 }, (_, i) => spanOf(huge, "word", i * 150))] as const
    }
    const fastest = (n: number) => {
      const [huge, spans] = input(n)
      let best = Number.POSITIVE_INFINITY
      for (let i = 0; i < 3; i++) {
        const started = performance.now()
        expect(passages(huge, spans).length).toBeGreaterThan(0)
        best = Math.min(best, performance.now() - started)
      }
      return best
    }
    fastest(250)
    // Linear is 4 times as long, quadratic 16: the ratio of one run against itself, whatever the machine's speed.
    expect(fastest(4_000) / fastest(1_000)).toBeLessThan(10)
  })

  it("shows at most three passages, then how many more", () => {
    expect(capped(["a", "b", "c", "d", "e"])).toEqual(["a", "b", "c", "and 2 more passages"])
    expect(capped(["a", "b"])).toEqual(["a", "b"])
  })
})

describe("cutting a long quote", () => {
  it("cuts after the last whole sentence that keeps at least half, and says so", () => {
    const text = `${"First sentence is here. ".repeat(8)}${"x".repeat(100)}`
    const cut = truncate(text, 240)
    expect(cut.endsWith("here. …")).toBe(true)
    expect(text.startsWith(cut.slice(0, -2))).toBe(true)
  })

  it("leaves short text alone", () => {
    expect(truncate("Short.")).toBe("Short.")
  })
})
