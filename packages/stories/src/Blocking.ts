/**
 * Blocking: the pairs of articles worth scoring. Two articles are a candidate pair when they share one of the
 * rarer words or names that weigh most in each (an inverted index over each article's strongest terms), and,
 * where both are dated, when they appeared within the date window. Words more frequent than `maxPostings`
 * articles are never keys, so the work per article is bounded and the whole grows linearly with the collection.
 */
import type { Profile, SparseVector } from "./Profile.js"

export interface BlockingOptions {
  /** Most days between two dated articles of one story. */
  readonly windowDays: number
  /** The strongest terms of each article used as keys. */
  readonly keysPerArticle: number
  /** A term found in more articles than this is too common to be a key. */
  readonly maxPostings: number
  /** Most candidates kept per article (the ones sharing the most key weight). */
  readonly candidatesPerArticle: number
}

export const DEFAULT_BLOCKING: BlockingOptions = {
  windowDays: 7,
  keysPerArticle: 24,
  maxPostings: 200,
  candidatesPerArticle: 60
}

/** The ids of the `k` heaviest entries of a vector, ties by id. */
const strongest = (v: SparseVector, k: number): number[] => {
  const order = Array.from(v.ids.keys()).sort((a, b) => v.weights[b]! - v.weights[a]! || v.ids[a]! - v.ids[b]!)
  return order.slice(0, k).map((i) => v.ids[i]!)
}

/** True when two articles may be one story by their days: either is undated, or they are within the window. */
export const withinWindow = (a: Profile, b: Profile, windowDays: number): boolean =>
  Number.isNaN(a.day) || Number.isNaN(b.day) || Math.abs(a.day - b.day) <= windowDays

/**
 * Candidate pairs `[i, j]` (i < j, indexes into `profiles`), each once, in increasing order. Each article keys on
 * its strongest body terms and names; it is paired with the articles that hold one of its keys anywhere in their
 * words, the `candidatesPerArticle` of them sharing the most key weight.
 */
export const candidatePairs = (
  profiles: readonly Profile[],
  options: BlockingOptions = DEFAULT_BLOCKING
): [number, number][] => {
  const postings = new Map<number, number[]>()
  profiles.forEach((p, i) => {
    for (const id of p.body.ids) {
      const list = postings.get(id)
      if (list === undefined) postings.set(id, [i])
      else if (list.length <= options.maxPostings) list.push(i)
    }
  })
  const found = new Set<number>()
  const pairs: [number, number][] = []
  const shared = new Map<number, number>()
  for (let i = 0; i < profiles.length; i++) {
    const p = profiles[i]!
    shared.clear()
    const keys = new Set([
      ...strongest(p.body, options.keysPerArticle),
      ...strongest(p.names, options.keysPerArticle / 2)
    ])
    for (const k of keys) {
      const list = postings.get(k)
      if (list === undefined || list.length > options.maxPostings) continue
      for (const j of list) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1)
    }
    const mine = [...shared.entries()]
      .filter(([j]) => withinWindow(p, profiles[j]!, options.windowDays))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, options.candidatesPerArticle)
    for (const [j] of mine) {
      const [a, b] = i < j ? [i, j] : [j, i]
      const key = a * profiles.length + b
      if (found.has(key)) continue
      found.add(key)
      pairs.push([a, b])
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1])
}
