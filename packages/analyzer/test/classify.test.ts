import { readFileSync } from "node:fs"
import { type ArticleInput, comparePromise } from "@diplo/analyzer"
import type { Comparison, Finding } from "@diplo/model"
import { describe, expect, it } from "vitest"

const example = (name: string): ArticleInput => ({
  path: `examples/antonov-2021/${name}`,
  content: readFileSync(new URL(`../../../examples/antonov-2021/${name}`, import.meta.url))
})
const A = example("a-2021-03-18.txt")
const B = example("b-2021-03-22.txt")

const of = (c: Comparison, kind: Finding["kind"], type?: string) =>
  c.findings.filter((f) => f.kind === kind && (type === undefined || f.type === type))
const evidenceText = (f: Finding, sourceId: string) =>
  f.evidence
    .filter((e) => e.sourceId === sourceId)
    .map((e) => e.text)
    .join(" | ")

describe("classify on the example pair", async () => {
  const c = await comparePromise([A, B])

  it("shows the word choice for the same act side by side", () => {
    const choice = of(c, "framing", "lexical-choice").find((f) => evidenceText(f, "A").includes("summoned"))
    expect(choice).toBeDefined()
    expect(evidenceText(choice!, "B")).toContain("invited")
  })

  it("dates the trip differently on each side and says both can be true", () => {
    const [date] = of(c, "discrepancy", "date")
    expect(date).toMatchObject({ severity: "minor", compatible: true })
    if (date?.kind !== "discrepancy") throw new Error("no date discrepancy")
    expect(date.values.map((v) => [v.sourceIds, v.value])).toEqual([
      [["A"], "2021-03-20"],
      [["B"], "2021-03-21"]
    ])
  })

  it("does not blame the earlier source for what happened after it was published", () => {
    const later = of(c, "omission", "later-event").find((f) => evidenceText(f, "B").includes("lasted over two hours"))
    expect(later).toMatchObject({ presentIn: ["B"], absentFrom: ["A"], severity: "info" })
  })

  it("puts findings in order of salience, most salient first, with ids stable across runs", async () => {
    const saliences = c.findings.map((f) => f.salience)
    expect(saliences).toEqual([...saliences].sort((x, y) => y - x))
    const again = await comparePromise([A, B])
    expect(again.findings.map((f) => f.id)).toEqual(c.findings.map((f) => f.id))
  })
})

describe("classify on identical and grouped sources", () => {
  it("finds only agreements between an article and an identical copy of it", async () => {
    const c = await comparePromise([A, { ...A, path: "copy.txt" }])
    expect(c.findings.length).toBeGreaterThan(0)
    expect(c.findings.filter((f) => f.kind !== "agreement")).toEqual([])
  })

  it("groups sources: what two carry and a third leaves out is one omission", async () => {
    const c = await comparePromise([A, B, { ...A, path: "copy.txt" }])
    const dialogue = of(c, "omission").filter((f) =>
      evidenceText(f, "A").includes("We stand for establishing dialogue")
    )
    expect(dialogue).toHaveLength(1)
    expect(dialogue[0]).toMatchObject({ presentIn: ["A", "C"], absentFrom: ["B"] })
    expect(of(c, "omission").filter((f) => f.kind === "omission" && f.presentIn.join() === "C")).toEqual([])
  })
})

