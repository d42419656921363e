import type { Event, Source } from "@diplo/model"
import type { PageContext } from "./Context.js"
import { byCodeUnits, escapeHtml, humanize, plural } from "./Html.js"

const DAY = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 86_400_000
/** Days a charted date may lie from the nearest publication date; farther ones would squeeze the axis flat. */
export const CHART_WINDOW_DAYS = 366
const ROLE_ORDER = { agent: 0, patient: 1, recipient: 2, place: 3, other: 4 } as const

// The drawing, in viewBox units: a gutter of source labels, one row per source, the date axis below.
const WIDTH = 1000
const GUTTER = 180
const RIGHT = 40
const TOP = 16
const ROW = 48
const AXIS = 44
const LEGEND = 28
/** Fewest units between two date labels on the axis; closer dates keep their grid line but not their label. */
const TICK_SPACING = 96
const MAX_LABEL = 24

/** One thing a source dates: an event it reports, or (where no event is dated) a date it writes. */
interface Dated {
  readonly date: string
  readonly label: string
}

interface Row {
  readonly source: Source
  readonly items: readonly Dated[]
}

/** `Recall envoy (Ann Lee)`: the event type, and the actor it is mostly about where there is one. */
const eventLabel = (ctx: PageContext, event: Event): string => {
  const first = [...event.participants].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role])[0]
  const name = humanize(event.type)
  return first === undefined ? name : `${name} (${ctx.actorName(first.actorId)})`
}

const time = (date: string): number => Date.parse(`${date}T00:00:00Z`)

/** Whether a day is close enough to a publication date to be charted (always, when no source has a date). */
const nearPublication = (ctx: PageContext, date: string): boolean => {
  const published = ctx.sources.flatMap((s) => (s.publishedAt === null ? [] : [time(s.publishedAt)]))
  return published.length === 0 || published.some((p) => Math.abs(p - time(date)) <= CHART_WINDOW_DAYS * DAY_MS)
}

/** Per source, what it dates: the dated events it reports or, when the comparison dates no event, its dated words. */
const rowsOf = (ctx: PageContext): { rows: Row[]; what: "events" | "dates" } => {
  const dated = ctx.comparison.events.filter((e) => e.date !== null && DAY.test(e.date))
  const what = dated.length > 0 ? "events" : "dates"
  const rows = ctx.sources.map((source) => {
    const items: Dated[] =
      what === "events"
        ? dated
            .filter((e) => e.mentions.some((m) => m.sourceId === source.id))
            .map((e) => ({ date: e.date!, label: eventLabel(ctx, e) }))
        : ctx.comparison.timeExpressions
            .filter((t) => t.sourceId === source.id && t.value !== null && DAY.test(t.value))
            .map((t) => ({ date: t.value!, label: `“${escapeHtml(t.text)}”` }))
    return { source, items: items.filter((d) => nearPublication(ctx, d.date)) }
  })
  return { rows, what }
}

/** Items of one row by day, in date order, each day's labels in the comparison's order without repeats. */
const byDay = (items: readonly Dated[]): Array<[string, string[]]> => {
  const days = new Map<string, string[]>()
  for (const item of items) {
    const labels = days.get(item.date) ?? []
    if (!labels.includes(item.label)) labels.push(item.label)
    days.set(item.date, labels)
  }
  return [...days.entries()].sort(([a], [b]) => byCodeUnits(a, b))
}

const round = (n: number): string => String(Math.round(n * 10) / 10)

/** Cuts a label to MAX_LABEL characters for the gutter; the full label is in the row's tooltip. */
const short = (text: string): string => (text.length <= MAX_LABEL ? text : `${text.slice(0, MAX_LABEL - 1)}…`)

