import type { Alignment, AlignmentId, ClaimId, SourceId, Span } from "@diplo/model"
import type { WordTable } from "../adapters/vectors.js"
import type { Token } from "../Document.js"
import calibration from "../lexicons/align-calibration.json" with { type: "json" }
import {
  CONTENT_WEIGHT,
  profileStatement,
  type Similarity,
  type StatementProfile,
  similarityAbove
} from "./3-similarity.js"

/** One statement of one source, as the aligner reads it (`Statement` of 2-statements is one). */
export interface AlignerInput {
  readonly sourceId: SourceId
  /** The claim it is, or null for a bare statement span. */
  readonly claimId: ClaimId | null
  readonly span: Span
  /** The tokens of the span, from `Segmented.tokens`. */
  readonly tokens: readonly Token[]
  /** Global actor ids of the actors it names. */
  readonly actorIds: readonly string[]
  /** Normalized time values (YYYY, YYYY-MM, YYYY-MM-DD) it mentions. */
  readonly timeValues: readonly string[]
  /** Event types (see EVENT_TYPES) it reports. */
  readonly eventTypes: readonly string[]
}

export interface AlignOptions {
  /** Least relatedness score for two statements to align (default: calibrated on STS-B train news). */
  readonly threshold?: number
  /** Use word vectors for soft word matches (default true). */
  readonly useVectors?: boolean
  /** The word ranks and vectors (default: the bundled GloVe table). */
  readonly words?: WordTable
}

/** Default alignment threshold: the relatedness that best separates STS-B train news pairs scored >= 2.5 of 5. */
export const ALIGN_THRESHOLD: number = calibration.thresholds.align
/** Figures scripts/calibrate-align.ts measured when it fitted the weights (5-fold cross-validation on the fitting data). */
export const ALIGN_CALIBRATION: { readonly source: string; readonly measured: Readonly<Record<string, number>> } = {
  source: calibration.source,
  measured: calibration.measured
}
/** Paraphrase probability above which two statements are taken to say the same thing (MRPC). */
export const PARAPHRASE_THRESHOLD: number = calibration.thresholds.paraphrase

// A candidate must share this part of the lighter statement's prior weight in content words: no pair of
// MRPC train or STS-B train news below it reaches the alignment threshold (scripts/calibrate-align.ts data).
const CANDIDATE_SHARE = 0.1
// Per statement and other source, only the best few candidates by shared weight are scored in full.
const CANDIDATES_PER_SOURCE = 3

interface Edge {
  readonly a: number
  readonly b: number
  readonly similarity: Similarity
}

const pairKey = (a: number, b: number): number => (a < b ? a * 1_000_003 + b : b * 1_000_003 + a)

/**
 * Pairs of statements of different sources worth scoring: an inverted index on content stems accumulates the
 * weight each pair shares, and each statement keeps its best few partners in every other source.
 */
const candidatePairs = (
  statements: readonly AlignerInput[],
  profiles: readonly StatementProfile[]
): [number, number][] => {
  const postings = new Map<number, number[]>()
  profiles.forEach((profile, i) => {
    profile.termKeys.forEach((key, t) => {
      if (profile.termWeights[t]! < CONTENT_WEIGHT) return
      const list = postings.get(key)
      if (list === undefined) postings.set(key, [i])
      else list.push(i)
    })
  })
  const sourceIndex = new Map<string, number>()
  const sourceOf = statements.map((s) => {
    if (!sourceIndex.has(s.sourceId)) sourceIndex.set(s.sourceId, sourceIndex.size)
    return sourceIndex.get(s.sourceId)!
  })
  // A word in over half of many statements (the event's own words) finds no pair by itself: its postings are
  // not walked, but its weight still counts for pairs that other words bring together.
  const crowdedAt = Math.max(64, statements.length / 2)
  const crowded = profiles.map((profile) => {
    const keys = new Map<number, number>()
    profile.termKeys.forEach((key, t) => {
      if (profile.termWeights[t]! >= CONTENT_WEIGHT && postings.get(key)!.length > crowdedAt)
        keys.set(key, profile.termWeights[t]!)
    })
    return keys
  })
  const shared = new Float64Array(statements.length)
  const touched: number[] = []
  const chosen = new Map<number, [number, number]>()
  profiles.forEach((profile, i) => {
    profile.termKeys.forEach((key, t) => {
      const weight = profile.termWeights[t]!
      if (weight < CONTENT_WEIGHT || crowded[i]!.has(key)) return
      for (const j of postings.get(key)!) {
        if (sourceOf[j] === sourceOf[i]) continue
        if (shared[j] === 0) touched.push(j)
        shared[j]! += weight
      }
    })
    for (const j of touched) for (const [key, weight] of crowded[i]!) if (crowded[j]!.has(key)) shared[j]! += weight
    const bySource = new Map<number, number[]>()
    for (const j of touched) {
      const lighter = Math.min(profile.totalWeight, profiles[j]!.totalWeight)
      if (shared[j]! < CANDIDATE_SHARE * lighter) continue
      const list = bySource.get(sourceOf[j]!)
      if (list === undefined) bySource.set(sourceOf[j]!, [j])
      else list.push(j)
    }
    for (const list of bySource.values()) {
      list.sort((x, y) => shared[y]! - shared[x]! || x - y)
      for (const j of list.slice(0, CANDIDATES_PER_SOURCE)) chosen.set(pairKey(i, j), i < j ? [i, j] : [j, i])
    }
    for (const j of touched) shared[j] = 0
    touched.length = 0
  })
  return [...chosen.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1])
}

