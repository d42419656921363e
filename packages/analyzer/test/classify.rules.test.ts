import { comparePromise, tuningWith } from "@diplo/analyzer"
import type { Comparison, Finding, Source } from "@diplo/model"
import type { Detection } from "../src/classify/draft.js"
import { summarize } from "../src/classify/summaries.js"
import { describe, expect, it } from "vitest"

/**
 * One test per rule of classify that decides what a reader sees: the smallest pair of articles that shows the
 * finding (with its evidence on every side) or shows that no finding is made.
 */

const pair = (a: string, b: string, tuning?: Record<string, number>): Promise<Comparison> =>
  comparePromise(
    [
      { path: "a.txt", content: a, publishedAt: "2024-06-14" },
      { path: "b.txt", content: b, publishedAt: "2024-06-14" }
    ],
    tuning === undefined ? {} : { tuning }
  )

const of = (c: Comparison, kind: Finding["kind"], type?: string) =>
  c.findings.filter((f) => f.kind === kind && (type === undefined || f.type === type))

const texts = (f: Finding, sourceId: string) => f.evidence.filter((e) => e.sourceId === sourceId).map((e) => e.text)

const opening = "Finance ministers of the two countries met in Geneva on Tuesday to discuss the trade accord."
const closing = "Officials from both delegations said further talks would be held in the coming weeks."
const story = (...sentences: string[]) => [opening, ...sentences, closing].join(" ")

describe("loaded language: the writer's own words, contrasted with the other telling", () => {
  it("flags a loaded word of the narrator, with the other source's plain telling as evidence", async () => {
    const c = await pair(
      story("The outrageous proposal would cut tariffs on steel imports by half next year."),
      story("The proposal would cut tariffs on steel imports by half next year.")
    )
    const [loaded] = of(c, "framing", "loaded-language")
    expect(texts(loaded!, "A")).toEqual(["outrageous"])
    expect(texts(loaded!, "B")).toEqual(["The proposal would cut tariffs on steel imports by half next year."])
  })

  it("reads what the writer says someone means to do ('plans to pass a horrific …') in the writer's own voice", async () => {
    const c = await pair(
      story("The ministers plan to pass a horrific tariff on steel imports from the north next year."),
      story("The ministers plan to pass a tariff on steel imports from the north next year.")
    )
    const [loaded] = of(c, "framing", "loaded-language")
    expect(texts(loaded!, "A")).toEqual(["horrific"])
  })

  it("takes a loaded word inside a quotation for the speaker's, not the outlet's", async () => {
    const c = await pair(
      story('"This is an outrageous proposal that would cut tariffs on steel imports," the minister said.'),
      story('"This is a proposal that would cut tariffs on steel imports," the minister said.')
    )
    expect(of(c, "framing", "loaded-language")).toEqual([])
  })

  it("finds no difference in a word the other source uses too", async () => {
    const c = await pair(
      story("The outrageous proposal would cut tariffs on steel imports by half next year."),
      story("The proposal would cut tariffs on steel imports by half next year, an outrageous step, critics said.")
    )
    expect(of(c, "framing", "loaded-language").filter((f) => f.sourceIds.length > 1)).toEqual([])
  })

  it("never counts neutral legal words ('criminal', 'illegally') as loaded", async () => {
    const c = await pair(
      story("Prosecutors filed criminal charges against the importer, who had illegally shipped the steel."),
      story("Prosecutors charged the importer, who had shipped the steel without a licence.")
    )
    expect(of(c, "framing", "loaded-language")).toEqual([])
  })
})

