import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import type { SourceId } from "@diplo/model"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { growthOf, LINEAR_BOUND } from "./growth.js"
import type { Segmented } from "../src/Document.js"
import { segment } from "../src/segment/index.js"

const sourceOf = (text: string) => ({ id: "T" as SourceId, publishedAt: null, path: null, text })
const cut = (text: string) => segment(sourceOf(text))
const sentencesOf = (text: string) => cut(text).sentences.map((s) => text.slice(s.start, s.end))

const example = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../examples/antonov-2021/${name}`, import.meta.url)), "utf8").replace(
    /^ date \d{4}-\d{2}-\d{2} /,
    ""
  )

/** The invariants every segmentation keeps, whatever the text. */
const expectWellFormed = (segmented: Segmented) => {
  const text = segmented.source.text
  let previous = -1
  for (const token of segmented.tokens) {
    expect(token.start).toBeGreaterThanOrEqual(previous)
    expect(token.end).toBeGreaterThan(token.start)
    expect(text.slice(token.start, token.end).trim()).not.toBe("")
    previous = token.end
  }
  segmented.paragraphs.forEach((paragraph, index) => {
    expect(text.slice(paragraph.start, paragraph.end).trim()).not.toBe("")
    if (index > 0) expect(paragraph.start).toBeGreaterThan(segmented.paragraphs[index - 1]!.end)
  })
  segmented.sentences.forEach((sentence, index) => {
    expect(sentence.index).toBe(index)
    expect(text.slice(sentence.start, sentence.end).trim()).not.toBe("")
    const paragraph = segmented.paragraphs[sentence.paragraph]!
    expect(sentence.start).toBeGreaterThanOrEqual(paragraph.start)
    expect(sentence.end).toBeLessThanOrEqual(paragraph.end)
    expect(sentence.tokenEnd).toBeGreaterThan(sentence.tokenStart)
    expect(segmented.tokens[sentence.tokenStart]!.start).toBe(sentence.start)
    expect(segmented.tokens[sentence.tokenEnd - 1]!.end).toBe(sentence.end)
    if (index > 0) {
      const before = segmented.sentences[index - 1]!
      expect(sentence.tokenStart).toBe(before.tokenEnd)
      expect(sentence.paragraph).toBeGreaterThanOrEqual(before.paragraph)
    }
  })
  // Every non-space character is in a token.
  const covered = new Uint8Array(text.length)
  for (const token of segmented.tokens) covered.fill(1, token.start, token.end)
  for (let i = 0; i < text.length; i++) if (covered[i] === 0) expect(text[i]).toMatch(/\s/)
}

describe("segment: the example pair", () => {
  const a = example("a-2021-03-18.txt")
  const b = example("b-2021-03-22.txt")
  const segA = cut(a)
  const segB = cut(b)

  it("reads the TASS dateline as a dateline, not as sentences", () => {
    expect(segA.dateline).toMatchObject({ start: 0, place: "WASHINGTON", outlet: "TASS", dateText: "March 18" })
    expect(a.slice(segA.dateline!.start, segA.dateline!.end)).toBe("WASHINGTON, March 18. /TASS/.")
    const first = segA.sentences[0]!
    expect(a.slice(first.start, first.end)).toBe(
      "Russian Ambassador to the United States Anatoly Antonov will fly to Moscow on March 20 for consultations concerning future bilateral relations, the Russian embassy said on Wednesday."
    )
    expect(segB.dateline).toBeNull()
  })

  it("finds the paragraphs the blank lines separate", () => {
    expect(segA.paragraphs).toHaveLength(7)
    expect(segB.paragraphs).toHaveLength(9)
    expect(a.slice(segA.paragraphs[6]!.start, segA.paragraphs[6]!.end)).toMatch(/^Russian Foreign Ministry Spokeswoman/)
  })

  it("cuts A into sentences, keeping each quotation whole with its attribution", () => {
    const sentences = segA.sentences.map((s) => a.slice(s.start, s.end))
    expect(sentences).toHaveLength(8)
    expect(segA.sentences.map((s) => s.paragraph)).toEqual([0, 1, 2, 3, 4, 4, 5, 6])
    expect(sentences[1]).toMatch(
      /^"Russian Ambassador to the US .* March 20\. He will hold .*" the embassy wrote on its Facebook account\.$/
    )
    expect(sentences[3]).toMatch(/^"The current situation .* policy\. As a matter of fact, .* the embassy wrote\.$/)
    expect(sentences[4]).toBe(
      "Russia calls for establishing dialogue with the United States and insists that good and pragmatic relations are in the interests of both nations, the Russian embassy in the United States said."
    )
    expect(sentences[5]).toMatch(/^"We stand for establishing dialogue .*" the embassy stressed\.$/)
    expect(sentences[7]).toMatch(/in the context of relations with the United States\."$/)
  })

  it("cuts B into sentences", () => {
    const sentences = segB.sentences.map((s) => b.slice(s.start, s.end))
    expect(sentences).toHaveLength(17)
    expect(sentences[0]).toBe(
      "Russian Ambassador to the United States Anatoly Antonov left the building of the Russian Foreign Ministry, where he arrived on Monday, March 22, for consultations."
    )
    expect(sentences[1]).toBe("He refrained from communicating with journalists.")
    expect(sentences[13]).toBe(
      "According to him, he had previously had a “long conversation” with Russian leader Vladimir Putin, noting that he knew him “quite well”."
    )
    expect(sentences[16]).toMatch(/^In turn, during a briefing with reporters, .* recently\.$/)
  })

  it("gives tokens their tag, lemma and negation", () => {
    const said = segB.tokens.find((t) => b.slice(t.start, t.end) === "refrained")!
    expect(said).toMatchObject({ lower: "refrained", kind: "word", pos: "VERB", lemma: "refrain" })
    const answer = segB.tokens.find((t) => b.slice(t.start, t.end) === "answer")!
    expect(answer.negated).toBe(true)
    const stressed = segA.tokens.find((t) => a.slice(t.start, t.end) === "stressed")!
    expect(stressed.lemma).toBe("stress")
  })

  it("lists the quotations, marks included", () => {
    expect(segB.quotations?.map((q) => b.slice(q.start, q.end))).toEqual([
      "“pay”",
      "“meddling”",
      "“long conversation”",
      "“quite well”"
    ])
  })

  it("keeps every range well formed and is deterministic", () => {
    expectWellFormed(segA)
    expectWellFormed(segB)
    expect(JSON.stringify(cut(a))).toBe(JSON.stringify(segA))
  })
})

describe("segment: datelines", () => {
  it.each([
    ["MOSCOW (Reuters) - Russia said it would act.", "MOSCOW (Reuters) -", "MOSCOW", "Reuters", null],
    ["LONDON — Britain said it would act.", "LONDON —", "LONDON", null, null],
    ["KYIV, Ukraine (AP) — Ukraine said.", "KYIV, Ukraine (AP) —", "KYIV, Ukraine", "AP", null],
    ["BEIJING, Feb. 5 (Xinhua) -- China said.", "BEIJING, Feb. 5 (Xinhua) --", "BEIJING", "Xinhua", "Feb. 5"],
    [
      "UNITED NATIONS, March 3 (Reuters) - The council met.",
      "UNITED NATIONS, March 3 (Reuters) -",
      "UNITED NATIONS",
      "Reuters",
      "March 3"
    ],
    ["Washington (CNN)President Biden spoke.", "Washington (CNN)", "Washington", "CNN", null],
    ["PARIS, 18 March. France said.", "PARIS, 18 March.", "PARIS", null, "18 March"]
  ])("%j has the dateline %j", (text, written, place, outlet, dateText) => {
    const segmented = cut(text)
    expect(segmented.dateline).toMatchObject({ place, outlet, dateText })
    expect(text.slice(segmented.dateline!.start, segmented.dateline!.end)).toBe(written)
    expect(text.slice(segmented.sentences[0]!.start)).toBe(text.slice(written.length).trimStart())
  })

  it("finds a dateline after a headline", () => {
    const text = "Envoy recalled\n\nMOSCOW (Reuters) - Russia recalled its envoy."
    const segmented = cut(text)
    expect(segmented.dateline?.place).toBe("MOSCOW")
    expect(sentencesOf(text)).toEqual(["Envoy recalled", "Russia recalled its envoy."])
  })

  it.each([
    "NATO (the alliance) said it would act.",
    "US officials said they would act.",
    "A new round of talks began.",
    "Moscow, the Russian capital, said so.",
    "EU — the bloc — said so."
  ])("finds no dateline in %j", (text) => {
    expect(cut(text).dateline).toBeNull()
    expect(cut(text).sentences[0]!.start).toBe(0)
  })
})

describe("segment: sentence boundaries", () => {
  it("does not break after titles, initials or a number sign", () => {
    expect(
      sentencesOf("Mr. J. R. Smith met Sen. Jones and Gen. Brown at No. 10 on Jan. 5. Mrs. Green and Dr. Who left.")
    ).toEqual(["Mr. J. R. Smith met Sen. Jones and Gen. Brown at No. 10 on Jan. 5.", "Mrs. Green and Dr. Who left."])
  })

  it("breaks after an abbreviation only where a function word starts the next sentence", () => {
    expect(
      sentencesOf("He flew to the U.S. The talks failed. U.S. Embassy staff met the U.K. Foreign Office.")
    ).toEqual(["He flew to the U.S.", "The talks failed.", "U.S. Embassy staff met the U.K. Foreign Office."])
    expect(sentencesOf("Acme Inc. said so. It was 3 p.m. In London it rained.")).toEqual([
      "Acme Inc. said so.",
      "It was 3 p.m.",
      "In London it rained."
    ])
  })

  it("keeps a quotation with its attribution", () => {
    expect(sentencesOf(`"Stop." he said. Then he left.`)).toEqual([`"Stop." he said.`, "Then he left."])
    expect(sentencesOf("“Why?” she asked. “Because.” He left.")).toEqual([
      "“Why?” she asked.",
      "“Because.”",
      "He left."
    ])
    expect(sentencesOf(`"Stop!" Smith said on Monday. Then he left.`)).toEqual([
      `"Stop!" Smith said on Monday.`,
      "Then he left."
    ])
  })

  it("breaks after a quotation followed by a new sentence about the speaker", () => {
    expect(sentencesOf(`"Stop." The embassy said it would respond later.`)).toEqual([
      `"Stop."`,
      "The embassy said it would respond later."
    ])
  })

  it("keeps a multi-sentence quotation whole", () => {
    const text = `"We stand for dialogue. We are ready! Are you?" the embassy said. Talks follow.`
    expect(sentencesOf(text)).toEqual([
      `"We stand for dialogue. We are ready! Are you?" the embassy said.`,
      "Talks follow."
    ])
    const german = "„Wir sind bereit. Wir warten“, sagte er. Danach ging er."
    expect(sentencesOf(german)).toEqual(["„Wir sind bereit. Wir warten“, sagte er.", "Danach ging er."])
  })

  it("takes closing marks and repeated punctuation into the sentence", () => {
    expect(sentencesOf(`Wait... what?! He said "no." Really? (Yes.) Fine.`)).toEqual([
      "Wait... what?!",
      `He said "no."`,
      "Really?",
      "(Yes.)",
      "Fine."
    ])
  })

  it("never crosses a paragraph break, blank line or single line break", () => {
    const text = "First paragraph without a period\n\nSecond one\nThird one. Still third."
    const segmented = cut(text)
    expect(segmented.sentences.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ["First paragraph without a period", 0],
      ["Second one", 1],
      ["Third one.", 2],
      ["Still third.", 2]
    ])
  })

  it("reads hard-wrapped text as paragraphs separated by blank lines", () => {
    const text = [
      "The ambassador will fly to the capital on",
      "Saturday for consultations, the embassy said",
      "on Wednesday. He will hold meetings with",
      "officials of the ministry.",
      "",
      "Talks are expected to last two days and the",
      "ministry will comment afterwards."
    ].join("\n")
    const segmented = cut(text)
    expect(segmented.paragraphs).toHaveLength(2)
    expect(segmented.sentences.map((s) => text.slice(s.start, s.end).replace(/\n/g, " "))).toEqual([
      "The ambassador will fly to the capital on Saturday for consultations, the embassy said on Wednesday.",
      "He will hold meetings with officials of the ministry.",
      "Talks are expected to last two days and the ministry will comment afterwards."
    ])
  })
})

describe("segment: odd text", () => {
  it.each([
    ["emoji", "Talks 😀 ended 👨‍👩‍👧 today 🇺🇸. Next."],
    ["right-to-left", "السفير الروسي يغادر واشنطن. שגריר רוסיה עזב. Done."],
    ["control characters", "Bell \u0007 and NUL \u0000 and escape \u001b[31m. Done.\u0085 Next"],
    ["unbalanced quotes", `He said "this will never close. Nor this “one. And ” that. ' odd`],
    ["no-break and odd spaces", "A\u00a0B\u2009C\u3000D\u200bE. Next\u2028line."],
    ["combining marks", "Café ñ x\u0301y. Next."],
    ["only punctuation", `... ?!? "" '' — – - ..`],
    ["lone surrogates", "broken \ud800 pair \udc00 here."],
    ["CJK", "俄罗斯大使飞往莫斯科。他将举行会谈。"]
  ])("keeps well formed on %s", (_, text) => {
    expectWellFormed(cut(text))
  })

  it("keeps offsets exact where wink would skip a no-break space", () => {
    const text = "Russian\u00a0envoy\u00a0Antonov left. He\u00a0did not answer."
    const segmented = cut(text)
    expectWellFormed(segmented)
    expect(segmented.tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      "Russian",
      "envoy",
      "Antonov",
      "left",
      ".",
      "He",
      "did",
      "not",
      "answer",
      "."
    ])
  })

  it("cuts CJK sentences at their full stops", () => {
    expect(sentencesOf("俄罗斯大使飞往莫斯科。 他将举行会谈。")).toEqual(["俄罗斯大使飞往莫斯科。", "他将举行会谈。"])
  })

  it("keeps well formed on any text (property)", () => {
    const alphabet = fc.constantFrom(
      ..."aZ .,!?\"“”„'’()-—\n\n\t\u00a0\u0000\u0007😀ש1"
        .split("")
        .concat(["Mr.", "U.S.", "WASHINGTON", " date ", "(Reuters) -", "said", "J.", "\u200b", "...", " "])
    )
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (parts) => {
        expectWellFormed(cut(parts.join("")))
      }),
      { numRuns: 300, seed: 7 }
    )
  })

  it("segments a 10,000-word text without a period, and a megabyte of quotes and dots, in linear time", {
    timeout: 120_000
  }, () => {
    // A guard against quadratic work, not a benchmark: each text against a quarter of it, in one run.
    const words = "word ".repeat(10_000)
    let seed = 1
    const junk = Array.from({ length: 1_000_000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return `".. AB'?“”`[seed % 10]
    }).join("")
    for (const text of [
      words,
      junk,
      ".".repeat(1_000_000),
      "“".repeat(500_000),
      "A. ".repeat(300_000),
      "a\n".repeat(400_000)
    ]) {
      expect(cut(text).sentences.length).toBeGreaterThan(0)
      // A quarter of the text against the whole, within this run: about 4 when linear, 16 when quadratic.
      expect(growthOf((n) => cut(text.slice(0, n)), Math.floor(text.length / 4), 3)).toBeLessThan(LINEAR_BOUND)
    }
    // At most 400 tokens a sentence and 1,000 a paragraph: 25 sentences that tile the run, two to a paragraph.
    const tiled = cut(words).sentences
    expect(tiled).toHaveLength(25)
    expect(tiled.every((s, i) => s.tokenEnd - s.tokenStart === 400 && s.paragraph === i >> 1 && s.index === i)).toBe(
      true
    )
    expect(tiled.map((s) => words.slice(s.start, s.end)).join(" ")).toBe(words.trim())
  })
})

