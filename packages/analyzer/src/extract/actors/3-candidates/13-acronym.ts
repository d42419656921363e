/** An unknown acronym ("DNC"): an organization 4-resolve keeps if a named one has its initials or the name tags call it one. */
import { nameKey } from "./Candidate.js"
import { PERSON_TAGS, type Rule } from "./scan.js"

export const acronym: Rule = {
  name: "acronym",
  match: (scan, i) => {
    const w = scan.words[i]!
    if (!scan.isCap(w) || w.shape !== "upper" || w.text.replace(/\./g, "").length > 6 || scan.hasTag(w, PERSON_TAGS))
      return null
    return {
      end: i + 1,
      candidates: [
        scan.draft(
          w.start,
          w.end,
          "name",
          {
            type: "organization",
            key: `org:${nameKey(w.text)}`,
            name: w.text,
            kind: "organization",
            heads: [],
            acronym: true,
            tentative: !scan.hasTag(w, ["Organization"])
          },
          w.sentence,
          i
        )
      ]
    }
  }
}
