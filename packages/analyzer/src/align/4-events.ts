import {
  type ActorId,
  cameoCode,
  type Event,
  type EventId,
  type EventType,
  type Participant,
  type ParticipantRole,
  type Span,
  sliceSpan
} from "@diplo/model"
import type { EventMention, Reading } from "../Document.js"

const ROLES = ["agent", "patient", "recipient", "place"] as const satisfies readonly ParticipantRole[]
type MentionRole = (typeof ROLES)[number]

/** One event mention with its participants mapped to global actor ids. */
interface Placed {
  readonly mention: EventMention
  readonly reading: Reading
  readonly actors: Partial<Record<MentionRole, ActorId>>
  /** The place as one key across sources: its actor id, or its words in lower case where no actor names it. */
  readonly placeKey: string | null
}

const DAY_MS = 86_400_000

const daysApart = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS

/** Dates agree when equal or either is missing; a departure and an arrival a day apart at one place are one trip. */
const datesAgree = (x: Placed, y: Placed): boolean => {
  const a = x.mention.date
  const b = y.mention.date
  if (a === null || b === null || a === b) return true
  if (x.mention.type !== "travel") return false
  const sameTrip = x.mention.direction !== y.mention.direction
  return sameTrip && x.placeKey !== null && x.placeKey === y.placeKey && daysApart(a, b) <= 1
}

const conflict = (x: Placed, y: Placed, role: MentionRole): boolean => {
  const a = x.actors[role]
  const b = y.actors[role]
  return a !== undefined && b !== undefined && a !== b
}

const shares = (x: Placed, y: Placed, role: MentionRole): boolean =>
  x.actors[role] !== undefined && x.actors[role] === y.actors[role]

/**
 * Two mentions tell of the same happening when their types agree, they share the agent or the patient
 * (the place, for elections), no role names two different actors, and their dates agree. Two trips are
 * one only when they go to the same place, or both say nowhere.
 */
const sameEvent = (x: Placed, y: Placed): boolean => {
  if (x.mention.type !== y.mention.type) return false
  if (conflict(x, y, "agent") || conflict(x, y, "patient")) return false
  const placesAgree =
    x.mention.type === "travel" || x.mention.type === "visit"
      ? x.placeKey === y.placeKey
      : x.placeKey === null || y.placeKey === null || x.placeKey === y.placeKey
  if (!placesAgree) return false
  const shared =
    shares(x, y, "agent") ||
    shares(x, y, "patient") ||
    (x.mention.type === "election" && x.placeKey !== null && x.placeKey === y.placeKey)
  return shared && datesAgree(x, y)
}

/** Keys under which a group is found by a mention that may join it: its first member's agent, patient, election place. */
const indexKeys = (p: Placed): string[] => {
  const type = p.mention.type
  const keys: string[] = []
  if (p.actors.agent !== undefined) keys.push(`agent\u0000${type}\u0000${p.actors.agent}`)
  if (p.actors.patient !== undefined) keys.push(`patient\u0000${type}\u0000${p.actors.patient}`)
  if (type === "election" && p.placeKey !== null) keys.push(`place\u0000${type}\u0000${p.placeKey}`)
  return keys
}

/** Everything `sameEvent` reads of a mention: two mentions with one signature fit the same groups. */
const signatureOf = (p: Placed): string =>
  JSON.stringify([
    p.mention.type,
    p.actors.agent ?? null,
    p.actors.patient ?? null,
    p.placeKey,
    p.mention.date,
    p.mention.direction === undefined ? "unsaid" : p.mention.direction
  ])

