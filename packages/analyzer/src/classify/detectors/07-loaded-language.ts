import type { Range } from "../../Document.js"
import type { Statement } from "../../align/2-statements.js"
import type { Context } from "../Context.js"
import type { Detection } from "../draft.js"
import { loadedIn, strongLoadedIn } from "../facets.js"
import { claimSpan, type Detector, spanIn } from "./shared.js"

/**
 * Loaded language: words of the writer's own voice that take sides (see facets.loadedIn), in a statement another
 * source tells without them. Both sides are evidence: the loaded words, and the other source's statement of the same
 * matter. A word the other source also uses in its telling, or anywhere in its own voice, is no difference; words
 * inside quotation marks or reported speech are the speaker's, never the outlet's.
 */
export const loadedLanguage: Detector = (ctx: Context) => {
  const out: Detection[] = []
  const ownWords = new Map<string, Set<string>>()
  for (const s of ctx.statements) {
    const set = ownWords.get(s.sourceId) ?? new Set<string>()
    ownWords.set(s.sourceId, set)
    for (const r of loadedIn(s, ctx.tuning)) set.add(wordOf(s, r))
  }
  for (const s of ctx.statements) {
    const loaded = loadedIn(s, ctx.tuning)
    if (loaded.length === 0) continue
    const counterparts = counterpartsOf(ctx, s)
    if (counterparts.length === 0) {
      // A matter only this source tells: its strongest loaded words stand on their own.
      const strong = strongLoadedIn(s, ctx.tuning)
      if (strong.length > 0 && untold(ctx, s)) out.push(oneSided(s, "loaded-language", strong))
      continue
    }
    const contrast = loaded.filter((r) => {
      const w = wordOf(s, r)
      return counterparts.every(
        (c) => !(ownWords.get(c.sourceId)?.has(w) ?? false) && !c.claim.text.toLowerCase().includes(w)
      )
    })
    if (contrast.length === 0) continue
    // The other side tells it plainly: no loaded word of its own in its telling.
    const plain = counterparts.filter((c) => loadedIn(c, ctx.tuning).length === 0)
    if (plain.length === 0) continue
    out.push({
      kind: "framing",
      type: "loaded-language",
      severity: "minor",
      wordings: [
        { sourceIds: [s.sourceId], words: contrast.map((r) => s.source.text.slice(r.start, r.end)) },
        ...plain.map((c) => ({ sourceIds: [c.sourceId], words: [] }))
      ],
      evidence: [...contrast.map((r) => spanIn(s, r)), ...plain.map(claimSpan)],
      sourceIds: [s.sourceId, ...plain.map((c) => c.sourceId)],
      about: {
        type: "loaded-language",
        sourceId: s.sourceId,
        words: contrast.map((r) => s.source.text.slice(r.start, r.end)),
        counterparts: plain.map((c) => ({ sourceId: c.sourceId, text: c.claim.text }))
      },
      strength: Math.max(...plain.map((c) => ctx.scoreOf(s, c)))
    })
  }
  return out
}

const wordOf = (s: Statement, r: Range): string => s.source.text.slice(r.start, r.end).toLowerCase()

/**
 * The statement of each other source that tells the same matter best in that source's own words (its narrator's, or
 * its paraphrase of a speaker: a quotation is the speaker's wording, not the outlet's), where it is aligned well enough.
 */
export const counterpartsOf = (ctx: Context, s: Statement): Statement[] => {
  const bySource = new Map<string, Statement>()
  for (const p of ctx.partners(s))
    if (
      !bySource.has(p.sourceId) &&
      p.claim.attribution !== "direct-quote" &&
      ctx.scoreOf(s, p) >= ctx.tuning.counterpartShare
    )
      bySource.set(p.sourceId, p)
  return [...bySource.values()]
}

/** True when no other source tells the matter of a statement, in any words. */
export const untold = (ctx: Context, s: Statement): boolean => ctx.partners(s).length === 0

/** A framing finding on a statement only its source tells: the marked words, and no counterpart. */
export const oneSided = (
  s: Statement,
  type: "loaded-language" | "hedge" | "scare-quote",
  ranges: readonly Range[]
): Detection => {
  const words = ranges.map((r) => s.source.text.slice(r.start, r.end))
  return {
    kind: "framing",
    type,
    severity: "minor",
    wordings: [{ sourceIds: [s.sourceId], words }],
    evidence: ranges.map((r) => spanIn(s, r)),
    sourceIds: [s.sourceId],
    about: { type, sourceId: s.sourceId, words, counterparts: [] },
    strength: ONE_SIDED_STRENGTH
  }
}

/** Evidence strength of a one-sided framing finding: the words are plain, but no other telling confirms the contrast. */
const ONE_SIDED_STRENGTH = 0.4
