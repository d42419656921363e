import type { Omission } from "@diplo/model"
import { evidenceLines, findingsOfKind, moreLine, type ReportContext, SHOWN } from "./Context.js"
import { escapeInline, humanize, listOf } from "./Markdown.js"

const overlaps = (a: { sourceId: string; start: number; end: number }, b: typeof a): boolean =>
  a.sourceId === b.sourceId && a.start < b.end && b.start < a.end

/**
 * The day the omitted content happened: a day-precise time expression inside its evidence (the carrier's own words),
 * else the date of an event mentioned there (an event merged across sources has one date, perhaps another source's).
 */
export const dateOf = (ctx: ReportContext, f: Omission): string | null => {
  const { events, timeExpressions } = ctx.comparison
  const time = timeExpressions.find(
    (t) => t.value !== null && t.value.length === 10 && f.evidence.some((s) => overlaps(t, s))
  )
  if (time?.value != null) return time.value
  const event = events.find((e) => e.date !== null && e.mentions.some((m) => f.evidence.some((s) => overlaps(m, s))))
  return event?.date ?? null
}

/** Why a silent source is silent, where its publication date explains it. */
const laterEventNote = (ctx: ReportContext, f: Omission): string | null => {
  if (f.type !== "later-event") return null
  const date = dateOf(ctx, f)
  const notes = f.absentFrom.map((id) => {
    const published = ctx.publishedAt(id)
    const when = published === null ? "" : ` on ${published}`
    const event = date === null ? "" : ` (${date})`
    return `${ctx.label(id)} was published${when}, before this happened${event}: its silence is expected, not a choice.`
  })
  return notes.join(" ")
}

interface Group {
  readonly present: readonly string[]
  readonly absent: readonly string[]
  readonly omissions: Omission[]
}

/** Omissions grouped by who carries them and who does not; groups in source order, fewest carriers first. */
const grouped = (ctx: ReportContext, omissions: readonly Omission[]): Group[] => {
  const order = (id: string) => {
    const i = ctx.sources.findIndex((s) => s.id === id)
    return i < 0 ? ctx.sources.length : i
  }
  const inOrder = (ids: readonly string[]) => [...new Set(ids)].sort((a, b) => order(a) - order(b))
  const groups = new Map<string, Group>()
  for (const f of omissions) {
    const present = inOrder(f.presentIn)
    const absent = inOrder(f.absentFrom)
    const key = `${present.join("\u0000")}\u0001${absent.join("\u0000")}`
    const group = groups.get(key) ?? { present, absent, omissions: [] }
    group.omissions.push(f)
    groups.set(key, group)
  }
  const rank = (ids: readonly string[]) => ids.map(order)
  return [...groups.values()].sort((a, b) => {
    if (a.present.length !== b.present.length) return a.present.length - b.present.length
    const [x, y] = [rank(a.present).concat(rank(a.absent)), rank(b.present).concat(rank(b.absent))]
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!
    return x.length - y.length
  })
}

const heading = (ctx: ReportContext, group: Group): string => {
  const present = listOf(group.present.map((id) => ctx.label(id)))
  const everyOther = group.present.length + group.absent.length === ctx.sources.length
  if (group.present.length === 1 && everyOther) return `### Only in ${present}`
  return `### In ${present}, not in ${listOf(group.absent.map((id) => ctx.label(id)))}`
}

/** Content only some sources carry, grouped by who carries it, with the words of those that do. */
export const renderOmissions = (ctx: ReportContext): string => {
  const omissions = findingsOfKind(ctx, "omission")
  if (omissions.length === 0) return "## Omissions\n\nNone found."
  const groups = grouped(ctx, omissions.slice(0, SHOWN.omission)).map((group) => {
    const items = group.omissions.map((f) => {
      const note = laterEventNote(ctx, f)
      return [
        `- **${escapeInline(humanize(f.type))}** (${f.severity}): ${escapeInline(f.summary)}`,
        ...(note === null ? [] : [`  - Note: ${note}`]),
        ...evidenceLines(ctx, f).map((line) => `  - ${line}`)
      ].join("\n")
    })
    return `${heading(ctx, group)}\n\n${items.join("\n")}`
  })
  const more = moreLine("omission", omissions.length)
  return `## Omissions\n\nWhat only some sources report, the most salient first, grouped by the sources that report it, with their words.\n\n${groups.join("\n\n")}${more === null ? "" : `\n\n${more}`}`
}
