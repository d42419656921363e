/** A place or thing named by a head noun ("Dunn Tower", "Korean Peninsula") is no actor: the whole run is passed over. */
import { entryOf, NOTHING, type Rule } from "./scan.js"

export const namedPlace: Rule = {
  name: "named-place",
  match: (scan, i) => {
    const w = scan.words[i]!
    if (!scan.isCap(w)) return null
    const sentence = w.sentence
    let j = i
    while (scan.isCap(scan.inSentence(j, sentence)) || (j > i && scan.inSentence(j, sentence)?.text === "-")) j++
    const head = j - i >= 2 ? entryOf(scan.best(j - 1), "head") : undefined
    return head?.refersTo === "place" || head?.refersTo === "thing" ? { end: j, candidates: NOTHING } : null
  }
}
