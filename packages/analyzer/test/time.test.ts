import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { type Source, type SourceId, TimeExpression } from "@diplo/model"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { growthOf, LINEAR_BOUND } from "./growth.js"
import { extractTimes } from "../src/extract/time/index.js"
import { segment } from "../src/segment/index.js"

const read = (relative: string) => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), "utf8")

const sourceOf = (id: string, file: string): Source => {
  const raw = read(`../../../examples/antonov-2021/${file}`)
  const header = /^ date (\d{4}-\d{2}-\d{2}) /.exec(raw)
  if (!header) throw new Error(`${file}: no date header`)
  return { id: id as SourceId, publishedAt: header[1]!, path: null, text: raw.slice(header[0].length) }
}

const timesOf = (text: string, publishedAt: string | null = "2019-11-14") =>
  extractTimes(segment({ id: "S" as SourceId, publishedAt, path: null, text }))

/** The expressions as [text, value] pairs, in text order. */
const pairs = (text: string, publishedAt: string | null = "2019-11-14") =>
  timesOf(text, publishedAt).map((time) => [time.text, time.value])

interface GoldTime {
  readonly source: "A" | "B"
  readonly text: string
  readonly value: string
}

describe("extractTimes on the example pair", () => {
  const sources = { A: sourceOf("A", "a-2021-03-18.txt"), B: sourceOf("B", "b-2021-03-22.txt") }
  const times = { A: extractTimes(segment(sources.A)), B: extractTimes(segment(sources.B)) }
  const gold: readonly GoldTime[] = JSON.parse(read("../../../examples/antonov-2021.gold.json")).timeExpressions

  /** Where a gold text occurs, leaving out occurrences inside a longer gold text ("on Wednesday" in "earlier on Wednesday"). */
  const occurrence = (item: GoldTime): number => {
    const text = sources[item.source].text
    const longer = gold.filter((g) => g.source === item.source && g.text !== item.text && g.text.includes(item.text))
    for (let at = text.indexOf(item.text); at !== -1; at = text.indexOf(item.text, at + 1)) {
      const inside = longer.some((g) => {
        const outer = text.indexOf(g.text)
        return outer !== -1 && outer <= at && at + item.text.length <= outer + g.text.length
      })
      if (!inside) return at
    }
    throw new Error(`gold text not in ${item.source}: ${item.text}`)
  }

  it.each(gold.map((item) => [item.source, item.text, item.value, item] as const))(
    "finds %s %j with value %s",
    (source, _text, value, item) => {
      const at = occurrence(item)
      const found = times[source].filter((time) => time.start < at + item.text.length && at < time.end)
      expect(found.map((time) => time.value)).toEqual([value])
    }
  )

  it("quotes the gold spans as a reader would, preposition and modifier included", () => {
    const texts = [...times.A, ...times.B].map((time) => time.text)
    for (const item of gold) expect(texts).toContain(item.text)
  })

  it("keeps 'now' in 'which are now in a crisis' as a vague expression with no value", () => {
    const at = sources.A.text.indexOf("which are now in a crisis") + "which are ".length
    const now = times.A.find((time) => time.start === at)
    expect(now).toMatchObject({ text: "now", value: null, granularity: "vague", resolution: "unresolved" })
  })

  it("counts 'The next day' from March 16, the last day the narrative gave, not from 'in 2020'", () => {
    const next = times.B.find((time) => time.text === "The next day")!
    const anchor = times.B.find((time) => time.id === next.anchorId)
    expect(next.resolution).toBe("narrative-relative")
    expect(anchor?.text).toBe("on March 16")
  })

  it("reads the dateline's date against the publication year", () => {
    expect(times.A[0]).toMatchObject({ text: "March 18", value: "2021-03-18", granularity: "day" })
  })

  it("gives valid, ordered, sliced expressions with ids in text order", () => {
    for (const id of ["A", "B"] as const) {
      times[id].forEach((time, n) => {
        expect(TimeExpression.safeParse(time).success).toBe(true)
        expect(time.id).toBe(`${id}:t${n + 1}`)
        expect(sources[id].text.slice(time.start, time.end)).toBe(time.text)
        if (n > 0) expect(time.start).toBeGreaterThanOrEqual(times[id][n - 1]!.end)
      })
    }
  })

  it("does not take 'At the same time' for a time expression", () => {
    expect(times.B.map((time) => time.text)).not.toContain("At the same time")
  })
})