describe("scare quotes: the writer's distance, not a speaker's words or a title", () => {
  it("flags quotation marks the narrator puts around a word, against the other source's plain telling", async () => {
    const c = await pair(
      story("The ministry published a “reform” plan that would cut tariffs on steel imports by half."),
      story("The ministry published a reform plan that would cut tariffs on steel imports by half.")
    )
    const [scare] = of(c, "framing", "scare-quote")
    expect(texts(scare!, "A")).toEqual(["“reform”"])
    expect(texts(scare!, "B")).toHaveLength(1)
  })

  it("takes a speaker's partial quote for a quotation", async () => {
    const c = await pair(
      story("The minister said the plan was “a disaster” for the steel towns of the north."),
      story("The minister criticized the plan for the steel towns of the north.")
    )
    expect(of(c, "framing", "scare-quote")).toEqual([])
  })

  it("flags marks the writer puts after a phrase of someone's speech has closed ('in calling for …, they … “petitions”')", async () => {
    const told = (marked: string) =>
      story(
        `Several ministers, in calling for the release of the report, also gathered the names of supporters by handing out ${marked} at the mills of the north.`
      )
    const c = await pair(told("“petitions”"), told("petitions"))
    const [scare] = of(c, "framing", "scare-quote")
    expect(texts(scare!, "A")).toEqual(["“petitions”"])
  })

  it("takes marks after a verb of expressing ('expressed frustration at … “red lines”') for the speaker's term", async () => {
    const told = (marked: string) =>
      story(
        `At her news conference, Ann Lee expressed frustration at the ministry’s failure to establish ${marked} for the steel trade.`
      )
    const c = await pair(told("“red lines”"), told("red lines"))
    expect(of(c, "framing", "scare-quote")).toEqual([])
  })

  it("takes the name of a show or a policy in quotation marks for a name", async () => {
    const c = await pair(
      story("The minister defended the plan on “Meet the Press” before the vote on the steel tariffs."),
      story("The minister defended the plan on television before the vote on the steel tariffs.")
    )
    expect(of(c, "framing", "scare-quote")).toEqual([])
  })
  // A phrase longer than the tuned limit (tuning scareQuoteMaxWords, 3) is someone's words, not the writer's distance.
  it("takes a quoted phrase longer than the word limit for a quotation", async () => {
    const c = await pair(
      story(
        "The ministry published a plan for “a fair deal with the steel towns” that would cut tariffs on steel imports by half."
      ),
      story("The ministry published a plan that would cut tariffs on steel imports by half.")
    )
    expect(of(c, "framing", "scare-quote")).toEqual([])
  })

  it("takes quoted words that end in sentence punctuation for a quoted sentence", async () => {
    const c = await pair(
      story("The ministry published a plan that would cut tariffs on steel imports by half, “a fair reform.”"),
      story("The ministry published a plan that would cut tariffs on steel imports by half.")
    )
    expect(of(c, "framing", "scare-quote")).toEqual([])
  })

  it("takes a mark left open to the end of its paragraph for no scare quote", async () => {
    const c = await pair(
      `${opening}\n\nThe ministry published a plan that would cut tariffs on steel imports by half as “reform\n\n${closing}`,
      `${opening}\n\nThe ministry published a plan that would cut tariffs on steel imports by half as reform\n\n${closing}`
    )
    expect(of(c, "framing", "scare-quote")).toEqual([])
  })
})

describe("hedges", () => {
  it("flags a distancing hedge against the other source's plain statement, with both sides' words", async () => {
    const c = await pair(
      story("The importer reportedly shipped ten thousand tonnes of steel through the port in May."),
      story("The importer shipped ten thousand tonnes of steel through the port in May.")
    )
    const hedge = of(c, "framing", "hedge").find((f) => texts(f, "A").includes("reportedly"))
    expect(hedge).toBeDefined()
    expect(texts(hedge!, "B")).toHaveLength(1)
  })

  it("sets a hedged noun phrase against the same words the other source uses plainly, even in another statement", async () => {
    const c = await pair(
      story("Customs officers are examining alleged tariff fraud by the importer and rarely comment on cases."),
      story("The agency looking into tariff fraud by the importer said on Friday that the inquiry was nearly done.")
    )
    const hedge = of(c, "framing", "hedge").find((f) => texts(f, "A").includes("alleged"))
    expect(texts(hedge!, "A")).toEqual(["alleged"])
    expect(texts(hedge!, "B")).toEqual(["tariff fraud"])
  })

  it("reads 'so-called' as one hedge before its noun phrase", async () => {
    const c = await pair(
      story("Customs officers are examining the so-called tariff fraud by the importer and rarely comment on cases."),
      story("The agency looking into tariff fraud by the importer said on Friday that the inquiry was nearly done.")
    )
    const hedge = of(c, "framing", "hedge").find((f) => texts(f, "A").includes("so-called"))
    expect(texts(hedge!, "B")).toEqual(["tariff fraud"])
  })

  it("takes no plain use that is quoted, hedged in turn, or told by the hedging source itself", async () => {
    const quoted = await pair(
      story("Customs officers are examining alleged tariff fraud by the importer and rarely comment on cases."),
      story('"We see tariff fraud by the importer every month," the agency chief said on Friday.')
    )
    const again = await pair(
      story("Customs officers are examining alleged tariff fraud by the importer and rarely comment on cases."),
      story("The agency looking into purported tariff fraud by the importer said on Friday that it was nearly done.")
    )
    const own = await pair(
      story(
        "Customs officers are examining alleged tariff fraud by the importer and rarely comment on cases.",
        "The agency has fined firms for tariff fraud before."
      ),
      story("The agency looking into tariff fraud by the importer said on Friday that the inquiry was nearly done.")
    )
    for (const c of [quoted, again, own])
      expect(of(c, "framing", "hedge").filter((f) => texts(f, "B").includes("tariff fraud"))).toEqual([])
  })
})

