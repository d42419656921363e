/**
 * The dev collections the stories suite and its calibration cluster, each as articles the way `diplo stories`
 * reads them (id, outlet, date, title, url, text: whatever the corpus has) with the gold story of every article.
 * Nothing here is given to the clustering but the articles; the gold only scores it.
 */
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import type { ArticleText } from "@diplo/stories"
import { basilDate, loadBasil, rebuild } from "./basil-corpus.js"
import { rebuildText } from "./suites/newswcl50.js"

/** One collection to cluster, with its gold: article id → story. */
export interface StoryCollection {
  readonly name: string
  /** What it is, one line for the report. */
  readonly dataset: string
  readonly articles: readonly ArticleText[]
  readonly gold: ReadonlyMap<string, string>
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T)

/** BASIL dev: every article of the 47 events mixed together; gold = the event (triplet). */
export const basilStories = (corpusDir: string): StoryCollection | null => {
  const corpus = loadBasil(corpusDir)
  if (corpus === null) return null
  const articles: ArticleText[] = []
  const gold = new Map<string, string>()
  for (const a of corpus.articles) {
    const date = basilDate(a)
    articles.push({
      id: a.article_uuid,
      outlet: a.source,
      ...(date !== undefined ? { publishedAt: date } : {}),
      ...(a.title ? { title: a.title } : {}),
      text: rebuild(a.sentences).text
    })
    gold.set(a.article_uuid, a.triplet_uuid)
  }
  return {
    name: "basil",
    dataset: `BASIL dev: ${articles.length} articles of ${new Set(gold.values()).size} events (Fox, NYT, HuffPost) mixed together`,
    articles,
    gold
  }
}

interface EcbDocument {
  readonly doc_name: string
  readonly topic: number
  readonly subtopic: string
  readonly sentences: readonly { readonly sent: number; readonly tokens: readonly string[] }[]
}

/**
 * ECB+ dev topics: every document of every topic mixed together, no date, outlet or title (the corpus has none);
 * gold = the sub-topic, so the two similar events of a topic are different stories.
 */
export const ecbplusStories = (corpusDir: string): StoryCollection | null => {
  const path = join(corpusDir, "ecbplus", "documents.jsonl")
  if (!existsSync(path)) return null
  const docs = readJsonl<EcbDocument>(path)
  const articles = docs.map((d) => ({ id: d.doc_name, text: d.sentences.map((s) => s.tokens.join(" ")).join("\n") }))
  const gold = new Map(docs.map((d) => [d.doc_name, `${d.topic}/${d.subtopic}`]))
  const topics = new Set(docs.map((d) => d.topic)).size
  return {
    name: "ecbplus",
    dataset: `ECB+ dev: ${articles.length} documents of ${topics} topics, ${new Set(gold.values()).size} sub-topics, mixed together; no dates, outlets or titles`,
    articles,
    gold
  }
}

interface WclDocument {
  readonly doc_id: string
  readonly event_id: number
  readonly outlet: string
  readonly url?: string
  readonly sentences: Parameters<typeof rebuildText>[0]
}

/** NewsWCL50 dev: the five outlets' articles of every event mixed together (no date field; a URL); gold = the event. */
export const newswcl50Stories = (corpusDir: string): StoryCollection | null => {
  const path = join(corpusDir, "newswcl50", "documents.jsonl")
  if (!existsSync(path)) return null
  const docs = readJsonl<WclDocument>(path)
  const articles = docs.map((d) => ({
    id: d.doc_id,
    outlet: d.outlet,
    ...(d.url ? { url: d.url } : {}),
    text: rebuildText(d.sentences).text
  }))
  const gold = new Map(docs.map((d) => [d.doc_id, String(d.event_id)]))
  return {
    name: "newswcl50",
    dataset: `NewsWCL50 dev: ${articles.length} articles of ${new Set(gold.values()).size} events (five outlets each) mixed together`,
    articles,
    gold
  }
}

/** Every dev collection found under `corpusDir`. */
export const storyCollections = (corpusDir: string): StoryCollection[] =>
  [basilStories(corpusDir), ecbplusStories(corpusDir), newswcl50Stories(corpusDir)].filter(
    (c): c is StoryCollection => c !== null
  )

/**
 * ECB+ topic by topic: each topic's documents (its two similar events) as a collection of its own, the hard case
 * of a small, one-topic collection.
 */
export const ecbplusTopics = (ecbplus: StoryCollection): StoryCollection[] => {
  const topics = new Map<string, ArticleText[]>()
  for (const a of ecbplus.articles) {
    const topic = ecbplus.gold.get(a.id)!.split("/")[0]!
    topics.set(topic, [...(topics.get(topic) ?? []), a])
  }
  return [...topics.entries()].map(([topic, articles]) => ({
    name: `ecbplus topic ${topic}`,
    dataset: `ECB+ dev topic ${topic}: ${articles.length} documents of its two sub-topics`,
    articles,
    gold: new Map(articles.map((a) => [a.id, ecbplus.gold.get(a.id)!]))
  }))
}
