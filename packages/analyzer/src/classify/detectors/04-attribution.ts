import type { Statement } from "../../align/2-statements.js"
import type { Token } from "../../Document.js"
import { quotationsOverlapping } from "../../segment/Lookup.js"
import type { Context } from "../Context.js"
import type { Detection, DistributiveOmit } from "../draft.js"
import { copiedWords, sharedWords, substitutions } from "../wording.js"
import { type Detector, firstPerSource, spanIn, surnameOf } from "./shared.js"

const CONTENT_POS = new Set(["NOUN", "VERB", "ADJ", "ADV", "PROPN", "NUM"])

/**
 * Attribution discrepancies over the same quotation: the same words given to two different speakers (resolved
 * actors: one person under two names is one speaker, and an unresolved speaker conflicts with no one), and one
 * speaker's line quoted in different words ("closer to a nuclear bomb" / "closer to nuclear arms").
 */
export const attributionDiscrepancies: Detector = (ctx: Context) => {
  const out: Detection[] = []
  const seen = new Set<string>()
  for (const g of ctx.groups) {
    const quotes = firstPerSource(g.members.filter((m) => m.claim.attribution === "direct-quote"))
    for (let i = 0; i < quotes.length; i++)
      for (let j = i + 1; j < quotes.length; j++) {
        const [a, b] = [quotes[i]!, quotes[j]!]
        const key = `${a.claimId}|${b.claimId}`
        if (seen.has(key)) continue
        seen.add(key)
        const found = speakerConflict(ctx, a, b) ?? wordingConflict(ctx, a, b, a.tokens, b.tokens)
        if (found !== null) out.push({ ...found, alignmentId: g.alignment.id })
      }
    // A quotation the claims reader did not frame ("…,” the minister is shown saying) is still someone's words:
    // compare the quotations of the aligned sentences themselves.
    const quoted = firstPerSource(g.members.filter((m) => m.claim.attribution !== "direct-quote"))
    for (const a of [...quotes, ...quoted])
      for (const b of quoted) {
        if (a === b || a.sourceId === b.sourceId) continue
        const key = [a.claimId, b.claimId].sort().join("|")
        if (seen.has(key)) continue
        seen.add(key)
        const [qa, qb] = [quotedTokens(a), quotedTokens(b)]
        if (qa.length === 0 || qb.length === 0) continue
        const found = wordingConflict(ctx, a, b, qa, qb)
        if (found !== null) out.push({ ...found, alignmentId: g.alignment.id })
      }
  }
  return out
}

/** The tokens inside the writer-level quotations of a statement's sentence (a direct quote's are its own tokens). */
const quotedTokens = (s: Statement): readonly Token[] => {
  if (s.claim.attribution === "direct-quote") return s.tokens
  const quotations = quotationsOverlapping(s.doc, s.sentence)
  return s.sentenceTokens.filter((t) => quotations.some((q) => t.start >= q.inner.start && t.end <= q.inner.end))
}

/** True when the words naming the speaker are a name, not a pronoun or a relative word. */
const namedSpeaker = (s: Statement): boolean =>
  s.claim.speakerSpan !== undefined &&
  /^\p{Lu}/u.test(s.claim.speakerSpan.text) &&
  !/^(he|she|it|they|who|which)$/i.test(s.claim.speakerSpan.text)

/** One speaker, by id or by surname (a last guard against one person left as two actors). */
const sameSpeaker = (ctx: Context, a: Statement, b: Statement): boolean =>
  a.claim.speakerId === b.claim.speakerId ||
  (a.claim.speakerId !== null &&
    b.claim.speakerId !== null &&
    surnameOf(ctx.actorName(a.claim.speakerId)) === surnameOf(ctx.actorName(b.claim.speakerId)))

