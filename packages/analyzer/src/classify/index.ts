import type { Finding, Views } from "@diplo/model"
import type { Aligned } from "../align/index.js"
import { byClaimId, membersOf, type Statement, statementsOf } from "./0-statements.js"
import { classifyAlignment, type ParticipantsOf, type PlaceOf, type Twins } from "./1-aligned.js"
import {
  emphasisFindings,
  hedgeFindings,
  loadedLanguageFindings,
  scareQuoteFindings,
  voiceFindings
} from "./2-document.js"
import { omissionFindings } from "./3-omissions.js"
import { causalFindings } from "./5-causes.js"
import { viewsOf } from "./4-views.js"
import { finish } from "./draft.js"

/**
 * How far below its partner's best match in a statement's source an alignment may score and still cover the
 * statement against omission: a partner with a much closer match there (its own copy) does not cover it. The
 * alignment still yields its findings (a weaker match can show a real conflict, or agree on an event).
 */
const COVER_MARGIN = 0.3

/** The output of classify: the findings in report order, and the per-source views. */
export interface Classified {
  readonly findings: readonly Finding[]
  readonly views: Views
}

/**
 * Classifies aligned statements into agreements, discrepancies, framing differences and omissions,
 * each with evidence spans in every source it is about, in a deterministic order with stable ids.
 */
export const classify = (aligned: Aligned): Classified => {
  const statements = statementsOf(aligned)
  const lookup = byClaimId(statements)
  const actorName = new Map(aligned.actors.map((a) => [a.id as string, a.name]))
  const speakerName = (id: string) => actorName.get(id) ?? id
  const placeOf: PlaceOf = (s, e) => {
    if (e.place !== undefined) return aligned.actorIdOf.get(e.place) ?? e.place
    return e.placeWords ? s.source.text.slice(e.placeWords.start, e.placeWords.end).toLowerCase() : null
  }
  const participantsOf: ParticipantsOf = (_, e) =>
    [e.agent, e.patient, e.recipient].flatMap((id) => (id === undefined ? [] : [aligned.actorIdOf.get(id) ?? id]))
  const normalized = (s: Statement) => s.claim.text.toLowerCase().replace(/\s+/g, " ").trim()
  // Statements by their words, then by source: repeated statements stay cheap to look up.
  const byText = new Map<string, Map<string, Statement[]>>()
  for (const s of statements) {
    const perSource = byText.get(normalized(s)) ?? new Map<string, Statement[]>()
    byText.set(normalized(s), perSource)
    const list = perSource.get(s.source.id)
    if (list === undefined) perSource.set(s.source.id, [s])
    else list.push(s)
  }
  const twins: Twins = (s, sourceId) => byText.get(normalized(s))?.get(sourceId) ?? []
  // Each statement's best alignment score toward each other source.
  const best = new Map<string, number>()
  const bestKey = (s: Statement, sourceId: string) => `${s.claim.id}>${sourceId}`
  const membersByAlignment = aligned.alignments.map((alignment) => membersOf(alignment, lookup))
  aligned.alignments.forEach((alignment, n) => {
    for (const m of membersByAlignment[n]!)
      for (const o of membersByAlignment[n]!)
        if (o.source.id !== m.source.id)
          best.set(bestKey(m, o.source.id), Math.max(best.get(bestKey(m, o.source.id)) ?? 0, alignment.score))
  })
  const partners = new Map<string, Statement[]>()
  const drafts = []
  aligned.alignments.forEach((alignment, n) => {
    const members = membersByAlignment[n]!
    if (new Set(members.map((m) => m.source.id)).size < 2) return
    const covers = (m: Statement, o: Statement) =>
      alignment.score >= (best.get(bestKey(o, m.source.id)) ?? 0) - COVER_MARGIN
    const found = classifyAlignment(alignment, members, speakerName, placeOf, twins, participantsOf)
    // Only alignments confirmed as the same matter (they yield findings) cover a statement against omission; and
    // not through a partner that has a much closer match in the statement's own source (see COVER_MARGIN): a
    // sentence one source left out is not covered by the other source's copy of its neighbour.
    if (found.length > 0)
      for (const m of members) {
        const list = partners.get(m.claim.id) ?? []
        partners.set(m.claim.id, list)
        for (const o of members) if (o.source.id !== m.source.id && covers(m, o)) list.push(o)
      }
    drafts.push(...found)
  })
  const alignedWith = (s: Statement) => partners.get(s.claim.id) ?? []
  // The same words in another source cover a statement even where they are too few to align (“he had not.”).
  // One twin per other source is enough to cover a statement and to group sources.
  const counterparts = (s: Statement) => [
    ...alignedWith(s),
    ...[...(byText.get(normalized(s)) ?? new Map<string, Statement[]>()).entries()]
      .filter(([sourceId]) => sourceId !== s.source.id)
      .map(([, list]) => list[0]!)
  ]
  const alignedSources = (s: Statement) => new Set(counterparts(s).map((o) => o.source.id as string))
  drafts.push(
    ...hedgeFindings(aligned.sources),
    ...scareQuoteFindings(aligned.sources),
    ...loadedLanguageFindings(statements, speakerName, alignedWith),
    ...voiceFindings(aligned.sources, statements, aligned.actors),
    ...emphasisFindings(aligned.sources, statements, alignedWith),
    ...causalFindings(statements, aligned.useVectors),
    ...omissionFindings(aligned.sources, statements, alignedSources, counterparts)
  )
  return {
    findings: finish(drafts, aligned.sources),
    views: viewsOf(aligned.sources, statements, aligned.actors)
  }
}
