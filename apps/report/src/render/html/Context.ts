import type { Comparison, Finding, Source } from "@diplo/model"
import { escapeHtml } from "./Html.js"

/**
 * What every part of the page needs to know about the comparison, computed once. Elements are named by the
 * position of what they show (`f3` is `findings[3]`, column 1 is `sources[1]`), never by ids from the
 * comparison: ids are free text, positions are not, and the same comparison always gives the same names.
 */
export interface PageContext {
  readonly comparison: Comparison
  readonly sources: readonly Source[]
  /** `A (TASS)`, or `A` where the outlet is unknown, as plain text. */
  readonly labelText: (sourceId: string) => string
  /** The same label, escaped for HTML. */
  readonly label: (sourceId: string) => string
  /** The position of a source in `sources`, or -1 for an id the comparison does not have. */
  readonly sourceIndex: (sourceId: string) => number
  /** An actor's canonical name, escaped; the id itself when the actor is unknown. */
  readonly actorName: (actorId: string) => string
}

/** Builds the context of a page from a (validated) comparison. */
export const makeContext = (comparison: Comparison): PageContext => {
  const index = new Map(comparison.sources.map((s, i) => [s.id as string, i]))
  const actors = new Map(comparison.actors.map((a) => [a.id as string, a.name]))
  const labelText = (id: string): string => {
    const outlet = comparison.sources[index.get(id) ?? -1]?.outlet
    return outlet === undefined ? id : `${id} (${outlet})`
  }
  return {
    comparison,
    sources: comparison.sources,
    labelText,
    label: (id) => escapeHtml(labelText(id)),
    sourceIndex: (id) => index.get(id) ?? -1,
    actorName: (id) => escapeHtml(actors.get(id) ?? id)
  }
}

/** The source ids a finding speaks about, in the comparison's source order, then any others in their own order. */
export const sourcesOf = (ctx: PageContext, finding: Finding): string[] => {
  const named = new Set<string>([...finding.sourceIds, ...finding.evidence.map((s) => s.sourceId)])
  const ordered = ctx.sources.map((s) => s.id as string).filter((id) => named.has(id))
  for (const id of named) if (!ordered.includes(id)) ordered.push(id)
  return ordered
}

/** The most columns shown side by side; with more sources, a picker chooses which. */
export const MAX_COLUMNS = 4