const speakerConflict = (
  ctx: Context,
  a: Statement,
  b: Statement
): DistributiveOmit<Detection, "alignmentId"> | null => {
  if (a.claim.speakerId === null || b.claim.speakerId === null || sameSpeaker(ctx, a, b)) return null
  // A pronoun is a weaker attribution than a name: two sources conflict over who said it only where both name them.
  if (!namedSpeaker(a) || !namedSpeaker(b)) return null
  if (copiedWords(a.tokens, b.tokens, ctx.tuning.sameWording) === null) return null
  // A source that also gives the words to the other's speaker does not disagree.
  const alsoGiven = (x: Statement, y: Statement) =>
    ctx.twins(x, y.sourceId).some((t) => t.claim.speakerId === x.claim.speakerId)
  if (alsoGiven(a, b) || alsoGiven(b, a)) return null
  return {
    kind: "discrepancy",
    type: "attribution",
    severity: "major",
    compatible: false,
    values: [a, b].map((q) => ({
      sourceIds: [q.sourceId],
      value: ctx.actorName(q.claim.speakerId!),
      text: q.claim.speakerSpan?.text ?? ctx.actorName(q.claim.speakerId!)
    })),
    evidence: [a, b].map((q) => q.claim.speakerSpan ?? spanIn(q, q.claim)),
    sourceIds: [a.sourceId, b.sourceId],
    about: { type: "attribution", mode: "speaker", speaker: null },
    strength: 0.9
  }
}

const wordingConflict = (
  ctx: Context,
  a: Statement,
  b: Statement,
  wordsA: readonly Token[],
  wordsB: readonly Token[]
): DistributiveOmit<Detection, "alignmentId"> | null => {
  if (a.claim.speakerId !== null && b.claim.speakerId !== null && !sameSpeaker(ctx, a, b)) return null
  const diff = copiedWords(wordsA, wordsB, ctx.tuning.quoteWording)
  if (diff === null || sharedWords(diff) < ctx.tuning.minQuoteWords) return null
  // A changed content word inside shared words: two cuts of one quotation are no conflict, a changed word is.
  // Shared words on both sides of the change, or one word changed for one where it ends the quotation ("closer and
  // closer to a nuclear bomb" / "… to nuclear arms").
  const last = (t: { start: number }) =>
    t === diff.wordsA[diff.wordsA.length - 1] || t === diff.wordsB[diff.wordsB.length - 1]
  const changed = substitutions(diff).find(
    (sub) =>
      sub.before >= 1 &&
      (sub.after >= 1 ||
        (sub.removed.length === 1 && sub.added.length === 1 && [...sub.removed, ...sub.added].some(last))) &&
      sub.removed.length <= 3 &&
      sub.added.length <= 3 &&
      sub.removed.some((t) => CONTENT_POS.has(t.pos)) &&
      sub.added.some((t) => CONTENT_POS.has(t.pos))
  )
  if (changed === undefined) return null
  const around = (s: Statement, words: readonly { start: number; end: number }[]) => {
    const all = s === a ? diff.wordsA : diff.wordsB
    const first = all.indexOf(words[0] as (typeof all)[number])
    const last = all.indexOf(words[words.length - 1] as (typeof all)[number])
    const from = all[Math.max(0, first - 3)]!
    const to = all[Math.min(all.length - 1, last + 1)]!
    return spanIn(s, { start: from.start, end: to.end })
  }
  const [spanA, spanB] = [around(a, changed.removed), around(b, changed.added)]
  const speakerId = a.claim.speakerId ?? b.claim.speakerId
  return {
    kind: "discrepancy",
    type: "attribution",
    severity: "minor",
    compatible: false,
    values: [
      { sourceIds: [a.sourceId], value: changed.removed.map((t) => t.lower).join(" "), text: spanA.text },
      { sourceIds: [b.sourceId], value: changed.added.map((t) => t.lower).join(" "), text: spanB.text }
    ],
    evidence: [spanA, spanB],
    sourceIds: [a.sourceId, b.sourceId],
    about: { type: "attribution", mode: "wording", speaker: speakerId === null ? null : ctx.actorName(speakerId) },
    strength: sharedWords(diff) / Math.max(diff.wordsA.length, diff.wordsB.length)
  }
}
