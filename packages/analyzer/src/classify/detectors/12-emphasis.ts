import type { Statement } from "../../align/2-statements.js"
import type { Context } from "../Context.js"
import type { Detection } from "../draft.js"
import { bodyLeadOf, type Detector, sentenceSpan } from "./shared.js"

/** A source's lead: its headline and the first statement of its body. */
const leadOf = (statements: readonly Statement[]): Statement[] => {
  const headline = statements.filter((s) => s.headline)
  const body = bodyLeadOf(statements)
  return [...headline.slice(0, 1), ...(body === undefined ? [] : [body])]
}

/**
 * What each source puts first: one finding per comparison when the sources' leads (headline and first statement)
 * tell different matters, that is when some source's lead is told by another only later or not at all. Never one
 * finding per pair of sources, never mirrored: the reader sees every lead side by side.
 */
export const emphasis: Detector = (ctx: Context) => {
  const leads = ctx.sources.map((source) => ({ source, lead: leadOf(ctx.bySource.get(source.id) ?? []) }))
  const withLead = leads.filter((l) => l.lead.length > 0)
  if (withLead.length < 2) return []
  const early = (s: Statement, sourceId: string) => {
    const headline = (ctx.bySource.get(sourceId) ?? []).some((x) => x.headline) ? 1 : 0
    return ctx
      .partners(s)
      .some((p) => p.sourceId === sourceId && p.order < ctx.tuning.emphasisLeadStatements + headline)
  }
  const agrees = (x: (typeof withLead)[number], y: (typeof withLead)[number]) =>
    x.lead.some((s) => early(s, y.source.id)) && y.lead.some((s) => early(s, x.source.id))
  let differing = 0
  for (let i = 0; i < withLead.length; i++)
    for (let j = i + 1; j < withLead.length; j++) if (!agrees(withLead[i]!, withLead[j]!)) differing++
  if (differing === 0) return []
  const pairs = (withLead.length * (withLead.length - 1)) / 2
  const body = (l: (typeof withLead)[number]) => l.lead[l.lead.length - 1]!
  return [
    {
      kind: "framing",
      type: "emphasis",
      severity: differing === pairs ? "major" : "minor",
      wordings: withLead.map((l) => ({ sourceIds: [l.source.id], words: l.lead.map((s) => s.claim.text) })),
      evidence: withLead.flatMap((l) => l.lead.map(sentenceSpan)),
      sourceIds: withLead.map((l) => l.source.id),
      about: {
        type: "emphasis",
        leads: withLead.map((l) => ({
          sourceId: l.source.id,
          text: body(l).source.text.slice(body(l).sentence.start, body(l).sentence.end)
        }))
      },
      strength: differing / pairs
    } satisfies Detection
  ]
}
