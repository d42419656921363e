/**
 * Within-source resolution: links candidate mentions to actors. Full names, surnames ("Merkel" after
 * "Angela Merkel"), role descriptions ("the diplomat"), generic organization nouns ("the embassy"),
 * counterparts ("his American colleague") and pronouns, each only where one antecedent fits.
 */
import type { ActorKind, MentionForm, Role } from "@diplo/model"
import type { LocalActor, Range } from "../../Document.js"
import { countryName, type Gender, MEDIA_HEADS, type TitleInfo } from "./2-gazetteer.js"
import { givenNamesMatch } from "./2-nicknames.js"
import { type Candidate, nameKey, type RoleDraft } from "./3-candidates/index.js"

interface Entity {
  readonly kind: ActorKind
  readonly key: string | null
  name: string
  /** Person name words; a one-word name is a surname (or a first name) still waiting for its full form. */
  nameWords: readonly string[]
  /** A generational suffix of the name ("Jr", "III"): "Alan Dunn Jr" is not "Alan Dunn". */
  suffix?: string
  /** True once a person has a name (not only descriptions). */
  named: boolean
  gender?: Gender
  nameGender?: Gender
  country?: string
  orgType?: string
  readonly heads: Set<string>
  readonly roles: RoleDraft[]
  readonly titles: TitleInfo[]
  readonly mentions: (Range & { readonly form: MentionForm; readonly sentence: number; readonly order: number })[]
  /** Order of the latest mention, for "most recent" choices. */
  last: number
}

const ORGANIZATION_KINDS: ReadonlySet<ActorKind> = new Set(["organization", "media", "group", "state"])

const initials = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("")

