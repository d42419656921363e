import type { Context } from "../Context.js"
import type { Detection } from "../draft.js"
import { scareQuotesIn, spokenIn } from "../facets.js"
import { counterpartsOf } from "./07-loaded-language.js"
import { claimSpan, type Detector, spanIn } from "./shared.js"

/**
 * Scare quotes: quotation marks of the writer's own around a word or short phrase (see facets.scareQuotesIn), where
 * another source tells the same matter without them. A speaker's partial quote, a name of a policy, law, programme,
 * book or show, and words any source quotes as someone's are quotations, not scare quotes.
 */
export const scareQuotes: Detector = (ctx: Context) => {
  // Words someone is quoted as saying, anywhere in any source: marks around them report, they do not distance.
  const spokenElsewhere = spokenIn(ctx.statements, ctx.tuning)
  const out: Detection[] = []
  for (const s of ctx.statements) {
    const found = scareQuotesIn(s, ctx.tuning, spokenElsewhere)
    if (found.length === 0) continue
    // Only against another source's telling: alone, a short quotation is as often a speaker's words the article does
    // not attribute (on the real dev events, 0 of 1 such findings was a difference a reader marked).
    const counterparts = counterpartsOf(ctx, s)
    const plain = counterparts.filter((c) => scareQuotesIn(c, ctx.tuning, spokenElsewhere).length === 0)
    if (plain.length === 0) continue
    const words = found.map((r) => s.source.text.slice(r.start, r.end))
    out.push({
      kind: "framing",
      type: "scare-quote",
      severity: "minor",
      wordings: [{ sourceIds: [s.sourceId], words }, ...plain.map((c) => ({ sourceIds: [c.sourceId], words: [] }))],
      evidence: [...found.map((r) => spanIn(s, r)), ...plain.map(claimSpan)],
      sourceIds: [s.sourceId, ...plain.map((c) => c.sourceId)],
      about: {
        type: "scare-quote",
        sourceId: s.sourceId,
        words,
        counterparts: plain.map((c) => ({ sourceId: c.sourceId, text: c.claim.text }))
      },
      strength: Math.max(...plain.map((c) => ctx.scoreOf(s, c)))
    })
  }
  return out
}
