/**
 * "Sentinel Watch, a conservative advocacy group, said": capitalized words that an appositive calls an organization
 * (", a/an … HEAD", the head from organization-appositives.json) name an organization, whatever their shape: no
 * person ("Sentinel Watch"), no country inside them ("America Forward"), no party inside ("the Bluegrass
 * Republicans, a … group"). The name is the subject of the verb after the appositive's closing comma.
 */
import appositives from "../../../lexicons/organization-appositives.json" with { type: "json" }
import { nameKey } from "./Candidate.js"
import { CONNECTORS, type Rule, type Scan } from "./scan.js"

const HEADS: ReadonlySet<string> = new Set(appositives.entries)
/** Words of the appositive before its head: modifiers ("pro-Republican", "opposition research"), not clauses. */
const MODIFIER_POS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN", "NUM", "ADV", "VERB"])
const MAX_NAME = 6
const MAX_MODIFIERS = 6

/** The head noun's index when the words from `k` read "a/an … HEAD" and the phrase ends there, else -1. */
const appositiveHead = (scan: Scan, k: number, sentence: number): number => {
  const article = scan.inSentence(k, sentence)
  if (article?.lower !== "a" && article?.lower !== "an") return -1
  for (let h = k + 1; h <= k + 1 + MAX_MODIFIERS; h++) {
    const w = scan.inSentence(h, sentence)
    if (!w) return -1
    // "a gay men and lesbian group": modifiers joined by "and".
    if (w.text === "-" || (w.lower === "and" && h > k + 1)) continue
    if (w.kind !== "word" && w.kind !== "number") return -1
    if (HEADS.has(w.lower)) {
      // The head ends the noun phrase: "a … group," / "a … group that" / "a … group based in", not "a group leader".
      const next = scan.inSentence(h + 1, sentence)
      const pos = next ? scan.posOf(next) : null
      return next === undefined || next.kind !== "word" || (pos !== "NOUN" && pos !== "PROPN") ? h : -1
    }
    const pos = scan.posOf(w)
    if (pos !== null && !MODIFIER_POS.has(pos)) return -1
  }
  return -1
}

export const appositiveOrganization: Rule = {
  name: "appositive-organization",
  match: (scan, i) => {
    const { words, text } = scan
    const first = words[i]!
    if (!scan.isCap(first)) return null
    const sentence = first.sentence
    // "The X Y, a … group": the article is no part of the name.
    const start = first.lower === "the" ? i + 1 : i
    let j = start
    while (j - start < MAX_NAME) {
      const w = scan.inSentence(j, sentence)
      if (scan.isCap(w)) {
        j++
        continue
      }
      if (w && CONNECTORS.has(w.lower) && j > start && scan.isCap(scan.inSentence(j + 1, sentence))) {
        j++
        continue
      }
      break
    }
    if (j === start || scan.inSentence(j, sentence)?.text !== ",") return null
    const head = appositiveHead(scan, j + 1, sentence)
    if (head < 0) return null
    const name = text.slice(words[start]!.start, words[j - 1]!.end)
    const draft = scan.draft(
      words[start]!.start,
      words[j - 1]!.end,
      "name",
      { type: "organization", key: `org:${nameKey(name)}`, name, kind: "organization", heads: [words[head]!.lower] },
      sentence,
      start
    )
    // "X, a … group, took aim": X is the subject of the verb after the appositive.
    const after = scan.inSentence(head + 1, sentence)
    const verb = after?.text === "," ? scan.inSentence(head + 2, sentence) : undefined
    const subject = verb !== undefined && (scan.posOf(verb) === "VERB" || scan.isReportVerb(verb.lower))
    return { end: j, candidates: [subject && !draft.clauseSubject ? { ...draft, subject: true } : draft] }
  }
}