/** Resolves the candidates of one source into local actors; ids are `${sourceId}:a${n}` in order of first mention. */
export const resolveCandidates = (sourceId: string, text: string, candidates: readonly Candidate[]): LocalActor[] => {
  const entities: Entity[] = []
  const byKey = new Map<string, Entity>()
  const assigned: (Entity | null)[] = new Array(candidates.length).fill(null)
  let order = 0

  const create = (kind: ActorKind, name: string, key: string | null): Entity => {
    const entity: Entity = {
      kind,
      key,
      name,
      nameWords: [],
      named: false,
      heads: new Set(),
      roles: [],
      titles: [],
      mentions: [],
      last: -1
    }
    entities.push(entity)
    if (key) byKey.set(key, entity)
    return entity
  }
  const attach = (index: number, entity: Entity, form: MentionForm = candidates[index]!.form): void => {
    const c = candidates[index]!
    assigned[index] = entity
    entity.mentions.push({ start: c.start, end: c.end, form, sentence: c.sentence, order })
    entity.last = order++
  }
  const addRole = (entity: Entity, role: RoleDraft | undefined, title: TitleInfo | undefined): void => {
    // A role already known as richly or more richly is not added again ("ambassador" after "ambassador of RU to US").
    const known = (r: RoleDraft) =>
      r.title === role?.title &&
      (role.of === undefined || r.of === role.of) &&
      (role.to === undefined || r.to === role.to)
    if (role && !entity.roles.some(known)) {
      // A richer form of the same role replaces the poorer one ("ambassador" then "ambassador of RU to US").
      const poorer = entity.roles.findIndex(
        (r) =>
          r.title === role.title && (r.of === undefined || r.of === role.of) && (r.to === undefined || r.to === role.to)
      )
      if (poorer >= 0) entity.roles.splice(poorer, 1, role)
      else entity.roles.push(role)
    }
    if (title && !entity.titles.includes(title)) entity.titles.push(title)
  }
  const persons = () => entities.filter((e) => e.kind === "person")
  const mostRecent = (list: readonly Entity[]): Entity | undefined =>
    list.reduce<Entity | undefined>((best, e) => (best === undefined || e.last > best.last ? e : best), undefined)

  const personByName = (words: readonly string[], suffix?: string): Entity | undefined => {
    if (words.length > 1) {
      const same = (e: Entity) => e.nameWords.length > 1 && e.suffix === suffix
      return (
        persons().find((e) => same(e) && fullNameKey(e.nameWords) === fullNameKey(words)) ??
        // "Carl Voss" after "Carl S. Voss III": a name written later without its suffix (not the reverse:
        // "Alan Dunn Jr" after "Alan Dunn" is the son).
        (suffix === undefined
          ? persons().find(
              (e) => e.nameWords.length > 1 && e.suffix !== undefined && fullNameKey(e.nameWords) === fullNameKey(words)
            )
          : undefined) ??
        // "Bill Keller" after "William Keller": a formal given name and its familiar form, the same family name.
        persons().find(
          (e) => same(e) && sameFamilyName(e.nameWords, words) && givenNamesMatch(e.nameWords[0]!, words[0]!)
        )
      )
    }
    // A surname: the person whose last name word it is (or first, for family-name-first names such as Kim).
    const word = nameKey(words[0] ?? "")
    const byLast = persons().filter(
      (e) => e.nameWords.length > 0 && nameKey(e.nameWords[e.nameWords.length - 1]!) === word
    )
    const byFirst = persons().filter((e) => e.nameWords.length > 1 && nameKey(e.nameWords[0]!) === word)
    const pool = byLast.length > 0 ? byLast : byFirst
    return pool.reduce<Entity | undefined>(
      (best, e) =>
        best === undefined ||
        e.mentions.length > best.mentions.length ||
        (e.mentions.length === best.mentions.length && e.last > best.last)
          ? e
          : best,
      undefined
    )
  }

  const describes = (entity: Entity, noun: string, country: string | undefined, to: string | undefined): boolean =>
    entity.titles.some((t) => t.refs.includes(noun)) &&
    // A description that names a country ("the leader of Japan") fits only someone known to be of it.
    (country === undefined || entity.country === country) &&
    (to === undefined || entity.roles.some((r) => r.to === undefined || r.to === to))

  const headlineEnd = candidates.reduce((end, c) => (c.headline ? Math.max(end, c.end) : end), -1)
  const inHeadline = (m: Range): boolean => m.end <= headlineEnd
  const deferred: number[] = []
  // Tentative names nothing explained where they stand, read again once every person of the source is known.
  const unexplained: number[] = []
  // Words this source uses alone for a person ("Kim"): a first name used so is a family name, its gender unknown.
  const usedAlone = new Set(
    candidates.flatMap((c) => (c.ref.type === "person" && c.ref.name.length === 1 ? [nameKey(c.ref.name[0]!)] : []))
  )
  const genderOf = (e: Entity): Gender | undefined =>
    e.gender ?? (e.nameWords.length > 1 && usedAlone.has(nameKey(e.nameWords[0]!)) ? undefined : e.nameGender)
  const sameRank = (a: Entity, b: Entity): boolean =>
    a.titles.some((t) => t.rank !== undefined && b.titles.some((u) => u.rank === t.rank))
  /**
   * A surname-only person is the full-named one when genders agree and either the full name came first
   * (news names a person in full before by surname alone) or both hold a title of the same rank. So
   * "President Dunn ... Mary Dunn" stays two people, and "Kim Jong Un ... Mr. Kim" one.
   */
  const sameAs = (surname: Entity, full: Entity): boolean => {
    const gs = genderOf(surname)
    const gf = genderOf(full)
    if (gs !== undefined && gf !== undefined && gs !== gf) return false
    const first = (e: Entity) => Math.min(...e.mentions.map((m) => m.start), Number.MAX_SAFE_INTEGER)
    // A headline names the story's people by surname before the story names them in full ("Keller Warns ...").
    const headlined = surname.mentions.length > 0 && surname.mentions.every((m) => inHeadline(m))
    return first(full) < first(surname) || sameRank(surname, full) || headlined
  }

  candidates.forEach((c, index) => {
    const ref = c.ref
    switch (ref.type) {
      case "state": {
        if (!ref.country) return
        const key = `state:${ref.country}`
        const entity = byKey.get(key) ?? create("state", countryName(ref.country), key)
        entity.country = ref.country
        attach(index, entity)
        return
      }
      case "media": {
        const key = `media:${nameKey(ref.name)}`
        const entity = byKey.get(key) ?? create("media", ref.name, key)
        if (ref.country) entity.country ??= ref.country
        attach(index, entity)
        return
      }
      case "organization": {
        let entity = byKey.get(ref.key)
        if (!entity && ref.acronym) {
          const letters = c.start < c.end ? text.slice(c.start, c.end).replace(/\./g, "") : ""
          entity = entities.find(
            (e) => e.kind !== "person" && e.kind !== "state" && initials(e.name) === letters && letters.length >= 2
          )
          if (!entity && ref.tentative) return
        }
        if (!entity && ref.tentative) return
        entity ??= create(ref.kind, ref.name, ref.key)
        if (ref.country) entity.country ??= ref.country
        if (ref.orgType) entity.orgType ??= ref.orgType
        for (const h of ref.heads) entity.heads.add(h)
        attach(index, entity)
        return
      }
      case "generic-organization": {
        const pool = entities.filter(
          (e) =>
            (e.kind === "organization" || e.kind === "group" || e.kind === "media") &&
            ((ref.orgType !== undefined && e.orgType === ref.orgType) ||
              ref.heads.some((h) => e.heads.has(h)) ||
              (e.kind === "media" && ref.heads.some((h) => MEDIA_HEADS.has(h))))
        )
        const entity = mostRecent(pool)
        if (entity) attach(index, entity)
        else if (ref.orgType) {
          const key = `${ref.orgType}:`
          const created = byKey.get(key) ?? create("organization", ref.label.toLowerCase(), key)
          created.orgType = ref.orgType
          for (const h of ref.heads) created.heads.add(h)
          attach(index, created)
        }
        return
      }
      case "person": {
        let entity = personByName(ref.name, ref.suffix)
        if (!entity && ref.name.length > 1) {
          // "Mr. Kim" earlier, "Kim Jong Un" now: the surname-only person gets the full name.
          const keys = ref.name.map((w) => nameKey(w))
          // Not when gender or title says it is someone else ("President Dunn", then "Mary Dunn").
          const probe: Entity = {
            kind: "person",
            key: null,
            name: "",
            nameWords: ref.name,
            named: true,
            heads: new Set(),
            roles: [],
            titles: ref.title ? [ref.title] : [],
            mentions: [],
            last: -1,
            ...(ref.gender ? { gender: ref.gender } : {}),
            ...(ref.nameGender ? { nameGender: ref.nameGender } : {})
          }
          entity = persons().find(
            (e) => e.nameWords.length === 1 && keys.includes(nameKey(e.nameWords[0]!)) && sameAs(e, probe)
          )
          if (entity) entity.nameWords = ref.name
        }
        if (!entity && ref.tentative) {
          // Unexplained here: a person named further on may explain it ("Dunn warns Iran" above "President Dunn").
          unexplained.push(index)
          return
        }
        if (!entity) {
          entity = create("person", "", null)
          entity.nameWords = ref.name
          if (ref.suffix) entity.suffix = ref.suffix
        }
        if (entity.nameWords.length < ref.name.length) entity.nameWords = ref.name
        entity.named = true
        if (ref.gender) entity.gender ??= ref.gender
        if (ref.nameGender) entity.nameGender ??= ref.nameGender
        if (ref.country) entity.country ??= ref.country
        addRole(entity, ref.role, ref.title)
        attach(index, entity)
        return
      }
      case "description": {
        if (c.apposition !== undefined) {
          deferred.push(index)
          return
        }
        const entity = mostRecent(persons().filter((e) => describes(e, ref.title.title, ref.country, ref.to)))
        if (entity) {
          addRole(entity, ref.role, ref.title)
          if (ref.country) entity.country ??= ref.country
          attach(index, entity)
        } else deferred.push(index)
        return
      }
      case "counterpart":
        deferred.push(index)
        return
      case "government-of": {
        const leader =
          ref.possessor !== undefined ? assigned[ref.possessor] : ref.name ? personByName(ref.name) : undefined
        if (leader?.kind === "person" && leader.country) {
          const key = `state:${leader.country}`
          attach(index, byKey.get(key) ?? create("state", countryName(leader.country), key))
        } else if (ref.name) {
          // A leader of unknown country: the administration stands as an organization of its own.
          const key = `org:${nameKey(ref.label)}`
          attach(index, byKey.get(key) ?? create("organization", ref.label.replace(/^the\s+/i, ""), key))
        }
        return
      }
      case "pronoun": {
        const entity = resolvePronoun(index)
        if (entity) attach(index, entity)
        return
      }
    }
  })

  function resolvePronoun(index: number): Entity | undefined {
    const c = candidates[index]!
    const ref = c.ref
    if (ref.type !== "pronoun") return undefined
    const before = (sentence: number, predicate: (e: Entity) => boolean, outsideQuotes: boolean) => {
      const found: Entity[] = []
      for (let k = index - 1; k >= 0; k--) {
        const other = candidates[k]!
        if (other.sentence < sentence) break
        if (other.sentence !== sentence || other.end > c.start) continue
        if (outsideQuotes && other.quoted) continue
        const e = assigned[k]
        if (e && predicate(e) && !found.includes(e)) found.push(e)
      }
      return found
    }
    if (ref.lower.startsWith("it")) {
      const nonPerson = (e: Entity) => ORGANIZATION_KINDS.has(e.kind)
      if (ref.lower === "its") {
        // "the embassy wrote on its account": the nearest organization in the same clause.
        for (let k = index - 1; k >= 0; k--) {
          const other = candidates[k]!
          if (other.sentence !== c.sentence) break
          if (/[,;:"“”()]/.test(text.slice(other.end, c.start))) break
          const e = assigned[k]
          if (e && nonPerson(e)) return e
        }
        return undefined
      }
      if (!ref.reportVerbNext) return undefined
      // "..., it noted": the nearest organization or state outside the quotation.
      const here = before(c.sentence, nonPerson, true)
      return here[0]
    }
    const wanted: Gender =
      ref.lower.startsWith("h") && ref.lower !== "her" && ref.lower !== "hers" && ref.lower !== "herself" ? "m" : "f"
    const fits = (e: Entity) => e.kind === "person" && (genderOf(e) === undefined || genderOf(e) === wanted)
    const chosen = (e: Entity | undefined): Entity | undefined => {
      if (e) e.gender ??= wanted
      return e
    }
    /**
     * The fitting persons a sentence names before the pronoun, outside quotations, in text order, ranked as
     * salience-based resolvers rank them (Lappin & Leass 1994): the main clause's subject, then a subordinate
     * clause's subject, then the rest. A name used as a modifier ("the Lee-era rule") is no antecedent.
     */
    const named = (sentence: number, from: number): Entity[] => {
      let first = from
      while (first > 0 && candidates[first - 1]!.sentence >= sentence) first--
      const ranks: Entity[][] = [[], [], []]
      for (let k = first; k <= from; k++) {
        const other = candidates[k]!
        if (other.sentence !== sentence || other.end > c.start || other.quoted) continue
        if (/^-\p{Ll}/u.test(text.slice(other.end, other.end + 2))) continue
        const e = assigned[k]
        if (!e || !fits(e)) continue
        const list = ranks[other.subject ? 0 : other.clauseSubject ? 1 : 2]!
        if (!list.includes(e)) list.push(e)
      }
      const ranked: Entity[] = []
      for (const list of ranks) for (const e of list) if (!ranked.includes(e)) ranked.push(e)
      return ranked
    }
    // 1. A person named earlier in the sentence, outside quotations ("when Mr. Keller released his returns, he said").
    const here = index > 0 ? named(c.sentence, index - 1) : []
    if (here.length > 0) return chosen(here[0])
    // 2. The sentences before, back to the start of the paragraph before: the subject of the nearest one that names
    // a fitting person, else the first person it names; never one named only inside a quotation.
    const paragraph = c.paragraph ?? 0
    // A speaker's pronoun ("…,” he said) after a paragraph that names no one outside quotation marks (the same
    // speaker's quotation, begun there) looks one paragraph further back, where the speaker was introduced.
    const quotedOnly = (p: number) => !candidates.some((o, k) => k < index && o.paragraph === p && !o.quoted)
    const floor = ref.reportVerbNext && paragraph >= 2 && quotedOnly(paragraph - 1) ? paragraph - 2 : paragraph - 1
    for (let k = index - 1, sentence = c.sentence; k >= 0; k--) {
      const other = candidates[k]!
      if ((other.paragraph ?? 0) < floor) break
      if (other.sentence >= sentence) continue
      sentence = other.sentence
      const there = named(sentence, k)
      if (there.length > 0) return chosen(there[0])
    }
    return undefined
  }

  // "the US President" where the text never gave the president's country: the one holder of unknown country, if no other fits.
  function unknownCountryHolder(noun: string, country: string | undefined, to: string | undefined): Entity | undefined {
    if (country === undefined) return undefined
    const holders = persons().filter((e) => describes(e, noun, undefined, to))
    const unknown = holders.filter((e) => e.country === undefined)
    if (unknown.length !== 1 || holders.some((e) => e.country === country)) return undefined
    unknown[0]!.country = country
    return unknown[0]
  }

  // Second pass: appositions, descriptions of someone named later, counterparts.
  for (const index of deferred) {
    const c = candidates[index]!
    const ref = c.ref
    if (ref.type === "description") {
      const partner = c.apposition !== undefined ? assigned[c.apposition] : null
      const entity =
        partner ??
        persons()
          .filter(
            (e) => describes(e, ref.title.title, ref.country, ref.to) && e.mentions.some((m) => m.start > c.start)
          )
          .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)[0] ??
        unknownCountryHolder(ref.title.title, ref.country, ref.to)
      if (entity) {
        addRole(entity, ref.role, ref.title)
        if (ref.country) entity.country ??= ref.country
        attach(index, entity)
      } else {
        // Nobody named fits: the description stands for an actor of its own ("the ambassador").
        const key = `description:${nameKey(ref.label)}`
        const created = byKey.get(key) ?? create("person", ref.label, key)
        if (ref.country) created.country ??= ref.country
        if (ref.title.gender) created.gender ??= ref.title.gender
        addRole(created, ref.role, ref.title)
        attach(index, created)
      }
    } else if (ref.type === "counterpart") {
      const possessor = ref.possessor !== null ? assigned[ref.possessor] : null
      if (possessor?.kind !== "person") continue
      const ranks = new Set(possessor.titles.map((t) => t.rank).filter((r) => r !== undefined))
      const pool = persons().filter(
        (e) =>
          e !== possessor &&
          e.named &&
          (ref.country !== undefined
            ? e.country === ref.country
            : e.country !== undefined && e.country !== possessor.country) &&
          (ranks.size === 0 ? e.titles.length > 0 : e.titles.some((t) => t.rank !== undefined && ranks.has(t.rank)))
      )
      if (pool.length === 1) attach(index, pool[0]!)
    }
  }

  // A tentative name a person named later explains joins that person; the rest stand as actors of unknown kind
  // under their name (which a full name in another source may explain), where their words look like a name.
  // The names kept first, then the others: a name the source also writes where it stands as a name ("a Zapnet
  // report", and "Zapnet published …" opening a sentence) is that actor wherever it stands, before or after.
  const later: number[] = []
  for (const index of unexplained) {
    const ref = candidates[index]!.ref
    if (ref.type !== "person") continue
    const person = personByName(ref.name)
    if (person) {
      attach(index, person)
      continue
    }
    if (!ref.keep) {
      later.push(index)
      continue
    }
    const key = `other:${nameKey(ref.name.join(" "))}`
    attach(index, byKey.get(key) ?? create("other", ref.name.join(" "), key), "name")
  }
  for (const index of later) {
    const ref = candidates[index]!.ref
    if (ref.type !== "person") continue
    const other = byKey.get(`other:${nameKey(ref.name.join(" "))}`)
    if (other) attach(index, other, "name")
  }

  // Surname-only persons that a full name elsewhere in the source explains ("Kim" before "Kim Jong Un").
  for (const e of persons()) {
    if (e.nameWords.length !== 1) continue
    const full = personByName(e.nameWords)
    if (full && full !== e && full.nameWords.length > 1 && sameAs(e, full)) {
      for (const m of e.mentions) full.mentions.push(m)
      for (const r of e.roles) addRole(full, r, undefined)
      for (const t of e.titles) if (!full.titles.includes(t)) full.titles.push(t)
      e.mentions.length = 0
    }
  }

  const live = entities.filter((e) => e.mentions.length > 0)
  live.sort((a, b) => Math.min(...a.mentions.map((m) => m.start)) - Math.min(...b.mentions.map((m) => m.start)))
  return live.map((e, n) => {
    const mentions = [...e.mentions].sort((a, b) => a.start - b.start || a.end - b.end)
    const name =
      e.kind === "person" && e.nameWords.length > 0
        ? tidy([...e.nameWords, ...(e.suffix ? [e.suffix] : [])].join(" "))
        : tidy(e.name)
    const aliases = [
      ...new Set(
        mentions
          .filter((m) => m.form !== "pronoun")
          .map((m) => tidy(text.slice(m.start, m.end)))
          .filter((a) => a !== name && a.length > 0)
      )
    ]
    const roles: Role[] = e.roles.map((r) => ({
      title: r.title,
      ...(r.of ? { of: r.of } : {}),
      ...(r.to ? { to: r.to } : {})
    }))
    const actor: LocalActor = {
      localId: `${sourceId}:a${n + 1}`,
      name: name.length > 0 ? name : tidy(text.slice(mentions[0]!.start, mentions[0]!.end)),
      kind: e.kind,
      aliases,
      roles,
      ...(e.country ? { country: e.country } : {}),
      mentions: dedupe(mentions).map((m) => ({ start: m.start, end: m.end, form: m.form }))
    }
    return actor
  })
}

const SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv"])

/** The name's words without a generational suffix at the end ("Alan J. Dunn Jr" -> "Alan J. Dunn"). */
const withoutSuffix = (words: readonly string[]): { words: readonly string[]; suffix: string | null } => {
  const last = words.at(-1)
  return words.length > 2 && last !== undefined && SUFFIXES.has(nameKey(last))
    ? { words: words.slice(0, -1), suffix: nameKey(last) }
    : { words, suffix: null }
}

/**
 * First and last name word: "Mary Ellen Voss" = "Mary Voss", "John R. Bolton" = "John Bolton"; a
 * generational suffix stays in the key ("Alan Dunn Jr" is another person than "Alan Dunn").
 */
export const fullNameKey = (words: readonly string[]): string => {
  let key = fullNameKeys.get(words)
  if (key === undefined) {
    const bare = withoutSuffix(words)
    const parts = bare.words
      .flatMap((w) => w.split("-"))
      .map((w) => nameKey(w))
      .filter((w) => w.length > 0)
    key = parts.length < 2 ? parts.join("") : `${parts[0]}|${parts[parts.length - 1]}`
    if (bare.suffix) key = `${key}|${bare.suffix}`
    fullNameKeys.set(words, key)
  }
  return key
}

/** The key of a name without its suffix: "Alan J. Dunn Jr" and "Alan Dunn" share it. */
export const bareNameKey = (words: readonly string[]): string => fullNameKey(withoutSuffix(words).words)

/** The family name of a person's name words, a generational suffix left out ("Alan J. Dunn Jr" -> "Dunn"). */
export const familyNameOf = (words: readonly string[]): string => withoutSuffix(words).words.at(-1) ?? ""

/** True when two full names end in the same family name (suffixes left out). */
export const sameFamilyName = (a: readonly string[], b: readonly string[]): boolean => {
  const last = (words: readonly string[]) => nameKey(withoutSuffix(words).words.at(-1) ?? "")
  return a.length > 1 && b.length > 1 && last(a) === last(b)
}
// Name word lists are never changed in place (an entity's list is replaced), so a key per list stays true.
const fullNameKeys = new WeakMap<readonly string[], string>()

const tidy = (s: string): string =>
  s
    .replace(/\s+/g, " ")
    .replace(/\s*-\s*/g, "-")
    .trim()

const dedupe = <T extends Range>(mentions: readonly T[]): T[] =>
  mentions.filter((m, k) => k === 0 || m.start !== mentions[k - 1]!.start || m.end !== mentions[k - 1]!.end)

export { givenNamesMatch } from "./2-nicknames.js"