describe("attribution: over the same quotation, with resolved speakers", () => {
  const line = '"We will not accept tariffs that destroy our steel industry and its workers,"'
  it("gives the same quotation to two named speakers as a major discrepancy", async () => {
    const c = await pair(
      story(`${line} said Finance Minister Karl Brandt.`),
      story(`${line} said Trade Minister Lena Fischer.`)
    )
    const [conflict] = of(c, "discrepancy", "attribution")
    expect(conflict).toMatchObject({ severity: "major" })
  })

  it("raises none where one side names the speaker only by a pronoun", async () => {
    const c = await pair(
      story("Finance Minister Karl Brandt spoke after the meeting.", `${line} he said.`),
      story("Trade Minister Lena Fischer spoke after the meeting.", `${line} said Trade Minister Lena Fischer.`)
    )
    expect(of(c, "discrepancy", "attribution").filter((f) => f.severity === "major")).toEqual([])
  })

  it("reports one speaker's line quoted in different words", async () => {
    const c = await pair(
      story(
        '"Every day that passes, the mills get closer and closer to a complete shutdown of the northern mills," said Karl Brandt.'
      ),
      story(
        '"Every day that passes, the mills get closer and closer to a permanent closure of the northern mills," said Karl Brandt.'
      )
    )
    const wording = of(c, "discrepancy", "attribution").find((f) => f.severity === "minor")
    expect(wording).toBeDefined()
    expect(texts(wording!, "A").join(" ")).toContain("shutdown")
    expect(texts(wording!, "B").join(" ")).toContain("closure")
  })
})

describe("figures: one quantity, told differently", () => {
  it("flags two figures for the same measure", async () => {
    const c = await pair(
      story("The Geneva Steel Group earned $139 million from exports last year, the company said."),
      story("The Geneva Steel Group earned $151 million from exports last year, the company said.")
    )
    const [number] = of(c, "discrepancy", "number")
    expect(number?.kind === "discrepancy" && number.values.map((v) => v.value).sort()).toEqual([
      "139000000",
      "151000000"
    ])
  })

  it("takes one figure written at two precisions for one figure", async () => {
    const c = await pair(
      story("The Geneva Steel Group paid $43,885,310 in taxes last year, the filing showed."),
      story("The Geneva Steel Group paid $44 million in taxes last year, the filing showed.")
    )
    expect(of(c, "discrepancy", "number")).toEqual([])
  })

  it("compares income with income and taxes with taxes, not across", async () => {
    const c = await pair(
      story("The Geneva Steel Group earned $139 million and paid $44 million in taxes last year."),
      story("The Geneva Steel Group earned $139 million in income last year and paid $44 million in taxes.")
    )
    expect(of(c, "discrepancy", "number")).toEqual([])
  })
})

describe("dates", () => {
  it("sets dates against each other only where the statements say the same thing", async () => {
    const c = await pair(
      story("Karl Brandt met Lena Fischer in Bern on Wednesday."),
      story(
        "Lena Fischer, the trade minister, met Finance Minister Karl Brandt and his aides in the Swiss capital on Friday for talks about tariffs on steel."
      )
    )
    expect(of(c, "discrepancy", "date")).toEqual([])
  })

  it("takes a meeting told as happening again for another meeting, not the same one re-dated", async () => {
    const c = await pair(
      story("President Karl Brandt met Speaker Lena Fischer at the palace on Wednesday to discuss the budget."),
      story(
        "President Karl Brandt met Speaker Lena Fischer again at the palace on Friday, this time to discuss the border."
      )
    )
    expect(of(c, "discrepancy", "date")).toEqual([])
  })

  it("does not set a planned meeting against a past one", async () => {
    const c = await pair(
      story("Karl Brandt will meet Lena Fischer in Bern on June 20 to sign the steel accord."),
      story("Karl Brandt met Lena Fischer in Bern on June 12 to sign the steel accord.")
    )
    expect(of(c, "discrepancy", "date").filter((f) => f.severity === "major")).toEqual([])
  })
})

describe("emphasis: one finding on the leads, never mirrored", () => {
  it("gives one finding with every lead when the leads tell different matters", async () => {
    const c = await pair(
      [
        "Steel workers marched through Geneva on Monday to protest job cuts at the mills.",
        opening,
        "The accord would cut tariffs on steel imports by half.",
        closing
      ].join("\n\n"),
      [
        opening,
        "The accord would cut tariffs on steel imports by half.",
        "Steel workers marched through Geneva on Monday to protest job cuts at the mills.",
        closing
      ].join("\n\n")
    )
    const emphasis = of(c, "framing", "emphasis")
    expect(emphasis).toHaveLength(1)
    expect(texts(emphasis[0]!, "A").length).toBeGreaterThan(0)
    expect(texts(emphasis[0]!, "B").length).toBeGreaterThan(0)
  })

  it("gives none when the sources lead with the same matter", async () => {
    const c = await pair(
      story("The accord would cut tariffs on steel imports by half."),
      story("The accord would cut tariffs on steel imports by half.")
    )
    expect(of(c, "framing", "emphasis")).toEqual([])
  })
})

