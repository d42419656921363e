import { evidenceLines, findingsOfKind, moreLine, type ReportContext, SHOWN } from "./Context.js"
import { escapeInline, humanize } from "./Markdown.js"

/** What the sources assert alike, each with the words of every source. */
export const renderAgreements = (ctx: ReportContext): string => {
  const agreements = findingsOfKind(ctx, "agreement")
  if (agreements.length === 0) return "## Agreements\n\nNone found."
  const items = agreements.slice(0, SHOWN.agreement).map((f) => {
    const quotes = evidenceLines(ctx, f).map((line) => `  - ${line}`)
    return [`- **${escapeInline(humanize(f.type))}** (${f.severity}): ${escapeInline(f.summary)}`, ...quotes].join("\n")
  })
  const more = moreLine("agreement", agreements.length)
  return `## Agreements\n\n${items.join("\n")}${more === null ? "" : `\n\n${more}`}`
}
