import { PARAPHRASE_THRESHOLD } from "../../align/3-alignments.js"
import type { Statement } from "../../align/2-statements.js"
import type { AlignedGroup, Context } from "../Context.js"
import type { Detection } from "../draft.js"
import { purposesOf, quantitiesOf } from "../facets.js"
import { claimSpan, type Detector, eventName, groupBy, sourcesOf } from "./shared.js"

/** The agreement of one alignment, typed by the most specific thing its statements share; null when none. */
const agreementOf = (g: AlignedGroup): Detection | null => {
  const sourceIds = sourcesOf(g.members)
  if (sourceIds.length < 2) return null
  if (!(g.strong || g.sharedEvent)) return null
  const perSource = [...groupBy(g.members, (m) => m.sourceId).values()]
  const shared = (facet: (m: Statement) => readonly string[]) => {
    const sets = perSource.map((ms) => new Set(ms.flatMap(facet)))
    return [...sets[0]!].filter((v) => sets.every((s) => s.has(v)))
  }
  const days = shared((m) => m.times.map((t) => t.value ?? "").filter((v) => v.length === 10))
  const numbers = shared((m) => quantitiesOf(m).map((q) => `${q.value} ${q.unit}`))
  const events = shared((m) =>
    m.events
      .filter((e) => e.type !== "statement")
      .map((e) => (e.type === "travel" ? `travel@${e.place ?? "?"}` : e.type))
      .filter((key) => !key.endsWith("@?"))
  ).map((key) => key.split("@")[0]!)
  const quotes = shared((m) => (m.claim.attribution === "direct-quote" && m.claim.speakerId ? [m.claim.speakerId] : []))
  const purposes = perSource.every((ms) => ms.some((m) => purposesOf(m).length > 0))
  const type =
    quotes.length > 0
      ? "quote"
      : days.length > 0
        ? "date"
        : numbers.length > 0
          ? "number"
          : purposes
            ? "purpose"
            : events.length > 0
              ? "event"
              : "claim"
  // An untyped agreement needs the statements to say the same thing, not merely to be related.
  if (type === "claim" && (g.alignment.signals.paraphrase ?? 0) < PARAPHRASE_THRESHOLD) return null
  const on =
    type === "date"
      ? `on ${days[0]}`
      : type === "number"
        ? `on ${numbers[0]}`
        : type === "event"
          ? `on the ${eventName(events[0] ?? "other")}`
          : type === "purpose"
            ? "on the purpose"
            : null
  return {
    kind: "agreement",
    type,
    severity: "info",
    evidence: g.members.map(claimSpan),
    sourceIds,
    alignmentId: g.alignment.id,
    about: { type: "agreement", on, texts: perSource.map((ms) => ms[0]!.claim.text) },
    strength: g.alignment.score
  }
}

/** Agreements: aligned statements that tell the same matter without a major conflict between them. */
export const agreements: Detector = (ctx: Context, earlier) => {
  const conflicted = new Set(
    earlier.filter((d) => d.kind === "discrepancy" && d.severity === "major").map((d) => d.alignmentId)
  )
  return ctx.groups.flatMap((g) => (conflicted.has(g.alignment.id) ? [] : (agreementOf(g) ?? [])))
}
