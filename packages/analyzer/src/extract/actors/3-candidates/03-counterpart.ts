/** "his American counterpart", "her Russian colleague": a counterpart of the possessor, linked in 4-resolve. */
import type { Draft } from "./Candidate.js"
import type { Rule } from "./scan.js"
import { readTitlePhrase } from "./title-phrase.js"

export const counterpart: Rule = {
  name: "counterpart",
  match: (scan, i) => {
    const phrase = readTitlePhrase(scan, i)
    if (!phrase?.counterpart) return null
    const first = scan.words[i]!
    if (phrase.determiner !== "possessive" || first.lower === "its") return null
    const { sentence, country } = phrase
    const candidates: Draft[] = [
      scan.draft(
        first.start,
        first.end,
        "pronoun",
        { type: "pronoun", lower: first.lower, reportVerbNext: false },
        sentence,
        i
      ),
      scan.draft(
        phrase.phraseStart,
        scan.words[phrase.afterTitle - 1]!.end,
        "description",
        // The possessor is the pronoun just before, the rule's first candidate.
        { type: "counterpart", possessor: 0, ...(country ? { country } : {}) },
        sentence,
        i
      )
    ]
    return { end: phrase.afterTitle, candidates }
  }
}
