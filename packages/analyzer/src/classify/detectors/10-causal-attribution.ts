import type { AlignmentId, Span } from "@diplo/model"
import type { Statement } from "../../align/2-statements.js"
import { ALIGN_THRESHOLD } from "../../align/3-alignments.js"
import { profileStatement, similarity } from "../../align/3-similarity.js"
import type { Context } from "../Context.js"
import type { Detection } from "../draft.js"
import { causesOf } from "../facets.js"
import { type Detector, firstPerSource, spanIn } from "./shared.js"

/** Marker words two causes may share without sharing a cause. */
const MARKER_WORDS = /^(from|after|stems?|arose|because|relations?|following|amid)$/

const words = (s: Statement, r: { start: number; end: number }) =>
  new Set(
    s.source.text
      .slice(r.start, r.end)
      .toLowerCase()
      .match(/\p{L}{4,}/gu) ?? []
  )

/** Causal framing between statements, each with its cause, when the causes share no word. */
const differentCauses = (members: readonly Statement[]): { s: Statement; cause: Span }[] | null => {
  const withCause = firstPerSource(members.filter((m) => causesOf(m).length > 0))
  if (withCause.length < 2) return null
  const sets = withCause.map((m) => words(m, causesOf(m)[0]!))
  const [first, ...rest] = sets
  if (rest.every((set) => [...set].some((w) => first!.has(w) && !MARKER_WORDS.test(w)))) return null
  return withCause.map((s) => ({ s, cause: spanIn(s, causesOf(s)[0]!) }))
}

const detection = (
  sides: readonly { s: Statement; cause: Span }[],
  strength: number,
  alignmentId?: AlignmentId
): Detection =>
  ({
    kind: "framing",
    type: "causal-attribution",
    severity: "minor",
    wordings: sides.map((x) => ({ sourceIds: [x.s.sourceId], words: [x.cause.text] })),
    evidence: sides.map((x) => x.cause),
    sourceIds: sides.map((x) => x.s.sourceId),
    ...(alignmentId === undefined ? {} : { alignmentId }),
    about: { type: "causal-attribution", causes: sides.map((x) => ({ sourceId: x.s.sourceId, text: x.cause.text })) },
    strength
  }) as Detection

/**
 * Who or what each source says caused the matter: statements aligned as the same matter whose causes differ, and
 * statements that explain the same effect (the words before the cause marker, compared with the aligner's
 * similarity at its paraphrase-level threshold) with different causes. A source that also writes the other's cause
 * does not blame differently.
 */
export const causalAttributions: Detector = (ctx: Context) => {
  const out: Detection[] = []
  for (const g of ctx.groups) {
    if (!g.strong) continue
    const sides = differentCauses(g.members)
    if (sides !== null) out.push(detection(sides, g.alignment.score, g.alignment.id))
  }
  const causal = ctx.statements.flatMap((s) => {
    const cause = causesOf(s)[0]
    if (cause === undefined) return []
    const effect = s.sentenceTokens.filter((t) => t.end <= cause.start && t.start >= s.claim.start - 200)
    if (effect.filter((t) => t.kind === "word").length < 2) return []
    return [{ s, cause, profile: profileStatement(effect, {}, ctx.similarity) }]
  })
  for (let i = 0; i < causal.length; i++)
    for (let j = i + 1; j < causal.length; j++) {
      const [a, b] = [causal[i]!, causal[j]!]
      if (a.s.sourceId === b.s.sourceId) continue
      const score = similarity(a.profile, b.profile, ctx.similarity).score
      if (score < ALIGN_THRESHOLD) continue
      const causeA = a.s.source.text.slice(a.cause.start, a.cause.end)
      const causeB = b.s.source.text.slice(b.cause.start, b.cause.end)
      if (b.s.source.text.includes(causeA) || a.s.source.text.includes(causeB)) continue
      const sides = differentCauses([a.s, b.s])
      if (sides === null) continue
      const effect = (x: (typeof causal)[number]) => {
        const tokens = x.s.sentenceTokens.filter((t) => t.end <= x.cause.start && t.start >= x.s.claim.start - 200)
        return spanIn(x.s, { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end })
      }
      const [ea, eb] = [effect(a), effect(b)]
      // The sources agree on the state of affairs they explain differently.
      out.push(detection(sides, score), {
        kind: "agreement",
        type: "state",
        severity: "info",
        evidence: [ea, eb],
        sourceIds: [a.s.sourceId, b.s.sourceId],
        about: { type: "agreement", on: "on the state of affairs", texts: [ea.text, eb.text] },
        strength: score
      })
    }
  return out
}
