/**
 * A place or thing named by a head noun ("Dunn Tower", "Korean Peninsula") or opened by a place's generic word
 * ("Fort Lee", "Mount Hood": place-prefixes.json) is no actor: the whole run is passed over.
 */
import prefixes from "../../../lexicons/place-prefixes.json" with { type: "json" }
import { entryOf, NOTHING, type Rule } from "./scan.js"

const PLACE_PREFIXES: ReadonlySet<string> = new Set(prefixes.entries)

export const namedPlace: Rule = {
  name: "named-place",
  match: (scan, i) => {
    const w = scan.words[i]!
    if (!scan.isCap(w)) return null
    const sentence = w.sentence
    let j = i
    while (scan.isCap(scan.inSentence(j, sentence)) || (j > i && scan.inSentence(j, sentence)?.text === "-")) j++
    const head = j - i >= 2 ? entryOf(scan.best(j - 1), "head") : undefined
    if (j - i >= 2 && PLACE_PREFIXES.has(w.lower)) return { end: j, candidates: NOTHING }
    return head?.refersTo === "place" || head?.refersTo === "thing" ? { end: j, candidates: NOTHING } : null
  }
}
