import { segment } from "@diplo/analyzer"
import type { SourceId } from "@diplo/model"
import { describe, expect, it } from "vitest"
import { scanWords } from "../src/extract/actors/1-words.js"
import { ABBREVIATIONS } from "../src/extract/actors/2-gazetteer.js"
import { tagWords } from "../src/extract/actors/2-name-tags.js"

/** Tags of each word of `text`, by word text (the first occurrence wins unless `n` picks another). */
const tagsOf = (text: string) => {
  const segmented = segment({ id: "A" as SourceId, text, publishedAt: null, path: null })
  const words = scanWords(segmented, ABBREVIATIONS)
  const tags = tagWords(words)
  return (word: string, n = 1): string[] => {
    const hits = words.flatMap((w, i) => (w.text === word ? [i] : []))
    const at = hits[n - 1]
    if (at === undefined) throw new Error(`"${word}" (#${n}) is not a word of the text`)
    return [...tags[at]!].sort()
  }
}

describe("tagWords", () => {
  it("tags first names with their gender and a capitalized word after a first name as a family name", () => {
    const tags = tagsOf("Officials said Sergei Zbrowski met Olga Petrenko.")
    expect(tags("Sergei")).toEqual(expect.arrayContaining(["FirstName", "MaleName", "Person"]))
    expect(tags("Zbrowski")).toEqual(expect.arrayContaining(["LastName", "Person"]))
    expect(tags("Olga")).toEqual(expect.arrayContaining(["FemaleName"]))
    expect(tags("Petrenko")).toEqual(expect.arrayContaining(["LastName"]))
    expect(tags("Officials")).not.toContain("Person")
  })

  it("reads a month that is also a name as a month only with a cue or a number beside it", () => {
    const tags = tagsOf("Theresa May spoke in May. May said on May 3 that she met Jane May. Talks resume in April.")
    expect(tags("May", 1)).toContain("Person")
    expect(tags("May", 2)).toEqual(expect.arrayContaining(["Date", "Month"]))
    expect(tags("May", 3)).not.toContain("Date")
    expect(tags("May", 4)).toContain("Month")
    expect(tags("May", 5)).toEqual(expect.arrayContaining(["LastName", "Person"]))
    expect(tags("April")).toContain("Month")
    expect(tags("April")).not.toContain("Person")
  })

  it("closes organization and place names with their last word, and reads an acronym after 'the' as an organization", () => {
    const tags = tagsOf("He told Quorn Dental Radio and the ZXQ that Blue Ridge Mountains were calm.")
    expect(tags("Quorn")).toContain("Organization")
    expect(tags("Radio")).toContain("Organization")
    expect(tags("ZXQ")).toContain("Organization")
    expect(tags("Ridge")).toContain("Place")
    expect(tags("He")).toEqual(["Pronoun"])
  })

  it("reads a time zone as a date and a pronoun's contraction as a pronoun", () => {
    const tags = tagsOf("I’m told it starts at 5 p.m. Eastern, or 2 p.m. Pacific Standard Time, not Central time.")
    expect(tags("I’m")).toEqual(["Pronoun"])
    expect(tags("Eastern")).toContain("Date")
    expect(tags("Pacific")).toContain("Date")
    expect(tags("Standard")).toContain("Date")
    expect(tags("Central")).toContain("Date")
    expect(tags("Central")).not.toContain("ProperNoun")
  })

  it("tags numbers as values and leaves punctuation untagged", () => {
    const tags = tagsOf("Twenty people, not 30, came.")
    expect(tags("30")).toEqual(["Value"])
    expect(tags("Twenty")).toContain("Value")
    expect(tags(",")).toEqual([])
  })
})