describe("voices", () => {
  it("reports a source that relies on unnamed sources where the other names its own", async () => {
    const c = await pair(
      story("The accord was nearly dead last week, according to two officials familiar with the talks."),
      story("The accord was nearly dead last week, said Karl Brandt, the finance minister.")
    )
    const unnamed = of(c, "framing", "voice").find((f) => f.summary.includes("unnamed"))
    expect(unnamed?.sourceIds).toEqual(["A"])
  })
})

describe("voices: unnamed sources another outlet cites", () => {
  it("takes unnamed sources an outlet cites (“Zapnet reported, citing two officials who”) for the outlet's, not the source's", async () => {
    const c = await pair(
      story(
        "The Daily Beast reported on Monday, citing two officials familiar with the talks, that the accord was nearly dead."
      ),
      story("The accord was nearly dead last week, said Karl Brandt, the finance minister.")
    )
    // The outlet is the speaker of what follows "that", across the participial clause.
    const claim = c.claims.find((x) => x.sourceId === "A" && x.text.startsWith("the accord was nearly dead"))
    expect(claim?.speakerId).toBe("media:the-daily-beast")
    expect(of(c, "framing", "voice").filter((f) => f.summary.includes("unnamed"))).toEqual([])
  })

  it("still reports unnamed sources that speak to the outlet itself (“two officials told the paper”)", async () => {
    const c = await pair(
      story("The accord was nearly dead last week, two officials familiar with the talks told The Daily Beast."),
      story("The accord was nearly dead last week, said Karl Brandt, the finance minister.")
    )
    expect(of(c, "framing", "voice").some((f) => f.summary.includes("unnamed"))).toBe(true)
  })
})

describe("omissions: the salient few, whole sentences", () => {
  const extra = [
    "Karl Brandt said the accord would save 4,000 jobs at the mills of the north.",
    "Lena Fischer warned that the accord could be blocked by the parliament in Bern.",
    "The steel union called a strike for Friday at three mills near Basel.",
    "Exports of steel rose by 12 percent in the first quarter, the statistics office said."
  ]
  it("reports a left-out sentence whole", async () => {
    const c = await pair(story(extra[0]!), story())
    const [omission] = of(c, "omission")
    expect(texts(omission!, "A")).toEqual([extra[0]])
  })

  it("weighs a named speaker's figure as major and a plain remark as minor", async () => {
    const weather = "It rained heavily in the old town of Geneva all through the afternoon and evening."
    expect(of(await pair(story(extra[0]!), story()), "omission")).toMatchObject([
      {
        type: "content",
        severity: "major",
        presentIn: ["A"],
        absentFrom: ["B"],
        summary: `Only A reports “${extra[0]}”; B does not.`
      }
    ])
    expect(of(await pair(story(weather), story()), "omission")).toMatchObject([
      { type: "content", severity: "minor", presentIn: ["A"], absentFrom: ["B"] }
    ])
  })

  it("reports what two sources carry and a third leaves out once, with both carriers' words, as weaker", async () => {
    const c = await comparePromise([
      { path: "a.txt", content: story(extra[0]!), publishedAt: "2024-06-14" },
      { path: "b.txt", content: story(extra[0]!), publishedAt: "2024-06-14" },
      { path: "c.txt", content: story(), publishedAt: "2024-06-14" }
    ])
    const omissions = of(c, "omission")
    expect(omissions).toMatchObject([
      {
        type: "content",
        severity: "minor",
        presentIn: ["A", "B"],
        absentFrom: ["C"],
        summary: `Only A and B report “${extra[0]}”; C does not.`
      }
    ])
    expect(texts(omissions[0]!, "A")).toEqual([extra[0]])
    expect(texts(omissions[0]!, "B")).toEqual(["the accord would save 4,000 jobs at the mills of the north."])
  })

  it("gives one sentence one verdict: left out where any salient part of it is", async () => {
    const sentence =
      "The ministry published a plan to cut tariffs on steel imports by half, and Karl Brandt said the accord would save 4,000 jobs at the mills of the north."
    const c = await comparePromise([
      { path: "a.txt", content: story(sentence), publishedAt: "2024-06-14" },
      { path: "b.txt", content: story(extra[0]!), publishedAt: "2024-06-14" },
      { path: "c.txt", content: story(), publishedAt: "2024-06-14" }
    ])
    const withSentence = of(c, "omission").filter((f) => texts(f, "A").includes(sentence))
    expect(withSentence).toMatchObject([{ absentFrom: ["B", "C"] }])
  })

  it("says 'only' where every other source leaves it out, not where one tells it in words no statement pairs", () => {
    const sources = new Map(
      ["A", "B", "C"].map((id) => [id, { id, path: `${id.toLowerCase()}.txt`, publishedAt: null } as Source])
    )
    const omission = (presentIn: string[], absentFrom: string[]) =>
      summarize(
        {
          kind: "omission",
          type: "content",
          severity: "minor",
          presentIn,
          absentFrom,
          evidence: [],
          sourceIds: presentIn,
          about: { type: "omission", text: "The union called a strike.", later: null }
        } as unknown as Detection,
        sources
      )
    expect(omission(["A"], ["B", "C"])).toMatch(/^Only A reports/)
    expect(omission(["A"], ["C"])).toMatch(/^A reports “The union called a strike\.”; C does not\.$/)
  })

  it("leaves a source's lead to the emphasis finding, not to an omission", async () => {
    const lead = "Karl Brandt said the accord would save 4,000 jobs at the mills of the north."
    const c = await pair(`${lead} ${story()}`, story())
    expect(of(c, "omission").filter((f) => texts(f, "A").includes(lead))).toEqual([])
    expect(of(c, "framing", "emphasis")).toHaveLength(1)
  })

  it("reports at most the tuned number of omissions, the most salient first", async () => {
    const paragraphs = [opening, ...extra, closing].join("\n\n")
    const c = await pair(paragraphs, story(), { omissionsPerEvent: 2 })
    expect(of(c, "omission")).toHaveLength(2)
    const all = await pair(paragraphs, story())
    expect(of(all, "omission").length).toBeGreaterThan(2)
  })
})

