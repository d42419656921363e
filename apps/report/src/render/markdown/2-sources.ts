import type { Source } from "@diplo/model"
import type { ReportContext } from "./Context.js"
import { escapeInline, table } from "./Markdown.js"

const words = new Intl.Segmenter("en", { granularity: "word" })
const sentences = new Intl.Segmenter("en", { granularity: "sentence" })

/** Counts of a text: word-like segments, and sentence segments that hold at least one letter or digit. */
export const textStats = (text: string): { readonly words: number; readonly sentences: number } => {
  let w = 0
  for (const segment of words.segment(text)) if (segment.isWordLike) w++
  let s = 0
  for (const segment of sentences.segment(text)) if (/[\p{L}\p{N}]/u.test(segment.segment)) s++
  return { words: w, sentences: s }
}

const fileOf = (source: Source): string => (source.path === null ? "stdin" : escapeInline(source.path))

/** The sources table: id, outlet, date, file, size, and how much each quotes and names. */
export const renderSources = (ctx: ReportContext): string => {
  const { claims, actors } = ctx.comparison
  const hasTitle = ctx.sources.some((s) => s.title !== undefined && s.title.trim() !== "")
  const header = [
    "Source",
    "Outlet",
    "Published",
    ...(hasTitle ? ["Headline"] : []),
    "File",
    "Words",
    "Sentences",
    "Direct quotes",
    "Actors named"
  ]
  const rows = ctx.sources.map((source) => {
    const stats = textStats(source.text)
    const quotes = claims.filter((c) => c.sourceId === source.id && c.attribution === "direct-quote").length
    const named = actors.filter((a) => a.mentions.some((m) => m.sourceId === source.id)).length
    return [
      escapeInline(source.id),
      source.outlet === undefined ? "unknown" : escapeInline(source.outlet),
      source.publishedAt ?? "unknown",
      ...(hasTitle ? [escapeInline(source.title ?? "")] : []),
      fileOf(source),
      String(stats.words),
      String(stats.sentences),
      String(quotes),
      String(named)
    ]
  })
  // The analyzer's warnings (not English, no date) belong in the report, not only on the terminal.
  const warnings = ctx.sources.flatMap((source) =>
    (source.warnings ?? []).map((w) => `- Warning on ${escapeInline(source.id)}: ${escapeInline(w.message)}`)
  )
  return `## Sources\n\n${table(header, rows)}${warnings.length > 0 ? `\n\n${warnings.join("\n")}` : ""}`
}
