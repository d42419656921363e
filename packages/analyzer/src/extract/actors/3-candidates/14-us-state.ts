/**
 * A US state written as a place is no actor: an abbreviation anywhere ("Brooklyn, N.Y., chapter"), a name after a
 * preposition or a comma ("Sen. Ann Lee of Vermont", "in Ohio", "in the District of Columbia", "Miami, Florida"). A name elsewhere is
 * left to the next rules ("California sued").
 */
import { LOCATIVES, NOTHING, type Rule } from "./scan.js"
import { usStateAt } from "./us-states.js"

// "attorney for the District of Columbia": "for" names the jurisdiction an office serves.
const PLACE_OPENERS: ReadonlySet<string> = new Set([...LOCATIVES, "of", "for", ","])

export const usState: Rule = {
  name: "us-state",
  match: (scan, i) => {
    const { words } = scan
    const w = words[i]!
    if (!scan.isCap(w)) return null
    const { length, name } = usStateAt(words, i, false)
    if (length === 0) return null
    // "in the District of Columbia": an article may stand between the preposition and the name.
    const article = scan.inSentence(i - 1, w.sentence)?.lower === "the" ? 1 : 0
    const before = scan.inSentence(i - 1 - article, w.sentence)
    if (name && !(before !== undefined && PLACE_OPENERS.has(before.lower))) return null
    return { end: i + length, candidates: NOTHING }
  }
}