describe("salience and tuning", () => {
  it("gives every finding a salience in [0, 1] and orders the findings by it", async () => {
    const c = await pair(
      story("The outrageous proposal would cut tariffs on steel imports by half next year."),
      story("The proposal would cut tariffs on steel imports by half next year.", "Karl Brandt resigned on Monday.")
    )
    const saliences = c.findings.map((f) => f.salience)
    expect(saliences.every((x) => x >= 0 && x <= 1)).toBe(true)
    expect(saliences).toEqual([...saliences].sort((x, y) => y - x))
  })

  it("refuses an unknown tuning name", () => {
    expect(() => tuningWith({ noSuchValue: 1 })).toThrow(/unknown tuning value "noSuchValue"/)
  })
})

describe("rules added on real coverage", () => {
  it("does not set a speaker's figure against the writer's (two voices, two claims)", async () => {
    const c = await pair(
      story("The Geneva Steel Group paid an effective tax rate of 35.7 percent last year, the filing showed."),
      story("Karl Brandt said the Geneva Steel Group paid an effective tax rate of 30 percent last year.")
    )
    expect(of(c, "discrepancy", "number")).toEqual([])
  })

  it("reads an affiliation label on a group as the group's side, not the writer's loaded word", async () => {
    const c = await pair(
      story("A pro-government research group published the figures on steel imports on Monday."),
      story("A research group published the figures on steel imports on Monday.")
    )
    expect(of(c, "framing", "loaded-language")).toEqual([])
  })

  it("flags an anti-X label the writer puts on an act", async () => {
    const c = await pair(
      story("The ministry announced new anti-Swiss tariffs on steel imports on Monday."),
      story("The ministry announced new tariffs on steel imports on Monday.")
    )
    const [loaded] = of(c, "framing", "loaded-language")
    expect(texts(loaded!, "A")).toEqual(["anti-Swiss"])
  })

  it("compares a quotation the claims reader did not frame with the other source's quotation", async () => {
    const c = await pair(
      story(
        '"Every day that passes, the mills get closer and closer to a complete shutdown of the northern mills," said Karl Brandt.'
      ),
      story(
        '"Every day that passes, the mills get closer and closer to a permanent closure of the northern mills," Mr. Brandt is shown saying.'
      )
    )
    expect(of(c, "discrepancy", "attribution").length).toBeGreaterThan(0)
  })

  it("reports one word changed for another where it ends the quotation", async () => {
    const c = await pair(
      story('"Every day that passes, the country gets closer and closer to a nuclear bomb," said Karl Brandt.'),
      story('"Every day that passes, the country gets closer and closer to nuclear arms," said Karl Brandt.')
    )
    const wording = of(c, "discrepancy", "attribution")[0]
    expect(texts(wording!, "A").join(" ")).toContain("bomb")
    expect(texts(wording!, "B").join(" ")).toContain("arms")
  })

  it("takes 'what he called' for a speaker's term, not the writer's hedge", async () => {
    const c = await pair(
      story("The minister criticized what he called a reckless plan to cut tariffs on steel imports."),
      story("The minister criticized the plan to cut tariffs on steel imports.")
    )
    expect(of(c, "framing", "hedge")).toEqual([])
  })

  it("reads a loaded word followed by a neutral term as that term ('terrorist attacks')", async () => {
    const c = await pair(
      story("The talks were delayed after the terrorist attacks in the port city last spring."),
      story("The talks were delayed after the attacks in the port city last spring.")
    )
    expect(of(c, "framing", "loaded-language")).toEqual([])
  })

  it("reports a voice only one source carries when the others name voices too", async () => {
    const c = await pair(
      story(
        '"The accord will save our mills," said Karl Brandt.',
        '"It is a betrayal of the workers," said Anna Keller, a union leader.'
      ),
      story('"The accord will save our mills," said Karl Brandt.')
    )
    const voice = of(c, "framing", "voice").find((f) => f.summary.startsWith("Whose voices"))
    expect(voice?.summary).toContain("Anna Keller")
  })
})

