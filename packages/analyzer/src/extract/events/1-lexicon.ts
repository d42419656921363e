import type { EventType, ParticipantRole } from "@diplo/model"
import { porterStem } from "../../adapters/stemmer.js"
import type { Token } from "../../Document.js"
import grammarFile from "../../lexicons/event-grammar.json" with { type: "json" }
import triggerFile from "../../lexicons/event-triggers.json" with { type: "json" }

/** A participant role as the grammar file names it; `place-or-patient` is a place when the actor is one. */
export type RoleSpec = ParticipantRole | "place-or-patient"

/** Where a participant stands relative to its trigger: a preposition, the direct object, or before the noun. */
export type RoleMap = Readonly<Record<string, RoleSpec>>

export type TravelDirection = "depart" | "arrive"

/** One line of event-triggers.json, with its phrase split into words. */
export interface TriggerEntry {
  readonly order: number
  readonly type: EventType
  /** Words of the trigger, head first; one word for lemma or form entries. */
  readonly words: readonly string[]
  /** True when the head must match the surface form rather than the lemma. */
  readonly bySurface: boolean
  readonly pos: "noun" | "verb" | null
  readonly direction: TravelDirection | null
  readonly followedBy: readonly (readonly string[])[]
  readonly next: ReadonlySet<string>
  /** Keep the trigger only where a place follows it ("left Paris", not "left the building"). */
  readonly needsPlace: boolean
  readonly roles: RoleMap | null
}

interface RawEntry {
  readonly lemma?: string
  readonly form?: string
  readonly phrase?: string
  readonly pos?: string
  readonly type: string
  readonly direction?: string | null
  readonly when?: {
    readonly followedBy?: readonly string[]
    readonly next?: readonly string[]
    readonly place?: boolean
  }
  readonly roles?: Readonly<Record<string, string>>
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(" ")
    .filter((w) => w !== "")

const entries: readonly TriggerEntry[] = (triggerFile.entries as readonly RawEntry[]).map((raw, order) => ({
  order,
  type: raw.type as EventType,
  words: words(raw.phrase ?? raw.lemma ?? raw.form ?? ""),
  bySurface: raw.form !== undefined,
  pos: raw.pos === "noun" || raw.pos === "verb" ? raw.pos : null,
  direction: raw.direction === "depart" || raw.direction === "arrive" ? raw.direction : null,
  followedBy: (raw.when?.followedBy ?? []).map(words),
  next: new Set(raw.when?.next ?? []),
  needsPlace: raw.when?.place === true,
  roles: (raw.roles as RoleMap | undefined) ?? null
}))

/** Trigger entries by their head word, each list in file order. */
export const ENTRIES_BY_HEAD: ReadonlyMap<string, readonly TriggerEntry[]> = (() => {
  const byHead = new Map<string, TriggerEntry[]>()
  for (const entry of entries) {
    const head = entry.words[0]
    if (head === undefined) continue
    const list = byHead.get(head) ?? []
    list.push(entry)
    byHead.set(head, list)
  }
  return byHead
})()

const g = grammarFile.entries
const set = (list: readonly string[]): ReadonlySet<string> => new Set(list)

/** The closed-class words of event-grammar.json, as sets. */
export const GRAMMAR = {
  futureAux: set(g.futureAux),
  pastAux: set(g.pastAux),
  presentAux: set(g.presentAux),
  passiveAux: set(g.passiveAux),
  skippable: set(g.skippable),
  negators: set(g.negators),
  negatingVerbs: set(g.negatingVerbs),
  prepositions: set(g.prepositions),
  determiners: set(g.determiners),
  pronouns: set(g.pronouns),
  strongBoundaryWords: set(g.strongBoundaryWords),
  relativeWords: set(g.relativeWords),
  strongBoundaryPunct: set(g.strongBoundaryPunct),
  sentenceEndPunct: set(g.sentenceEndPunct),
  quotes: set(g.quotes),
  weakBoundaryPunct: set(g.weakBoundaryPunct),
  envoys: set(g.envoys),
  envoyTitles: set(g.envoyTitles),
  lightVerbs: set(g.lightVerbs),
  againstPrefixes: g.againstPrefixes as readonly string[],
  possessives: set(g.possessives),
  possessivePronouns: set(g.possessivePronouns),
  placeKinds: set(g.placeKinds),
  purposePrepositions: set(g.purposePrepositions),
  objectControl: set(g.objectControl)
} as const

const ROLES = g.roles as unknown as Readonly<Record<string, RoleMap>>

/** The roles prepositions give in an event of this type; types without their own map use the default. */
export const rolesOf = (type: EventType): RoleMap => ROLES[type] ?? ROLES.default ?? {}

/** Irregular verb forms (flew -> fly), for tokens the tagger left without a lemma; also marks past forms. */
export const IRREGULAR: ReadonlyMap<string, string> = new Map(Object.entries(triggerFile.irregular))

/** Every word the event lexicons look for, so a bare form can be mapped onto one of them. */
const KNOWN_WORDS: ReadonlySet<string> = (() => {
  const known = new Set<string>()
  for (const entry of entries) {
    for (const w of entry.words) known.add(w)
    for (const run of entry.followedBy) for (const w of run) known.add(w)
    for (const w of entry.next) known.add(w)
  }
  for (const w of [...GRAMMAR.lightVerbs, ...GRAMMAR.negatingVerbs, ...GRAMMAR.envoys]) known.add(w)
  for (const w of IRREGULAR.values()) known.add(w)
  return known
})()

/** Known words by their Porter stem: "recalled" and "recall" share "recal". */
const KNOWN_BY_STEM: ReadonlyMap<string, readonly string[]> = (() => {
  const byStem = new Map<string, string[]>()
  for (const w of [...KNOWN_WORDS].sort()) {
    if (w.includes(" ") || !/^[a-z]+$/.test(w)) continue
    const stem = porterStem(w)
    const list = byStem.get(stem) ?? []
    list.push(w)
    byStem.set(stem, list)
  }
  return byStem
})()

/**
 * The lemmas a token may stand for, most trusted first: the tagger's lemma where it gave one, the irregular
 * form's lemma, the word itself, then (for text no tagger lemmatized) the known words sharing its Porter stem.
 */
export const lemmaCandidates = (token: Token, useStems: boolean): readonly string[] => {
  const lower = token.lower
  const out: string[] = []
  const tagged = token.lemma.toLowerCase()
  if (tagged !== "" && tagged !== lower) out.push(tagged)
  const irregular = IRREGULAR.get(lower)
  if (irregular !== undefined) out.push(irregular)
  out.push(lower)
  if (useStems && /^[a-z]+$/.test(lower) && lower.length <= 30) {
    for (const known of KNOWN_BY_STEM.get(porterStem(lower)) ?? []) if (!out.includes(known)) out.push(known)
  }
  return out
}

/** True when `word` is a past form the lexicon knows as irregular (flew, left, met, said). */
export const isIrregularPast = (lower: string): boolean => IRREGULAR.has(lower)
