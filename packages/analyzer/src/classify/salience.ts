import type { Actor, Source } from "@diplo/model"
import type { Tuning } from "../Tuning.js"
import type { Detection } from "./draft.js"

/**
 * What a finding's kind and type are worth to a reader before its evidence is weighed, 0..1: conflicts over facts
 * first, then how the leads and the voices differ, then word choice (a loaded word rests on a word list, weaker evidence
 * than a lead or a verb set against another source's), then what is left out; agreements last.
 */
const PRIOR: Readonly<Record<string, number>> = {
  "discrepancy/major": 0.95,
  "discrepancy/minor": 0.7,
  "framing/emphasis": 0.75,
  "framing/voice": 0.65,
  "framing/loaded-language": 0.45,
  "framing/attribution-verb": 0.55,
  "framing/causal-attribution": 0.55,
  "framing/lexical-choice": 0.5,
  "framing/hedge": 0.5,
  "framing/scare-quote": 0.45,
  "omission/content": 0.35,
  "omission/later-event": 0.35,
  "agreement/any": 0.15
}

const priorOf = (d: Detection): number =>
  d.kind === "discrepancy"
    ? PRIOR[`discrepancy/${d.severity === "major" ? "major" : "minor"}`]!
    : d.kind === "agreement"
      ? PRIOR["agreement/any"]!
      : (PRIOR[`${d.kind}/${d.type}`] ?? 0.4)

/** Where the evidence starts in its sources (the earliest, as a share of the text), and which actors it names. */
export interface SalienceInputs {
  readonly sources: ReadonlyMap<string, Source>
  /** Each actor's mentions over the most mentioned actor's, 0..1. */
  readonly prominence: (span: { sourceId: string; start: number; end: number }) => number
}

/**
 * How much a reader needs a finding, 0..1, from measurable signals: its kind and type (weighted by the tuning's
 * `salienceKind`), and, for the rest, its evidence strength (half), how early its evidence stands in the articles
 * (three tenths) and how prominent the actors its evidence names are in the coverage (a fifth). Major severity is
 * given only to strong evidence by the detectors, so it enters through the kind's prior for discrepancies only.
 */
export const salienceOf = (d: Detection, inputs: SalienceInputs, tuning: Tuning): number => {
  const first = new Map<string, number>()
  for (const e of d.evidence) first.set(e.sourceId, Math.min(first.get(e.sourceId) ?? e.start, e.start))
  const positions = [...first.entries()].map(
    ([id, start]) => start / Math.max(1, inputs.sources.get(id)?.text.length ?? 1)
  )
  const position = positions.length === 0 ? 1 : Math.min(...positions)
  const prominence = Math.max(0, ...d.evidence.map(inputs.prominence))
  const evidence = 0.5 * Math.min(1, Math.max(0, d.strength)) + 0.3 * (1 - position) + 0.2 * prominence
  const raw = tuning.salienceKind * priorOf(d) + (1 - tuning.salienceKind) * evidence
  return Math.round(Math.min(1, Math.max(0, raw)) * 1000) / 1000
}

/** The prominence of the actors a span names: each actor's mentions over the most mentioned actor's. */
export const prominenceOf = (actors: readonly Actor[]) => {
  const top = Math.max(1, ...actors.map((a) => a.mentions.length))
  const bySource = new Map<string, { start: number; end: number; weight: number }[]>()
  for (const a of actors)
    for (const m of a.mentions) {
      const list = bySource.get(m.sourceId) ?? []
      list.push({ start: m.start, end: m.end, weight: a.mentions.length / top })
      bySource.set(m.sourceId, list)
    }
  for (const list of bySource.values()) list.sort((x, y) => x.start - y.start)
  return (span: { sourceId: string; start: number; end: number }): number => {
    let best = 0
    for (const m of bySource.get(span.sourceId) ?? []) {
      if (m.start >= span.end) break
      if (m.end > span.start) best = Math.max(best, m.weight)
    }
    return best
  }
}