describe("attribution verbs: one speaker on both sides", () => {
  const claimed = story("Karl Brandt claimed that the accord would save 4,000 jobs at the mills of the north.")
  it("sets 'claimed' against 'said' for one speaker's same statement, in other words, with both cues", async () => {
    const c = await pair(claimed, story("The accord will save 4,000 jobs at the northern mills, Karl Brandt said."))
    const [verb] = of(c, "framing", "attribution-verb")
    expect(texts(verb!, "A")).toEqual(["Karl Brandt", "claimed"])
    expect(texts(verb!, "B")).toEqual(["Karl Brandt", "said"])
  })

  it("takes an unresolved pronoun on one side for the other side's named speaker", async () => {
    const c = await pair(claimed, story("The accord will save 4,000 jobs at the northern mills, he said."))
    const [verb] = of(c, "framing", "attribution-verb")
    expect(texts(verb!, "B")).toEqual(["he", "said"])
  })

  it("sets no verbs of one weight against each other", async () => {
    const c = await pair(
      story("Karl Brandt said that the accord would save 4,000 jobs at the mills of the north."),
      story("The accord will save 4,000 jobs at the northern mills, Karl Brandt said.")
    )
    expect(of(c, "framing", "attribution-verb")).toEqual([])
  })

  it("sets no verbs against each other where one side's speaker is a phrase naming someone else", async () => {
    const c = await pair(
      story("Karl Brandt claimed that the accord would save 4,000 jobs at the mills of the north."),
      story("The study said that the accord would save 4,000 jobs at the mills of the north.")
    )
    expect(of(c, "framing", "attribution-verb")).toEqual([])
  })
})

describe("voices: what someone plans or agreed to do is no voice", () => {
  it("gives no voice to an actor who only plans, or agreed, to do something", async () => {
    const c = await pair(
      story(
        '"The accord will save our mills," said Karl Brandt.',
        "Anna Keller, a union leader, plans to visit the mills of the north next week and agreed to meet the workers."
      ),
      story('"The accord will save our mills," said Karl Brandt.')
    )
    const voices = of(c, "framing", "voice").filter((f) => f.summary.startsWith("Whose voices"))
    expect(voices.map((f) => f.summary).join(" ")).not.toContain("Anna Keller")
    // The same actor is a voice where her words are given.
    const said = await pair(
      story('"The accord will save our mills," said Karl Brandt.', '"We will visit the mills," said Anna Keller.'),
      story('"The accord will save our mills," said Karl Brandt.')
    )
    expect(of(said, "framing", "voice").some((f) => f.summary.includes("Anna Keller"))).toBe(true)
  })
})

describe("rules checked on the controlled edits", () => {
  it("reads a hedge in the attribution frame as the writer's ('Republicans reportedly suggested that …')", async () => {
    const c = await pair(
      story("Fellow ministers reportedly suggested that the accord would fail in the parliament."),
      story("Fellow ministers suggested that the accord would fail in the parliament.")
    )
    const hedge = of(c, "framing", "hedge").find((f) => texts(f, "A").includes("reportedly"))
    expect(hedge).toBeDefined()
  })

  it("takes the attribution verb itself ('Politico reported') for no hedge", async () => {
    const c = await pair(
      story("The weekly paper reported that the accord would fail in the parliament."),
      story("The weekly paper wrote that the accord would fail in the parliament.")
    )
    expect(of(c, "framing", "hedge")).toEqual([])
  })

  it("takes quoted verbs ('“promote and protect”') for someone's words, not a scare quote", async () => {
    const c = await pair(
      story("The memorandum tells every embassy to “promote and protect” the steel trade in the region."),
      story("The memorandum tells every embassy to defend the steel trade in the region.")
    )
    expect(of(c, "framing", "scare-quote")).toEqual([])
  })

  it("makes no hedge finding on a matter no other source tells (framing is contrastive)", async () => {
    const c = await pair(story("The union allegedly paid the mill owners of the north a large sum in May."), story())
    expect(of(c, "framing", "hedge")).toEqual([])
  })

  it("does not count a verb of saying ('blasted the plan as') as the writer's loaded language", async () => {
    const c = await pair(
      story("The finance minister blasted the plan to cut tariffs on steel imports by half next year."),
      story("The finance minister criticised the plan to cut tariffs on steel imports by half next year.")
    )
    expect(of(c, "framing", "loaded-language").flatMap((f) => texts(f, "A"))).not.toContain("blasted")
  })

  it("makes no scare-quote finding on a matter no other source tells", async () => {
    const c = await pair(story("The union published a “reform” leaflet about the steel mills of the north."), story())
    expect(of(c, "framing", "scare-quote")).toEqual([])
  })

  it("sets one figure for another inside copied wording against each other, whatever the unit", async () => {
    const c = await pair(
      story("The 100 pages of e-mails showed a dispute between the two ministers over the steel tariffs."),
      story("The 126 pages of e-mails showed a dispute between the two ministers over the steel tariffs.")
    )
    const [number] = of(c, "discrepancy", "number")
    expect(number?.kind === "discrepancy" && number.values.map((v) => v.value)).toEqual(["100", "126"])
  })

  it("dates a statement changed from Friday to Saturday in copied wording, though its sentence also tells a plan", async () => {
    const c = await pair(
      story("Karl Brandt said in a statement Friday evening that he would tell the parliament about the accord."),
      story("Karl Brandt said in a statement Saturday evening that he would tell the parliament about the accord.")
    )
    expect(of(c, "discrepancy", "date")).toHaveLength(1)
  })
})

