import type { Source } from "@diplo/model"
import { type Statement, spanOf } from "./0-statements.js"
import type { Draft } from "./draft.js"
import { numbersOf } from "./facets.js"
import { label, listOf, quote } from "./text.js"

/** Salient: it names an actor, a typed event, a number, or it is someone's statement. */
const salient = (s: Statement): boolean =>
  s.claim.attribution !== "narrator" ||
  s.events.some((e) => e.type !== "statement") ||
  numbersOf(s).length > 0 ||
  s.reading.actors.some((a) => a.mentions.some((m) => m.start >= s.sentence.start && m.end <= s.sentence.end))

/**
 * Content only some sources carry: consecutive statements of one paragraph that no other source
 * aligns with become one omission. It is a later-event omission for a silent source published
 * before the date the statements tell of (and the carrier on or after it), so the report does not blame that source.
 */
export const omissionFindings = (
  sources: readonly Source[],
  statements: readonly Statement[],
  alignedSources: (s: Statement) => ReadonlySet<string>,
  alignedWith: (s: Statement) => readonly Statement[]
): Draft[] => {
  const out: Draft[] = []
  // With three or more sources, what two carry and a third does not is one finding, told by the first carrier.
  const told = new Set<string>()
  let run: Statement[] = []
  let runAbsent = ""
  const flush = () => {
    if (run.length === 0) return
    const present = run[0]!.source
    const absent = sources.filter((s) => runAbsent.split("|").includes(s.id))
    const partners = run.flatMap((s) => alignedWith(s)).filter((p) => !absent.some((a) => a.id === p.source.id))
    for (const p of partners) told.add(p.claim.id)
    const carriers = sources.filter((s) => s.id === present.id || partners.some((p) => p.source.id === s.id))
    const dates = run
      .map((s) => s.date)
      .filter((d) => d !== null)
      .sort()
    const date = dates[dates.length - 1] ?? null
    // A date after the silent sources were published, and not after the carrier was: an event the carrier reports as
    // past (a date still to come for the carrier too is a plan or a forecast every source could have reported).
    const later =
      date !== null &&
      absent.every((s) => s.publishedAt !== null && s.publishedAt < date) &&
      (present.publishedAt === null || present.publishedAt >= date)
    const text = run.map((s) => s.claim.text).join(" ")
    out.push({
      kind: "omission",
      type: later ? "later-event" : "content",
      severity: later ? "info" : "minor",
      presentIn: carriers.map((s) => s.id),
      absentFrom: absent.map((s) => s.id),
      summary: later
        ? `Only ${listOf(carriers.map(label))} ${carriers.length > 1 ? "report" : "reports"} ${quote(text, 90)}, which happened on ${date}, after ${listOf(absent.map(label))} ${absent.length > 1 ? "were" : "was"} published (${listOf(absent.map((s) => s.publishedAt ?? "?"))}).`
        : `Only ${listOf(carriers.map(label))} ${carriers.length > 1 ? "report" : "reports"} ${quote(text, 100)}; ${listOf(absent.map(label))} ${absent.length > 1 ? "do" : "does"} not.`,
      evidence: [...run, ...partners].map((s) => spanOf(s.source, s.claim)),
      sourceIds: carriers.map((s) => s.id)
    })
    run = []
  }
  for (const s of statements) {
    const silent = sources.filter((o) => o.id !== s.source.id && !alignedSources(s).has(o.id)).map((o) => o.id)
    const key = silent.join("|")
    const continues =
      run.length > 0 &&
      run[0]!.source.id === s.source.id &&
      run[run.length - 1]!.sentence.paragraph === s.sentence.paragraph &&
      key === runAbsent
    if (!continues) flush()
    if (silent.length === 0 || !salient(s) || told.has(s.claim.id)) {
      flush()
      continue
    }
    runAbsent = key
    run.push(s)
  }
  flush()
  return out
}
