/**
 * Calibrates the same-event model of @diplo/stories on the dev collections and writes it to
 * packages/stories/src/lexicons/calibration.json with the figures it produced:
 *
 *   npm run build && node packages/eval/dist/calibrate-stories.js [--corpus DIR]
 *
 * 1. For each set (BASIL, ECB+ sub-topics and NewsWCL50, each set's articles mixed together; and ECB+ topic by
 *    topic, each topic's documents a small collection of their own), the pairs blocking proposes, with their
 *    signals and whether gold puts them in one story.
 * 2. A logistic regression over those pairs: every set weighs the same, and within a set same-story and
 *    different-story pairs weigh the same (the sets differ in size and balance by orders of magnitude). Plain
 *    gradient descent from zero, a fixed number of steps, a small L2 penalty: the same data give the same weights.
 * 3. One merge threshold for all sets: the one whose mean B³ F1 over the sets, averaged with its two neighbours on
 *    the grid, is highest (the middle of a plateau, not a lucky point of it).
 * 4. A check on data the fit did not see: each set's stories split in two halves (by a hash of the gold story),
 *    the model fitted and the threshold chosen on one half of every set, scored on the other, and the other way
 *    round. Those held-out figures are written too.
 */
import { createHash } from "node:crypto"
import { writeFileSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import {
  type ArticleText,
  candidatePairs,
  clusterProfiles,
  DEFAULT_BLOCKING,
  ProfileBuilder,
  pairSignals,
  SIGNALS,
  type SameEventModel
} from "@diplo/stories"
import { ecbplusTopics, type StoryCollection, storyCollections } from "./stories-corpora.js"
import { assignment, scoreClustering } from "./stories-scoring.js"

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..")
const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

/** Thresholds tried: 0.05 to 0.95 in steps of 0.05. */
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((0.05 + 0.05 * i) * 100) / 100)
const STEPS = 4000
const RATE = 4
const L2 = 0.001

interface Pair {
  readonly x: readonly number[]
  readonly same: boolean
}

const profilesOf = (articles: readonly ArticleText[]) => {
  const builder = new ProfileBuilder()
  for (const a of articles) builder.add(a)
  return builder.finish()
}

/** A set the calibration weighs as one: one collection, or several scored by their mean (ECB+ topic by topic). */
interface CalibrationSet {
  readonly name: string
  readonly collections: readonly StoryCollection[]
}

/** The candidate pairs of a collection with their signals (in SIGNALS order) and gold label. */
const pairsOf = (collection: StoryCollection): Pair[] => {
  const { profiles } = profilesOf(collection.articles)
  return candidatePairs(profiles, DEFAULT_BLOCKING).map(([i, j]) => {
    const s = pairSignals(profiles[i]!, profiles[j]!)
    return {
      x: SIGNALS.map((k) => s[k]),
      same: collection.gold.get(profiles[i]!.meta.id) === collection.gold.get(profiles[j]!.meta.id)
    }
  })
}

/** Fits the logistic model: each set weighs the same, and in each set both classes weigh the same. */
const fit = (sets: readonly (readonly Pair[])[]): { bias: number; weights: number[] } => {
  const d = SIGNALS.length
  const weights = new Array<number>(d).fill(0)
  let bias = 0
  const used = sets.filter((pairs) => pairs.some((p) => p.same) && pairs.some((p) => !p.same))
  for (let step = 0; step < STEPS; step++) {
    const gw = new Array<number>(d).fill(0)
    let gb = 0
    for (const pairs of used) {
      const positives = pairs.filter((p) => p.same).length
      const negatives = pairs.length - positives
      for (const p of pairs) {
        let z = bias
        for (let k = 0; k < d; k++) z += weights[k]! * p.x[k]!
        const g =
          (1 / (1 + Math.exp(-z)) - (p.same ? 1 : 0)) * ((p.same ? 0.5 / positives : 0.5 / negatives) / used.length)
        for (let k = 0; k < d; k++) gw[k] = gw[k]! + g * p.x[k]!
        gb += g
      }
    }
    for (let k = 0; k < d; k++) weights[k] = weights[k]! - RATE * (gw[k]! + L2 * weights[k]!)
    bias -= RATE * gb
  }
  return { bias, weights }
}

const round = (x: number, places = 3): number => Math.round(x * 10 ** places) / 10 ** places

const modelOf = (fitted: { bias: number; weights: number[] }, threshold: number): SameEventModel => ({
  bias: round(fitted.bias),
  weights: Object.fromEntries(SIGNALS.map((s, k) => [s, round(fitted.weights[k]!)])) as SameEventModel["weights"],
  threshold
})

