/**
 * From clusters to the work a run does: each story's articles in a stable order, the outlets that carry it,
 * which of its articles its comparison reads (and under which source ids), the hash of everything that
 * comparison depends on, and the share of the stories a shard takes.
 */
import { createHash } from "node:crypto"
import type { Cluster } from "./Cluster.js"
import type { ArticleMeta, Profile } from "./Profile.js"
import type { PairSignals } from "./Similarity.js"

/** A story as planned: its articles, and what its comparison (if any) reads. */
export interface PlannedStory {
  readonly id: string
  readonly cluster: Cluster
  /** By day (undated last), outlet (none last), then id. */
  readonly articles: readonly ArticleMeta[]
  /** The outlets that carry it, by name. */
  readonly outlets: readonly string[]
  /** The articles its comparison reads, with their source ids (A, B, ...); empty when nothing is compared. */
  readonly compared: readonly { readonly article: ArticleMeta; readonly source: string }[]
  /** SHA-256 (hex) of the comparison's inputs: the articles' content hashes, their order and the tool's version. */
  readonly inputHash: string
  readonly firstDay: string | null
  readonly lastDay: string | null
  /** The ties that joined its articles, by article id. */
  readonly ties: readonly {
    readonly a: string
    readonly b: string
    readonly probability: number
    readonly signals: PairSignals
  }[]
}

export interface PlanOptions {
  /** Most articles in one story's comparison. */
  readonly maxPerStory: number
  /** Changes every input hash: the version of the analyzer and the report, so a new version compares again. */
  readonly version: string
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The stable order of a story's articles: by day (undated last), outlet (none last), then id. */
export const articleOrder = (a: ArticleMeta, b: ArticleMeta): number =>
  a.publishedAt !== b.publishedAt
    ? a.publishedAt === undefined
      ? 1
      : b.publishedAt === undefined
        ? -1
        : byCodeUnit(a.publishedAt, b.publishedAt)
    : a.outlet !== b.outlet
      ? a.outlet === undefined
        ? 1
        : b.outlet === undefined
          ? -1
          : byCodeUnit(a.outlet, b.outlet)
      : byCodeUnit(a.id, b.id)

/** Source ids in order: A..Z, then S27, S28, ... (as the analyzer names sources). */
export const sourceLetter = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : `S${index + 1}`)

/**
 * The sides a comparison can set against each other: each outlet, and each article whose outlet is unknown
 * (it may be any outlet). A story with fewer than two has nothing to compare.
 */
export const sidesOf = (articles: readonly ArticleMeta[]): number =>
  new Set(articles.flatMap((a) => (a.outlet === undefined ? [] : [a.outlet]))).size +
  articles.filter((a) => a.outlet === undefined).length

/**
 * The articles a story's comparison reads, at most `max`: the outlets take turns (by name, articles without an
 * outlet last, each its own side), each giving its earliest article not yet taken, so every outlet is heard
 * before any is heard twice. Returned in the story's order.
 */
export const chooseCompared = (articles: readonly ArticleMeta[], max: number): ArticleMeta[] => {
  const sides = new Map<string, ArticleMeta[]>()
  for (const a of articles) {
    const side = a.outlet === undefined ? `\u0000${a.id}` : a.outlet
    const list = sides.get(side) ?? []
    list.push(a)
    sides.set(side, list)
  }
  const queues = [...sides.entries()]
    .sort((x, y) => {
      const [ux, uy] = [x[0].startsWith("\u0000"), y[0].startsWith("\u0000")]
      return ux !== uy ? (ux ? 1 : -1) : byCodeUnit(x[0], y[0])
    })
    .map(([, list]) => list)
  const taken = new Set<ArticleMeta>()
  for (let round = 0; taken.size < Math.min(max, articles.length); round++)
    for (const queue of queues) {
      if (taken.size >= max) break
      const next = queue[round]
      if (next !== undefined) taken.add(next)
    }
  return articles.filter((a) => taken.has(a))
}

/**
 * Plans every story. `contentHash(id)` is the hash of what the comparison will read of that article (its bytes
 * and path), computed while the collection was read.
 */
export const planStories = (
  clusters: readonly Cluster[],
  profiles: readonly Profile[],
  contentHash: (articleId: string) => string,
  options: PlanOptions
): PlannedStory[] =>
  clusters.map((cluster) => {
    const articles = cluster.members.map((m) => profiles[m]!.meta).sort(articleOrder)
    const outlets = [...new Set(articles.flatMap((a) => (a.outlet === undefined ? [] : [a.outlet])))].sort(byCodeUnit)
    const chosen = sidesOf(articles) >= 2 ? chooseCompared(articles, options.maxPerStory) : []
    const compared = chosen.map((article, i) => ({ article, source: sourceLetter(i) }))
    const hash = createHash("sha256").update(`diplo stories ${options.version}\n`)
    for (const { article, source } of compared) hash.update(`${source}\t${article.id}\t${contentHash(article.id)}\n`)
    const days = articles.flatMap((a) => (a.publishedAt === undefined ? [] : [a.publishedAt])).sort(byCodeUnit)
    return {
      id: cluster.id,
      cluster,
      articles,
      outlets,
      compared,
      inputHash: hash.digest("hex"),
      firstDay: days[0] ?? null,
      lastDay: days.at(-1) ?? null,
      ties: cluster.ties.map((t) => ({
        a: profiles[t.a]!.meta.id,
        b: profiles[t.b]!.meta.id,
        probability: t.probability,
        signals: t.signals
      }))
    }
  })

/** Ranks stories by coverage: more outlets first, then more articles, then the earlier first day, then id. */
export const rankStories = <S extends Pick<PlannedStory, "id" | "outlets" | "articles" | "firstDay">>(
  stories: readonly S[]
): S[] =>
  [...stories].sort(
    (a, b) =>
      b.outlets.length - a.outlets.length ||
      b.articles.length - a.articles.length ||
      (a.firstDay === b.firstDay
        ? 0
        : a.firstDay === null
          ? 1
          : b.firstDay === null
            ? -1
            : byCodeUnit(a.firstDay, b.firstDay)) ||
      byCodeUnit(a.id, b.id)
  )

/** A shard `i/n` (1 ≤ i ≤ n): the stories whose id falls to it. The same id always falls to the same shard. */
export interface Shard {
  readonly index: number
  readonly count: number
}

/** Parses `i/n`; returns why it is not one as a string. */
export const parseShard = (text: string): Shard | string => {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim())
  if (!m) return `--shard must be i/n (e.g. 2/8), got "${text}"`
  const [index, count] = [Number(m[1]), Number(m[2])]
  if (count < 1 || index < 1 || index > count) return `--shard i/n needs 1 <= i <= n, got "${text}"`
  return { index, count }
}

/** True when the story belongs to the shard: its id's hash, modulo the shard count. */
export const inShard = (storyId: string, shard: Shard | undefined): boolean =>
  shard === undefined || Number.parseInt(storyId.slice(2, 10), 16) % shard.count === shard.index - 1