describe("classify on another event", async () => {
  const first = [
    " date 2019-06-06 BERLIN, June 6. Germany recalled its ambassador to Turkey for consultations on Wednesday, the foreign ministry said.",
    "",
    "The ministry said 12 diplomats would leave Ankara. Turkey reportedly detained two German citizens last week."
  ].join("\n")
  const second = [
    " date 2019-06-07 Germany recalled its ambassador to Turkey for consultations on Wednesday, the foreign ministry said on Thursday.",
    "",
    "The ministry said 15 diplomats would leave Ankara. Officials called the detentions a “provocation”."
  ].join("\n")
  const c = await comparePromise([
    { path: "first.txt", content: first },
    { path: "second.txt", content: second }
  ])

  it("sees the same recall in both and agrees on its date", () => {
    const agreements = of(c, "agreement")
    expect(agreements.some((f) => evidenceText(f, "A").includes("recalled its ambassador"))).toBe(true)
    expect(of(c, "discrepancy", "date")).toEqual([])
  })

  it("flags the different head counts as a number discrepancy with both values", () => {
    const [number] = of(c, "discrepancy", "number")
    if (number?.kind !== "discrepancy") throw new Error("no number discrepancy")
    expect(number.values.map((v) => v.value).sort()).toEqual(["12", "15"])
    expect(number.severity).toBe("major")
  })

  it("sets a hedge on a matter the other source does not tell against nothing, and takes a word officials are said to have called it for theirs", () => {
    // "Turkey reportedly detained …" has no counterpart in the second article: framing is contrastive, so no finding.
    expect(of(c, "framing", "hedge").filter((f) => f.evidence.some((e) => e.text === "reportedly"))).toEqual([])
    // "Officials called the detentions a “provocation”": the officials' word, not the writer's distance.
    expect(of(c, "framing", "scare-quote")).toEqual([])
  })

  it("flags 'said' turned into 'claimed' for the same words as an attribution-verb difference", async () => {
    const said = " date 2019-06-06 The foreign minister said the talks had failed because of the sanctions."
    const claimed = " date 2019-06-06 The foreign minister claimed the talks had failed because of the sanctions."
    const pair = await comparePromise([
      { path: "said.txt", content: said },
      { path: "claimed.txt", content: claimed }
    ])
    const [verb] = of(pair, "framing", "attribution-verb")
    expect(verb).toBeDefined()
    expect(evidenceText(verb!, "A")).toBe("said")
    expect(evidenceText(verb!, "B")).toBe("claimed")
  })
})

describe("discrepancies inside shared wording", async () => {
  const story = (sentence: string) =>
    [
      "The foreign ministers of the two countries met in Vienna to discuss the future of the agreement.",
      sentence,
      "Officials from both delegations said further talks would be scheduled for the coming weeks."
    ].join(" ")
  const pair = (a: string, b: string) =>
    comparePromise([
      { path: "a.txt", content: story(a), publishedAt: "2024-06-14" },
      { path: "b.txt", content: story(b), publishedAt: "2024-06-14" }
    ])

  // Sentences that report no typed event: the events' own date and polarity checks cannot see these.
  it("finds a negation one source inserts into the same sentence", async () => {
    const c = await pair(
      "The water level in the old canal was rising steadily according to the local engineers.",
      "The water level in the old canal was not rising steadily according to the local engineers."
    )
    const [polarity] = of(c, "discrepancy", "polarity")
    if (polarity?.kind !== "discrepancy") throw new Error("no polarity discrepancy")
    expect(polarity.values.map((v) => [v.sourceIds, v.value])).toEqual([
      [["A"], "affirmed"],
      [["B"], "negated"]
    ])
    expect(evidenceText(polarity, "B")).toBe("was not rising")
    expect(evidenceText(polarity, "A")).toBe("was rising")
  })

  it("finds a date one source moves in the same sentence, with both dates as evidence", async () => {
    const c = await pair(
      "The water level in the old canal was rising steadily on Tuesday according to the local engineers.",
      "The water level in the old canal was rising steadily on Thursday according to the local engineers."
    )
    const [date] = of(c, "discrepancy", "date")
    if (date?.kind !== "discrepancy") throw new Error("no date discrepancy")
    expect(date).toMatchObject({ severity: "major", compatible: false })
    expect(date.values.map((v) => v.value)).toEqual(["2024-06-11", "2024-06-13"])
    expect(evidenceText(date, "A")).toBe("on Tuesday")
    expect(evidenceText(date, "B")).toBe("on Thursday")
  })

  it("shows a word changed outside the claim of a copied sentence as a word choice", async () => {
    const c = await pair(
      '"It is time for me to move along and look for new ways to serve," the senator said in a statement Friday evening, noting he sent a letter to the governor.',
      '"It is time for me to move along and look for new ways to serve," the senator said in a rant Friday evening, noting he sent a letter to the governor.'
    )
    const choice = of(c, "framing", "lexical-choice").find((f) => evidenceText(f, "B") === "rant")
    expect(choice).toBeDefined()
    expect(evidenceText(choice!, "A")).toBe("statement")
  })

  it("shows a verb of another weight in a copied sentence as an attribution-verb framing, once", async () => {
    const c = await pair(
      "Engineers said after the storm ended that the water level in the old canal was rising steadily.",
      "Engineers claimed after the storm ended that the water level in the old canal was rising steadily."
    )
    const verbs = of(c, "framing", "attribution-verb")
    expect(verbs).toHaveLength(1)
    expect(evidenceText(verbs[0]!, "A")).toBe("said")
    expect(evidenceText(verbs[0]!, "B")).toBe("claimed")
  })

  it("raises neither when the sentences are reworded rather than copied", async () => {
    const c = await pair(
      "The water level in the old canal was rising steadily on Tuesday according to the local engineers.",
      "Local engineers said on Thursday that the old canal's water was not rising as fast as before."
    )
    expect(of(c, "discrepancy", "polarity")).toEqual([])
    expect(of(c, "discrepancy", "date")).toEqual([])
  })
})