/** Clusters a collection with a model and scores it. */
const scoreOne = (collection: StoryCollection, model: SameEventModel) => {
  const { profiles, display } = profilesOf(collection.articles)
  const clusters = clusterProfiles(profiles, display, { model })
  const predicted = assignment(clusters.map((c) => c.members.map((m) => profiles[m]!.meta.id)))
  return scoreClustering(predicted, collection.gold)
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length

/** A set's scores: its collections' means. */
const score = (set: CalibrationSet, model: SameEventModel) => {
  const all = set.collections.map((c) => scoreOne(c, model))
  return {
    bcubed: {
      f1: mean(all.map((s) => s.bcubed.f1)),
      precision: mean(all.map((s) => s.bcubed.precision)),
      recall: mean(all.map((s) => s.bcubed.recall))
    },
    pairwise: { f1: mean(all.map((s) => s.pairwise.f1)) }
  }
}

const pairsOfSet = (set: CalibrationSet): Pair[] => set.collections.flatMap(pairsOf)

/**
 * The threshold whose mean B³ F1 over the collections, averaged with its neighbours on the grid, is highest
 * (ties: the lower threshold).
 */
const chooseThreshold = (sets: readonly CalibrationSet[], fitted: { bias: number; weights: number[] }) => {
  const grid = THRESHOLDS.map((t) => {
    const f1 = sets.map((c) => score(c, modelOf(fitted, t)).bcubed.f1)
    return { threshold: t, f1, mean: f1.reduce((a, b) => a + b, 0) / f1.length }
  })
  const smoothed = grid.map((g, i) => {
    const near = grid.slice(Math.max(0, i - 1), i + 2)
    return { ...g, smoothed: near.reduce((a, b) => a + b.mean, 0) / near.length }
  })
  const best = smoothed.reduce((a, b) => (b.smoothed > a.smoothed + 1e-12 ? b : a))
  return { best: best.threshold, grid: smoothed }
}

/** Half 0 or 1 of a collection's stories, by a hash of the gold story id (for ECB+, of the topic). */
const half = (collection: StoryCollection, which: 0 | 1): StoryCollection => {
  const inHalf = (story: string) => (createHash("sha256").update(story.split("/")[0]!).digest()[0]! & 1) === which
  const articles = collection.articles.filter((a) => inHalf(collection.gold.get(a.id)!))
  const gold = new Map([...collection.gold].filter(([, story]) => inHalf(story)))
  return { ...collection, articles, gold }
}

/** The calibration's sets from the dev collections: each mixed collection, and ECB+ topic by topic. */
const setsOf = (collections: readonly StoryCollection[]): CalibrationSet[] => {
  const sets: CalibrationSet[] = collections.map((c) => ({ name: c.name, collections: [c] }))
  const ecbplus = collections.find((c) => c.name === "ecbplus")
  if (ecbplus !== undefined) sets.push({ name: "ecbplus by topic", collections: ecbplusTopics(ecbplus) })
  return sets
}

const main = () => {
  const corpusDir = resolve(flag("corpus") ?? resolve(repoRoot, "../shared/corpus"))
  const collections = storyCollections(corpusDir)
  if (collections.length === 0) {
    console.error(`calibrate-stories: no collection under ${corpusDir}`)
    process.exit(2)
  }
  const sets = setsOf(collections)
  const fitted = fit(sets.map(pairsOfSet))
  const { best, grid } = chooseThreshold(sets, fitted)
  const model = modelOf(fitted, best)
  const figures = Object.fromEntries(
    sets.map((set) => {
      const s = score(set, model)
      return [
        set.name,
        {
          collections: set.collections.length,
          articles: set.collections.reduce((n, c) => n + c.articles.length, 0),
          stories: set.collections.reduce((n, c) => n + new Set(c.gold.values()).size, 0),
          bcubedF1: round(s.bcubed.f1),
          bcubedPrecision: round(s.bcubed.precision),
          bcubedRecall: round(s.bcubed.recall),
          pairwiseF1: round(s.pairwise.f1)
        }
      ]
    })
  )
  const heldOut: Record<string, { threshold: number; bcubedF1: number }[]> = {}
  for (const which of [0, 1] as const) {
    const train = setsOf(collections.map((c) => half(c, which)))
    const test = setsOf(collections.map((c) => half(c, which === 0 ? 1 : 0)))
    const f = fit(train.map(pairsOfSet))
    const t = chooseThreshold(train, f).best
    for (const set of test)
      heldOut[set.name] = [
        ...(heldOut[set.name] ?? []),
        { threshold: t, bcubedF1: round(score(set, modelOf(f, t)).bcubed.f1) }
      ]
  }
  const document = {
    what: "The same-event model of @diplo/stories: a logistic model over a pair's signals, and the least average-link probability at which two groups of articles merge into one story",
    source: `packages/eval/src/calibrate-stories.ts on the dev collections under the shared corpus folder (${collections.map((c) => c.dataset).join("; ")}; and ECB+ topic by topic); regenerate with: npm run build && node packages/eval/dist/calibrate-stories.js`,
    method:
      "Logistic regression over the pairs blocking proposes (each set weighs the same, both classes weigh the same within a set; gradient descent from zero, 4000 steps, L2 0.001), then the one threshold whose mean B³ F1 over the sets (ECB+ by topic: the mean over its topics), averaged with its two neighbours on the grid, is highest.",
    model,
    figures: {
      "with this model": figures,
      "B³ F1 at each threshold": grid.map((g) => ({
        threshold: g.threshold,
        ...Object.fromEntries(sets.map((set, i) => [set.name, round(g.f1[i]!)])),
        mean: round(g.mean),
        "mean with neighbours": round(g.smoothed)
      })),
      "held out: fitted and thresholded on one half of every set's stories, scored on the other half (each half once)":
        heldOut
    }
  }
  const out = resolve(repoRoot, "packages/stories/src/lexicons/calibration.json")
  writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`)
  console.log(JSON.stringify({ model, figures, heldOut }, null, 2))
  console.log(`\nWrote ${out}; rebuild @diplo/stories to use it.`)
}

main()
