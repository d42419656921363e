/** "Office of Budget Responsibility", "Russian Security Council": capitalized words with an organization's head noun. */
import { nameKey } from "./Candidate.js"
import { CONNECTORS, entryOf, FUNCTION_TAGS, PERSON_TAGS, type Rule, type Scan } from "./scan.js"

/** The organization phrase at `i`, or null. */
const capitalizedOrganization = (
  scan: Scan,
  i: number
): { end: number; country?: string; name: string; heads: string[]; start: number } | null => {
  const { words, text } = scan
  const sentence = words[i]!.sentence
  let j = i
  if (words[i]!.lower === "the") return null
  // "And Senate Democrats": a function word that opens the sentence is no part of the name.
  const first = words[i]!
  if (scan.opensSentence(first) && scan.hasTag(first, FUNCTION_TAGS) && !scan.hasTag(first, PERSON_TAGS)) return null
  let country: string | undefined
  const leading = scan.best(j)
  const demonym = entryOf(leading, "demonym") ?? entryOf(leading, "country")
  if (leading && demonym) {
    country = demonym.country
    j += leading.length
  }
  const nameStart = j
  const heads: string[] = []
  let last = -1
  while (j - nameStart < 12) {
    const w = scan.inSentence(j, sentence)
    if (!w) break
    if (scan.isCap(w)) {
      const head = entryOf(scan.best(j), "head")
      if (head && (head.refersTo === "organization" || head.refersTo === "media")) {
        heads.push(head.head)
        last = j
      }
      j++
      continue
    }
    // Connectors inside a name once it has a head: "Office of the Director of National Intelligence".
    if (CONNECTORS.has(w.lower) && heads.length > 0) {
      let k = j + 1
      if (scan.inSentence(k, sentence)?.lower === "the") k++
      if (scan.isCap(scan.inSentence(k, sentence))) {
        j = k
        continue
      }
    }
    break
  }
  if (heads.length === 0 || j - nameStart < 2) return null
  // The name ends with its last capitalized word; a lone head at the start ("Office") is no name.
  if (last === nameStart && j - nameStart === 1) return null
  const end = j
  const name = text.slice(words[nameStart]!.start, words[end - 1]!.end)
  return { start: words[i]!.start, end, name, heads, ...(country ? { country } : {}) }
}

export const capitalizedOrganizationRule: Rule = {
  name: "capitalized-organization",
  match: (scan, i) => {
    const w = scan.words[i]!
    if (!scan.isCap(w)) return null
    const org = capitalizedOrganization(scan, i)
    const match = scan.best(i)
    if (!org || (match && org.end - i <= match.length)) return null
    return {
      end: org.end,
      candidates: [
        scan.draft(
          org.start,
          scan.words[org.end - 1]!.end,
          "name",
          {
            type: "organization",
            key: `org:${nameKey(org.name)}`,
            name: org.name,
            kind: "organization",
            heads: org.heads,
            ...(org.country ? { country: org.country } : {})
          },
          w.sentence,
          i
        )
      ]
    }
  }
}
