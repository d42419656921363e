import type { AlignmentId } from "@diplo/model"
import type { Statement } from "../../align/2-statements.js"
import type { Context } from "../Context.js"
import type { Detection } from "../draft.js"
import { type Quantity, quantitiesOf, sameFigure } from "../facets.js"
import { copiedSentences, substitutions } from "../wording.js"
import { type Detector, spanIn } from "./shared.js"

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
    // Inside otherwise copied wording, one figure for another ("the 100 pages" / "the 126 pages", "a 21-year veteran"):
    // the sentences say it of the same thing, whatever the unit.
    if (g.strong) out.push(...wordedFigures(ctx, g.members, g.alignment.id, g.alignment.score, seen))
  }
  return out
}

const FIGURE = /^\d[\d,]*(?:\.\d+)?/

const wordedFigures = (
  ctx: Context,
  members: readonly Statement[],
  alignmentId: AlignmentId,
  score: number,
  seen: Set<string>
): Detection[] => {
  const out: Detection[] = []
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const [a, b] = [members[i]!, members[j]!]
      if (a.sourceId === b.sourceId) continue
      const diff = copiedSentences(a, b, ctx.tuning.sameWording)
      if (diff === null) continue
      for (const sub of substitutions(diff)) {
        if (sub.removed.length !== 1 || sub.added.length !== 1 || sub.before + sub.after < 3) continue
        const [x, y] = [sub.removed[0]!, sub.added[0]!]
        const [fx, fy] = [FIGURE.exec(x.lower)?.[0], FIGURE.exec(y.lower)?.[0]]
        if (fx === undefined || fy === undefined || fx === fy) continue
        // A date is the date detector's; a time expression's digits are not a figure.
        if (
          [...a.times, ...b.times].some(
            (t) => (t.start <= x.start && x.end <= t.end) || (t.start <= y.start && y.end <= t.end)
          )
        )
          continue
        const key = `${a.sourceId}:${x.start}|${b.sourceId}:${y.start}`
        if (seen.has(key)) continue
        seen.add(key)
        const [sa, sb] = [spanIn(a, x), spanIn(b, y)]
        out.push({
          kind: "discrepancy",
          type: "number",
          severity: "major",
          compatible: false,
          values: [
            { sourceIds: [a.sourceId], value: fx.replace(/,/g, ""), text: sa.text },
            { sourceIds: [b.sourceId], value: fy.replace(/,/g, ""), text: sb.text }
          ],
          evidence: [sa, sb],
          sourceIds: [a.sourceId, b.sourceId],
          alignmentId,
          about: { type: "number", measure: "" },
          strength: Math.max(0.8, score)
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
