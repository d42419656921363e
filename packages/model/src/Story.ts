import * as z from "zod"
import { IsoDate, SourceId } from "./Ids.js"

/** The version of the stories index contract (`diplo stories --out DIR` writes `DIR/index.json`). */
export const STORIES_SCHEMA_VERSION = "1"

const count = z.int().nonnegative()

/** One article of a story: who published it and when, and its source id in the story's comparison. */
export const StoryArticle = z
  .strictObject({
    id: z.string().min(1).meta({ description: "The JSON Lines `id` of the article, else its path as given." }),
    outlet: z.string().min(1).optional(),
    publishedAt: IsoDate.optional(),
    title: z.string().optional(),
    url: z.string().optional(),
    source: SourceId.optional().meta({
      description: "Its source id (A, B, ...) in the story's comparison; absent when the article was not compared."
    })
  })
  .meta({ id: "StoryArticle", description: "An article of a story, as the index lists it." })
export type StoryArticle = z.infer<typeof StoryArticle>

/** Why two articles of a story were put together: the pair's signals and the model's probability. */
export const StoryLink = z
  .strictObject({
    a: z.string().min(1).meta({ description: "An article id." }),
    b: z.string().min(1).meta({ description: "The other article id." }),
    probability: z.number().min(0).max(1).meta({ description: "The same-event model's probability for the pair." }),
    signals: z
      .record(z.string(), z.number())
      .meta({ description: "The signals behind it: words, lead and names similarity, same day, same year." })
  })
  .meta({ id: "StoryLink", description: "The strongest tie of an article to the rest of its story." })
export type StoryLink = z.infer<typeof StoryLink>

/** Why the articles of a story belong together. */
export const StoryReason = z
  .strictObject({
    names: z.array(z.string()).meta({ description: "Names (actors, places) that most of its articles share." }),
    words: z.array(z.string()).meta({ description: "Other rare words that most of its articles share." }),
    links: z.array(StoryLink).meta({ description: "The strongest ties that join its articles into one story." })
  })
  .meta({ id: "StoryReason", description: "The evidence the clustering joined a story's articles on." })
export type StoryReason = z.infer<typeof StoryReason>

/** Counts of a comparison's findings by kind. */
export const FindingCounts = z
  .strictObject({ agreement: count, discrepancy: count, framing: count, omission: count })
  .meta({ id: "FindingCounts" })
export type FindingCounts = z.infer<typeof FindingCounts>

/** What became of a story's comparison. */
export const StoryComparison = z
  .discriminatedUnion("status", [
    z.strictObject({
      status: z.literal("done"),
      report: z.string().meta({ description: "The Markdown report, relative to the index." }),
      json: z
        .string()
        .meta({ description: "The comparison as JSON (the Comparison contract), relative to the index." }),
      findings: FindingCounts
    }),
    z.strictObject({
      status: z.literal("pending").meta({ description: "Not compared in this run (another shard's, or not yet)." })
    }),
    z.strictObject({ status: z.literal("failed"), reason: z.string() })
  ])
  .meta({ id: "StoryComparison", description: "The per-story comparison: done (with its files), pending or failed." })
export type StoryComparison = z.infer<typeof StoryComparison>

/** One story: the articles of a collection that report one event. */
export const Story = z
  .strictObject({
    id: z
      .string()
      .regex(/^s-[0-9a-f]{12}$/)
      .meta({ description: "s- and 12 hex digits of a hash of its article ids: the same articles, the same id." }),
    articles: z.array(StoryArticle).min(1).meta({ description: "By date (undated last), outlet, then id." }),
    outlets: z.array(z.string()).meta({ description: "The outlets that carry it, by name." }),
    firstDay: IsoDate.nullable().meta({ description: "The earliest publication day of its articles." }),
    lastDay: IsoDate.nullable(),
    why: StoryReason,
    inputHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({ description: "SHA-256 of everything its comparison reads: a rerun skips the story while it is equal." }),
    comparison: StoryComparison.nullable().meta({
      description: "Its comparison; null when it has fewer than two outlets (nothing to compare)."
    })
  })
  .meta({ id: "Story", description: "The articles that report one event, why they belong together, their comparison." })
