/**
 * The US states as the party-tag and place rules read them: names, postal codes and traditional abbreviations,
 * as word sequences (lexicons/us-states.json names its sources).
 */
import usStates from "../../../lexicons/us-states.json" with { type: "json" }
import type { Word } from "../1-words.js"
import { ABBREVIATIONS } from "../2-gazetteer.js"
import { splitPhrase } from "../1-words.js"

const words = (phrase: string): readonly string[] => splitPhrase(phrase, ABBREVIATIONS).map((w) => w.text)

/** Names ("New York") and abbreviations without their last period ("Calif", "N.Y", "N. Mex"), longest first. */
const NAMES: readonly (readonly string[])[] = usStates.entries
  .map((s) => words(s.name))
  .sort((a, b) => b.length - a.length)
const ABBREVIATED: readonly (readonly string[])[] = usStates.entries
  .flatMap((s) => s.abbreviations.map((a) => words(a.endsWith(".") && !/\.\w\.$/.test(a) ? a.slice(0, -1) : a)))
  .sort((a, b) => b.length - a.length)
const POSTAL: ReadonlySet<string> = new Set(usStates.entries.map((s) => s.postal))
export const PARTY_LETTERS: ReadonlySet<string> = new Set(usStates.partyLetters.entries)

const matchAt = (ws: readonly Word[], i: number, phrases: readonly (readonly string[])[]): number => {
  for (const phrase of phrases) {
    if (phrase.every((p, k) => ws[i + k]?.text === p && ws[i + k]!.sentence === ws[i]!.sentence)) return phrase.length
  }
  return 0
}

/**
 * Words a US state takes at `i`: its name ("New York"), or an abbreviation with its period ("Calif.", "N.Y."),
 * or, where `postal` allows, its two-letter code; 0 when none is there.
 */
export const usStateAt = (ws: readonly Word[], i: number, postal: boolean): { length: number; name: boolean } => {
  const named = matchAt(ws, i, NAMES)
  if (named > 0) return { length: named, name: true }
  const abbreviated = matchAt(ws, i, ABBREVIATED)
  if (abbreviated > 0) {
    const period = ws[i + abbreviated]?.text === "." && !ws[i + abbreviated - 1]!.text.endsWith(".") ? 1 : 0
    return { length: abbreviated + period, name: false }
  }
  if (postal && POSTAL.has(ws[i]?.text ?? "")) return { length: 1, name: false }
  return { length: 0, name: false }
}