describe("polarity: one source says it happened, another that it did not", () => {
  const met = "President Anna Berg met Chancellor Otto Weiss in Vienna on Monday to discuss energy prices."
  const didNot =
    "President Anna Berg did not meet Chancellor Otto Weiss in Vienna on Monday to discuss energy prices, aides said."

  it("sets a meeting that took place against one that did not, with both sentences as evidence", async () => {
    const c = await pair(met, didNot)
    expect(of(c, "discrepancy", "polarity")).toMatchObject([
      {
        severity: "major",
        compatible: false,
        summary: "A says the meeting happened (“met”); B says it did not (“meet”).",
        values: [
          { sourceIds: ["A"], value: "affirmed", text: "met" },
          { sourceIds: ["B"], value: "negated", text: "meet" }
        ],
        evidence: [
          { sourceId: "A", text: met },
          { sourceId: "B", text: didNot }
        ]
      }
    ])
  })

  it("raises none where one source only says the meeting may have taken place", async () => {
    const c = await pair(
      "President Anna Berg may have met Chancellor Otto Weiss in Vienna on Monday to discuss energy prices.",
      didNot
    )
    expect(of(c, "discrepancy", "polarity")).toEqual([])
  })

  it("finds a negator inserted into copied wording, with the words around it on each side", async () => {
    const c = await pair(
      "The water level in the old harbour was rising steadily according to the local engineers.",
      "The water level in the old canal was not rising steadily according to the local engineers."
    )
    expect(of(c, "discrepancy", "polarity")).toMatchObject([
      {
        severity: "major",
        compatible: false,
        summary: "In the same wording A says “was rising” and B “was not rising”.",
        values: [
          { sourceIds: ["A"], value: "affirmed", text: "was rising" },
          { sourceIds: ["B"], value: "negated", text: "was not rising" }
        ],
        evidence: [
          { sourceId: "A", start: 35, end: 45, text: "was rising" },
          { sourceId: "B", start: 33, end: 47, text: "was not rising" }
        ]
      }
    ])
  })

  it("raises none between a meeting someone wanted and one that did not take place", async () => {
    const c = await pair(
      "President Anna Berg wanted to meet Chancellor Otto Weiss in Vienna on Monday to discuss energy prices.",
      didNot
    )
    expect(of(c, "discrepancy", "polarity")).toEqual([])
  })

  it("raises none between meetings of different people", async () => {
    const c = await pair(
      met,
      "Minister Lars Holm did not meet Premier Ida Brandt in Vienna on Monday to discuss energy prices, aides said."
    )
    expect(of(c, "discrepancy", "polarity")).toEqual([])
  })

  it("takes 'not only' inserted into copied wording for no negation", async () => {
    const c = await pair(
      "The water level in the old canal was only rising slowly according to the local engineers on the site.",
      "The water level in the old canal was not only rising slowly according to the local engineers on the site."
    )
    expect(of(c, "discrepancy", "polarity")).toEqual([])
  })
})

