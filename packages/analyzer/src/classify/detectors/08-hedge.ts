import { PARAPHRASE_THRESHOLD } from "../../align/3-alignments.js"
import type { Context } from "../Context.js"
import type { Detection } from "../draft.js"
import type { Statement } from "../../align/2-statements.js"
import { hedgesIn, quantitiesOf } from "../facets.js"
import { counterpartsOf } from "./07-loaded-language.js"
import { claimSpan, type Detector, spanIn } from "./shared.js"

/**
 * Hedges: the writer keeps its distance from what it reports ("allegedly", "reportedly", "so-called") where another
 * source states the same matter without such distance. Also a statement one source attributes to a speaker ("Mr.
 * Bush said his rate was 36 percent") and another states as a fact of its own ("Bush paid a rate of roughly 36
 * percent"), when the two say the same thing (paraphrase-level alignment).
 */
export const hedges: Detector = (ctx: Context) => {
  const out: Detection[] = []
  for (const s of ctx.statements) {
    const found = hedgesIn(s)
    if (found.length === 0) continue
    const counterparts = counterpartsOf(ctx, s)
    // Contrastive only: a hedge on a matter no other source tells is set against nothing.
    if (counterparts.length === 0) continue
    const plain = counterparts.filter((c) => hedgesIn(c).length === 0)
    if (plain.length === 0) continue
    const words = found.map((r) => s.source.text.slice(r.start, r.end))
    out.push({
      kind: "framing",
      type: "hedge",
      severity: "minor",
      wordings: [{ sourceIds: [s.sourceId], words }, ...plain.map((c) => ({ sourceIds: [c.sourceId], words: [] }))],
      evidence: [...found.map((r) => spanIn(s, r)), ...plain.map(claimSpan)],
      sourceIds: [s.sourceId, ...plain.map((c) => c.sourceId)],
      about: {
        type: "hedge",
        sourceId: s.sourceId,
        words,
        counterparts: plain.map((c) => ({ sourceId: c.sourceId, text: c.claim.text }))
      },
      strength: Math.max(...plain.map((c) => ctx.scoreOf(s, c)))
    })
  }
  for (const g of ctx.groups) {
    if ((g.alignment.signals.paraphrase ?? 0) < PARAPHRASE_THRESHOLD) continue
    // Attributed to a person with a plain verb: distance taken by attributing at all (a charge or an allegation of a
    // court or a document is the normal way to report it, not a hedge).
    const attributed = g.members.filter(
      (m) =>
        m.claim.attribution === "indirect" &&
        m.claim.cue !== undefined &&
        m.claim.verbClass !== "loaded" &&
        m.claim.speakerId !== null &&
        ctx.actors.get(m.claim.speakerId)?.kind === "person"
    )
    const asserted = g.members.filter(
      (m) => m.claim.attribution === "narrator" && !attributed.some((a) => a.sourceId === m.sourceId)
    )
    const first = attributed[0]
    if (first === undefined || asserted.length === 0) continue
    // A fact: a figure the attributed statement gives and the asserted one states too ("his rate was 36 percent" /
    // "Bush paid a rate of roughly 36 percent"); a paraphrase of someone's view is not stated as fact elsewhere.
    const figures = (s: Statement) => quantitiesOf(s).map((q) => `${q.unit}:${q.value}`)
    if (!asserted.some((a) => figures(a).some((f) => figures(first).includes(f)))) continue
    // Attributed in one source only: where every source attributes it, no one states it as fact.
    if (g.members.some((m) => m.sourceId !== first.sourceId && m.claim.attribution !== "narrator")) continue
    out.push({
      kind: "framing",
      type: "hedge",
      severity: "minor",
      wordings: [
        { sourceIds: [first.sourceId], words: [first.claim.cue!.text] },
        ...asserted.map((m) => ({ sourceIds: [m.sourceId], words: [] }))
      ],
      evidence: [
        first.claim.cue!,
        ...(first.claim.speakerSpan ? [first.claim.speakerSpan] : []),
        claimSpan(first),
        ...asserted.map(claimSpan)
      ],
      sourceIds: [first.sourceId, ...asserted.map((m) => m.sourceId)],
      alignmentId: g.alignment.id,
      about: {
        type: "attributed-fact",
        attributed: {
          sourceId: first.sourceId,
          text: first.source.text.slice(
            Math.min(first.claim.start, first.claim.cue!.start, first.claim.speakerSpan?.start ?? first.claim.start),
            Math.max(first.claim.end, first.claim.cue!.end)
          )
        },
        asserted: asserted.map((m) => ({ sourceId: m.sourceId, text: m.claim.text }))
      },
      strength: g.alignment.score
    })
  }
  return out
}