describe("segment: a quotation that goes on into the next paragraph without a new opening mark", () => {
  const quoted = (text: string) =>
    cut(text).quotations.map((q) => ({ inner: text.slice(q.inner.start, q.inner.end), continues: q.continues }))

  it("reads the words up to the closing mark as the same speaker's quotation", () => {
    const text = '“We have seen nothing wrong.\n\nWe remain confident, and will say more," he said.'
    expect(quoted(text)).toEqual([
      { inner: "We have seen nothing wrong.", continues: false },
      { inner: "We remain confident, and will say more,", continues: true }
    ])
  })

  it("does not carry a quotation into a paragraph whose first mark opens one", () => {
    const text = '“We have seen nothing wrong.\n\nHe called it "a disgrace" on Friday.'
    expect(quoted(text).map((q) => q.inner)).toEqual(["We have seen nothing wrong.", "a disgrace"])
  })

  it("does not carry one after a paragraph whose quotations all closed", () => {
    const text = '“We have seen nothing wrong,” she said.\n\nThey remain confident," he said.'
    expect(quoted(text).filter((q) => q.inner.startsWith("They remain"))).toEqual([])
  })
})

describe("quotation boundaries", () => {
  /** Each quotation as [text with marks, inner text, closed, depth, continues]. */
  const quotes = (text: string) =>
    (cut(text).quotations ?? []).map((q) => [
      text.slice(q.start, q.end),
      text.slice(q.inner.start, q.inner.end),
      q.closed,
      q.depth,
      q.continues
    ])

  it("pairs guillemets, and German „…“ marks, around the words between them", () => {
    expect(quotes("The minister called it «a dead end» on Monday.")).toEqual([
      ["«a dead end»", "a dead end", true, 0, false]
    ])
    expect(quotes("Der Minister sprach von „einer Sackgasse“ am Montag.")).toEqual([
      ["„einer Sackgasse“", "einer Sackgasse", true, 0, false]
    ])
    // “ after a closing single mark could open a quotation too; after „ it closes the one „ opened.
    expect(quotes("„Das ist ‘Unsinn’“, sagte er.")).toEqual([
      ["„Das ist ‘Unsinn’“", "Das ist ‘Unsinn’", true, 0, false],
      ["‘Unsinn’", "Unsinn", true, 1, false]
    ])
  })

  it("reads single marks as a quotation inside a double one, and never an apostrophe as a mark", () => {
    expect(quotes("“We won’t accept ‘a dead end’ in the talks,” he said.")).toEqual([
      ["“We won’t accept ‘a dead end’ in the talks,”", "We won’t accept ‘a dead end’ in the talks,", true, 0, false],
      ["‘a dead end’", "a dead end", true, 1, false]
    ])
    expect(quotes("The envoy’s trip and the ministers’ talks went ahead.")).toEqual([])
  })

  it("runs a quotation left open to the end of its paragraph, and the next paragraph's opening mark continues it", () => {
    const text = "“The talks will go on,” he said. “We are ready to meet.\n\n“We will not give up.”"
    expect(quotes(text)).toEqual([
      ["“The talks will go on,”", "The talks will go on,", true, 0, false],
      ["“We are ready to meet.", "We are ready to meet.", false, 0, false],
      ["“We will not give up.”", "We will not give up.", true, 0, true]
    ])
  })

  it("does not continue a quotation into a paragraph that opens with the writer's words", () => {
    const text = "“We are ready to meet.\n\nThe minister then said “we will not give up.”"
    expect(quotes(text).map((q) => q[4])).toEqual([false, false])
    // A new speaker's quotation after a paragraph whose quotations all closed.
    expect(quotes("“We are ready,” he said.\n\n“We will not give up,” she said.").map((q) => q[4])).toEqual([
      false,
      false
    ])
  })
})
