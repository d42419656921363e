/**
 * What the index keeps of one story's comparison (`stories/<id>/story.json`): its input hash, which article each
 * source is, the findings counted by kind, and each source's distancing devices and voices. It is written last,
 * after the story's report and comparison, so its presence with the same input hash means the story is done.
 */
import { type Comparison, FindingCounts } from "@diplo/model"
import * as z from "zod"

const count = z.int().nonnegative()

export const StorySummary = z.strictObject({
  id: z.string(),
  inputHash: z.string().regex(/^[0-9a-f]{64}$/),
  sources: z.array(
    z.strictObject({ source: z.string(), article: z.string(), outlet: z.string().optional(), words: count })
  ),
  findings: FindingCounts,
  distance: z.array(z.strictObject({ source: z.string(), hedges: count, scareQuotes: count, loadedWords: count })),
  voices: z.array(
    z.strictObject({
      source: z.string(),
      speaker: z.string(),
      country: z.string().optional(),
      quotes: count,
      indirect: count,
      words: count
    })
  )
})
export type StorySummary = z.infer<typeof StorySummary>

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

/** Words in a text, as the index counts them for rates per 1,000 words. */
export const wordCount = (text: string): number => {
  let n = 0
  for (const _ of text.matchAll(WORD)) n++
  return n
}

/** The summary of a story's comparison; `articles` maps each source id to its article id and outlet. */
export const summarize = (
  story: { readonly id: string; readonly inputHash: string },
  comparison: Comparison,
  articles: ReadonlyMap<string, { readonly id: string; readonly outlet?: string }>
): StorySummary => {
  const findings = { agreement: 0, discrepancy: 0, framing: 0, omission: 0 }
  for (const f of comparison.findings) findings[f.kind]++
  const actors = new Map(comparison.actors.map((a) => [a.id as string, a]))
  return {
    id: story.id,
    inputHash: story.inputHash,
    sources: comparison.sources.map((s) => {
      const article = articles.get(s.id)
      return {
        source: s.id,
        article: article?.id ?? s.id,
        ...(article?.outlet !== undefined ? { outlet: article.outlet } : {}),
        words: wordCount(s.text)
      }
    }),
    findings,
    distance: comparison.views.distance.map((d) => ({
      source: d.sourceId,
      hedges: d.hedges,
      scareQuotes: d.scareQuotes,
      loadedWords: d.loadedWords
    })),
    voices: comparison.views.voice.flatMap((v) => {
      if (v.speakerId === null) return []
      const actor = actors.get(v.speakerId)
      const country = v.country ?? actor?.country
      return [
        {
          source: v.sourceId,
          speaker: actor?.name ?? v.speakerId,
          ...(country !== undefined ? { country } : {}),
          quotes: v.quotes,
          indirect: v.indirect,
          words: v.words
        }
      ]
    })
  }
}

/** Parses a story.json read back from disk; null when it is not one (then the story is compared again). */
export const parseSummary = (value: unknown): StorySummary | null => {
  const parsed = StorySummary.safeParse(value)
  return parsed.success ? parsed.data : null
}
