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
export const classify = (
  aligned: Aligned,
  tuning: Tuning = DEFAULT_TUNING,
  shownOrder: readonly string[] = aligned.sources.map((s) => s.id)
): Classified => {
  const ctx = contextOf(aligned, tuning)
  const detections: Detection[] = []
  for (const [, detect] of DETECTORS) detections.push(...detect(ctx, detections))
  // The detectors read the sources in the order align gave them; a reader sees them in the order they were given.
  const rank = new Map(shownOrder.map((id, i) => [id, i]))
  const ordered = [...aligned.sources].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0))
  const byRank = <T extends string>(ids: readonly T[]): T[] =>
    [...ids].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
  const sources = new Map(ordered.map((s) => [s.id as string, s]))
  const inputs = { sources, prominence: prominenceOf(aligned.actors) }
  const drafts: Draft[] = detections.map(({ about: _, strength: __, ...rest }, i) => {
    const found = detections[i]!
    const d = (
      found.kind === "omission"
        ? {
            ...found,
            sourceIds: byRank(found.sourceIds),
            presentIn: byRank(found.presentIn),
            absentFrom: byRank(found.absentFrom)
          }
        : found.kind === "discrepancy"
          ? {
              ...found,
              sourceIds: byRank(found.sourceIds),
              values: [...found.values]
                .map((v) => ({ ...v, sourceIds: byRank(v.sourceIds) }))
                .sort((a, b) => (rank.get(a.sourceIds[0]!) ?? 0) - (rank.get(b.sourceIds[0]!) ?? 0))
            }
          : { ...found, sourceIds: byRank(found.sourceIds) }
    ) as Detection
    const { about: _about, strength: _strength, ...shown } = d
    return {
      ...rest,
      ...shown,
      summary: summarize(d, sources),
      salience: salienceOf(d, inputs, tuning)
    } as Draft
  })
  return {
    findings: finish(drafts, ordered),
    views: viewsOf(ordered, aligned.statements, aligned.actors, tuning)
  }
}
