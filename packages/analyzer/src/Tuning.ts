import * as z from "zod"
import tuningData from "./lexicons/tuning.json" with { type: "json" }

/**
 * Every tuned number of the analyzer's classify stage, read from `lexicons/tuning.json` (each value with why it has
 * it) and checked against this schema when the module loads: a missing, extra or non-numeric entry fails at once.
 */
const Entry = z.strictObject({ value: z.number().finite(), why: z.string().min(10) })
const TUNING_NAMES = [
  "coverMargin",
  "sameWording",
  "quoteWording",
  "minQuoteWords",
  "loadedPejorative",
  "loadedPraise",
  "counterpartShare",
  "emphasisLeadStatements",
  "scareQuoteMaxWords",
  "numberTolerance",
  "omissionsPerEvent",
  "omissionMinSalience",
  "coveredShare",
  "dateSpreadCompatible",
  "salienceKind"
] as const
export type TuningName = (typeof TUNING_NAMES)[number]

const TuningFile = z.strictObject({
  what: z.string(),
  source: z.string(),
  licence: z.string(),
  values: z.strictObject(Object.fromEntries(TUNING_NAMES.map((n) => [n, Entry])) as Record<TuningName, typeof Entry>)
})

/** The tuned numbers by name. */
export type Tuning = Readonly<Record<TuningName, number>>

const parsed = TuningFile.parse(tuningData)

/** The shipped values. */
export const DEFAULT_TUNING: Tuning = Object.fromEntries(
  TUNING_NAMES.map((n) => [n, parsed.values[n].value])
) as Record<TuningName, number>

/** Why each value is what it is, for docs and the eval's sweep. */
export const TUNING_REASONS: Readonly<Record<TuningName, string>> = Object.fromEntries(
  TUNING_NAMES.map((n) => [n, parsed.values[n].why])
) as Record<TuningName, string>

/** True for a name of the tuning file. */
export const isTuningName = (name: string): name is TuningName => (TUNING_NAMES as readonly string[]).includes(name)

/** The shipped values with some replaced (`npm run eval -- --sweep`); unknown names are refused. */
export const tuningWith = (overrides: Readonly<Partial<Record<string, number>>> = {}): Tuning => {
  for (const name of Object.keys(overrides))
    if (!isTuningName(name)) throw new Error(`unknown tuning value "${name}"; known: ${TUNING_NAMES.join(", ")}`)
  return { ...DEFAULT_TUNING, ...overrides } as Tuning
}
