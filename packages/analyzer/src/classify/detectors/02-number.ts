import type { Statement } from "../../align/2-statements.js"
import type { Context } from "../Context.js"
import type { Detection } from "../draft.js"
import { type Quantity, quantitiesOf, sameFigure } from "../facets.js"
import type { Detector } from "./shared.js"

/** Context words that say nothing of what a figure measures. */
const VAGUE = new Set(["be", "have", "say", "more", "than", "about", "year", "total", "number", "amount", "least"])

const what = (q: Quantity): Set<string> => new Set(q.context.filter((w) => !VAGUE.has(w)))

/**
 * Number discrepancies: two sources give different figures for one quantity. One quantity means statements aligned
 * as the same matter, figures of one unit (a currency, percent, or the noun counted), a context word in common (what
 * they measure: "earned", "income", "airtime"), and the same owner where both name one (two people's tax rates are
 * two quantities). One figure written at two precisions ("43,885,310" and "44 million") is the same figure.
 */
export const numberDiscrepancies: Detector = (ctx: Context) => {
  const out: Detection[] = []
  const seen = new Set<string>()
  for (const g of ctx.groups) {
    if (!(g.strong || g.sharedEvent)) continue
    const facts = g.members.flatMap((m) => quantitiesOf(m).map((q) => ({ m, q })))
    // How well two figures of two sources fit as one quantity: a unit and a measure word in common, the same owner.
    const fit = (x: Fact, y: Fact): number => {
      if (x.m.sourceId === y.m.sourceId || x.q.unit !== y.q.unit) return 0
      if (x.q.owner !== null && y.q.owner !== null && x.q.owner !== y.q.owner) return 0
      const shared = [...what(x.q)].filter((w) => what(y.q).has(w)).length
      if (shared === 0) return 0
      const ratio = Math.min(x.q.value, y.q.value) / Math.max(x.q.value, y.q.value)
      return shared + ratio
    }
    // Each figure's best partner in each other source; only mutual best partners are compared (income with income,
    // not income with taxes).
    const bestOf = (x: Fact, sourceId: string): Fact | undefined => {
      let best: Fact | undefined
      let score = 0
      for (const y of facts)
        if (y.m.sourceId === sourceId && fit(x, y) > score) {
          best = y
          score = fit(x, y)
        }
      return best
    }
    for (const x of facts)
      for (const sourceId of new Set(facts.map((f) => f.m.sourceId as string))) {
        if (sourceId <= x.m.sourceId) continue
        const y = bestOf(x, sourceId)
        if (y === undefined || bestOf(y, x.m.sourceId) !== x) continue
        if (sameFigure(x.q, y.q, ctx.tuning)) continue
        // Two statements about one quantity name a participant in common, and give the figure in one voice: the
        // writer's in both, or one speaker's (a figure a speaker claims is that speaker's, not the outlet's).
        if (!x.m.actorIds.some((id) => y.m.actorIds.includes(id))) continue
        if (!sameVoice(x.m, y.m)) continue
        const key = [x.q.span, y.q.span].map((s) => `${s.sourceId}:${s.start}`).join("|")
        if (seen.has(key)) continue
        seen.add(key)
        const shared = [...what(x.q)].filter((w) => what(y.q).has(w))
        const approximate = x.q.approximate || y.q.approximate
        out.push({
          kind: "discrepancy",
          type: "number",
          severity: approximate ? "minor" : "major",
          compatible: false,
          values: [x, y].map((f) => ({ sourceIds: [f.m.sourceId], value: String(f.q.value), text: f.q.span.text })),
          evidence: [x.q.span, y.q.span],
          sourceIds: [x.m.sourceId, y.m.sourceId],
          alignmentId: g.alignment.id,
          about: { type: "number", measure: measureOf(x.q, shared) },
          strength: g.alignment.score
        })
      }
  }
  return out
}

/** True when two figures are given in one voice: both the writers', or both attributed to one speaker (or to an unnamed one). */
const sameVoice = (a: Statement, b: Statement): boolean => {
  const [na, nb] = [a.claim.attribution === "narrator", b.claim.attribution === "narrator"]
  if (na || nb) return na && nb
  return a.claim.speakerId === null || b.claim.speakerId === null || a.claim.speakerId === b.claim.speakerId
}

interface Fact {
  readonly m: Statement
  readonly q: Quantity
}

const measureOf = (q: Quantity, shared: readonly string[]): string =>
  q.unit === "percent"
    ? `the share (${shared[0]})`
    : /^[$€£¥]$/.test(q.unit)
      ? `the sum (${shared[0]})`
      : `the ${q.unit}s`