const svg = (ctx: PageContext, rows: readonly Row[], what: "events" | "dates"): string => {
  const dates = [
    ...new Set(
      rows.flatMap((r) => [
        ...r.items.map((d) => d.date),
        ...(r.source.publishedAt === null ? [] : [r.source.publishedAt])
      ])
    )
  ].sort(byCodeUnits)
  const first = time(dates[0]!)
  const last = time(dates[dates.length - 1]!)
  const pad = Math.max(DAY_MS, (last - first) * 0.05)
  const [from, to] = [first - pad, last + pad]
  const x = (date: string) => GUTTER + ((time(date) - from) / (to - from)) * (WIDTH - GUTTER - RIGHT)
  const axisY = TOP + rows.length * ROW
  const height = axisY + AXIS + LEGEND
  const out: string[] = []
  const described = rows
    .map((r) => {
      const published = r.source.publishedAt === null ? "undated" : `published ${r.source.publishedAt}`
      return `${ctx.label(r.source.id)}: ${plural(r.items.length, what === "events" ? "dated event" : "date")}, ${published}.`
    })
    .join(" ")
  out.push(
    `<svg class="timeline" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="tl-title tl-desc" preserveAspectRatio="xMinYMin meet">`,
    `<title id="tl-title">${what === "events" ? "Events by date, per source" : "Dates each source writes"}</title>`,
    `<desc id="tl-desc">${described}</desc>`
  )
  // Grid lines at every date; labels where they do not crowd the one before.
  let lastLabel = Number.NEGATIVE_INFINITY
  for (const date of dates) {
    const at = x(date)
    out.push(`<line class="grid" x1="${round(at)}" y1="${TOP}" x2="${round(at)}" y2="${axisY}"/>`)
    if (at - lastLabel >= TICK_SPACING) {
      out.push(`<text class="tick" x="${round(at)}" y="${axisY + 20}" text-anchor="middle">${date}</text>`)
      lastLabel = at
    }
  }
  out.push(`<line class="axis" x1="${GUTTER}" y1="${axisY}" x2="${WIDTH - RIGHT}" y2="${axisY}"/>`)
  for (const [i, row] of rows.entries()) {
    const y = TOP + i * ROW + ROW / 2
    const label = ctx.label(row.source.id)
    out.push(
      `<g class="row"><title>${label}</title><line class="lane" x1="${GUTTER}" y1="${y}" x2="${WIDTH - RIGHT}" y2="${y}"/>`,
      `<text class="lane-label" x="${GUTTER - 12}" y="${y + 5}" text-anchor="end">${escapeHtml(short(ctx.labelText(row.source.id)))}</text></g>`
    )
    const published = row.source.publishedAt
    if (published !== null) {
      const at = round(x(published))
      out.push(
        `<g class="published"><title>${label} published ${published}</title><rect x="${Number(at) - 2}" y="${y - 15}" width="4" height="30"/></g>`
      )
    }
    for (const [date, labels] of byDay(row.items)) {
      const at = round(x(date))
      const count =
        labels.length > 1 ? `<text class="count" x="${Number(at) + 8}" y="${y - 8}">${labels.length}</text>` : ""
      out.push(
        `<g class="mark"><title>${date}: ${labels.join("; ")}</title><circle cx="${at}" cy="${y}" r="7"/>${count}</g>`
      )
    }
  }
  const legendY = axisY + AXIS + 8
  const itemWords =
    what === "events"
      ? "an event the source reports (a number: how many that day)"
      : "a date the source writes (a number: how many)"
  out.push(
    `<g class="legend"><circle cx="${GUTTER + 8}" cy="${legendY}" r="6"/><text x="${GUTTER + 22}" y="${legendY + 5}">${itemWords}</text>`,
    `<rect x="${GUTTER + 560}" y="${legendY - 10}" width="4" height="20"/><text x="${GUTTER + 574}" y="${legendY + 5}">the day it was published</text></g>`,
    "</svg>"
  )
  return out.join("\n")
}

/** The timeline as a table, for reading, printing and screen readers: every charted day of every source. */
const table = (ctx: PageContext, rows: readonly Row[]): string => {
  const lines = rows.flatMap((r) =>
    byDay(r.items).map(
      ([date, labels]) => `<tr><td>${date}</td><td>${ctx.label(r.source.id)}</td><td>${labels.join("; ")}</td></tr>`
    )
  )
  return [
    '<details class="timeline-table"><summary>The timeline as a table</summary>',
    '<table><thead><tr><th scope="col">Date</th><th scope="col">Source</th><th scope="col">What</th></tr></thead>',
    `<tbody>${lines.join("")}</tbody></table></details>`
  ].join("\n")
}

/**
 * The timeline as inline SVG: one row per source, its publication day and the dated events it reports (or,
 * where the comparison dates no event, the dates it writes), on one axis; dates more than a year from every
 * publication date are left out, as in the Markdown report. Drawn only when some source dates something.
 */
export const renderTimeline = (ctx: PageContext): string => {
  const { rows, what } = rowsOf(ctx)
  const parts = [
    '<section id="timeline" class="timeline-part" aria-labelledby="timeline-h">',
    '<h2 id="timeline-h">Timeline</h2>'
  ]
  if (rows.every((r) => r.items.length === 0))
    parts.push('<p class="none">No source dates an event or writes a date near the publication dates.</p>')
  else parts.push(svg(ctx, rows, what), table(ctx, rows))
  parts.push("</section>")
  return parts.join("\n")
}
