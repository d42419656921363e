import type { Comparison, Finding, Source, Span } from "@diplo/model"
import { escapeInline } from "./Markdown.js"
import { capped, passages } from "./Passage.js"

/** What every section needs to know about the comparison, computed once. */
export interface ReportContext {
  readonly comparison: Comparison
  readonly sources: readonly Source[]
  /** `A (TASS)`, or `A` where the outlet is unknown; escaped for Markdown. */
  readonly label: (sourceId: string) => string
  /** An actor's canonical name, escaped; the id itself when the actor is unknown. */
  readonly actorName: (actorId: string) => string
  readonly publishedAt: (sourceId: string) => string | null
  /** The text a source's spans offset into ("" for an unknown source). */
  readonly textOf: (sourceId: string) => string
}

/** Builds the context of a report from a (validated) comparison. */
export const makeContext = (comparison: Comparison): ReportContext => {
  const byId = new Map(comparison.sources.map((s) => [s.id as string, s]))
  const actors = new Map(comparison.actors.map((a) => [a.id as string, a.name]))
  return {
    comparison,
    sources: comparison.sources,
    label: (id) => {
      const outlet = byId.get(id)?.outlet
      return escapeInline(outlet === undefined ? id : `${id} (${outlet})`)
    },
    actorName: (id) => escapeInline(actors.get(id) ?? id),
    publishedAt: (id) => byId.get(id)?.publishedAt ?? null,
    textOf: (id) => byId.get(id)?.text ?? ""
  }
}

/** The source ids a finding speaks about, in the comparison's source order, then any others in their own order. */
export const sourcesOf = (ctx: ReportContext, finding: Finding): string[] => {
  const named = new Set<string>([...finding.sourceIds, ...finding.evidence.map((s) => s.sourceId)])
  const ordered = ctx.sources.map((s) => s.id as string).filter((id) => named.has(id))
  for (const id of named) if (!ordered.includes(id)) ordered.push(id)
  return ordered
}

/** Evidence spans of one source, in text order. */
export const evidenceIn = (spans: readonly Span[], sourceId: string): Span[] =>
  spans.filter((s) => s.sourceId === sourceId).sort((a, b) => a.start - b.start || a.end - b.end)

/** Findings from most to least important: by salience (the analyzer's order), ties in input order. */
export const byImportance = (findings: readonly Finding[]): Finding[] =>
  findings
    .map((f, i) => [f, i] as const)
    .sort(([a, i], [b, j]) => b.salience - a.salience || i - j)
    .map(([f]) => f)

/**
 * How many findings of a kind the report shows, most salient first: enough for a reader to see what matters in
 * minutes; every finding stays in the JSON (`--format json`), and the report says how many it left there.
 */
export const SHOWN: Readonly<Record<Finding["kind"], number>> = {
  discrepancy: 12,
  framing: 12,
  omission: 8,
  agreement: 8
}

/** The line under a section that shows only its most salient findings, or null when it shows them all. */
export const moreLine = (kind: Finding["kind"], total: number): string | null => {
  const more = total - SHOWN[kind]
  if (more <= 0) return null
  const names = {
    discrepancy: "discrepancies",
    framing: "framing differences",
    omission: "omissions",
    agreement: "agreements"
  }
  return `_${more} more ${more === 1 ? names[kind].replace(/ies$/, "y").replace(/s$/, "") : names[kind]}, less salient, are in the JSON (\`--format json\`)._`
}

/** Findings of one kind, most important first. */
export const findingsOfKind = <K extends Finding["kind"]>(
  ctx: ReportContext,
  kind: K
): Array<Extract<Finding, { kind: K }>> =>
  byImportance(ctx.comparison.findings).filter((f): f is Extract<Finding, { kind: K }> => f.kind === kind)

/** One source's evidence as passages to read (see Passage.ts), `words` in bold inside long spans. */
export const passagesIn = (
  ctx: ReportContext,
  spans: readonly Span[],
  sourceId: string,
  words: readonly string[] = []
): string[] => passages(ctx.textOf(sourceId), evidenceIn(spans, sourceId), words)

/**
 * `A (TASS): “…”` lines, for each source the finding is about, in source order: its passages, at most
 * MAX_PASSAGES, then a line saying how many more there are.
 */
export const evidenceLines = (
  ctx: ReportContext,
  finding: Finding,
  wordsOf: (sourceId: string) => readonly string[] = () => []
): string[] => {
  const lines: string[] = []
  for (const id of sourcesOf(ctx, finding))
    for (const passage of capped(passagesIn(ctx, finding.evidence, id, wordsOf(id))))
      lines.push(`${ctx.label(id)}: ${passage}`)
  return lines
}
