/**
 * Real prose of a chosen length for npm run bench: BASIL dev articles (one pool per outlet, in event order, so the
 * first sources of a comparison report the same events), or, without the corpus, the repository's example pair.
 */
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { type BasilArticle, loadBasil } from "../basil-corpus.js"
import { exampleFiles } from "../example-files.js"

/** An article as paragraphs of sentences. */
export type ArticleProse = readonly (readonly string[])[]

/** Where the bench's texts come from: one pool of articles per outlet. */
export interface ProseSource {
  /** One sentence for the report, e.g. "BASIL dev: 141 articles (Fox, NYT, HuffPost)". */
  readonly origin: string
  readonly pools: readonly (readonly ArticleProse[])[]
  /** How far apart (in articles) the starts of two sources from the same pool are. */
  readonly stride: number
  /** True when BASIL was missing and the example pair is repeated instead. */
  readonly fallback: boolean
}

/** A composed text and what it holds. */
export interface Composed {
  readonly text: string
  readonly words: number
  /** True when the pool ran out and articles were used a second time. */
  readonly repeated: boolean
}

const wordCount = (sentence: string): number => {
  let words = 0
  let inWord = false
  for (const ch of sentence) {
    const space = ch === " " || ch === "\n" || ch === "\t" || ch === "\r" || ch === "\u00a0"
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

/**
 * Joins articles from `pool`, starting at article `start` and going round when it runs out: sentences with one
 * space inside a paragraph, a blank line between paragraphs and between articles. Stops at the end of the first
 * sentence that brings the count to `targetWords` or more, so the text ends where a sentence ends.
 * Throws when the pool holds no words.
 */
export const compose = (pool: readonly ArticleProse[], start: number, targetWords: number): Composed => {
  const hasWords = pool.some((article) => article.some((paragraph) => paragraph.some((s) => wordCount(s) > 0)))
  if (!hasWords) throw new Error("diplo bench: the article pool holds no words")
  let text = ""
  let words = 0
  let used = 0
  for (let k = 0; words < targetWords; k++) {
    const article = pool[(((start + k) % pool.length) + pool.length) % pool.length]!
    used++
    for (const paragraph of article) {
      let opened = false
      for (const sentence of paragraph) {
        const trimmed = sentence.trim()
        if (trimmed === "") continue
        if (text !== "") text += opened ? " " : "\n\n"
        opened = true
        text += trimmed
        words += wordCount(trimmed)
        if (words >= targetWords) break
      }
      if (words >= targetWords) break
    }
  }
  return { text, words, repeated: used > pool.length }
}

/** An article's sentences grouped by paragraph, in order. */
export const basilProse = (article: BasilArticle): ArticleProse => {
  const paragraphs: string[][] = []
  let current: number | null = null
  for (const s of [...article.sentences].sort((a, b) => a.idx - b.idx)) {
    if (s.paragraph !== current || paragraphs.length === 0) paragraphs.push([])
    current = s.paragraph
    paragraphs.at(-1)!.push(s.text)
  }
  return paragraphs
}

const OUTLETS = ["fox", "nyt", "hpo"] as const

/** Sentences of a plain body: paragraphs at blank lines, sentences after . ! or ? followed by a space. */
const plainProse = (body: string): ArticleProse =>
  body
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== ""))
    .filter((paragraph) => paragraph.length > 0)

/**
 * The bench's texts: BASIL dev under `corpusDir` (one pool per outlet, articles in the order their events first
 * appear), or the bundled example pair (examples/examples.json) when BASIL is missing.
 */
export const loadProse = (corpusDir: string, repoRoot: string): ProseSource => {
  const basil = loadBasil(corpusDir)
  if (basil !== null && basil.articles.length > 0) {
    const order = new Map<string, number>()
    for (const a of basil.articles) if (!order.has(a.triplet_uuid)) order.set(a.triplet_uuid, order.size)
    const pools = OUTLETS.map((outlet) =>
      basil.articles
        .filter((a) => a.source === outlet)
        .sort((a, b) => order.get(a.triplet_uuid)! - order.get(b.triplet_uuid)!)
        .map(basilProse)
    ).filter((pool) => pool.length > 0)
    const words = pools.map((pool) => pool.reduce((s, a) => s + a.flat().reduce((t, x) => t + wordCount(x), 0), 0))
    return {
      origin: `BASIL dev (${join(corpusDir, "basil")}): ${basil.articles.length} articles, one pool per outlet (Fox, NYT, HuffPost; ${words.map((w) => `${Math.round(w / 1000)}k`).join(", ")} words)`,
      pools,
      stride: 3,
      fallback: false
    }
  }
  const example = exampleFiles(repoRoot)
  const files = example.articles.map((f) => join(repoRoot, f)).filter((f) => existsSync(f))
  if (files.length === 0)
    throw new Error(
      `diplo bench: neither BASIL under ${corpusDir} nor the examples in ${join(repoRoot, example.folder)}`
    )
  // The example format starts with " date YYYY-MM-DD "; the body follows.
  const bodies = files.map((f) => readFileSync(f, "utf8").replace(/^ ?date \d{4}-\d{2}-\d{2} ?/, ""))
  return {
    origin: `BASIL not found under ${corpusDir}: the example pair (${example.folder}) repeated to length`,
    pools: bodies.map((body) => [plainProse(body)]),
    stride: 1,
    fallback: true
  }
}

/**
 * The text of source `index` (0-based) of a comparison, about `targetWords` long: source i reads pool i mod P,
 * starting `stride` articles further on for each round of P sources, so sources of one pool do not overlap
 * while the pool lasts.
 */
export const sourceText = (prose: ProseSource, index: number, targetWords: number): Composed => {
  const pools = prose.pools.length
  const pool = prose.pools[index % pools]!
  return compose(pool, Math.floor(index / pools) * prose.stride, targetWords)
}