/** The most frequent date of a group of mentions, the earliest mentioned on a tie; null when none has one. */
const dateOf = (group: readonly Placed[]): string | null => {
  const counts = new Map<string, number>()
  for (const p of group) if (p.mention.date !== null) counts.set(p.mention.date, (counts.get(p.mention.date) ?? 0) + 1)
  let best: string | null = null
  for (const [date, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = date
  return best
}

const participantsOf = (group: readonly Placed[]): Participant[] => {
  const out: Participant[] = []
  for (const role of ROLES)
    for (const p of group) {
      const actorId = p.actors[role]
      if (actorId !== undefined && !out.some((q) => q.actorId === actorId && q.role === role))
        out.push({ actorId, role })
    }
  return out
}

/**
 * Merges the event mentions of every source into events: mentions of one type that share an agent or a
 * patient and whose dates agree become one event, with a mention span (the words that report it) in each
 * source that tells it. Negated mentions (what did not happen) are left out, and so are events with neither
 * a participant nor a date. Events come in the order of their first mention (sources in order, then text
 * order), with ids `event:<type>:<n>` counted per type; the same readings always give the same events.
 */
export const mergeEvents = (readings: readonly Reading[], idOfActor: ReadonlyMap<string, ActorId>): Event[] => {
  const groups: Placed[][] = []
  // A mention joins the first group all of whose members tell the same event. That needs sharing the agent or the
  // patient (or an election's place) with the group's first member, so groups are indexed by those; and `sameEvent`
  // reads only a few fields, so each group remembers, per signature, how many members it has been checked against.
  // Same result as scanning every group, but linear on long repetitive input instead of quadratic.
  const groupsByKey = new Map<string, number[]>()
  const verdicts: Map<string, { checked: number; fits: boolean }>[] = []
  const joinable = (placed: Placed): number[] => {
    const found = new Set<number>()
    for (const key of indexKeys(placed)) for (const g of groupsByKey.get(key) ?? []) found.add(g)
    return [...found].sort((a, b) => a - b)
  }
  const fitsAll = (g: number, placed: Placed): boolean => {
    const members = groups[g]!
    const signature = signatureOf(placed)
    let verdict = verdicts[g]!.get(signature)
    if (verdict === undefined) {
      verdict = { checked: 0, fits: true }
      verdicts[g]!.set(signature, verdict)
    }
    while (verdict.fits && verdict.checked < members.length)
      verdict.fits = sameEvent(placed, members[verdict.checked++]!)
    return verdict.fits
  }
  for (const reading of readings) {
    const mentions = [...reading.events].sort(
      (a, b) => a.trigger.start - b.trigger.start || a.trigger.end - b.trigger.end
    )
    for (const mention of mentions) {
      if (mention.negated) continue
      const actors: Partial<Record<MentionRole, ActorId>> = {}
      for (const role of ROLES) {
        const local = mention[role]
        const global = local === undefined ? undefined : idOfActor.get(local)
        if (global !== undefined) actors[role] = global
      }
      const words = mention.placeWords
      const placeKey =
        actors.place ??
        (words === undefined
          ? null
          : `words:${reading.segmented.source.text.slice(words.start, words.end).toLowerCase()}`)
      const placed: Placed = { mention, reading, actors, placeKey }
      const group = joinable(placed).find((g) => fitsAll(g, placed))
      if (group === undefined) {
        groups.push([placed])
        verdicts.push(new Map())
        for (const key of indexKeys(placed)) {
          const list = groupsByKey.get(key)
          if (list === undefined) groupsByKey.set(key, [groups.length - 1])
          else list.push(groups.length - 1)
        }
      } else groups[group]!.push(placed)
    }
  }

  const counters = new Map<EventType, number>()
  const events: Event[] = []
  for (const group of groups) {
    const first = group[0]!
    const type = first.mention.type
    const participants = participantsOf(group)
    const date = dateOf(group)
    if (participants.length === 0 && date === null) continue
    const n = (counters.get(type) ?? 0) + 1
    counters.set(type, n)
    const sourceIds = [...new Set(group.map((p) => p.mention.sourceId))]
    const mentions: Span[] = group.map((p) =>
      sliceSpan(p.reading.segmented.source, p.mention.extent.start, p.mention.extent.end)
    )
    events.push({
      id: `event:${type}:${n}` as EventId,
      type,
      cameo: cameoCode(type),
      date,
      participants,
      sourceIds,
      mentions
    })
  }
  return events
}
