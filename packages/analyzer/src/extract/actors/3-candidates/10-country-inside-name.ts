/**
 * "Secure America Now": a country's name between two capitalized words that name nothing else is part of an
 * organization's name, not the country.
 */
import { nameKey } from "./Candidate.js"
import { entryOf, FUNCTION_TAGS, PERSON_TAGS, type Rule } from "./scan.js"

// Words the tagger reads as joining or starting a phrase: "Iran And Israel" in a headline is two countries.
const JOINING_POS: ReadonlySet<string> = new Set(["CCONJ", "SCONJ", "ADP", "DET", "PRON", "PART", "AUX", "VERB"])

export const countryInsideName: Rule = {
  name: "country-inside-name",
  match: (scan, i) => {
    const { words } = scan
    const first = words[i]!
    if (first.shape !== "cap" || scan.best(i) || scan.hasTag(first, [...PERSON_TAGS, ...FUNCTION_TAGS])) return null
    const country = scan.best(i + 1)
    if (!country || !entryOf(country, "country") || scan.inSentence(i + 1, first.sentence) === undefined) return null
    const after = i + 1 + country.length
    const next = scan.inSentence(after, first.sentence)
    if (next?.shape !== "cap" || scan.best(after) || scan.hasTag(next, PERSON_TAGS)) return null
    if (JOINING_POS.has(scan.posOf(next) ?? "")) return null
    const name = scan.text.slice(first.start, next.end)
    return {
      end: after + 1,
      candidates: [
        scan.draft(
          first.start,
          next.end,
          "name",
          { type: "organization", key: `org:${nameKey(name)}`, name, kind: "organization", heads: [] },
          first.sentence,
          i
        )
      ]
    }
  }
}
