/**
 * "Sen. Ann Lee (D-Calif.)", "Bo Dunn, R-Ky.,": a party letter, a hyphen and a US state are a tag
 * of the member of Congress before them, not actors.
 */
import { NOTHING, type Rule } from "./scan.js"
import { PARTY_LETTERS, usStateAt } from "./us-states.js"

export const partyTag: Rule = {
  name: "party-tag",
  match: (scan, i) => {
    const { words } = scan
    const letter = words[i]!
    const hyphen = words[i + 1]
    if (!PARTY_LETTERS.has(letter.text) || hyphen?.text !== "-" || hyphen.spaced) return null
    const state = words[i + 2]
    if (!state || state.spaced || state.sentence !== letter.sentence) return null
    const { length } = usStateAt(words, i + 2, true)
    return length > 0 ? { end: i + 2 + length, candidates: NOTHING } : null
  }
}
