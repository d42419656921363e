/**
 * Scoring a clustering into stories against gold stories: B³ (from metrics.ts) and pairwise precision, recall and
 * F1, and the TF-IDF single-link baseline the stories suite reports beside diplo.
 */
import { cosine, tfidf } from "./baseline.js"
import { bcubed, prf } from "./metrics.js"
import type { StoryCollection } from "./stories-corpora.js"

/** Pairwise precision, recall and F1: a pair of items is predicted together or not, and is together in gold or not. */
export const pairwise = (predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>) => {
  const count = (assign: ReadonlyMap<string, string>, keep: (item: string) => boolean) => {
    const sizes = new Map<string, number>()
    for (const [item, cluster] of assign) if (keep(item)) sizes.set(cluster, (sizes.get(cluster) ?? 0) + 1)
    let pairs = 0
    for (const n of sizes.values()) pairs += (n * (n - 1)) / 2
    return pairs
  }
  const both = new Map<string, string>()
  for (const [item, g] of gold) {
    const p = predicted.get(item)
    both.set(item, p === undefined ? `\u0000${item}` : `${p}\u0000${g}`)
  }
  const inGold = (item: string) => gold.has(item)
  return prf(
    count(both, inGold),
    count(predicted, inGold),
    count(gold, () => true)
  )
}

/** B³ and pairwise scores of one clustering (item → cluster) against the gold. */
export const scoreClustering = (predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>) => ({
  bcubed: bcubed(predicted, gold),
  pairwise: pairwise(predicted, gold)
})

/** Groups as an item → cluster map. */
export const assignment = (groups: readonly (readonly string[])[]): Map<string, string> => {
  const out = new Map<string, string>()
  groups.forEach((g, i) => {
    for (const item of g) out.set(item, String(i))
  })
  return out
}

/** Thresholds the baseline is tried at: 0.05 to 0.95 in steps of 0.025. */
export const BASELINE_THRESHOLDS = Array.from({ length: 37 }, (_, i) => Math.round((0.05 + i * 0.025) * 1000) / 1000)

/**
 * The baseline: TF-IDF cosine of whole articles (title and text; the eval's plain word counts, IDF from the
 * collection), single link (connected components) at a threshold. Returns its B³ and pairwise scores at every
 * threshold tried; the suite shows the best, so the baseline is given its most favourable threshold per set.
 */
export const tfidfSingleLink = (collection: StoryCollection) => {
  const items = collection.articles.map((a) => a.id)
  const vectors = tfidf(collection.articles.map((a) => (a.title ? `${a.title}\n${a.text}` : a.text)))
  const pairs: [number, number, number][] = []
  for (let i = 0; i < vectors.length; i++)
    for (let j = i + 1; j < vectors.length; j++) {
      const s = cosine(vectors[i]!, vectors[j]!)
      if (s >= BASELINE_THRESHOLDS[0]!) pairs.push([s, i, j])
    }
  pairs.sort((a, b) => b[0] - a[0])
  return BASELINE_THRESHOLDS.map((threshold) => {
    const parent = items.map((_, i) => i)
    const find = (x: number): number => {
      while (parent[x] !== x) {
        parent[x] = parent[parent[x]!]!
        x = parent[x]!
      }
      return x
    }
    for (const [s, i, j] of pairs) {
      if (s < threshold) break
      parent[find(i)] = find(j)
    }
    const predicted = new Map(items.map((id, i) => [id, String(find(i))]))
    return { threshold, ...scoreClustering(predicted, collection.gold) }
  })
}
