/**
 * A source's text cut where any marked span starts or ends, so overlapping spans (a statement that is
 * evidence of three findings, two alignments sharing a sentence) become runs of text that each know every
 * span covering them. The page marks those runs; it never re-finds words in the text.
 */

/** One span to mark in a source's text: an aligned statement or a finding's evidence, by position. */
export interface Mark {
  readonly start: number
  readonly end: number
  readonly kind: "alignment" | "finding"
  /** The position of the alignment in `alignments`, or of the finding in `findings`. */
  readonly index: number
}

/** A run of text `[start, end)` and the alignments and findings whose spans cover all of it. */
export interface Segment {
  readonly start: number
  readonly end: number
  readonly alignments: readonly number[]
  readonly findings: readonly number[]
}

const ascending = (a: number, b: number): number => a - b

const keysOf = (counts: ReadonlyMap<number, number>): number[] =>
  [...counts.entries()]
    .filter(([, n]) => n > 0)
    .map(([k]) => k)
    .sort(ascending)

/**
 * The text `[0, length)` as consecutive segments, in order, covering it exactly once. An empty mark (start =
 * end) gives an empty segment at its place, so a finding whose evidence is empty still has somewhere to scroll to.
 * Marks are clamped to the text.
 */
export const segment = (length: number, marks: readonly Mark[]): Segment[] => {
  const clamp = (n: number) => Math.max(0, Math.min(length, n))
  const spans = marks.map((m) => ({ ...m, start: clamp(m.start), end: clamp(Math.max(m.start, m.end)) }))
  const points = [...new Set([0, length, ...spans.flatMap((m) => [m.start, m.end])])].sort(ascending)
  const opening = new Map<number, typeof spans>()
  const closing = new Map<number, typeof spans>()
  const empty = new Map<number, typeof spans>()
  for (const m of spans) {
    const at = m.start === m.end ? empty : opening
    at.set(m.start, [...(at.get(m.start) ?? []), m])
    if (m.start !== m.end) closing.set(m.end, [...(closing.get(m.end) ?? []), m])
  }
  const alignments = new Map<number, number>()
  const findings = new Map<number, number>()
  const bump = (m: Mark, by: number) => {
    const counts = m.kind === "alignment" ? alignments : findings
    counts.set(m.index, (counts.get(m.index) ?? 0) + by)
  }
  const out: Segment[] = []
  for (const [i, at] of points.entries()) {
    for (const m of closing.get(at) ?? []) bump(m, -1)
    const here = empty.get(at) ?? []
    if (here.length > 0)
      out.push({
        start: at,
        end: at,
        alignments: [...new Set(here.filter((m) => m.kind === "alignment").map((m) => m.index))].sort(ascending),
        findings: [...new Set(here.filter((m) => m.kind === "finding").map((m) => m.index))].sort(ascending)
      })
    for (const m of opening.get(at) ?? []) bump(m, 1)
    const next = points[i + 1]
    if (next === undefined || next === at) continue
    out.push({ start: at, end: next, alignments: keysOf(alignments), findings: keysOf(findings) })
  }
  return out
}