const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length)

const round = (x: number): number => Math.round(x * 1000) / 1000

/**
 * Aligns statements of different sources that concern the same matter. Groups hold at most one statement
 * per source, and every two members of a group align with each other (complete linkage); a pair that
 * aligns but cannot join a group becomes an alignment of its own, so one statement may align with
 * several. Scores are relatedness in [0, 1]; signals are means over the group's pairs, including
 * `paraphrase` (probability that they say the same thing). Ids and order follow the input order.
 */
export const alignStatements = (statements: readonly AlignerInput[], options: AlignOptions = {}): Alignment[] => {
  const threshold = options.threshold ?? ALIGN_THRESHOLD
  const similarityOptions = {
    useVectors: options.useVectors ?? true,
    ...(options.words === undefined ? {} : { words: options.words })
  }
  const profiles = statements.map((s) =>
    profileStatement(
      s.tokens,
      { actorIds: s.actorIds, timeValues: s.timeValues, eventTypes: s.eventTypes },
      similarityOptions
    )
  )
  const edges: Edge[] = []
  for (const [a, b] of candidatePairs(statements, profiles)) {
    const scored = similarityAbove(profiles[a]!, profiles[b]!, threshold, similarityOptions)
    if (scored !== null) edges.push({ a, b, similarity: scored })
  }
  // Strongest first; ties by input order, so the result does not depend on the index's iteration order.
  edges.sort((x, y) => y.similarity.score - x.similarity.score || x.a - y.a || x.b - y.b)
  const edgeOf = new Map(edges.map((e) => [pairKey(e.a, e.b), e]))

  const groupOf = statements.map((_, i) => i)
  const members = new Map<number, number[]>(statements.map((_, i) => [i, [i]]))
  const inGroup = new Set<number>()
  for (const edge of edges) {
    const ga = groupOf[edge.a]!
    const gb = groupOf[edge.b]!
    if (ga === gb) continue
    const left = members.get(ga)!
    const right = members.get(gb)!
    const sources = new Set(left.map((i) => statements[i]!.sourceId))
    if (right.some((i) => sources.has(statements[i]!.sourceId))) continue
    if (!left.every((x) => right.every((y) => edgeOf.has(pairKey(x, y))))) continue
    for (const y of right) groupOf[y] = ga
    left.push(...right)
    members.delete(gb)
    inGroup.add(edge.a)
    inGroup.add(edge.b)
  }

  const clusters: number[][] = [...members.values()].filter((m) => m.length > 1)
  // A statement's best score towards each other source: a pair no group holds is kept only when it is the best
  // match of one of its two statements there (a statement that also concerns another source's other statement),
  // not every second choice above the threshold.
  const bestToward = new Map<string, number>()
  const note = (from: number, to: number, score: number) => {
    const key = `${from}>${statements[to]!.sourceId}`
    bestToward.set(key, Math.max(bestToward.get(key) ?? 0, score))
  }
  for (const edge of edges) {
    note(edge.a, edge.b, edge.similarity.score)
    note(edge.b, edge.a, edge.similarity.score)
  }
  const isBest = (from: number, to: number, score: number) =>
    bestToward.get(`${from}>${statements[to]!.sourceId}`) === score
  for (const edge of edges) {
    if (groupOf[edge.a] === groupOf[edge.b]) continue
    const score = edge.similarity.score
    if (isBest(edge.a, edge.b, score) || isBest(edge.b, edge.a, score)) clusters.push([edge.a, edge.b])
  }

  const ordered = clusters
    .map((m) => [...m].sort((x, y) => x - y))
    .sort((x, y) => {
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!
      return x.length - y.length
    })
  return ordered.map((indices, n) => {
    const pairEdges: Edge[] = []
    for (let i = 0; i < indices.length; i++)
      for (let j = i + 1; j < indices.length; j++) {
        const edge = edgeOf.get(pairKey(indices[i]!, indices[j]!))
        if (edge !== undefined) pairEdges.push(edge)
      }
    const names = [...new Set(pairEdges.flatMap((e) => Object.keys(e.similarity.signals)))].sort()
    const signals: Record<string, number> = {
      paraphrase: round(mean(pairEdges.map((e) => e.similarity.paraphrase)))
    }
    for (const name of names) signals[name] = round(mean(pairEdges.map((e) => e.similarity.signals[name] ?? 0)))
    return {
      id: `AL${n + 1}` as AlignmentId,
      members: indices.map((i) => {
        const s = statements[i]!
        return { sourceId: s.sourceId, claimId: s.claimId, span: s.span }
      }),
      score: round(mean(pairEdges.map((e) => e.similarity.score))),
      signals
    }
  })
}
