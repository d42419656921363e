/**
 * Candidate mentions: every stretch of words that may name an actor, with what it says about that actor
 * (a name, a role, a country, an organization type). One rule per file, tried in the order of `RULES` at each
 * word; the first rule that takes the word decides where reading goes on (a rule may also add candidates and
 * let the next one read). Nothing is linked here; 4-resolve links them.
 */
import { notAName } from "./01-not-a-name.js"
import { partyTag } from "./02-party-tag.js"
import { counterpart } from "./03-counterpart.js"
import { honorificName } from "./04-honorific-name.js"
import { title } from "./05-title.js"
import { headPhrase } from "./06-head-phrase.js"
import { pronoun } from "./07-pronoun.js"
import { capitalizedOrganizationRule } from "./08-capitalized-organization.js"
import { appositiveOrganization } from "./09-appositive-organization.js"
import { countryInsideName } from "./10-country-inside-name.js"
import { gazetteerName } from "./11-gazetteer-name.js"
import { initialFunctionWord } from "./12-initial-function-word.js"
import { namedPlace } from "./13-named-place.js"
import { usState } from "./14-us-state.js"
import { acronym } from "./15-acronym.js"
import { personName } from "./16-person-name.js"
import type { Candidate, Draft } from "./Candidate.js"
import { type CandidateContext, type Rule, Scan } from "./scan.js"

export type { Candidate, Reference, RoleDraft } from "./Candidate.js"
export { nameKey } from "./Candidate.js"
export type { CandidateContext } from "./scan.js"

/** The rules, in the order they are tried at each word. */
export const RULES: readonly Rule[] = [
  notAName,
  partyTag,
  counterpart,
  honorificName,
  title,
  headPhrase,
  pronoun,
  capitalizedOrganizationRule,
  appositiveOrganization,
  countryInsideName,
  gazetteerName,
  initialFunctionWord,
  namedPlace,
  usState,
  acronym,
  personName
]

/** A rule's candidate with its links (counted within the rule's list) moved to `offset`. */
const placed = (draft: Draft, offset: number): Candidate => {
  const ref = draft.ref
  if (ref.type === "counterpart" && ref.possessor !== null)
    return { ...draft, ref: { ...ref, possessor: ref.possessor + offset } }
  if (ref.type === "government-of" && ref.possessor !== undefined)
    return { ...draft, ref: { ...ref, possessor: ref.possessor + offset } }
  return draft
}

/** Finds the candidate mentions of one source, in text order. */
export const findCandidates = (context: CandidateContext, rules: readonly Rule[] = RULES): Candidate[] => {
  const scan = new Scan(context)
  const { words, text } = scan
  const out: Candidate[] = []
  let i = 0
  while (i < words.length) {
    let next = i + 1
    for (const rule of rules) {
      scan.rule = rule.name
      const found = rule.match(scan, i)
      if (found === null) continue
      const offset = out.length
      for (const draft of found.candidates) out.push(placed(draft, offset))
      if (found.end !== null && found.end > i) {
        next = found.end
        break
      }
    }
    i = next
  }

  // Text order (outer before inner), with candidate-to-candidate links renumbered.
  const order = [...out.keys()].sort((a, b) => out[a]!.start - out[b]!.start || out[b]!.end - out[a]!.end || a - b)
  const position = new Map(order.map((from, to) => [from, to]))
  const sorted: Candidate[] = order.map((k) => {
    const c = out[k]!
    if (c.ref.type === "counterpart" && c.ref.possessor !== null)
      return { ...c, ref: { ...c.ref, possessor: position.get(c.ref.possessor) ?? null } }
    if (c.ref.type === "government-of" && c.ref.possessor !== undefined) {
      const possessor = position.get(c.ref.possessor)
      const { possessor: _old, ...rest } = c.ref
      return { ...c, ref: possessor !== undefined ? { ...rest, possessor } : rest }
    }
    return c
  })

  // Apposition: "NAME, the TITLE," and "the TITLE, NAME" name the same person.
  for (let k = 0; k < sorted.length; k++) {
    const c = sorted[k]!
    if (c.ref.type !== "description") continue
    let prev: number | undefined
    for (let b = k - 1; b >= Math.max(0, k - 6) && prev === undefined; b--) if (sorted[b]!.end <= c.start) prev = b
    let after: number | undefined
    for (let a = k + 1; a < Math.min(sorted.length, k + 7) && after === undefined; a++)
      if (sorted[a]!.start >= c.end) after = a
    const between = (a: number, b: number) => text.slice(a, b).trim()
    const before = prev === undefined ? undefined : sorted[prev]!
    const following = after === undefined ? undefined : sorted[after]!
    if (before && before.ref.type === "person" && !before.ref.tentative && between(before.end, c.start) === ",")
      c.apposition = prev!
    else if (
      following &&
      following.ref.type === "person" &&
      !following.ref.tentative &&
      between(c.end, following.start) === ","
    )
      c.apposition = after!
  }
  return sorted
}
