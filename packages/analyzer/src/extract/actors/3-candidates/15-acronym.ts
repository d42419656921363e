/** An unknown acronym ("DNC"): an organization 4-resolve keeps if a named one has its initials or the name tags call it one. */
import { nameKey } from "./Candidate.js"
import { FUNCTION_TAGS, PERSON_TAGS, type Rule } from "./scan.js"

export const acronym: Rule = {
  name: "acronym",
  match: (scan, i) => {
    const w = scan.words[i]!
    if (!scan.isCap(w) || w.shape !== "upper" || w.text.replace(/\./g, "").length > 6 || scan.hasTag(w, PERSON_TAGS))
      return null
    // "CREDO Action": capitalized words right after the acronym, none a known name, are part of its name.
    let end = i + 1
    while (
      end < i + 4 &&
      scan.inSentence(end, w.sentence)?.shape === "cap" &&
      !scan.best(end) &&
      !scan.hasTag(scan.words[end]!, [...PERSON_TAGS, ...FUNCTION_TAGS, "Date"])
    )
      end++
    if (end > i + 1) {
      const last = scan.words[end - 1]!
      const name = scan.text.slice(w.start, last.end)
      return {
        end,
        candidates: [
          scan.draft(
            w.start,
            last.end,
            "name",
            { type: "organization", key: `org:${nameKey(name)}`, name, kind: "organization", heads: [] },
            w.sentence,
            i
          )
        ]
      }
    }
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
