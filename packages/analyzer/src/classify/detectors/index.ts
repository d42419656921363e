/**
 * The detectors of classify, in the order they run (each sees what the earlier ones found): discrepancies first,
 * then framing, omissions and agreements. One file per finding type; each returns structured detections and
 * leaves the wording of summaries to ../summaries.ts.
 */
import { dateDiscrepancies } from "./01-date.js"
import { numberDiscrepancies } from "./02-number.js"
import { polarityDiscrepancies } from "./03-polarity.js"
import { attributionDiscrepancies } from "./04-attribution.js"
import { lexicalChoices } from "./05-lexical-choice.js"
import { attributionVerbs } from "./06-attribution-verb.js"
import { loadedLanguage } from "./07-loaded-language.js"
import { hedges } from "./08-hedge.js"
import { scareQuotes } from "./09-scare-quote.js"
import { causalAttributions } from "./10-causal-attribution.js"
import { voices } from "./11-voice.js"
import { emphasis } from "./12-emphasis.js"
import { omissions } from "./13-omission.js"
import { agreements } from "./14-agreement.js"
import type { Detector } from "./shared.js"

export type { Detector } from "./shared.js"

/** Every detector, by name, in order. */
export const DETECTORS: readonly (readonly [string, Detector])[] = [
  ["date", dateDiscrepancies],
  ["number", numberDiscrepancies],
  ["polarity", polarityDiscrepancies],
  ["attribution", attributionDiscrepancies],
  ["lexical-choice", lexicalChoices],
  ["attribution-verb", attributionVerbs],
  ["loaded-language", loadedLanguage],
  ["hedge", hedges],
  ["scare-quote", scareQuotes],
  ["causal-attribution", causalAttributions],
  ["voice", voices],
  ["emphasis", emphasis],
  ["omission", omissions],
  ["agreement", agreements]
]
