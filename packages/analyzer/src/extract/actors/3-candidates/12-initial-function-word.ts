/** A sentence-initial function word ("With", "The") starts no name. */
import { FUNCTION_TAGS, NOTHING, PERSON_TAGS, type Rule } from "./scan.js"

export const initialFunctionWord: Rule = {
  name: "initial-function-word",
  match: (scan, i) => {
    const w = scan.words[i]!
    return scan.isCap(w) && w.initial && scan.hasTag(w, FUNCTION_TAGS) && !scan.hasTag(w, PERSON_TAGS)
      ? { end: i + 1, candidates: NOTHING }
      : null
  }
}
