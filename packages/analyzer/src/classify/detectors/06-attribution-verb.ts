import type { Statement } from "../../align/2-statements.js"
import { PARAPHRASE_THRESHOLD } from "../../align/3-alignments.js"
import attributionGrammar from "../../lexicons/attribution-grammar.json" with { type: "json" }
import attributionVerbLexicon from "../../lexicons/attribution-verbs.json" with { type: "json" }
import type { Context } from "../Context.js"
import type { Detection } from "../draft.js"
import { copiedSentences } from "../wording.js"
import { type Detector, firstPerSource, surnameOf } from "./shared.js"

const STANCE: ReadonlySet<string> = new Set(attributionVerbLexicon.stance.entries)
const PRONOUNS: ReadonlySet<string> = new Set(Object.keys(attributionGrammar.pronouns))
const weightOf = (s: Statement): string => (STANCE.has(s.claim.verb ?? "") ? "loaded" : "neutral")

/**
 * Attribution verbs of different weight for the same statement of one speaker: "claimed" in one source, "said" in
 * another (a verb of stance: lexicons/attribution-verbs.json). The statements must say the same thing
 * (paraphrase-level alignment), be attributed (a cue each), and be given to one resolved
 * speaker (or to an unresolved one on one side); a source that also uses the other's verb for the same words does
 * not differ.
 */
export const attributionVerbs: Detector = (ctx: Context, earlier) => {
  const out: Detection[] = []
  const seen = new Set<string>()
  // One attribution-verb finding per alignment: copied wording may already have shown it (05-lexical-choice).
  const shown = new Set(earlier.filter((d) => d.type === "attribution-verb").map((d) => d.alignmentId))
  for (const g of ctx.groups) {
    if (shown.has(g.alignment.id)) continue
    const sameThing = (g.alignment.signals.paraphrase ?? 0) >= PARAPHRASE_THRESHOLD
    if (
      !sameThing &&
      !g.members.some((m, i) =>
        g.members
          .slice(i + 1)
          .some((o) => o.sourceId !== m.sourceId && copiedSentences(m, o, ctx.tuning.sameWording) !== null)
      )
    )
      continue
    const cued = firstPerSource(
      g.members.filter((m) => m.claim.cue !== undefined && m.claim.attribution !== "narrator")
    )
    for (let i = 0; i < cued.length; i++)
      for (let j = i + 1; j < cued.length; j++) {
        const [a, b] = [cued[i]!, cued[j]!]
        // One speaker: resolved as one, or unresolved on both sides of what are copies of one sentence.
        const copies = copiedSentences(a, b, ctx.tuning.sameWording) !== null
        if (!oneSpeaker(ctx, a, b) && !(copies && a.claim.speakerId === null && b.claim.speakerId === null)) continue
        if (weightOf(a) === weightOf(b) || a.claim.verb === b.claim.verb) continue
        if (ctx.twins(a, b.sourceId).some((t) => t.claim.verb === a.claim.verb)) continue
        const key = [a.claim.cue!, b.claim.cue!].map((c) => `${c.sourceId}:${c.start}`).join("|")
        if (seen.has(key)) continue
        seen.add(key)
        const speakerId = a.claim.speakerId ?? b.claim.speakerId
        out.push({
          kind: "framing",
          type: "attribution-verb",
          severity: "minor",
          wordings: [a, b].map((m) => ({ sourceIds: [m.sourceId], words: [m.claim.cue!.text] })),
          evidence: [a, b].flatMap((m) => [m.claim.cue!, ...(m.claim.speakerSpan ? [m.claim.speakerSpan] : [])]),
          sourceIds: [a.sourceId, b.sourceId],
          alignmentId: g.alignment.id,
          about: {
            type: "attribution-verb",
            speaker: speakerId === null ? null : ctx.actorName(speakerId),
            verbs: [a, b].map((m) => ({
              sourceId: m.sourceId,
              text: m.claim.cue!.text,
              weight: weightOf(m)
            }))
          },
          strength: g.alignment.score
        })
      }
  }
  return out
}

const oneSpeaker = (ctx: Context, a: Statement, b: Statement): boolean => {
  const [x, y] = [a.claim.speakerId, b.claim.speakerId]
  if (x === null && y === null) return false
  // Unresolved on one side: only a pronoun (or no words at all) may stand for the other side's speaker; a phrase
  // that names someone ("the special counsel investigating …") is someone else.
  if (x === null) return unnamed(a)
  if (y === null) return unnamed(b)
  if (x === y) return true
  return surnameOf(ctx.actorName(x)) === surnameOf(ctx.actorName(y))
}

const unnamed = (s: Statement): boolean => {
  const words = s.claim.speakerSpan?.text.toLowerCase().trim()
  return words === undefined || PRONOUNS.has(words)
}
