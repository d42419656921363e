/**
 * A US state written as a place is no actor: an abbreviation anywhere ("Brooklyn, N.Y., chapter"), a name after a
 * preposition or a comma ("Sen. Bernie Sanders of Vermont", "in Ohio", "Miami, Florida"). A name elsewhere is
 * left to the next rules ("California sued").
 */
import { LOCATIVES, NOTHING, type Rule } from "./scan.js"
import { usStateAt } from "./us-states.js"

const PLACE_OPENERS: ReadonlySet<string> = new Set([...LOCATIVES, "of", ","])

export const usState: Rule = {
  name: "us-state",
  match: (scan, i) => {
    const { words } = scan
    const w = words[i]!
    if (!scan.isCap(w)) return null
    const { length, name } = usStateAt(words, i, false)
    if (length === 0) return null
    const before = scan.inSentence(i - 1, w.sentence)
    if (name && !(before !== undefined && PLACE_OPENERS.has(before.lower))) return null
    return { end: i + length, candidates: NOTHING }
  }
}
