/**
 * The stories cases of npm run bench: `diplo stories` on collections made from the corpora, clustering alone and
 * the whole run (read, cluster, compare every story of two or more outlets, write), each in a child process of its
 * own so its peak memory is its own. The collection is n articles: BASIL and NewsWCL50 dev articles (outlets and
 * days as the corpora give them), copied in as many variants as it takes; each variant swaps every word of four or
 * more letters for another word of the corpora's vocabulary (a fixed permutation per variant, capitals kept) and
 * moves the day by one day per variant, so a variant is another event of the same shape, size and outlets.
 */
import { createHash } from "node:crypto"
import { createWriteStream, mkdtempSync, rmSync } from "node:fs"
import { availableParallelism, tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { type ArticleText, clusterProfiles, ProfileBuilder } from "@diplo/stories"
import { basilStories, newswcl50Stories } from "../stories-corpora.js"

export interface StoriesSpec {
  readonly kind: "stories"
  /** "cluster": read and cluster only; "run": the whole diplo stories run, comparisons included. */
  readonly what: "cluster" | "run"
  readonly articles: number
}

export interface StoriesResult {
  readonly kind: "stories"
  readonly what: "cluster" | "run"
  readonly articles: number
  readonly stories: number
  readonly compared: number
  readonly wallMs: number
  readonly cpuMs: number
  readonly threads: number
  readonly maxRss: number
}

const WORD = /\p{L}{4,}/gu

/** The n articles of the bench collection, made from the corpora as the header says. */
export const benchArticles = (corpusDir: string, n: number): ArticleText[] => {
  const base = [basilStories(corpusDir), newswcl50Stories(corpusDir)].flatMap((c) => (c === null ? [] : c.articles))
  if (base.length === 0) throw new Error(`diplo bench: no BASIL or NewsWCL50 under ${corpusDir}`)
  const vocabulary = [
    ...new Set(base.flatMap((a) => `${a.title ?? ""} ${a.text}`.toLowerCase().match(WORD) ?? []))
  ].sort()
  const rank = new Map(vocabulary.map((w, i) => [w, i]))
  const shift = (day: string | undefined, by: number): string | undefined => {
    if (day === undefined) return undefined
    const time = Date.parse(`${day}T00:00:00Z`) + by * 86_400_000
    return new Date(time).toISOString().slice(0, 10)
  }
  const out: ArticleText[] = []
  for (let i = 0; out.length < n; i++) {
    const variant = Math.floor(i / base.length)
    const a = base[i % base.length]!
    // Each variant rotates the sorted vocabulary by its own stride: a one-to-one swap, different per variant.
    const stride = 7919 * (variant + 1)
    const swap = (text: string) =>
      variant === 0
        ? text
        : text.replace(WORD, (word) => {
            const lower = word.toLowerCase()
            const next = vocabulary[(rank.get(lower)! + stride) % vocabulary.length]!
            return word[0] === word[0]!.toUpperCase() ? next[0]!.toUpperCase() + next.slice(1) : next
          })
    const day = shift(a.publishedAt, variant)
    out.push({
      id: `${createHash("sha256").update(`${variant}/${a.id}`).digest("hex").slice(0, 16)}`,
      ...(a.outlet !== undefined ? { outlet: a.outlet } : {}),
      ...(day !== undefined ? { publishedAt: day } : {}),
      ...(a.title !== undefined ? { title: swap(a.title) } : {}),
      text: swap(a.text)
    })
  }
  return out
}

const maxRss = (): number => process.resourceUsage().maxRSS * 1024

/** Runs one stories case in this (child) process. */
export const runStoriesCase = async (
  spec: StoriesSpec,
  corpusDir: string,
  repoRoot: string
): Promise<StoriesResult> => {
  const articles = benchArticles(corpusDir, spec.articles)
  const threads = availableParallelism()
  if (spec.what === "cluster") {
    const cpu = process.cpuUsage()
    const started = performance.now()
    const builder = new ProfileBuilder()
    for (const a of articles) builder.add(a)
    const { profiles, display } = builder.finish()
    const clusters = clusterProfiles(profiles, display)
    const wallMs = performance.now() - started
    const used = process.cpuUsage(cpu)
    return {
      kind: "stories",
      what: "cluster",
      articles: articles.length,
      stories: clusters.length,
      compared: 0,
      wallMs,
      cpuMs: (used.user + used.system) / 1000,
      threads: 1,
      maxRss: maxRss()
    }
  }
  const dir = mkdtempSync(join(tmpdir(), "diplo-bench-stories-"))
  try {
    const input = join(dir, "collection.jsonl")
    const stream = createWriteStream(input)
    for (const a of articles) stream.write(`${JSON.stringify(a)}\n`)
    await new Promise<void>((done) => stream.end(done))
    articles.length = 0
    // The report app's own run, as `diplo stories collection.jsonl --out DIR` makes it (no package cycle: by path).
    const runUrl = pathToFileURL(resolve(repoRoot, "apps/report/dist/stories/Run.js")).href
    const { runStories } = (await import(runUrl)) as {
      runStories: (run: Record<string, unknown>) => Promise<{ articles: number; stories: number; compared: number }>
    }
    const cpu = process.cpuUsage()
    const started = performance.now()
    const result = await runStories({
      files: [{ path: input, location: input, kind: "jsonl" }],
      out: join(dir, "out"),
      skipBad: false,
      shard: undefined,
      queue: undefined,
      threads,
      windowDays: 7,
      maxPerStory: 12,
      maxBytes: 1024 * 1024,
      version: "bench",
      generator: { name: "bench", version: "0" },
      progress: { phase: () => undefined, tick: () => undefined, say: () => undefined, stop: () => undefined }
    })
    const wallMs = performance.now() - started
    const used = process.cpuUsage(cpu)
    return {
      kind: "stories",
      what: "run",
      articles: result.articles,
      stories: result.stories,
      compared: result.compared,
      wallMs,
      cpuMs: (used.user + used.system) / 1000,
      threads,
      maxRss: maxRss()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const fmt = (x: number, digits = 0): string => x.toLocaleString("en-US", { maximumFractionDigits: digits })

/** The stories section of docs/performance.md. */
export const renderStories = (results: readonly StoriesResult[]): string => {
  const lines = [
    "## Stories (`diplo stories`)",
    "",
    "Collections made from BASIL and NewsWCL50 dev articles in variants (each variant swaps every word of four or more letters for another of the corpora's vocabulary and moves the day by one day per variant: another event of the same shape and outlets), read from one JSON Lines file. Clustering: read, profile, block, score, merge, in one thread. Whole run: `diplo stories` as the command runs it, every story of two or more outlets compared in the pool of worker threads and written, with the index and the findings table. Each case in a child process of its own; peak RSS is that process's, worker threads included.",
    "",
    "| case | articles | stories | compared | wall | CPU | threads | articles/s per core (wall) | articles per CPU second | peak RSS |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  ]
  for (const r of results)
    lines.push(
      `| ${r.what === "cluster" ? "clustering" : "whole run"} | ${fmt(r.articles)} | ${fmt(r.stories)} | ${fmt(r.compared)} | ${fmt(r.wallMs / 1000, 1)} s | ${fmt(r.cpuMs / 1000, 1)} s | ${r.threads} | ${fmt(r.articles / (r.wallMs / 1000) / r.threads, 1)} | ${fmt(r.articles / (r.cpuMs / 1000), 1)} | ${fmt(r.maxRss / 1e6)} MB |`
    )
  lines.push("")
  for (const what of ["cluster", "run"] as const) {
    const cases = results.filter((r) => r.what === what).sort((a, b) => a.articles - b.articles)
    const small = cases[0]
    const large = cases.at(-1)
    if (small === undefined || large === undefined || small === large) continue
    const n = large.articles / small.articles
    lines.push(
      `- ${what === "cluster" ? "Clustering" : "Whole run"}: ${fmt(n)}× the articles took ${(large.cpuMs / small.cpuMs).toFixed(2)}× the CPU time and ${(large.wallMs / small.wallMs).toFixed(2)}× the wall time (linear growth is ${fmt(n)}×); peak RSS ${fmt(small.maxRss / 1e6)} → ${fmt(large.maxRss / 1e6)} MB.`
    )
  }
  return `${lines.join("\n")}\n`
}
