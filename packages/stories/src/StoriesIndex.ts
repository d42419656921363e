/**
 * The stories index (`DIR/index.json`): every story ranked by coverage with why its articles belong together and
 * what became of its comparison, and every outlet with its blindspots, exclusives, distancing devices and voices,
 * summed over the stories' comparisons. A pure function of the plan and the summaries: the same collection in any
 * order gives the same bytes.
 */
import {
  type OutletSummary,
  type OutletVoice,
  STORIES_SCHEMA_VERSION,
  type StoriesIndex,
  type Story,
  type StoryComparison
} from "@diplo/model"
import type { PlannedStory } from "./Plan.js"
import { rankStories } from "./Plan.js"
import type { StorySummary } from "./Summary.js"

/** What became of a story's comparison in this run (or an earlier one). */
export type StoryOutcome =
  | { readonly status: "done"; readonly summary: StorySummary }
  | { readonly status: "pending" }
  | { readonly status: "failed"; readonly reason: string }

/** Where a story's files lie, relative to the index. */
export const storyFiles = (id: string) => ({
  folder: `stories/${id}`,
  report: `stories/${id}/report.md`,
  json: `stories/${id}/comparison.json`,
  summary: `stories/${id}/story.json`
})

/** Outlets that carry at least this many of a story's outlets make it a blindspot of an outlet that does not. */
export const BLINDSPOT_OTHERS = 2

const round = (x: number): number => Math.round(x * 1000) / 1000

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

export interface IndexContext {
  readonly articles: number
  readonly skipped: number
  readonly threshold: number
  readonly windowDays: number
  readonly generator?: { readonly name: string; readonly version: string }
}

const comparisonOf = (story: PlannedStory, outcome: StoryOutcome | undefined): StoryComparison | null => {
  if (story.compared.length === 0) return null
  if (outcome === undefined || outcome.status === "pending") return { status: "pending" }
  if (outcome.status === "failed") return { status: "failed", reason: outcome.reason }
  const files = storyFiles(story.id)
  return { status: "done", report: files.report, json: files.json, findings: outcome.summary.findings }
}

/** One story's entry in the index. */
export const storyEntry = (story: PlannedStory, outcome: StoryOutcome | undefined): Story => {
  const source = new Map(story.compared.map((c) => [c.article.id, c.source]))
  return {
    id: story.id,
    articles: story.articles.map((a) => {
      const s = source.get(a.id)
      return {
        id: a.id,
        ...(a.outlet !== undefined ? { outlet: a.outlet } : {}),
        ...(a.publishedAt !== undefined ? { publishedAt: a.publishedAt } : {}),
        ...(a.title !== undefined ? { title: a.title } : {}),
        ...(a.url !== undefined ? { url: a.url } : {}),
        ...(s !== undefined ? { source: s as NonNullable<Story["articles"][number]["source"]> } : {})
      }
    }),
    outlets: [...story.outlets],
    firstDay: story.firstDay,
    lastDay: story.lastDay,
    why: {
      names: [...story.cluster.names],
      words: [...story.cluster.words],
      links: story.ties.map((t) => ({
        a: t.a,
        b: t.b,
        probability: round(t.probability),
        signals: Object.fromEntries(Object.entries(t.signals).map(([k, v]) => [k, round(v)]))
      }))
    },
    inputHash: story.inputHash,
    comparison: comparisonOf(story, outcome)
  }
}

/** Sums the comparisons' summaries per outlet, and finds each outlet's blindspots and exclusives. */
export const outletSummaries = (
  ranked: readonly PlannedStory[],
  outcomes: ReadonlyMap<string, StoryOutcome>,
  voicesPerOutlet = 10
): OutletSummary[] => {
  const outlets = new Set<string>()
  const articles = new Map<string, number>()
  for (const story of ranked)
    for (const a of story.articles)
      if (a.outlet !== undefined) {
        outlets.add(a.outlet)
        articles.set(a.outlet, (articles.get(a.outlet) ?? 0) + 1)
      }
  return [...outlets].sort(byCodeUnit).map((outlet) => {
    const carried = ranked.filter((s) => s.outlets.includes(outlet))
    const blindspots = ranked.filter((s) => !s.outlets.includes(outlet) && s.outlets.length >= BLINDSPOT_OTHERS)
    const exclusives = carried.filter((s) => s.articles.every((a) => a.outlet === outlet))
    const tally = { compared: 0, words: 0, hedges: 0, scareQuotes: 0, loadedWords: 0 }
    const voices = new Map<string, OutletVoice & { storyIds: Set<string> }>()
    for (const story of carried) {
      const outcome = outcomes.get(story.id)
      if (outcome?.status !== "done") continue
      const summary = outcome.summary
      const mine = new Set(summary.sources.filter((s) => s.outlet === outlet).map((s) => s.source))
      for (const s of summary.sources)
        if (mine.has(s.source)) {
          tally.compared++
          tally.words += s.words
        }
      for (const d of summary.distance)
        if (mine.has(d.source)) {
          tally.hedges += d.hedges
          tally.scareQuotes += d.scareQuotes
          tally.loadedWords += d.loadedWords
        }
      for (const v of summary.voices) {
        if (!mine.has(v.source)) continue
        const key = `${v.speaker}\u0000${v.country ?? ""}`
        const seen = voices.get(key) ?? {
          speaker: v.speaker,
          ...(v.country !== undefined ? { country: v.country } : {}),
          quotes: 0,
          indirect: 0,
          words: 0,
          stories: 0,
          storyIds: new Set<string>()
        }
        seen.quotes += v.quotes
        seen.indirect += v.indirect
        seen.words += v.words
        seen.storyIds.add(story.id)
        voices.set(key, seen)
      }
    }
    const ranking = [...voices.values()]
      .map(({ storyIds, ...v }) => ({ ...v, stories: storyIds.size }))
      .sort(
        (a, b) =>
          b.quotes + b.indirect - (a.quotes + a.indirect) ||
          b.words - a.words ||
          byCodeUnit(a.speaker, b.speaker) ||
          byCodeUnit(a.country ?? "", b.country ?? "")
      )
      .slice(0, voicesPerOutlet)
    return {
      outlet,
      articles: articles.get(outlet) ?? 0,
      stories: carried.length,
      blindspots: blindspots.map((s) => s.id),
      exclusives: exclusives.map((s) => s.id),
      ...tally,
      voices: ranking
    }
  })
}

/** The whole index. */
export const buildIndex = (
  stories: readonly PlannedStory[],
  outcomes: ReadonlyMap<string, StoryOutcome>,
  context: IndexContext
): StoriesIndex => {
  const ranked = rankStories(stories)
  return {
    schemaVersion: STORIES_SCHEMA_VERSION,
    ...(context.generator !== undefined ? { generator: { ...context.generator } } : {}),
    articles: context.articles,
    skipped: context.skipped,
    clustering: {
      method:
        "blocking on shared rare words and names within the date window; a calibrated logistic same-event model on word, lead and name similarity, day and year; average-link agglomeration",
      threshold: context.threshold,
      windowDays: context.windowDays
    },
    stories: ranked.map((s) => storyEntry(s, outcomes.get(s.id))),
    outlets: outletSummaries(ranked, outcomes)
  }
}