describe("extractTimes on other events (published Thursday 2019-11-14)", () => {
  it("resolves a weekday back in a past-tense clause and ahead in a future one", () => {
    expect(pairs("The envoy travelled to Vienna on Monday. The envoy will travel to Geneva on Monday.")).toEqual([
      ["on Monday", "2019-11-11"],
      ["on Monday", "2019-11-18"]
    ])
  })

  it("reads 'is to', 'plans to' and a progressive as future, and 'last'/'next' as skipping today", () => {
    expect(pairs("The council is to vote on Friday. She plans to fly on Tuesday.")).toEqual([
      ["on Friday", "2019-11-15"],
      ["on Tuesday", "2019-11-19"]
    ])
    expect(pairs("The king is meeting the premier on Saturday.")).toEqual([["on Saturday", "2019-11-16"]])
    expect(pairs("They met last Thursday and will meet next Thursday.")).toEqual([
      ["last Thursday", "2019-11-07"],
      ["next Thursday", "2019-11-21"]
    ])
  })

  it("reads a weekday inside a quotation by the speaker's own tense: a present one looks ahead", () => {
    expect(pairs("“We fly to Geneva on Tuesday,” the envoy wrote. “We flew to Oslo on Tuesday,” he added.")).toEqual([
      ["on Tuesday", "2019-11-19"],
      ["on Tuesday", "2019-11-12"]
    ])
  })

  it("takes a weekday of unknown tense from the current week, as news reports mean it", () => {
    expect(pairs("Protests on Tuesday.")).toEqual([["on Tuesday", "2019-11-12"]])
  })

  it("counts 'two days later' from the date just given, naming it as the anchor", () => {
    const times = timesOf("On 5 June 2019, the accord was signed in Oslo. Two days later, the assembly ratified it.")
    expect(times.map((t) => [t.text, t.value, t.resolution])).toEqual([
      ["On 5 June 2019", "2019-06-05", "absolute"],
      ["Two days later", "2019-06-07", "narrative-relative"]
    ])
    expect(times[1]!.anchorId).toBe(times[0]!.id)
  })

  it("chains narrative steps: the previous day, the following week, that day", () => {
    expect(
      pairs("The talks opened on October 2. The previous day, the envoys arrived. The following week, they left.")
    ).toEqual([
      ["on October 2", "2019-10-02"],
      ["The previous day", "2019-10-01"],
      ["The following week", "2019-10"]
    ])
    expect(pairs("A deal was struck on 3 March 2018. That day, markets rose.", null)).toEqual([
      ["on 3 March 2018", "2018-03-03"],
      ["That day", "2018-03-03"]
    ])
  })

  it("counts 'the day before' from publication when no date came before it", () => {
    expect(pairs("The premier arrived in Lisbon the day before.")).toEqual([["the day before", "2019-11-13"]])
  })

  it("does not count 'that same day' from an older date when an undated event came in between", () => {
    expect(
      timesOf("The envoy spoke on Monday. The report came two days after the envoy spoke. On that same day, he left.")
    ).toMatchObject([
      { text: "on Monday", value: "2019-11-11" },
      { text: "two days after", value: null },
      { text: "On that same day", value: null, resolution: "unresolved" }
    ])
  })

  it("dates the event of 'nine days after she first hinted' back from the day the clause stands on", () => {
    const times = timesOf(
      "The minister announced on Tuesday that she would resign. The announcement came nine days after she first hinted at it."
    )
    expect(times.map((t) => [t.text, t.value, t.resolution])).toEqual([
      ["on Tuesday", "2019-11-12", "publication-relative"],
      ["nine days after", "2019-11-03", "narrative-relative"]
    ])
    expect(times[1]!.anchorId).toBe(times[0]!.id)
    // A year given since that day means the narrative has moved: the clause's day is not known.
    expect(
      pairs(
        "The minister announced on Tuesday that she would resign. In 2013 she was paid two days after her rival spoke."
      )
    ).toEqual([
      ["on Tuesday", "2019-11-12"],
      ["In 2013", "2013"],
      ["two days after", null]
    ])
  })

  it("leaves 'the day before the vote' unresolved: it counts from an event, not a date", () => {
    expect(timesOf("The premier resigned the day before the vote.")).toMatchObject([
      { text: "the day before", value: null, resolution: "unresolved" }
    ])
  })

  it("gives 'last week' the month that holds the whole week, and 'this year' the year", () => {
    expect(pairs("The ministers met last week. Earlier this year, the talks failed.")).toEqual([
      ["last week", "2019-11"],
      ["Earlier this year", "2019"]
    ])
  })

  it("places 'earlier in the year' and 'later in the month' in the narrative's year or month, else publication's", () => {
    expect(pairs("He said earlier in the year that he might run. Later in the month, he quit.")).toEqual([
      ["earlier in the year", "2019"],
      ["Later in the month", "2019-11"]
    ])
    expect(pairs("The treaty was signed on 5 June 2016. Later in the year, it collapsed.")).toEqual([
      ["on 5 June 2016", "2016-06-05"],
      ["Later in the year", "2016"]
    ])
  })

  it("places a month without a year by the clause's tense", () => {
    expect(pairs("Elections were held in May.")).toEqual([["in May", "2019-05"]])
    expect(pairs("Elections will be held in May.")).toEqual([["in May", "2020-05"]])
    expect(pairs("The summit took place in December.")).toEqual([["in December", "2018-12"]])
  })

  it("does not place a date by the clause's tense when a preposition orders it after or before the clause's event", () => {
    expect(pairs("The campaign bought ads ahead of the Feb. 4 vote.", "2019-12-07")).toEqual([["Feb. 4", "2020-02-04"]])
    expect(pairs("The campaign bought ads for the Feb. 4 vote.", "2019-12-07")).toEqual([["Feb. 4", "2019-02-04"]])
    expect(pairs("The talks will resume after the May 2 debate.", "2019-06-14")).toEqual([["May 2", "2019-05-02"]])
  })

  it("reads day-month and month-day dates, with the year written or taken from publication", () => {
    expect(pairs("The treaty was signed on 5 June 2019.")).toEqual([["on 5 June 2019", "2019-06-05"]])
    expect(pairs("The treaty was signed June 5.")).toEqual([["June 5", "2019-06-05"]])
    expect(pairs("On December 28, the ministry announced new rules.", "2021-01-04")).toEqual([
      ["On December 28", "2020-12-28"]
    ])
  })

  it("gives a date followed by 'that year' the narrative's year", () => {
    expect(pairs("Elections were held in 2016. On July 22 that year, the files came out.")).toEqual([
      ["in 2016", "2016"],
      ["On July 22", "2016-07-22"],
      ["that year", "2016"]
    ])
  })

  it("keeps a story told in an earlier year in that year for yearless dates, until the narrator's present returns", () => {
    expect(pairs("In March 2015 the party split. On May 9, its leader quit.", "2019-06-20")).toEqual([
      ["In March 2015", "2015-03"],
      ["On May 9", "2015-05-09"]
    ])
    expect(pairs("In March 2015 the party split. On Friday it met. On May 9, its leader quit.", "2019-06-20")).toEqual([
      ["In March 2015", "2015-03"],
      ["On Friday", "2019-06-14"],
      ["On May 9", "2019-05-09"]
    ])
    expect(
      pairs("In March 2015 the party split.\n\nIt lost.\n\nIt fell.\n\nOn May 9, its leader quit.", "2019-06-20")
    ).toEqual([
      ["In March 2015", "2015-03"],
      ["On May 9", "2019-05-09"]
    ])
  })

  it("gives a month without a year the year of the month it is coordinated with ('between June and July 2016')", () => {
    expect(pairs("Aides met between June and July 2016.")).toEqual([
      ["June", "2016-06"],
      ["July 2016", "2016-07"]
    ])
  })

  it("dates holidays by their rule, in the year written or the one a date of that day would take", () => {
    expect(
      pairs(
        "Critics recalled the president's Thanksgiving speech. They met on Christmas 2018 and on Memorial Day.",
        "2019-12-07"
      )
    ).toEqual([
      ["Thanksgiving", "2019-11-28"],
      ["on Christmas 2018", "2018-12-25"],
      ["on Memorial Day", "2019-05-27"]
    ])
    expect(
      pairs("Christmas Island is far. Merry Christmas, he said. Pupils may not celebrate Christmas.", "2019-12-07")
    ).toEqual([])
  })

  it("counts 'ago' and 'from now' from publication", () => {
    expect(pairs("He left three days ago and returns a week from now.")).toEqual([
      ["three days ago", "2019-11-11"],
      ["a week from now", "2019-11-21"]
    ])
  })

  it("reads bare years with their preposition, not counts or clock times", () => {
    expect(pairs("Sanctions were imposed in 2014 and extended since 2016, before the 2018 election.")).toEqual([
      ["in 2014", "2014"],
      ["since 2016", "2016"],
      ["2018", "2018"]
    ])
    expect(pairs("The army sent 2,000 troops at 1500 GMT for 1000 years under Resolution 2231.")).toEqual([])
  })

  it("keeps decades and vague words with value null", () => {
    expect(timesOf("Relations were better in the 1990s and are currently tense; they may improve soon.")).toMatchObject(
      [
        { text: "in the 1990s", value: null, granularity: "vague" },
        { text: "currently", value: null, granularity: "vague" },
        { text: "soon", value: null, granularity: "vague" }
      ]
    )
    expect(
      pairs("Prices rose in recent years, fell over the past few months and may rise in the coming weeks.")
    ).toEqual([
      ["in recent years", null],
      ["over the past few months", null],
      ["in the coming weeks", null]
    ])
  })

  it("counts 'earlier' only as an adverb and leaves connectives out", () => {
    expect(pairs("Officials said earlier that the plan was dead.")).toEqual([["earlier", null]])
    expect(pairs("An earlier plan failed. Now that it is over, people march on.")).toEqual([])
    expect(pairs("At the same time, the ministry denied it. Meanwhile, talks went on.")).toEqual([])
  })

  it("keeps a repeated time ('every Sunday') with no value, and a possessive date without the noun's preposition", () => {
    expect(pairs("He prays every Sunday. The story ran in this week's issue.")).toEqual([
      ["every Sunday", null],
      ["this week", "2019-11"]
    ])
  })

  it("does not read names, compounds or verbs as dates or vague words", () => {
    expect(pairs("Secure America Now said the now-defunct group asked NOW President Kim.")).toEqual([])
    expect(pairs("Theresa May said on Monday the Sun was wrong to sat on it.")).toEqual([["on Monday", "2019-11-11"]])
  })

  it("reads a weekday with a part of the day as a date even after a capitalized word ('told Radio Nacional Monday night')", () => {
    expect(pairs("The minister told Radio Nacional Monday night that talks had failed.")).toEqual([
      ["Monday night", "2019-11-11"]
    ])
    expect(pairs("The minister spoke on Meet the Press Sunday.")).toEqual([])
  })

  it("takes in 'in early', 'at the end of' and 'mid-' with the date they modify", () => {
    expect(pairs("The plan starts in early 2020 and ends at the end of March 2021, not in mid-April 2021.")).toEqual([
      ["in early 2020", "2020"],
      ["at the end of March 2021", "2021-03"],
      ["in mid-April 2021", "2021-04"]
    ])
  })

  it("reads casual day words from publication: yesterday, tonight, the day after tomorrow", () => {
    expect(pairs("Yesterday the envoy left; tonight he lands, and the day after tomorrow he speaks.")).toEqual([
      ["Yesterday", "2019-11-13"],
      ["tonight", "2019-11-14"],
      ["the day after tomorrow", "2019-11-16"]
    ])
  })
})

