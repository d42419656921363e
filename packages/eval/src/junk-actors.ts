/**
 * Actors no reader would call an actor (issue 11): a fragment of a name (a single letter, a lone initial, a first
 * name with an initial), a state's abbreviation (a party tag's "Calif." or "NY" read as an actor), or the headline
 * taken whole as a name. The real suite counts them on what the analyzer extracts; the count should be 0.
 */
import stateAbbreviations from "./data/us-state-abbreviations.json" with { type: "json" }

export type JunkReason = "fragment" | "state abbreviation" | "headline"

const STATES: ReadonlySet<string> = new Set(stateAbbreviations.entries)

const LETTER_OR_INITIAL = /^\p{L}\.?$/u
const FIRST_NAME_AND_INITIAL = /^\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}\.?$/u

const folded = (s: string): string => s.replace(/\s+/g, " ").trim().toLowerCase()

/**
 * Why an actor's name is junk, or null when it is a plausible name. `headlines` are the sources' headlines (their
 * titles, or the first line of their text).
 */
export const junkReason = (name: string, headlines: readonly string[]): JunkReason | null => {
  const n = name.trim()
  if (LETTER_OR_INITIAL.test(n) || FIRST_NAME_AND_INITIAL.test(n)) return "fragment"
  if (STATES.has(n)) return "state abbreviation"
  if (n.includes(" ") && headlines.some((h) => folded(h) === folded(n))) return "headline"
  return null
}

/** A source's headline: its title where known, else its text's first line. */
export const headlineOf = (source: { readonly title?: string | undefined; readonly text: string }): string =>
  source.title ?? source.text.split("\n")[0] ?? ""

/** The junk actors of a comparison, each with why. */
export const junkActors = (comparison: {
  readonly sources: readonly { readonly title?: string | undefined; readonly text: string }[]
  readonly actors: readonly { readonly name: string }[]
}): { name: string; reason: JunkReason }[] => {
  const headlines = comparison.sources.map(headlineOf)
  return comparison.actors.flatMap((a) => {
    const reason = junkReason(a.name, headlines)
    return reason === null ? [] : [{ name: a.name, reason }]
  })
}
