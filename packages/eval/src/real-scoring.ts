/**
 * Scores comparisons of real events against expert gold (../shared/gold/real/EVENT.gold.json) by the rules of the
 * external scorer `../shared/tools/real.mjs` (with `score.mjs` for traps, claims and times), reimplemented here so
 * the eval's figures are tested with the package and agree with that scorer to the last count:
 * - a finding lands on a gold item when its evidence overlaps the item's anchors in every source the item anchors,
 *   or in at least two of them; evidence covering over 40% of a source's text lands nowhere;
 * - difference precision: the share of discrepancy and framing findings that land on some gold discrepancy or
 *   framing item (any type); recall: a gold item is found by a finding of a fair kind that lands on it, and one
 *   finding counts toward at most two items (same type first, agreements last);
 * - a `mustNot` trap is hit by a finding of its kind and types whose evidence overlaps its anchors in every source;
 * - the "Most important" findings are the top three non-agreements by salience, one per kind and type first.
 */

/** A gold item or trap: verbatim anchors per gold source letter (A, B, C). */
export interface RealGoldItem {
  readonly id: string
  readonly kind: string
  readonly type?: string
  readonly types?: readonly string[]
  readonly typesAccepted?: readonly string[]
  readonly alsoKinds?: readonly string[]
  readonly anchors: Readonly<Record<string, readonly string[]>>
}

export interface RealGold {
  readonly pair?: string
  readonly sources: Readonly<Record<string, { readonly file: string; readonly publishedAt?: string }>>
  readonly findings: readonly RealGoldItem[]
  readonly mustNot?: readonly RealGoldItem[]
  readonly claims?: readonly { readonly speaker: string; readonly source: string; readonly anchor: string }[]
  readonly timeExpressions?: readonly {
    readonly source: string
    readonly text: string
    readonly value: string | null
  }[]
}

interface Located {
  readonly sourceId: string
  readonly start: number
  readonly end: number
}

/** A finding as scored: its kind and type, evidence spans, and (diplo's, not the baseline's) salience and severity. */
export interface ScoredFinding {
  readonly kind: string
  readonly type: string
  readonly severity?: string
  readonly salience?: number
  readonly evidence: readonly Located[]
}

/** What of a comparison (the JSON `diplo compare --format json` prints) the scoring reads. */
export interface ScoredComparison {
  readonly sources: readonly {
    readonly id: string
    readonly path?: string | null
    readonly publishedAt?: string | null | undefined
    readonly text: string
  }[]
  readonly findings: readonly ScoredFinding[]
  readonly claims?: readonly (Located & { readonly speakerId: string | null })[]
  readonly timeExpressions?: readonly (Located & { readonly value: string | null })[]
  readonly actors?: readonly { readonly id: string; readonly name?: string }[]
}

type Range = readonly [number, number]
type Source = ScoredComparison["sources"][number]