describe("extractTimes without a publication date", () => {
  it("resolves dates that write their year, and takes the year of a written date for later ones", () => {
    const times = timesOf("On 5 June 2019 the accord was signed. On June 7, the parties met.", null)
    expect(times.map((t) => [t.text, t.value, t.resolution])).toEqual([
      ["On 5 June 2019", "2019-06-05", "absolute"],
      ["On June 7", "2019-06-07", "narrative-relative"]
    ])
  })

  it("leaves weekdays, casual words and yearless dates unresolved", () => {
    expect(
      timesOf("On June 7 the parties met. They will meet again on Monday. Yesterday it rained.", null)
    ).toMatchObject([
      { text: "On June 7", value: null, resolution: "unresolved" },
      { text: "on Monday", value: null, resolution: "unresolved" },
      { text: "Yesterday", value: null, resolution: "unresolved" }
    ])
  })

  it("does not lend a bare year to a later date", () => {
    expect(timesOf("Elections were held in 2020. On March 18, the leader spoke.", null)).toMatchObject([
      { text: "in 2020", value: "2020" },
      { text: "On March 18", value: null }
    ])
  })
})

describe("extractTimes on odd text", () => {
  const fragments = [
    "on Monday",
    "March 5",
    "the day before",
    "two days later",
    "in 2020",
    "now",
    "“",
    '"',
    "😀",
    "\u202e",
    "مرحبا",
    "\u0000",
    "\u0007",
    ".",
    ",",
    "\n",
    "\n\n",
    "last week",
    "the 1990s",
    "earlier on Wednesday",
    "said",
    "will",
    "31 February 2021",
    "May",
    "0000",
    "9999",
    "the"
  ]

  it("never throws and always gives valid, sliced, ordered expressions", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 8 })), { maxLength: 40 }),
        fc.constantFrom<string | null>("2021-03-22", "2000-02-29", null),
        (parts, publishedAt) => {
          const text = parts.join(" ")
          const times = timesOf(text, publishedAt)
          times.forEach((time, n) => {
            expect(TimeExpression.safeParse(time).success).toBe(true)
            expect(text.slice(time.start, time.end)).toBe(time.text)
            if (n > 0) expect(time.start).toBeGreaterThanOrEqual(times[n - 1]!.end)
          })
        }
      ),
      { seed: 20210318, numRuns: 300 }
    )
  })

  it("reads a 10,000-word sentence with no period in linear time", () => {
    const words = ["the", "envoy", "said", "on", "Monday", "that", "in", "2020", "now", "“quoted", "😀"]
    const text = Array.from({ length: 10_000 }, (_, i) => words[i % words.length]).join(" ")
    const times = timesOf(text)
    const sentence = (n: number) => Array.from({ length: n }, (_, i) => words[i % words.length]).join(" ")
    expect(growthOf((n) => timesOf(sentence(n)), 5_000)).toBeLessThan(LINEAR_BOUND)
    expect(times.filter((time) => time.text === "on Monday").length).toBe(Math.floor(10_000 / words.length))
  })

  it("gives the same output twice", () => {
    const text = read("../../../examples/antonov-2021/b-2021-03-22.txt")
    expect(JSON.stringify(timesOf(text, "2021-03-22"))).toBe(JSON.stringify(timesOf(text, "2021-03-22")))
  })
})
