import type { Severity, Source } from "@diplo/model"
import type { Draft } from "./draft.js"

/** What a kind of finding is worth to a reader before its evidence is weighed: conflicts first, agreements last. */
const KIND_WEIGHT: Readonly<Record<Draft["kind"], number>> = {
  discrepancy: 0.7,
  framing: 0.5,
  omission: 0.35,
  agreement: 0.15
}
const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { major: 0.15, minor: 0, info: -0.1 }
/** How much an early position in the articles adds: a lead's matter is what readers see first. */
const POSITION_WEIGHT = 0.15

/**
 * How much a reader needs a finding, 0..1: its kind and severity, raised where its evidence stands early in the
 * articles (the share of each source's text before the first evidence span in it).
 */
export const salienceOf = (draft: Draft, sources: ReadonlyMap<string, Source>): number => {
  const first = new Map<string, number>()
  for (const e of draft.evidence) first.set(e.sourceId, Math.min(first.get(e.sourceId) ?? e.start, e.start))
  const positions = [...first.entries()].map(([id, start]) => start / Math.max(1, sources.get(id)?.text.length ?? 1))
  const position = positions.length === 0 ? 1 : Math.min(...positions)
  const raw = KIND_WEIGHT[draft.kind] + SEVERITY_WEIGHT[draft.severity] + POSITION_WEIGHT * (1 - position)
  return Math.round(Math.min(1, Math.max(0, raw)) * 1000) / 1000
}
