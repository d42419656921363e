import type { Statement, StatementEvent } from "../../align/2-statements.js"
import type { TimeExpression } from "@diplo/model"
import { PARAPHRASE_THRESHOLD } from "../../align/3-alignments.js"
import type { Context } from "../Context.js"
import type { Detection } from "../draft.js"
import { substitutions, copiedSentences } from "../wording.js"
import { type Detector, eventName, groupBy, spanIn } from "./shared.js"

const dayDiff = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000
const isDay = (value: string | null): value is string => value !== null && value.length === 10

/** Words that tell an event happened again ("met again", "the second meeting"): a new one, not the same one re-dated. */
const REPETITION = new Set(["again", "second", "third", "another", "latest", "renewed", "fresh", "anew", "more"])
const repeated = (s: Statement): boolean => s.sentenceTokens.some((t) => REPETITION.has(t.lower))

/** The time expression an event is dated by, when it is a calendar day of the event's own clause. */
const dayOf = (s: Statement, e: StatementEvent): TimeExpression | undefined => {
  const time = s.times.find((t) => t.id === e.mention.timeId)
  return time !== undefined && isDay(time.value) && e.mention.date === time.value ? time : undefined
}

/**
 * Date discrepancies: two sources date the same event differently. The same event means statements aligned as the
 * same matter, an event of one type told as past in both (a plan or a forecast may move), a participant in common,
 * and each date written in the event's own clause. Dates a day apart are not reported (time zones, a departure and
 * an arrival). Also a date one source changes inside otherwise copied wording ("met on Tuesday" / "on Thursday").
 */
export const dateDiscrepancies: Detector = (ctx: Context) => {
  const out: Detection[] = []
  for (const g of ctx.groups) {
    // A weak alignment is the same matter only through an event of one type both tell (see Context).
    if (!(g.strong || g.sharedEvent)) continue
    const dated = g.members.flatMap((m) =>
      m.events.flatMap((e) => {
        const time = e.type === "statement" ? undefined : dayOf(m, e)
        return time === undefined ? [] : [{ m, e, time }]
      })
    )
    const found: Detection[] = []
    for (const [type, group] of groupBy(dated, (d) => d.e.type)) {
      const bySource = [...groupBy(group, (d) => d.m.sourceId).values()].map((list) => list[0]!)
      if (bySource.length < 2) continue
      for (let i = 0; i < bySource.length; i++)
        for (let j = i + 1; j < bySource.length; j++) {
          const [x, y] = [bySource[i]!, bySource[j]!]
          if (!x.e.participants.some((p) => y.e.participants.includes(p))) continue
          // A trip is one matter only when both name the same destination.
          if (type === "travel" && (x.e.place === null || x.e.place !== y.e.place)) continue
          if (x.time.value === y.time.value) continue
          const days = dayDiff(x.time.value!, y.time.value!)
          // A trip told as planned on one side and done on the other, a day apart, fits both (a departure and an
          // arrival); otherwise only events both sides tell as past conflict over their date (a plan may move).
          const compatible = days <= ctx.tuning.dateSpreadCompatible
          // Conflicting dates need statements that say the same thing (paraphrase-level): two meetings of one pair on
          // two days ("the second meeting on Friday" / "a meeting on Wednesday") align as related, not as one.
          const same = (g.alignment.signals.paraphrase ?? 0) >= PARAPHRASE_THRESHOLD && !repeated(x.m) && !repeated(y.m)
          if (
            compatible ? type !== "travel" : !same || x.e.mention.tense === "future" || y.e.mention.tense === "future"
          )
            continue
          found.push({
            kind: "discrepancy",
            type: "date",
            severity: compatible ? "minor" : "major",
            compatible,
            values: [x, y].map((d) => ({ sourceIds: [d.m.sourceId], value: d.time.value!, text: d.time.text })),
            evidence: [spanIn(x.m, x.time), spanIn(y.m, y.time)],
            sourceIds: [x.m.sourceId, y.m.sourceId],
            alignmentId: g.alignment.id,
            about: { type: "date", event: eventName(type), worded: false },
            strength: g.alignment.score
          })
        }
    }
    if (found.length === 0) found.push(...wordedDates(ctx, g.members, g.alignment.id, g.alignment.score))
    out.push(...found)
  }
  return out
}

/** A time expression one source has where the other has another, of another date, inside copied wording. */
const wordedDates = (ctx: Context, members: readonly Statement[], alignmentId: string, score: number): Detection[] => {
  const out: Detection[] = []
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const [a, b] = [members[i]!, members[j]!]
      if (a.sourceId === b.sourceId) continue
      const diff = copiedSentences(a, b, ctx.tuning.sameWording)
      if (diff === null) continue
      for (const sub of substitutions(diff)) {
        if (sub.before + sub.after < 3 || sub.removed.length > 4 || sub.added.length > 4) continue
        const timeIn = (s: Statement, tokens: typeof sub.removed) =>
          s.times.find((t) => t.value !== null && tokens.some((x) => x.start < t.end && t.start < x.end))
        const ta = timeIn(a, sub.removed)
        const tb = timeIn(b, sub.added)
        if (!ta || !tb || ta.value!.startsWith(tb.value!) || tb.value!.startsWith(ta.value!)) continue
        // A plan and a report of what happened are no conflict over a date (the plan may have moved): every event the
        // date belongs to is told in the future on one side and not on the other.
        const planned = (s: Statement, t: TimeExpression) => {
          const dated = s.events.filter((e) => e.mention.timeId === t.id)
          return dated.length > 0 && dated.every((e) => e.mention.tense === "future")
        }
        if (planned(a, ta) !== planned(b, tb)) continue
        const days = isDay(ta.value) && isDay(tb.value) ? dayDiff(ta.value, tb.value) : null
        const compatible = days !== null && days <= ctx.tuning.dateSpreadCompatible
        out.push({
          kind: "discrepancy",
          type: "date",
          severity: compatible ? "minor" : "major",
          compatible,
          values: [
            { sourceIds: [a.sourceId], value: ta.value!, text: ta.text },
            { sourceIds: [b.sourceId], value: tb.value!, text: tb.text }
          ],
          evidence: [spanIn(a, ta), spanIn(b, tb)],
          sourceIds: [a.sourceId, b.sourceId],
          alignmentId: alignmentId as Detection["alignmentId"] & string,
          about: { type: "date", event: null, worded: true },
          strength: Math.max(score, 0.8)
        })
        break
      }
    }
  return out
}