const norm = (s: string): string => s.replace(/[“”"]/g, '"').replace(/[’‘]/g, "'").replace(/\s+/g, " ")
const baseName = (path: string | null | undefined): string => (path ?? "").split("/").pop() ?? ""
const isDifference = (kind: string): boolean => kind === "discrepancy" || kind === "framing"

const rawRanges = (text: string, anchor: string): [number, number][] => {
  const out: [number, number][] = []
  for (let i = text.indexOf(anchor); i >= 0; i = text.indexOf(anchor, i + 1)) out.push([i, i + anchor.length])
  return out
}

/**
 * Where an anchor stands in a source: every verbatim occurrence, else the first occurrence after quotes and spaces
 * are normalized, with its offset in the normalized text (as the external scorer does). `endBy` is the length the
 * fallback range takes: real.mjs uses the anchor's own length, score.mjs the normalized anchor's.
 */
const anchorRanges = (text: string, anchor: string, endBy: "raw" | "normalized"): Range[] => {
  const rs = rawRanges(text, anchor)
  if (rs.length > 0) return rs
  const a = norm(anchor)
  const j = norm(text).indexOf(a)
  return j >= 0 ? [[j, j + (endBy === "raw" ? anchor : a).length]] : []
}

const overlaps = (e: Located, [s, t]: Range): boolean => e.start < t && s < e.end

/** One event's tallies, summed by `summarizeReal`. */
export interface RealEventScore {
  readonly event: string
  readonly kinds: Readonly<Record<string, { gold: number; found: number }>>
  readonly diffGold: number
  readonly diffFound: number
  readonly diffOut: number
  readonly diffSupported: number
  readonly mustNot: number
  readonly mustNotViolations: readonly string[]
  /** For each of the (up to) three "Most important" findings, whether it lands on a gold item. */
  readonly top3: readonly boolean[]
  readonly claims: number
  readonly claimsOk: number
  readonly times: number
  readonly timesOk: number
  readonly findings: number
  readonly omissions: number
  /** Gold item ids found, and those missed. */
  readonly found: readonly string[]
  readonly missed: readonly string[]
}

const SEVERITY_ORDER: Readonly<Record<string, number>> = { major: 0, minor: 1, info: 2 }
const KIND_ORDER: Readonly<Record<string, number>> = { discrepancy: 0, omission: 1, framing: 2, agreement: 3 }

/**
 * The three "Most important" findings: non-agreements by salience (or, for findings without one, by severity, kind
 * and position), the first of each kind and type while others remain, then the next by order.
 */
export const mostImportant = <F extends ScoredFinding>(findings: readonly F[]): F[] => {
  const f = findings.filter((x) => x.kind !== "agreement")
  const ordered = f.some((x) => typeof x.salience === "number")
    ? [...f].sort((a, b) => (b.salience ?? 0) - (a.salience ?? 0))
    : f
        .map((x, i) => [x, i] as const)
        .sort(
          ([a, i], [b, j]) =>
            (SEVERITY_ORDER[a.severity ?? ""] ?? Number.NaN) - (SEVERITY_ORDER[b.severity ?? ""] ?? Number.NaN) ||
            (KIND_ORDER[a.kind] ?? 0) - (KIND_ORDER[b.kind] ?? 0) ||
            i - j
        )
        .map(([x]) => x)
  const seen = new Set<string>()
  const picked: F[] = []
  for (const x of ordered) {
    if (picked.length === 3) break
    const key = `${x.kind} ${x.type}`
    if (!seen.has(key)) {
      seen.add(key)
      picked.push(x)
    }
  }
  for (const x of ordered) if (picked.length < 3 && !picked.includes(x)) picked.push(x)
  return picked
}

/** The comparison's source for each gold letter: by file name, else (traps, claims, times) by a unique date, else by order. */
const sourcesByLetter = (
  gold: RealGold,
  out: ScoredComparison,
  byDate: boolean
): Record<string, Source | undefined> => {
  const letters = Object.keys(gold.sources)
  return Object.fromEntries(
    letters.map((L, i) => {
      const g = gold.sources[L]!
      const base = baseName(g.file)
      const byPath = base === "" ? undefined : out.sources.find((s) => baseName(s.path) === base)
      const dated = out.sources.filter((s) => s.publishedAt === g.publishedAt)
      return [L, byPath ?? (byDate && dated.length === 1 ? dated[0] : out.sources[i])]
    })
  )
}

/**
 * Whether a finding lands on a gold item: its evidence overlaps the item's anchors in every source the item anchors
 * or in at least two of them, and in no source does it cover over 40% of the text.
 */
export const lands = (
  f: ScoredFinding,
  item: RealGoldItem,
  srcOf: Readonly<Record<string, Source | undefined>>
): boolean => {
  const sprawling = Object.values(srcOf).some((src) => {
    if (!src) return false
    const n = f.evidence.filter((e) => e.sourceId === src.id).reduce((a, e) => a + e.end - e.start, 0)
    return n > 0.4 * src.text.length
  })
  if (sprawling) return false
  const entries = Object.entries(item.anchors)
  const hit = entries.filter(([L, anchors]) => {
    const src = srcOf[L]
    const ev = f.evidence.filter((e) => e.sourceId === src?.id)
    return anchors.some((a) => anchorRanges(src?.text ?? "", a, "raw").some((r) => ev.some((e) => overlaps(e, r))))
  }).length
  return hit >= Math.min(2, entries.length)
}

const fairKind = (f: ScoredFinding, item: RealGoldItem): boolean =>
  f.kind === item.kind || (item.alsoKinds ?? []).includes(f.kind) || (isDifference(f.kind) && isDifference(item.kind))

/** Scores one comparison against one event's gold. */
export const scoreRealEvent = (event: string, gold: RealGold, out: ScoredComparison): RealEventScore => {
  const srcOf = sourcesByLetter(gold, out, false)
  const findings = out.findings
  const diffItems = gold.findings.filter((x) => isDifference(x.kind))
  const anyItems = gold.findings.filter((x) => x.kind !== "agreement")
  const outDiffs = findings.filter((f) => isDifference(f.kind))
  const diffSupported = outDiffs.filter((f) => diffItems.some((it) => lands(f, it, srcOf))).length
  // One finding counts toward at most two gold items (same type first), so one sprawling finding cannot find them all.
  const credit = new Map<ScoredFinding, number>()
  const ordered = [...gold.findings].sort((a, b) => Number(a.kind === "agreement") - Number(b.kind === "agreement"))
  const foundItems = new Set<RealGoldItem>()
  for (const it of ordered) {
    const cands = findings
      .filter((f) => fairKind(f, it) && lands(f, it, srcOf) && (credit.get(f) ?? 0) < 2)
      .sort((a, b) => Number(b.type === it.type) - Number(a.type === it.type))
    const first = cands[0]
    if (first) {
      credit.set(first, (credit.get(first) ?? 0) + 1)
      foundItems.add(it)
    }
  }
  const kinds: Record<string, { gold: number; found: number }> = {}
  let diffGold = 0
  let diffFound = 0
  for (const it of gold.findings) {
    const k = kinds[it.kind] ?? { gold: 0, found: 0 }
    kinds[it.kind] = k
    k.gold++
    const found = foundItems.has(it)
    if (found) k.found++
    if (isDifference(it.kind)) {
      diffGold++
      if (found) diffFound++
    }
  }
  const top3 = mostImportant(findings).map((f) =>
    anyItems.some((it) => lands(f, it, srcOf) && (f.kind === "omission") === (it.kind === "omission"))
  )
  // Traps, claims and times as score.mjs reads them: sources also matched by date, every anchored source required.
  const byLetter = sourcesByLetter(gold, out, true)
  const ranges = (L: string, anchor: string) => anchorRanges(byLetter[L]?.text ?? "", anchor, "normalized")
  const hitsAll = (f: ScoredFinding, item: RealGoldItem) =>
    Object.entries(item.anchors).every(([L, anchors]) => {
      const ev = f.evidence.filter((e) => e.sourceId === byLetter[L]?.id)
      return anchors.some((a) => ranges(L, a).some((r) => ev.some((e) => overlaps(e, r))))
    })
  const mustNotViolations = (gold.mustNot ?? [])
    .filter((x) => findings.some((f) => f.kind === x.kind && (!x.types || x.types.includes(f.type)) && hitsAll(f, x)))
    .map((x) => x.id)
  const actorName = new Map((out.actors ?? []).map((a) => [a.id, (a.name ?? "").toLowerCase()]))
  const claimsOk = (gold.claims ?? []).filter((c) => {
    const rs = ranges(c.source, c.anchor)
    const surname = (c.speaker.split(" ").slice(-1)[0] ?? "").toLowerCase()
    const words = c.speaker
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 3)
    return (out.claims ?? []).some((x) => {
      if (x.sourceId !== byLetter[c.source]?.id || !rs.some((r) => overlaps(x, r))) return false
      const n = actorName.get(x.speakerId ?? "") ?? ""
      return n.includes(surname) || words.filter((w) => n.includes(w)).length >= 2
    })
  }).length
  const timesOk = (gold.timeExpressions ?? []).filter((g) => {
    const rs = ranges(g.source, g.text)
    return (out.timeExpressions ?? []).some(
      (x) =>
        x.sourceId === byLetter[g.source]?.id &&
        String(x.value ?? "").startsWith(String(g.value)) &&
        rs.some((r) => overlaps(x, r))
    )
  }).length
  return {
    event,
    kinds,
    diffGold,
    diffFound,
    diffOut: outDiffs.length,
    diffSupported,
    mustNot: (gold.mustNot ?? []).length,
    mustNotViolations,
    top3,
    claims: (gold.claims ?? []).length,
    claimsOk,
    times: (gold.timeExpressions ?? []).length,
    timesOk,
    findings: findings.length,
    omissions: findings.filter((f) => f.kind === "omission").length,
    found: gold.findings.filter((it) => foundItems.has(it)).map((it) => it.id),
    missed: gold.findings.filter((it) => !foundItems.has(it)).map((it) => it.id)
  }
}

/** The totals over events, in the shape and rounding of `real.mjs --json` (without `failed`). */
export interface RealSummary {
  readonly events: number
  readonly recall: Readonly<Record<string, string>>
  readonly differenceRecall: number
  readonly differencePrecision: number
  readonly differencesMade: number
  readonly mustNotViolated: string
  readonly top3Supported: number
  readonly top1Supported: string
  readonly claimSpeakers: string
  readonly times: string
  readonly findingsPerEvent: number
  readonly omissionsPerEvent: number
  readonly perEvent: readonly {
    readonly event: string
    readonly diffs: string
    readonly mustNot: readonly string[]
    readonly top3: string
    readonly findings: number
  }[]
}

const f3 = (x: number): number => +x.toFixed(3)
const sum = (xs: readonly RealEventScore[], pick: (e: RealEventScore) => number): number =>
  xs.reduce((a, e) => a + pick(e), 0)

/** Sums event scores into the external scorer's summary. */
export const summarizeReal = (scores: readonly RealEventScore[]): RealSummary => {
  const kinds: Record<string, { gold: number; found: number }> = {}
  for (const s of scores)
    for (const [k, v] of Object.entries(s.kinds)) {
      const t = kinds[k] ?? { gold: 0, found: 0 }
      kinds[k] = t
      t.gold += v.gold
      t.found += v.found
    }
  const n = scores.length
  const top = sum(scores, (s) => s.top3.length)
  return {
    events: n,
    recall: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, `${v.found}/${v.gold}`])),
    differenceRecall: f3(
      sum(scores, (s) => s.diffFound) /
        Math.max(
          1,
          sum(scores, (s) => s.diffGold)
        )
    ),
    differencePrecision: f3(
      sum(scores, (s) => s.diffSupported) /
        Math.max(
          1,
          sum(scores, (s) => s.diffOut)
        )
    ),
    differencesMade: sum(scores, (s) => s.diffOut),
    mustNotViolated: `${sum(scores, (s) => s.mustNotViolations.length)}/${sum(scores, (s) => s.mustNot)}`,
    top3Supported: f3(sum(scores, (s) => s.top3.filter(Boolean).length) / Math.max(1, top)),
    top1Supported: `${scores.filter((s) => s.top3[0] === true).length}/${n}`,
    claimSpeakers: `${sum(scores, (s) => s.claimsOk)}/${sum(scores, (s) => s.claims)}`,
    times: `${sum(scores, (s) => s.timesOk)}/${sum(scores, (s) => s.times)}`,
    findingsPerEvent: f3(sum(scores, (s) => s.findings) / Math.max(1, n)),
    omissionsPerEvent: f3(sum(scores, (s) => s.omissions) / Math.max(1, n)),
    perEvent: scores.map((s) => ({
      event: s.event,
      diffs: `${s.diffSupported}/${s.diffOut} supported`,
      mustNot: s.mustNotViolations,
      top3: s.top3.map((b) => (b ? "ok" : "no")).join(","),
      findings: s.findings
    }))
  }
}