describe("omissions next to a shared sentence", () => {
  it("reports a sentence one source left out, though its neighbour's copy in the other source resembles it", async () => {
    const kept =
      "The trade minister met the visiting ambassador in Paris to discuss the future of the fishing agreement."
    const dropped =
      "The visiting ambassador later told the trade minister in Paris that the fishing agreement needed new quotas."
    const rest =
      "Officials said further talks would follow in the coming weeks. The opposition criticized the secrecy of the talks."
    const c = await comparePromise([
      { path: "a.txt", content: `${kept} ${dropped} ${rest}` },
      { path: "b.txt", content: `${kept} ${rest}` }
    ])
    const omissions = of(c, "omission")
    // The whole sentence left out, as a reader checks it.
    expect(omissions.map((f) => evidenceText(f, "A"))).toEqual([dropped])
  })
})

describe("conflicts only where the sources tell the same thing", () => {
  const pair = (a: string, b: string) =>
    comparePromise([
      { path: "a.txt", content: a, publishedAt: "2024-06-14" },
      { path: "b.txt", content: b, publishedAt: "2024-06-14" }
    ])
  const holt = "Prime Minister Jane Holt spoke after the summit in Oslo."
  const both = "Prime Minister Jane Holt and Minister Erik Lund spoke after the summit in Oslo."

  it("gives the same quotation to different speakers as an attribution discrepancy", async () => {
    const c = await pair(
      `${holt} "We have reached a fair and lasting agreement on fishing rights," Holt said.`,
      `${both} "We have reached a fair and lasting agreement on fishing rights," Lund said.`
    )
    expect(of(c, "discrepancy", "attribution")).toHaveLength(1)
  })

  it("raises none for two speakers' different quotations on one matter", async () => {
    const c = await pair(
      `${holt} "We have reached a fair and lasting agreement on fishing rights," Holt said.`,
      `${both} "The talks on fishing rights were difficult but fair to both sides," Lund said.`
    )
    expect(of(c, "discrepancy", "attribution")).toEqual([])
  })

  it("compares attribution verbs only between one speaker's words", async () => {
    const same = await pair(
      `${holt} Holt said the new agreement on fishing rights would protect the coastal towns for a decade.`,
      `${both} Holt claimed the new agreement on fishing rights would protect the coastal towns for a decade.`
    )
    expect(of(same, "framing", "attribution-verb")).toHaveLength(1)
    const other = await pair(
      `${holt} Holt said the new agreement on fishing rights would protect the coastal towns for a decade.`,
      `${both} Lund warned the new agreement on fishing rights would hurt the coastal towns within a decade.`
    )
    expect(of(other, "framing", "attribution-verb")).toEqual([])
  })

  it("finds a meeting one source says took place and the other says did not", async () => {
    const c = await pair(
      "President Anna Berg met Chancellor Otto Weiss in Vienna on Monday to discuss energy prices.",
      "President Anna Berg did not meet Chancellor Otto Weiss in Vienna on Monday to discuss energy prices, aides said."
    )
    expect(of(c, "discrepancy", "polarity")).toHaveLength(1)
  })

  it("raises no polarity conflict between a meeting that took place and one that will not", async () => {
    const c = await pair(
      "President Anna Berg met Chancellor Otto Weiss in Vienna on Monday to discuss energy prices.",
      "President Anna Berg will not meet Chancellor Otto Weiss in Vienna to discuss energy prices, aides said."
    )
    expect(of(c, "discrepancy", "polarity")).toEqual([])
  })
})
