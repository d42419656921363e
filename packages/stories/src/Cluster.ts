/**
 * Stories from profiles: blocking proposes pairs, the same-event model scores them, average link groups them, and
 * each group becomes a story with an id from its articles and the evidence that joined them.
 */
import { createHash } from "node:crypto"
import { averageLink, type Edge } from "./Agglomerate.js"
import { type BlockingOptions, candidatePairs, DEFAULT_BLOCKING } from "./Blocking.js"
import type { Profile, SparseVector } from "./Profile.js"
import { CALIBRATED, type PairSignals, pairSignals, type SameEventModel, sameEventProbability } from "./Similarity.js"

export interface ClusterOptions {
  readonly model?: SameEventModel
  readonly blocking?: Partial<BlockingOptions>
  /** Names and words listed in a story's explanation. */
  readonly explain?: number
}

/** A pair that joined a story: the two articles (indexes into the profiles), the probability and its signals. */
export interface StoryTie {
  readonly a: number
  readonly b: number
  readonly probability: number
  readonly signals: PairSignals
}

/** A group of articles that report one event. */
export interface Cluster {
  /** `s-` and 12 hex digits of the SHA-256 of its sorted article ids. */
  readonly id: string
  /** Indexes into the profiles, in increasing order (the profiles are sorted by article id). */
  readonly members: readonly number[]
  /** Names most of its articles share, strongest first. */
  readonly names: readonly string[]
  /** Other words most of its articles share, strongest first. */
  readonly words: readonly string[]
  /** The strongest ties that hold it together: a maximum spanning tree of its scored pairs. */
  readonly ties: readonly StoryTie[]
}

/** The id of a story made of these articles: the same articles always give the same id. */
export const storyId = (articleIds: readonly string[]): string =>
  `s-${createHash("sha256")
    .update([...articleIds].sort().join("\n"))
    .digest("hex")
    .slice(0, 12)}`

/** Terms of the members' vectors that at least two members (and most of them) hold, by members then weight. */
const sharedOf = (
  vectors: readonly SparseVector[],
  terms: readonly string[],
  limit: number,
  skip?: ReadonlySet<string>
) => {
  const tally = new Map<number, { members: number; weight: number }>()
  for (const v of vectors)
    v.ids.forEach((id, i) => {
      const t = tally.get(id) ?? { members: 0, weight: 0 }
      t.members++
      t.weight += v.weights[i]!
      tally.set(id, t)
    })
  const least = Math.max(2, Math.ceil(vectors.length / 2))
  return [...tally.entries()]
    .filter(([id, t]) => t.members >= least && !skip?.has(terms[id]!))
    .sort((x, y) => y[1].members - x[1].members || y[1].weight - x[1].weight || x[0] - y[0])
    .slice(0, limit)
    .map(([id]) => terms[id]!)
}

/** The maximum spanning tree of a story's scored pairs (Kruskal), ties broken by the articles' order. */
const spanningTies = (members: readonly number[], edges: readonly StoryTie[]): StoryTie[] => {
  const parent = new Map(members.map((m) => [m, m]))
  const find = (x: number): number => {
    let root = x
    while (parent.get(root) !== root) root = parent.get(root)!
    parent.set(x, root)
    return root
  }
  const out: StoryTie[] = []
  for (const e of [...edges].sort((x, y) => y.probability - x.probability || x.a - y.a || x.b - y.b)) {
    const [ra, rb] = [find(e.a), find(e.b)]
    if (ra === rb) continue
    parent.set(ra, rb)
    out.push(e)
  }
  return out.sort((x, y) => x.a - y.a || x.b - y.b)
}

/**
 * Clusters the profiles (sorted by article id, as `ProfileBuilder.finish` returns them) into stories. Every
 * profile lands in exactly one cluster; clusters come ordered by their first member.
 */
export const clusterProfiles = (
  profiles: readonly Profile[],
  terms: readonly string[],
  options: ClusterOptions = {}
): Cluster[] => {
  const model = options.model ?? CALIBRATED
  const blocking = { ...DEFAULT_BLOCKING, ...options.blocking }
  const explain = options.explain ?? 8
  const scored: StoryTie[] = candidatePairs(profiles, blocking).map(([a, b]) => {
    const signals = pairSignals(profiles[a]!, profiles[b]!)
    return { a, b, signals, probability: sameEventProbability(signals, model) }
  })
  const edges: Edge[] = scored.map((s) => ({ a: s.a, b: s.b, p: s.probability }))
  const groups = averageLink(profiles.length, edges, model.threshold)
  const groupOf = new Int32Array(profiles.length)
  groups.forEach((g, gi) => {
    for (const m of g) groupOf[m] = gi
  })
  const inside: StoryTie[][] = groups.map(() => [])
  for (const s of scored) if (groupOf[s.a] === groupOf[s.b]) inside[groupOf[s.a]!]!.push(s)
  return groups.map((members, gi) => {
    const names =
      members.length > 1
        ? sharedOf(
            members.map((m) => profiles[m]!.names),
            terms,
            explain
          )
        : []
    const words =
      members.length > 1
        ? sharedOf(
            members.map((m) => profiles[m]!.body),
            terms,
            explain,
            new Set(names)
          )
        : []
    return {
      id: storyId(members.map((m) => profiles[m]!.meta.id)),
      members,
      names,
      words,
      ties: spanningTies(members, inside[gi]!)
    }
  })
}
