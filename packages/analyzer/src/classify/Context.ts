import type { Actor, Alignment, Source } from "@diplo/model"
import type { Aligned } from "../align/index.js"
import type { Statement } from "../align/2-statements.js"
import { ALIGN_THRESHOLD } from "../align/3-alignments.js"
import type { SimilarityOptions } from "../align/3-similarity.js"
import type { Tuning } from "../Tuning.js"

/** An alignment with its members as statements (in source order), as the detectors read it. */
export interface AlignedGroup {
  readonly alignment: Alignment
  readonly members: readonly Statement[]
  /** Scored at the paraphrase-level threshold or above (the aligner's STS-B calibration). */
  readonly strong: boolean
  /** Every source of the group reports an event of one same type (a trip to one same place). */
  readonly sharedEvent: boolean
}

/** What every detector of classify reads: the statements, their alignments, the actors, the tuned numbers. */
export interface Context {
  readonly sources: readonly Source[]
  readonly statements: readonly Statement[]
  readonly bySource: ReadonlyMap<string, readonly Statement[]>
  readonly groups: readonly AlignedGroup[]
  readonly actors: ReadonlyMap<string, Actor>
  readonly tuning: Tuning
  /** How the aligner compared statements: detectors that compare text do it the same way. */
  readonly similarity: SimilarityOptions
  /** The statements of other sources one statement is aligned with as the same matter, best first. */
  readonly partners: (s: Statement) => readonly Statement[]
  /** The best alignment score between a statement and one of another source's (0 when none). */
  readonly scoreOf: (a: Statement, b: Statement) => number
  /** Statements of a source with the same words as a statement (a quotation repeated, a copied paragraph). */
  readonly twins: (s: Statement, sourceId: string) => readonly Statement[]
  /** How a report names an actor. */
  readonly actorName: (id: string) => string
}

const normalized = (s: Statement): string => s.claim.text.toLowerCase().replace(/\s+/g, " ").trim()

const eventKeys = (s: Statement): string[] =>
  s.events.filter((e) => e.type !== "statement").map((e) => (e.type === "travel" ? `travel@${e.place ?? "?"}` : e.type))

/** True when every source among the members reports an event of one same type (a trip to one same place). */
export const sharesTypedEvent = (members: readonly Statement[]): boolean => {
  const perSource = new Map<string, Set<string>>()
  for (const m of members) {
    const set = perSource.get(m.sourceId) ?? new Set<string>()
    for (const k of eventKeys(m)) set.add(k)
    perSource.set(m.sourceId, set)
  }
  const sets = [...perSource.values()]
  return sets.length >= 2 && [...sets[0]!].some((k) => !k.endsWith("@?") && sets.every((s) => s.has(k)))
}

/** Builds the detectors' context from align's output. Linear in statements and alignments. */
export const contextOf = (aligned: Aligned, tuning: Tuning): Context => {
  const statements = aligned.statements
  const byClaim = new Map(statements.map((s) => [s.claimId as string, s]))
  const bySource = new Map<string, Statement[]>()
  for (const s of statements) {
    const list = bySource.get(s.sourceId)
    if (list === undefined) bySource.set(s.sourceId, [s])
    else list.push(s)
  }
  const sourceOrder = new Map(aligned.sources.map((s, i) => [s.id as string, i]))
  const groups: AlignedGroup[] = aligned.alignments.map((alignment) => {
    const members = alignment.members
      .map((m) => (m.claimId === null ? undefined : byClaim.get(m.claimId)))
      .filter((s) => s !== undefined)
      .sort((a, b) => (sourceOrder.get(a.sourceId) ?? 0) - (sourceOrder.get(b.sourceId) ?? 0))
    return { alignment, members, strong: alignment.score >= ALIGN_THRESHOLD, sharedEvent: sharesTypedEvent(members) }
  })
  // Best score of each statement toward each other source, and the pair scores.
  const best = new Map<string, number>()
  const pair = new Map<string, number>()
  const key = (a: Statement, b: Statement) => `${a.claimId}|${b.claimId}`
  for (const g of groups)
    for (const m of g.members)
      for (const o of g.members) {
        if (o.sourceId === m.sourceId) continue
        const k = `${m.claimId}>${o.sourceId}`
        best.set(k, Math.max(best.get(k) ?? 0, g.alignment.score))
        pair.set(key(m, o), Math.max(pair.get(key(m, o)) ?? 0, g.alignment.score))
      }
  // A partner covers a statement when the alignment is the same matter (strong, or sharing a typed event) and not
  // much below the partner's own best match in the statement's source (else the partner has its own copy there).
  const partners = new Map<string, { s: Statement; score: number }[]>()
  for (const g of groups) {
    if (!(g.strong || g.sharedEvent)) continue
    for (const m of g.members)
      for (const o of g.members) {
        if (o.sourceId === m.sourceId) continue
        if (g.alignment.score < (best.get(`${o.claimId}>${m.sourceId}`) ?? 0) - tuning.coverMargin) continue
        const list = partners.get(m.claimId) ?? []
        if (!list.some((x) => x.s === o)) list.push({ s: o, score: g.alignment.score })
        partners.set(m.claimId, list)
      }
  }
  for (const list of partners.values()) list.sort((a, b) => b.score - a.score || a.s.order - b.s.order)
  const byText = new Map<string, Map<string, Statement[]>>()
  for (const s of statements) {
    const perSource = byText.get(normalized(s)) ?? new Map<string, Statement[]>()
    byText.set(normalized(s), perSource)
    const list = perSource.get(s.sourceId)
    if (list === undefined) perSource.set(s.sourceId, [s])
    else list.push(s)
  }
  const actors = new Map(aligned.actors.map((a) => [a.id as string, a]))
  return {
    sources: aligned.sources,
    statements,
    bySource,
    groups,
    actors,
    tuning,
    similarity: aligned.similarity,
    partners: (s) => (partners.get(s.claimId) ?? []).map((x) => x.s),
    scoreOf: (a, b) => pair.get(key(a, b)) ?? 0,
    twins: (s, sourceId) => byText.get(normalized(s))?.get(sourceId) ?? [],
    actorName: (id) => actors.get(id)?.name ?? id
  }
}
