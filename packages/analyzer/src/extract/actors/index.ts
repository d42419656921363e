/**
 * Actors of one source: people, organizations, states and outlets, each with every place the text names
 * it. Steps: 1-words (scan), 2-gazetteer (known names), 2-name-tags, 2-common-words and 2-nicknames (word
 * lists), 3-candidates (what may name an actor: one rule per file, in the order its index lists),
 * 4-resolve (which candidates name the same actor, and whom a pronoun or a description means).
 */
import attributionVerbs from "../../lexicons/attribution-verbs.json" with { type: "json" }
import { REPORT_VERBS } from "../../lexicons/index.js"
import type { LocalActor, Segmented } from "../../Document.js"
import { scanWords } from "./1-words.js"
import { ABBREVIATIONS } from "./2-gazetteer.js"
import { findCandidates } from "./3-candidates/index.js"
import { resolveCandidates } from "./4-resolve.js"

const IRREGULAR: Readonly<Record<string, string>> = attributionVerbs.irregular

// Regular inflections of a reporting verb ("noted", "says", "denies"), and the irregular forms of the data.
const isReportVerb = (lower: string): boolean => {
  const verbs = REPORT_VERBS.entries
  if (verbs.has(lower)) return true
  const stems = [
    lower.replace(/ied$/, "y"),
    lower.replace(/ies$/, "y"),
    lower.replace(/e?d$/, ""),
    lower.replace(/e?s$/, ""),
    lower.replace(/d$/, ""),
    lower.replace(/s$/, "")
  ]
  if (stems.some((s) => verbs.has(s))) return true
  const lemma = Object.hasOwn(IRREGULAR, lower) ? IRREGULAR[lower] : undefined
  return lemma !== undefined && verbs.has(lemma)
}

/**
 * Finds the actors one source names. Each actor has a local id `${sourceId}:a${n}` (n in order of first
 * mention), a canonical name, its roles and country where the text gives them, and every mention as an
 * offset range into `segmented.source.text` with how it names the actor (name, surname, description,
 * pronoun, metonym, demonym). Deterministic; never throws on odd text.
 */
export const extractActors = (segmented: Segmented): LocalActor[] => {
  const words = scanWords(segmented, ABBREVIATIONS)
  const candidates = findCandidates({ segmented, words, isReportVerb })
  return resolveCandidates(segmented.source.id, segmented.source.text, candidates)
}
