import type { Finding, Views } from "@diplo/model"
import type { Aligned } from "../align/index.js"
import { DEFAULT_TUNING, type Tuning } from "../Tuning.js"
import { contextOf } from "./Context.js"
import { DETECTORS } from "./detectors/index.js"
import { type Detection, type Draft, finish } from "./draft.js"
import { prominenceOf, salienceOf } from "./salience.js"
import { summarize } from "./summaries.js"
import { viewsOf } from "./views.js"

/** The output of classify: the findings in report order (most salient first), and the per-source views. */
export interface Classified {
  readonly findings: readonly Finding[]
  readonly views: Views
}

/**
 * Classifies aligned statements into agreements, discrepancies, framing differences and omissions, each with
 * evidence spans in every source it is about: the detectors run in order (detectors/index.ts), summaries.ts words
 * each detection, salience.ts weighs it, and draft.ts gives stable ids and the order.
 */
export const classify = (aligned: Aligned, tuning: Tuning = DEFAULT_TUNING): Classified => {
  const ctx = contextOf(aligned, tuning)
  const detections: Detection[] = []
  for (const [, detect] of DETECTORS) detections.push(...detect(ctx, detections))
  const sources = new Map(aligned.sources.map((s) => [s.id as string, s]))
  const inputs = { sources, prominence: prominenceOf(aligned.actors) }
  const drafts: Draft[] = detections.map(({ about: _, strength: __, ...rest }, i) => {
    const d = detections[i]!
    return { ...rest, summary: summarize(d, sources), salience: salienceOf(d, inputs, tuning) } as Draft
  })
  return {
    findings: finish(drafts, aligned.sources),
    views: viewsOf(aligned.sources, aligned.statements, aligned.actors, tuning)
  }
}
