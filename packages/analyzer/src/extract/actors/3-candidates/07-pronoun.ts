/** "he", "her", "its"; "his government" is the state of the leader "his" names (linked in 4-resolve). */
import type { Rule } from "./scan.js"
import { entryOf, PRONOUNS } from "./scan.js"

export const pronoun: Rule = {
  name: "pronoun",
  match: (scan, i) => {
    const w = scan.words[i]!
    if (!PRONOUNS.has(w.lower)) return null
    const sentence = w.sentence
    const next = scan.inSentence(i + 1, sentence)
    const government = next && (w.lower === "his" || w.lower === "her") ? entryOf(scan.best(i + 1), "head") : undefined
    if (next && government?.ofLeader) {
      return {
        end: i + 2,
        candidates: [
          scan.draft(
            w.start,
            w.end,
            "pronoun",
            { type: "pronoun", lower: w.lower, reportVerbNext: false },
            sentence,
            i
          ),
          // The possessor is the pronoun, the rule's first candidate.
          scan.draft(
            w.start,
            next.end,
            "metonym",
            { type: "government-of", possessor: 0, label: scan.text.slice(w.start, next.end) },
            sentence,
            i
          )
        ]
      }
    }
    // "it said", "he told": the pronoun is a speaker (4-resolve reads it so for "it", and looks further back for "he").
    const reportVerbNext =
      (w.lower === "it" || w.lower === "he" || w.lower === "she") && next !== undefined && scan.isReportVerb(next.lower)
    return {
      end: i + 1,
      candidates: [
        scan.draft(w.start, w.end, "pronoun", { type: "pronoun", lower: w.lower, reportVerbNext }, sentence, i)
      ]
    }
  }
}
