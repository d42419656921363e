/**
 * Whether the articles given to `diplo compare` plainly report more than one event: the stories clustering, run on
 * them with a merge threshold half the calibrated one (so only articles that share almost nothing stay apart).
 * A comparison of unrelated articles is all omissions and noise; the warning says so and points to `diplo stories`.
 */
import type { ArticleInput } from "@diplo/analyzer"
import { CALIBRATED, type Cluster, clusterProfiles, ProfileBuilder } from "@diplo/stories"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"

/** How much looser than `diplo stories` the check is: groups apart even at this share of its threshold. */
export const LOOSENESS = 0.5

/** Fewer distinct words than this and an article cannot be placed in a story: the check leaves it out. */
export const LEAST_WORDS = 20

/**
 * The groups the articles fall into at the loose threshold (indexes into `articles`), leaving out articles not in
 * English or of too few words; null when fewer than two are left or one cannot be read.
 */
export const eventGroups = async (articles: readonly ArticleInput[]): Promise<number[][] | null> => {
  const { checkLanguage, ingest } = await import("@diplo/analyzer")
  const builder = new ProfileBuilder()
  for (const [i, article] of articles.entries()) {
    const exit = await Effect.runPromiseExit(ingest(article, "A"))
    // An article that cannot be read is the comparison's to report, not this check's.
    if (Exit.isFailure(exit)) return null
    const source = exit.value
    // Words of another language, or too few words, say nothing about the event here: such an article is left out.
    if (!checkLanguage(source.text, source.language).english) continue
    if (new Set(source.text.toLowerCase().match(/\p{L}+/gu) ?? []).size < LEAST_WORDS) continue
    builder.add({
      id: String(i).padStart(6, "0"),
      ...(source.publishedAt !== null ? { publishedAt: source.publishedAt } : {}),
      ...(source.title !== undefined ? { title: source.title } : {}),
      ...(source.url !== undefined ? { url: source.url } : {}),
      text: source.text
    })
  }
  if (builder.size < 2) return null
  const { profiles, display } = builder.finish()
  const model = { ...CALIBRATED, threshold: CALIBRATED.threshold * LOOSENESS }
  const clusters: Cluster[] = clusterProfiles(profiles, display, { model, blocking: { windowDays: 31 } })
  return clusters.map((c) => c.members.map((m) => Number(profiles[m]!.meta.id)))
}

/**
 * The stderr line for articles that are plainly not about one event, or null when they may be. `names` are the
 * articles as the user gave them.
 */
export const manyEventsWarning = async (
  articles: readonly ArticleInput[],
  names: readonly string[]
): Promise<string | null> => {
  if (articles.length < 2) return null
  const groups = await eventGroups(articles)
  if (groups === null || groups.length < 2) return null
  const shown = groups
    .slice(0, 4)
    .map((g) =>
      g
        .slice(0, 3)
        .map((i) => names[i] ?? `#${i + 1}`)
        .join(" ")
    )
    .join(" | ")
  return `diplo: warning: these ${articles.length} articles look like ${groups.length} different events, not one (${shown}${groups.length > 4 ? " | …" : ""}); diplo compare compares reports of one event: to group a collection into stories and compare each, run diplo stories ${names.length > 3 ? "FOLDER" : names.join(" ")} --out DIR`
}
