/** Punctuation, numbers and the dateline's words start no name. */
import { NOTHING, type Rule } from "./scan.js"

export const notAName: Rule = {
  name: "not-a-name",
  match: (scan, i) => {
    const w = scan.words[i]!
    return w.shape === "punct" || w.shape === "number" || scan.inDateline(w)
      ? { end: i + 1, candidates: NOTHING }
      : null
  }
}
