import type { Discrepancy } from "@diplo/model"
import { findingsOfKind, moreLine, passagesIn, type ReportContext, SHOWN, sourcesOf } from "./Context.js"
import { escapeInline, humanize, quote, table } from "./Markdown.js"
import { capped } from "./Passage.js"

/** One row per source: the value it gives, and the passage that says it with its words in bold. */
const sideBySide = (ctx: ReportContext, f: Discrepancy): string => {
  const rows: string[][] = []
  for (const id of sourcesOf(ctx, f)) {
    const value = f.values.find((v) => v.sourceIds.some((s) => s === id))
    const passages = capped(passagesIn(ctx, f.evidence, id))
    if (value === undefined && passages.length === 0) continue
    const words = value === undefined || value.text.trim() === "" ? "" : quote(value.text)
    rows.push([ctx.label(id), value === undefined ? "" : escapeInline(value.value), passages.join(" · ") || words])
  }
  return table(["Source", "Value", "Passage"], rows)
}

/** Where the sources disagree, each side by side with its value and its words. */
export const renderDiscrepancies = (ctx: ReportContext): string => {
  const discrepancies = findingsOfKind(ctx, "discrepancy")
  if (discrepancies.length === 0) return "## Discrepancies\n\nNone found."
  const items = discrepancies.slice(0, SHOWN.discrepancy).map((f, i) => {
    const fit = f.compatible ? "compatible: both can be true" : "incompatible: both cannot be true"
    return `### ${i + 1}. ${escapeInline(humanize(f.type))} (${f.severity}, ${fit})\n\n${escapeInline(f.summary)}\n\n${sideBySide(ctx, f)}`
  })
  const more = moreLine("discrepancy", discrepancies.length)
  return `## Discrepancies\n\n${items.join("\n\n")}${more === null ? "" : `\n\n${more}`}`
}