describe("later-event omissions: what happened after a silent source was published", () => {
  const shared =
    "Finance ministers of the two countries met in Geneva on Tuesday to discuss the trade accord. Officials from both delegations said further talks would be held in the coming weeks."
  const signed = "President Anna Berg signed the steel tariff treaty with Chancellor Otto Weiss in Vienna on June 12."
  const sources = (...list: [content: string, publishedAt: string][]) =>
    comparePromise(list.map(([content, publishedAt], i) => ({ path: `${"abc"[i]}.txt`, content, publishedAt })))

  it("does not blame a source for an event dated after it was published", async () => {
    const c = await sources([shared, "2024-06-10"], [`${shared}\n\n${signed}`, "2024-06-14"])
    const [omission] = of(c, "omission")
    expect(omission).toMatchObject({ type: "later-event", severity: "info", presentIn: ["B"], absentFrom: ["A"] })
    expect(omission!.summary).toContain("which happened on 2024-06-12, after A was published (2024-06-10)")
  })

  it("takes a signing still to come for the carrier too for a plain omission, not an event that happened", async () => {
    const planned =
      "President Anna Berg will sign the steel tariff treaty with Chancellor Otto Weiss in Vienna on June 20."
    const c = await sources([shared, "2024-06-10"], [`${shared}\n\n${planned}`, "2024-06-14"])
    const [omission] = of(c, "omission")
    expect(omission).toMatchObject({ type: "content", presentIn: ["B"], absentFrom: ["A"] })
    expect(omission!.summary).not.toContain("happened")
  })

  it("blames the silent sources when one of them was published after the event", async () => {
    const c = await sources([shared, "2024-06-10"], [shared, "2024-06-20"], [`${shared}\n\n${signed}`, "2024-06-20"])
    const [omission] = of(c, "omission")
    expect(omission).toMatchObject({ type: "content", presentIn: ["C"], absentFrom: ["A", "B"] })
  })
})

describe("views: the per-source tables (voices, names, distance)", () => {
  it("counts each source's own speakers, names and hedges, in a fixed order", async () => {
    const c = await pair(
      [
        opening,
        '"We will not accept these tariffs," Ann  Lee said.',
        "Bo Dunn said the importer had reportedly shipped ten thousand tonnes of steel through the port in May and would pay the fine.",
        "Ann Lee later left Geneva, and Lee's deputy stayed.",
        closing
      ].join(" "),
      [opening, "Russia said the accord was fair to both sides.", closing].join(" ")
    )
    // Speakers by words given, most first; the narrator is no voice; an unnamed speaker has no id; a country's
    // speaker carries its country.
    expect(c.views.voice).toEqual([
      { sourceId: "A", speakerId: "person:bo-dunn", quotes: 0, indirect: 1, words: 20 },
      { sourceId: "A", speakerId: null, quotes: 0, indirect: 1, words: 9 },
      { sourceId: "A", speakerId: "person:ann-lee", quotes: 1, indirect: 0, words: 6 },
      { sourceId: "B", speakerId: null, quotes: 0, indirect: 1, words: 9 },
      { sourceId: "B", speakerId: "state:RU", country: "RU", quotes: 0, indirect: 1, words: 7 }
    ])
    // Names as written, spaces folded, most used first.
    expect(c.views.naming.find((n) => n.actorId === "person:ann-lee")).toEqual({
      actorId: "person:ann-lee",
      sourceId: "A",
      names: [
        { text: "Ann Lee", count: 2 },
        { text: "Lee", count: 1 }
      ]
    })
    // A hedge counts for the source that writes it only.
    expect(c.views.distance).toEqual([
      { sourceId: "A", hedges: 1, hedgeWords: ["reportedly"], scareQuotes: 0, loadedWords: 0 },
      { sourceId: "B", hedges: 0, hedgeWords: [], scareQuotes: 0, loadedWords: 0 }
    ])
  })
})

describe("lexical choice: how each source describes one actor in its own voice", () => {
  const arrived = (who: string) => story(`${who} arrived in Geneva on Monday.`)
  it("sets an apposition against the words before the name in the other source", async () => {
    const c = await pair(
      arrived("Bo Dunn, an eccentric longtime strategist,"),
      arrived("The respected adviser Bo Dunn")
    )
    const [choice] = of(c, "framing", "lexical-choice")
    expect(texts(choice!, "A")).toEqual(["an eccentric longtime strategist"])
    expect(texts(choice!, "B")).toEqual(["respected adviser"])
  })

  it("makes no finding where both use the same words, or where the description is inside a quotation", async () => {
    const same = await pair(arrived("The eccentric Bo Dunn"), arrived("The eccentric Bo Dunn"))
    const quoted = await pair(
      story('"Bo Dunn, an eccentric longtime strategist, arrived in Geneva on Monday," Ann Lee said.'),
      arrived("The respected adviser Bo Dunn")
    )
    expect(of(same, "framing", "lexical-choice")).toEqual([])
    expect(of(quoted, "framing", "lexical-choice")).toEqual([])
  })

  it("reads no description in a speaker's paraphrase, nor in a clause after a comma that opens no noun phrase", async () => {
    const paraphrase = await pair(
      story("Ann Lee said Bo Dunn, an eccentric longtime strategist, had arrived in Geneva on Monday."),
      arrived("The respected adviser Bo Dunn")
    )
    const clause = await pair(arrived("Bo Dunn, tired after the flight,"), arrived("The respected adviser Bo Dunn"))
    expect(of(paraphrase, "framing", "lexical-choice")).toEqual([])
    expect(of(clause, "framing", "lexical-choice")).toEqual([])
  })
})