export type Story = z.infer<typeof Story>

/** How often an outlet quotes or paraphrases one speaker, across the stories it carries. */
export const OutletVoice = z
  .strictObject({
    speaker: z.string().meta({ description: "The speaker's name as the comparisons give it." }),
    country: z.string().optional(),
    quotes: count,
    indirect: count,
    words: count,
    stories: count.meta({ description: "Stories in which the outlet gives this speaker a voice." })
  })
  .meta({ id: "OutletVoice" })
export type OutletVoice = z.infer<typeof OutletVoice>

/** One outlet across the collection: what it covers, what it misses, and its distancing devices and voices. */
export const OutletSummary = z
  .strictObject({
    outlet: z.string().min(1),
    articles: count,
    stories: count.meta({ description: "Stories it carries." }),
    blindspots: z
      .array(z.string())
      .meta({ description: "Stories at least two other outlets carry and this one does not (story ids, by rank)." }),
    exclusives: z.array(z.string()).meta({ description: "Stories only this outlet carries (story ids, by rank)." }),
    compared: count.meta({ description: "Its articles that were compared (the figures below are of those)." }),
    words: count.meta({ description: "Words in its compared articles." }),
    hedges: count,
    scareQuotes: count,
    loadedWords: count,
    voices: z.array(OutletVoice).meta({ description: "The speakers it gives most voice to, most first." })
  })
  .meta({ id: "OutletSummary", description: "An outlet's coverage, blindspots, distancing devices and voices." })
export type OutletSummary = z.infer<typeof OutletSummary>

/** `DIR/index.json` of `diplo stories`: every story of a collection, ranked by coverage, and every outlet. */
export const StoriesIndex = z
  .strictObject({
    schemaVersion: z.literal(STORIES_SCHEMA_VERSION),
    generator: z.strictObject({ name: z.string(), version: z.string() }).optional(),
    articles: count.meta({ description: "Articles clustered." }),
    skipped: count.meta({ description: "Bad articles skipped (--skip-bad); each was reported on stderr." }),
    clustering: z
      .strictObject({
        method: z.string(),
        threshold: z.number(),
        windowDays: z.number()
      })
      .meta({ description: "How the stories were made." }),
    stories: z
      .array(Story)
      .meta({ description: "Ranked by coverage: outlets, then articles, then first day, then id." }),
    outlets: z.array(OutletSummary).meta({ description: "By name." })
  })
  .superRefine((index, ctx) => {
    const ids = new Set<string>()
    const articles = new Set<string>()
    for (const [i, story] of index.stories.entries()) {
      if (ids.has(story.id))
        ctx.addIssue({ code: "custom", message: `duplicate story id "${story.id}"`, path: ["stories", i, "id"] })
      ids.add(story.id)
      for (const [j, article] of story.articles.entries()) {
        if (articles.has(article.id))
          ctx.addIssue({
            code: "custom",
            message: `article "${article.id}" is in two stories`,
            path: ["stories", i, "articles", j, "id"]
          })
        articles.add(article.id)
      }
    }
    for (const [i, outlet] of index.outlets.entries())
      for (const [key, list] of [
        ["blindspots", outlet.blindspots],
        ["exclusives", outlet.exclusives]
      ] as const)
        for (const [j, id] of list.entries())
          if (!ids.has(id))
            ctx.addIssue({ code: "custom", message: `unknown story "${id}"`, path: ["outlets", i, key, j] })
  })
  .meta({ id: "StoriesIndex", description: "The stories of a collection (diplo stories): diplo's index contract." })
export type StoriesIndex = z.infer<typeof StoriesIndex>
