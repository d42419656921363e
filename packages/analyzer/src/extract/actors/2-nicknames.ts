/**
 * Formal given names and their familiar forms (lexicons/nicknames.json names its source): "William" and "Bill"
 * are one given name, and every name of the table is a given name.
 */
import nicknames from "../../lexicons/nicknames.json" with { type: "json" }

const key = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, "")

const FAMILIAR: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(nicknames.entries as Record<string, string[]>).map(([formal, forms]) => [formal, new Set(forms)])
)
const GIVEN: ReadonlySet<string> = new Set([...FAMILIAR.keys(), ...[...FAMILIAR.values()].flatMap((f) => [...f])])

/** True when two given names are one: equal, or a formal name and one of its familiar forms ("William", "Bill"). */
export const givenNamesMatch = (a: string, b: string): boolean => {
  const x = key(a)
  const y = key(b)
  return x === y || FAMILIAR.get(x)?.has(y) === true || FAMILIAR.get(y)?.has(x) === true
}

/** True when the word is a given name of the table ("Bill", "Liz"), formal or familiar. */
export const isGivenName = (word: string): boolean => GIVEN.has(key(word))
