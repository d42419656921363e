/**
 * The same-event decision for one pair of articles: a few signals (how alike their words, their titles and
 * leads, and their names are; how far apart their days) combined by a logistic model whose weights and threshold
 * are calibrated on the dev collections (`calibration.json`, written by the eval package's calibration script).
 */
import calibration from "./lexicons/calibration.json" with { type: "json" }
import { cosine, type Profile } from "./Profile.js"

/** The signals of one pair, each 0..1. */
export interface PairSignals {
  /** TF-IDF cosine of all their words. */
  readonly words: number
  /** TF-IDF cosine of their titles and leads. */
  readonly lead: number
  /** TF-IDF cosine of their names. */
  readonly names: number
  /** TF-IDF cosine of the names in their titles and leads. */
  readonly leadNames: number
  /** 1 when both are dated on the same day, falling with the days between them; 0 when either is undated. */
  readonly sameDay: number
  /** 1 when both are dated, 0 otherwise (the model may trust dated pairs differently). */
  readonly dated: number
  /** 1 when the years the two texts name most are the same. */
  readonly sameYear: number
  /** 1 when the years the two texts name most differ. */
  readonly otherYear: number
}

export const SIGNALS = [
  "words",
  "lead",
  "names",
  "leadNames",
  "sameDay",
  "dated",
  "sameYear",
  "otherYear"
] as const satisfies readonly (keyof PairSignals)[]

/** The logistic model: a bias and one weight per signal; `threshold` is the least average-link probability to merge. */
export interface SameEventModel {
  readonly bias: number
  readonly weights: Readonly<Record<keyof PairSignals, number>>
  readonly threshold: number
}

/** The calibrated model shipped with the package. */
export const CALIBRATED: SameEventModel = {
  bias: calibration.model.bias,
  weights: calibration.model.weights,
  threshold: calibration.model.threshold
}

export const pairSignals = (a: Profile, b: Profile): PairSignals => {
  const dated = !Number.isNaN(a.day) && !Number.isNaN(b.day)
  return {
    words: cosine(a.body, b.body),
    lead: cosine(a.lead, b.lead),
    names: cosine(a.names, b.names),
    leadNames: cosine(a.leadNames, b.leadNames),
    sameDay: dated ? 1 / (1 + Math.abs(a.day - b.day)) : 0,
    dated: dated ? 1 : 0,
    sameYear: a.year === b.year ? 1 : 0,
    otherYear: !Number.isNaN(a.year) && !Number.isNaN(b.year) && a.year !== b.year ? 1 : 0
  }
}

/** The model's probability that the pair reports one event. */
export const sameEventProbability = (signals: PairSignals, model: SameEventModel = CALIBRATED): number => {
  let z = model.bias
  for (const s of SIGNALS) z += model.weights[s] * signals[s]
  return 1 / (1 + Math.exp(-z))
}
