import type { Statement } from "../../align/2-statements.js"
import type { Token } from "../../Document.js"
import negation from "../../lexicons/negation.json" with { type: "json" }
import type { Context } from "../Context.js"
import type { Detection, DistributiveOmit } from "../draft.js"
import { normalizeWord } from "../text.js"
import { copiedSentences, type PairDiff } from "../wording.js"
import { type Detector, eventName, groupBy, sentenceSpan, spanIn } from "./shared.js"

const NEGATORS: ReadonlySet<string> = new Set(negation.entries.filter((w) => !w.includes(" ")))
const NON_NEGATING: ReadonlySet<string> = new Set(negation.nonNegating)

/**
 * Polarity discrepancies: one source says an event happened, another that it did not. Only events told firmly (not
 * in the future, in a claim put as a fact rather than a possibility or a condition) by strongly aligned statements,
 * with a participant in common: "won't have the meeting" and "a party meeting on Friday" tell of different meetings,
 * or of none yet. Also a negator one source inserts inside otherwise copied wording ("was expelled" / "was not").
 */
export const polarityDiscrepancies: Detector = (ctx: Context) => {
  const out: Detection[] = []
  for (const g of ctx.groups) {
    if (!g.strong) continue
    const found: Detection[] = []
    const firm = (m: Statement, future: boolean) => !future && m.claim.modality === "asserted"
    const typed = g.members.flatMap((m) =>
      m.events.filter((e) => e.type !== "statement" && firm(m, e.mention.tense === "future")).map((e) => ({ m, e }))
    )
    for (const [type, group] of groupBy(typed, (t) => t.e.type)) {
      const firsts = [...groupBy(group, (t) => t.m.sourceId).values()].map((list) => list[0]!)
      if (firsts.length < 2) continue
      const negated = firsts.filter((t) => t.e.mention.negated)
      const affirmed = firsts.filter((t) => !t.e.mention.negated)
      if (negated.length === 0 || affirmed.length === 0) continue
      if (!negated.some((n) => affirmed.some((a) => a.e.participants.some((p) => n.e.participants.includes(p)))))
        continue
      const words = (t: (typeof firsts)[number]) =>
        t.m.source.text.slice(t.e.mention.trigger.start, t.e.mention.trigger.end)
      found.push({
        kind: "discrepancy",
        type: "polarity",
        severity: "major",
        compatible: false,
        values: [
          { sourceIds: affirmed.map((t) => t.m.sourceId), value: "affirmed", text: words(affirmed[0]!) },
          { sourceIds: negated.map((t) => t.m.sourceId), value: "negated", text: words(negated[0]!) }
        ],
        evidence: firsts.map((t) => sentenceSpan(t.m)),
        sourceIds: firsts.map((t) => t.m.sourceId),
        alignmentId: g.alignment.id,
        about: { type: "polarity", event: eventName(type), worded: false },
        strength: g.alignment.score
      })
    }
    if (found.length === 0)
      for (let i = 0; i < g.members.length && found.length === 0; i++)
        for (let j = i + 1; j < g.members.length && found.length === 0; j++) {
          const [a, b] = [g.members[i]!, g.members[j]!]
          if (a.sourceId === b.sourceId) continue
          const diff = copiedSentences(a, b, ctx.tuning.sameWording)
          if (diff === null) continue
          const worded = wordedNegation(a, b, diff)
          if (worded !== null)
            found.push({ ...worded, alignmentId: g.alignment.id, strength: Math.max(0.8, g.alignment.score) })
        }
    out.push(...found)
  }
  return out
}

/** A negator one side inserts inside shared wording, with shared words around it; null when there is none. */
const wordedNegation = (
  a: Statement,
  b: Statement,
  diff: PairDiff
): DistributiveOmit<Detection, "alignmentId" | "strength"> | null => {
  const { wordsA, wordsB, changes } = diff
  const size = (p: (typeof changes)[number] | undefined) => (p === undefined ? 0 : (p.count ?? p.value.length))
  const shared = (p: (typeof changes)[number] | undefined) => p !== undefined && !p.added && !p.removed
  let ia = 0
  let ib = 0
  for (let k = 0; k < changes.length; k++) {
    const part = changes[k]!
    const n = size(part)
    if (shared(part)) {
      ia += n
      ib += n
      continue
    }
    const next = changes[k + 1]
    if (part.removed && next?.added) {
      ia += n
      ib += size(next)
      k++
      continue
    }
    const before = changes[k - 1]
    const after = next
    const anchored =
      (shared(before) || before === undefined) &&
      (shared(after) || after === undefined) &&
      size(before) + size(after) >= 3
    const inA = part.removed === true
    const inserted = inA ? wordsA.slice(ia, ia + n) : wordsB.slice(ib, ib + n)
    const at = inA ? ia : ib
    if (inA) ia += n
    else ib += n
    if (!anchored || inserted.length > 2 || !inserted.every((t) => NEGATORS.has(normalizeWord(t.lemma)))) continue
    const [negatedSide, negatedWords, plainSide, plainWords, plainAt] = inA
      ? ([a, wordsA, b, wordsB, ib] as const)
      : ([b, wordsB, a, wordsA, ia] as const)
    const following = negatedWords[at + inserted.length]
    if (following && NON_NEGATING.has(`${normalizeWord(inserted[inserted.length - 1]!.lower)} ${following.lower}`))
      continue
    const stretch = (s: Statement, tokens: readonly Token[]) =>
      spanIn(s, { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end })
    const negatedSpan = stretch(negatedSide, negatedWords.slice(Math.max(0, at - 1), at + inserted.length + 1))
    const plainSpan = stretch(plainSide, plainWords.slice(Math.max(0, plainAt - 1), plainAt + 1))
    return {
      kind: "discrepancy",
      type: "polarity",
      severity: "major",
      compatible: false,
      values: [
        { sourceIds: [plainSide.sourceId], value: "affirmed", text: plainSpan.text },
        { sourceIds: [negatedSide.sourceId], value: "negated", text: negatedSpan.text }
      ],
      evidence: [plainSpan, negatedSpan],
      sourceIds: [plainSide.sourceId, negatedSide.sourceId],
      about: { type: "polarity", event: null, worded: true }
    }
  }
  return null
}
