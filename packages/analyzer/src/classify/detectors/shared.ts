import { EVENT_TYPES, type EventType, eventNoun, type SourceId, type Span, sliceSpan } from "@diplo/model"
import type { Statement } from "../../align/2-statements.js"
import type { Range } from "../../Document.js"
import type { Context } from "../Context.js"
import type { Detection } from "../draft.js"

/** A detector: reads the context (and what earlier detectors found) and returns its detections. */
export type Detector = (ctx: Context, earlier: readonly Detection[]) => readonly Detection[]

export const groupBy = <T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = map.get(k)
    if (list === undefined) map.set(k, [item])
    else list.push(item)
  }
  return map
}

/** The sources of some statements, in the order they first appear. */
export const sourcesOf = (members: readonly Statement[]): SourceId[] => [...new Set(members.map((m) => m.sourceId))]

/** A span of a statement's source. */
export const spanIn = (s: Statement, range: Range): Span => sliceSpan(s.source, range.start, range.end)

/** The claim of a statement, as a span: what a reader checks. */
export const claimSpan = (s: Statement): Span => spanIn(s, s.claim)

/** The whole sentence of a statement. */
export const sentenceSpan = (s: Statement): Span => spanIn(s, s.sentence)

/** A source's first statement after its headline: where its body leads (the emphasis finding's matter). */
export const bodyLeadOf = (statements: readonly Statement[]): Statement | undefined =>
  statements.find((s) => !s.headline)

/** An event type as a reader says it: "travel" → "trip". */
export const eventName = (type: string): string =>
  type in EVENT_TYPES ? eventNoun(type as EventType) : type.replace(/-/g, " ")

/** The first statement per source among some (they come in source order, then text order). */
export const firstPerSource = (members: readonly Statement[]): Statement[] =>
  [...groupBy(members, (m) => m.sourceId).values()].map((g) => g[0]!)

/** Lower-cased surname of an actor name ("Robert J. Mueller III" → "mueller"), for a last check of two names. */
export const surnameOf = (name: string): string => {
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !/^(jr|sr|ii|iii|iv)\.?$/.test(w))
  return words[words.length - 1] ?? ""
}
