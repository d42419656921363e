import type { Finding, FindingId, Source, Span } from "@diplo/model"
import type { About } from "./summaries.js"

/** `Omit` over each member of a union. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/** A finding before it gets its id. */
export type Draft = DistributiveOmit<Finding, "id">

/**
 * What a detector returns: a finding without its words or salience (summaries.ts words it from `about`,
 * salience.ts weighs it), with how strong its evidence is: 0..1 (the alignment score, how sure the lexicon is).
 */
export type Detection = DistributiveOmit<Finding, "id" | "summary" | "salience"> & {
  readonly about: About
  readonly strength: number
}

/** FNV-1a, 32 bits: a short stable hash that needs no platform crypto. */
const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, "0")
}

/** Evidence in source order, then text order, without duplicates. */
export const sortSpans = (spans: readonly Span[], sourceOrder: ReadonlyMap<string, number>): Span[] => {
  const seen = new Set<string>()
  return [...spans]
    .sort(
      (a, b) =>
        (sourceOrder.get(a.sourceId) ?? 0) - (sourceOrder.get(b.sourceId) ?? 0) || a.start - b.start || a.end - b.end
    )
    .filter((s) => {
      const key = `${s.sourceId}:${s.start}:${s.end}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}

const evidenceKey = (d: Draft): string =>
  d.evidence
    .map((e) => `${e.sourceId}:${String(e.start).padStart(9, "0")}`)
    .sort()
    .join(",")

/**
 * Agreements of one type that share a statement are one agreement (A's sentence agrees with two of B's):
 * connected groups by union-find over shared evidence, so the result does not depend on the drafts' order.
 */
const mergeAgreements = (drafts: readonly Draft[]): Draft[] => {
  const parent = drafts.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!
      i = parent[i]!
    }
    return i
  }
  const owner = new Map<string, number>()
  drafts.forEach((d, i) => {
    if (d.kind !== "agreement") return
    for (const e of d.evidence) {
      const key = `${d.type}|${e.sourceId}:${e.start}:${e.end}`
      const j = owner.get(key)
      if (j === undefined) owner.set(key, i)
      else parent[find(i)] = find(j)
    }
  })
  const groups = new Map<number, Draft[]>()
  drafts.forEach((d, i) => {
    const root = find(i)
    const group = groups.get(root)
    if (group === undefined) groups.set(root, [d])
    else group.push(d)
  })
  return [...groups.values()].map((group) => {
    if (group.length === 1) return group[0]!
    const first = [...group].sort((a, b) => evidenceKey(a).localeCompare(evidenceKey(b)))[0]!
    return {
      ...first,
      salience: Math.max(...group.map((d) => d.salience)),
      evidence: group.flatMap((d) => d.evidence),
      sourceIds: [...new Set(group.flatMap((d) => d.sourceIds))].sort()
    } as Draft
  })
}

/** Findings that say the same thing (same kind, type and summary) are one finding with the evidence of all. */
const mergeSame = (drafts: readonly Draft[]): Draft[] => {
  const byKey = new Map<string, Draft>()
  for (const d of drafts) {
    const key = `${d.kind}|${d.type}|${d.summary}`
    const seen = byKey.get(key)
    if (seen === undefined) byKey.set(key, d)
    else
      byKey.set(key, {
        ...seen,
        salience: Math.max(seen.salience, d.salience),
        evidence: [...seen.evidence, ...d.evidence],
        sourceIds: [...new Set([...seen.sourceIds, ...d.sourceIds])]
      } as Draft)
  }
  return [...byKey.values()]
}

/**
 * Gives every draft an id derived from what it says and where (stable across runs and unrelated changes), and puts
 * them in the report's order: salience, highest first; ties by the position of the first evidence, then type.
 */
export const finish = (drafts: readonly Draft[], sources: readonly Source[]): Finding[] => {
  const sourceOrder = new Map(sources.map((s, i) => [s.id as string, i]))
  const sorted = mergeAgreements(mergeSame(drafts))
    .map((d) => ({ ...d, evidence: sortSpans(d.evidence, sourceOrder) }))
    .sort((a, b) => {
      const ea = a.evidence[0]
      const eb = b.evidence[0]
      return (
        b.salience - a.salience ||
        (sourceOrder.get(ea?.sourceId ?? "") ?? 0) - (sourceOrder.get(eb?.sourceId ?? "") ?? 0) ||
        (ea?.start ?? 0) - (eb?.start ?? 0) ||
        a.kind.localeCompare(b.kind) ||
        a.type.localeCompare(b.type) ||
        a.summary.localeCompare(b.summary)
      )
    })
  const used = new Set<string>()
  return sorted.map((d) => {
    const key = `${d.kind}|${d.type}|${d.evidence.map((s) => `${s.sourceId}:${s.start}-${s.end}`).join(",")}`
    let id = `${d.kind.slice(0, 2)}-${fnv1a(key)}`
    for (let n = 2; used.has(id); n++) id = `${d.kind.slice(0, 2)}-${fnv1a(key)}-${n}`
    used.add(id)
    return { ...d, id: id as FindingId } as Finding
  })
}
