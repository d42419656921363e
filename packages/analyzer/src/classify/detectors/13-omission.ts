import type { Source } from "@diplo/model"
import { porterStem } from "../../adapters/stemmer.js"
import stopwordList from "../../lexicons/english-stopwords.json" with { type: "json" }
import type { Statement } from "../../align/2-statements.js"
import type { Context } from "../Context.js"
import type { Detection } from "../draft.js"
import { quantitiesOf } from "../facets.js"
import { bodyLeadOf, claimSpan, type Detector, sentenceSpan } from "./shared.js"

/** Fewest words of a statement reported as left out: shorter pieces are fragments of a sentence, not content. */
const MIN_WORDS = 5
/** Weight of an omission two sources carry against one only one carries. */
const MULTI_CARRIER = 0.8

const STOPWORDS: ReadonlySet<string> = new Set(stopwordList.entries.filter((w) => w.length > 1))

const stemsOf = (s: Statement): string[] => {
  const stop = STOPWORDS
  return [
    ...new Set(
      s.tokens
        .filter((t) => t.kind === "word" && t.lower.length > 2 && !stop.has(t.lower))
        .map((t) => porterStem(t.lower))
    )
  ]
}

/**
 * What makes a left-out statement worth a reader's time, 0..1: someone's words, figures, a typed event, the actors it
 * names (how prominent they are in the coverage: their mentions over the most mentioned actor's) and an early place.
 */
const weightOf = (s: Statement, prominence: (id: string) => number): number => {
  const attributed = s.claim.attribution !== "narrator" ? 1 : 0
  const figures = quantitiesOf(s).length > 0 ? 1 : 0
  const event = s.events.some((e) => e.type !== "statement") ? 1 : 0
  const actors = Math.max(0, ...s.actorIds.map(prominence))
  const total = s.doc.sentences.length
  const position = total <= 1 ? 1 : 1 - s.sentenceIndex / total
  return 0.2 * attributed + 0.2 * figures + 0.15 * event + 0.3 * actors + 0.15 * position
}

/**
 * Content only some sources carry: consecutive statements of one paragraph that no statement of another source
 * covers (aligned, copied, or told in other words: most of its content words in one paragraph there) become one
 * omission, weighed by salience; the most salient few are reported. It is a later-event omission for a silent source
 * published before the date the statements tell of (the carrier on or after it), so the report does not blame it.
 */
