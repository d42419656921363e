/**
 * Common English words (lexicons/common-words.json, from WordNet): a capitalized word of the list is a common
 * word that a title, a headline or a sentence start capitalized ("Members", "Border Security"), not a name,
 * unless the text shows otherwise. Inflected forms are read through their base form ("Dealers" -> "dealer").
 */
import commonWords from "../../lexicons/common-words.json" with { type: "json" }
import nameTags from "../../lexicons/name-tags.json" with { type: "json" }

const WORDS: ReadonlySet<string> = new Set(commonWords.words)
const ALSO_NAMES: ReadonlySet<string> = new Set(commonWords.alsoNames)
// "children" -> "child": irregular plurals, from compromise (lexicons/name-tags.json).
const SINGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries(nameTags.irregularPlurals).map(([singular, plural]) => [plural, singular])
)

/** Base forms a word may be an inflection of, in the order WordNet's morphology tries them. */
const bases = (w: string): string[] => {
  const out = [w]
  if (w.endsWith("ies")) out.push(`${w.slice(0, -3)}y`)
  if (/(ses|xes|zes|ches|shes)$/.test(w)) out.push(w.slice(0, -2))
  if (w.endsWith("men")) out.push(`${w.slice(0, -3)}man`)
  if (w.endsWith("s")) out.push(w.slice(0, -1))
  if (w.endsWith("ed")) out.push(w.slice(0, -2), w.slice(0, -1))
  if (w.endsWith("ing")) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`)
  const singular = SINGULAR.get(w)
  if (singular !== undefined) out.push(singular)
  return out
}

/** True when the word, in lower case or as an inflection, is a common English word. */
export const isCommonWord = (text: string): boolean => {
  const lower = text.toLowerCase().replace(/['’]s$/, "")
  return bases(lower).some((b) => WORDS.has(b))
}

/** True when a word written in lower case is an English word, common or also a name ("-era" of "Obama-era"). */
export const isEnglishWord = (text: string): boolean => {
  const lower = text.toLowerCase()
  return bases(lower).some((b) => WORDS.has(b) || ALSO_NAMES.has(b))
}