export const omissions: Detector = (ctx: Context) => {
  const mentions = new Map<string, number>()
  for (const a of ctx.actors.values()) mentions.set(a.id, a.mentions.length)
  const top = Math.max(1, ...mentions.values())
  const prominence = (id: string) => (mentions.get(id) ?? 0) / top
  // Content stems of each paragraph of each source, for the coverage by other words.
  const paragraphStems = new Map<string, Set<string>[]>()
  for (const [sourceId, list] of ctx.bySource) {
    const byParagraph = new Map<number, Set<string>>()
    for (const s of list) {
      const set = byParagraph.get(s.sentence.paragraph) ?? new Set<string>()
      for (const stem of stemsOf(s)) set.add(stem)
      byParagraph.set(s.sentence.paragraph, set)
    }
    paragraphStems.set(sourceId, [...byParagraph.values()])
  }
  // How much of a statement's content words one paragraph of another source holds at most, 0..1.
  const coverage = (s: Statement, sourceId: string): number => {
    const stems = stemsOf(s)
    if (stems.length === 0) return 1
    let best = 0
    for (const set of paragraphStems.get(sourceId) ?? [])
      best = Math.max(best, stems.filter((x) => set.has(x)).length / stems.length)
    return best
  }
  const toldIn = (s: Statement, sourceId: string): boolean =>
    ctx.partners(s).some((p) => p.sourceId === sourceId) ||
    ctx.twins(s, sourceId).length > 0 ||
    coverage(s, sourceId) >= ctx.tuning.coveredShare
  const salient = (s: Statement) =>
    s.tokens.filter((t) => t.kind === "word").length >= MIN_WORDS &&
    (s.claim.attribution !== "narrator" ||
      s.events.some((e) => e.type !== "statement") ||
      quantitiesOf(s).length > 0 ||
      s.mentions.length > 0)
  const out: (Detection & { readonly weight: number })[] = []
  const told = new Set<string>()
  let run: Statement[] = []
  let runAbsent = ""
  const flush = () => {
    if (run.length === 0) return
    const present = run[0]!.source
    const absent = ctx.sources.filter((s) => runAbsent.split("|").includes(s.id))
    const partners = run.flatMap((s) => ctx.partners(s)).filter((p) => !absent.some((a) => a.id === p.sourceId))
    for (const p of partners) told.add(p.claimId)
    const carriers = ctx.sources.filter((s) => s.id === present.id || partners.some((p) => p.sourceId === s.id))
    const dates = run
      .map((s) => s.date)
      .filter((d) => d !== null)
      .sort()
    const date = dates[dates.length - 1] ?? null
    // A date after the silent sources were published, and not after the carrier was: an event the carrier reports as
    // past (a date still to come for the carrier too is a plan or a forecast every source could have reported).
    const later =
      date !== null &&
      absent.every((s) => s.publishedAt !== null && s.publishedAt < date) &&
      (present.publishedAt === null || present.publishedAt >= date)
    // What only one source carries is its own reporting; what two carry and a third lacks is more often a matter the
    // third told in words the aligner did not pair.
    const weight = Math.max(...run.map((s) => weightOf(s, prominence))) * (carriers.length === 1 ? 1 : MULTI_CARRIER)
    const uncovered = 1 - Math.max(...run.flatMap((s) => absent.map((a) => coverage(s, a.id))))
    const sentences = [...new Map(run.map((s) => [s.sentence.start, s])).values()]
    out.push({
      kind: "omission",
      type: later ? "later-event" : "content",
      severity: later ? "info" : weight >= 0.6 ? "major" : "minor",
      presentIn: carriers.map((s) => s.id),
      absentFrom: absent.map((s) => s.id),
      evidence: [...sentences.map(sentenceSpan), ...partners.map(claimSpan)],
      sourceIds: carriers.map((s) => s.id),
      about: {
        type: "omission",
        text: sentences.map((s) => s.source.text.slice(s.sentence.start, s.sentence.end)).join(" "),
        later: later ? { date: date!, published: absent.map((s: Source) => s.publishedAt ?? "?") } : null
      },
      // How surely it is left out (no paragraph elsewhere holds its words) times how much its content weighs.
      strength: uncovered * weight,
      weight
    })
    run = []
  }
  // One sentence, one verdict: a source leaves a sentence out where it leaves out any salient statement of it, so a
  // sentence is never "only in B" and "only in B and C" at once (a clause the third source tells does not save the
  // sentence's main content from being left out).
  const silentOf = (s: Statement) => ctx.sources.filter((o) => o.id !== s.sourceId && !toldIn(s, o.id)).map((o) => o.id)
  const silentBySentence = new Map<string, Set<string>>()
  const sentenceKey = (s: Statement) => `${s.sourceId}:${s.sentence.start}`
  for (const s of ctx.statements) {
    if (!salient(s)) continue
    const set = silentBySentence.get(sentenceKey(s)) ?? new Set<string>()
    for (const id of silentOf(s)) set.add(id)
    silentBySentence.set(sentenceKey(s), set)
  }
  // A source's lead (its first sentence after the headline) is what the emphasis finding sets side by side with the
  // others' leads: a lead told in other words elsewhere is no omission, and one that is not is a difference of emphasis.
  const leads = new Set(
    [...ctx.bySource.values()].flatMap((list) => {
      const first = bodyLeadOf(list)
      return first === undefined ? [] : [sentenceKey(first)]
    })
  )
  for (const s of ctx.statements) {
    const left = silentBySentence.get(sentenceKey(s))
    const silent = ctx.sources.filter((o) => left?.has(o.id) ?? false).map((o) => o.id)
    const key = silent.join("|")
    const continues =
      run.length > 0 &&
      run[0]!.sourceId === s.sourceId &&
      run[run.length - 1]!.sentence.paragraph === s.sentence.paragraph &&
      key === runAbsent
    if (!continues) flush()
    if (silent.length === 0 || !salient(s) || s.headline || leads.has(sentenceKey(s)) || told.has(s.claimId)) {
      flush()
      continue
    }
    runAbsent = key
    run.push(s)
  }
  flush()
  // The most salient few; ties by source order and position, so the choice does not depend on the input order.
  const order = new Map(ctx.sources.map((s, i) => [s.id as string, i]))
  return out
    .filter((d) => d.weight >= ctx.tuning.omissionMinSalience || d.type === "later-event")
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        (order.get(a.evidence[0]!.sourceId) ?? 0) - (order.get(b.evidence[0]!.sourceId) ?? 0) ||
        a.evidence[0]!.start - b.evidence[0]!.start
    )
    .slice(0, ctx.tuning.omissionsPerEvent)
    .map(({ weight: _, ...d }) => d as Detection)
}
