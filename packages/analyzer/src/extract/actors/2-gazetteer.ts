/**
 * The gazetteer: every name the actor finder knows (countries, demonyms, capitals, seats of power,
 * organizations, outlets, titles), in one word trie matched longest-first against the scanned words.
 * Countries come from world-countries (through its adapter); the rest from the lexicon data files.
 */
import { COUNTRIES, countryByCode } from "../../adapters/countries.js"
import countryNames from "../../lexicons/country-names.json" with { type: "json" }
import media from "../../lexicons/media.json" with { type: "json" }
import organizationHeads from "../../lexicons/organization-heads.json" with { type: "json" }
import organizations from "../../lexicons/organizations.json" with { type: "json" }
import seats from "../../lexicons/seats-of-power.json" with { type: "json" }
import titles from "../../lexicons/titles.json" with { type: "json" }
import { splitPhrase, type Word } from "./1-words.js"

export type Gender = "m" | "f"

export interface TitleInfo {
  /** The role as recorded, e.g. "foreign minister". */
  readonly title: string
  /** Nouns that can refer back to the holder ("diplomat" for an ambassador). */
  readonly refs: readonly string[]
  /** Holders of the same rank are counterparts. */
  readonly rank?: string
  readonly gender?: Gender
  /** Posted to a country ("ambassador to the United States"). */
  readonly to: boolean
  /** A bare use needs a qualifier or a name to count ("director", "head"). */
  readonly qualified: boolean
}

export interface OrganizationInfo {
  readonly name: string
  readonly country?: string
  /** A body every state has (foreign-ministry, embassy); with `generic` the state is named in the text. */
  readonly type?: string
  /** True for a typed body named without its state ("foreign ministry"). */
  readonly generic: boolean
  readonly head?: string
  readonly kind: "organization" | "group"
}

export type Entry =
  | { readonly kind: "country"; readonly country: string }
  | { readonly kind: "demonym"; readonly country: string }
  | { readonly kind: "people"; readonly country: string }
  | { readonly kind: "capital"; readonly country: string }
  | { readonly kind: "seat"; readonly country: string }
  | { readonly kind: "media"; readonly name: string; readonly country?: string }
  | { readonly kind: "organization"; readonly organization: OrganizationInfo }
  | { readonly kind: "title"; readonly title: TitleInfo }
  | { readonly kind: "honorific"; readonly gender?: Gender }
  | { readonly kind: "modifier"; readonly past: boolean }
  | { readonly kind: "counterpart" }
  | {
      readonly kind: "head"
      readonly head: string
      readonly refersTo: "organization" | "state" | "media" | "place" | "thing"
      readonly aliases: readonly string[]
      /** After a leader's name or a possessive: that leader's state ("the Dunn administration"). */
      readonly ofLeader: boolean
    }

interface Pattern {
  readonly entry: Entry
  /** Per word: "upper" needs all capitals, "cap" an initial capital, "any" no check. */
  readonly cases: readonly ("upper" | "cap" | "any")[]
}

interface Node {
  readonly children: Map<string, Node>
  readonly patterns: Pattern[]
}

export interface Match {
  /** Words matched, from the start index. */
  readonly length: number
  readonly entries: readonly Entry[]
}

interface TitleDoc {
  readonly form: string
  readonly type: string
  readonly title?: string
  readonly refs?: readonly string[]
  readonly rank?: string
  readonly gender?: string
  readonly to?: boolean
  readonly qualified?: boolean
  readonly past?: boolean
}

interface OrganizationDoc {
  readonly name: string
  readonly country?: string
  readonly forms?: readonly string[]
  readonly acronyms?: readonly string[]
  readonly type?: string
  readonly kind?: string
  readonly head?: string
}

const titleDocs: readonly TitleDoc[] = titles.entries

/** Abbreviations whose final period belongs to the word ("Mr.", "Sen."). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  titleDocs.map((t) => t.form).filter((form) => form.endsWith(".") && !form.slice(0, -1).includes("."))
)

const FUNCTION_WORDS = new Set(["the", "of", "and", "for", "on", "in", "de", "al", "&"])

const gender = (g: string | undefined): Gender | undefined => (g === "m" || g === "f" ? g : undefined)

const root: Node = { children: new Map(), patterns: [] }

const add = (phrase: string, entry: Entry, caseSensitive: boolean): void => {
  const words = splitPhrase(phrase, ABBREVIATIONS)
  if (words.length === 0) return
  let node = root
  for (const word of words) {
    let next = node.children.get(word.lower)
    if (!next) {
      next = { children: new Map(), patterns: [] }
      node.children.set(word.lower, next)
    }
    node = next
  }
  const cases = words.map((w) =>
    !caseSensitive || FUNCTION_WORDS.has(w.lower)
      ? "any"
      : w.shape === "upper"
        ? "upper"
        : w.shape === "cap"
          ? "cap"
          : "any"
  )
  node.patterns.push({ entry, cases })
}

// Plural of a demonym for the people of a state: "Russians", "Israelis"; others ("Chinese", "British") have none.
const plural = (demonym: string): string | null => (/[ni]$/.test(demonym) ? `${demonym}s` : null)

const build = (): void => {
  // A demonym or capital shared by several countries goes to the UN member, or to none when that is ambiguous.
  const owners = new Map<string, Set<string>>()
  const claim = (key: string, code: string) => {
    const set = owners.get(key) ?? new Set<string>()
    set.add(code)
    owners.set(key, set)
  }
  for (const c of COUNTRIES) {
    for (const d of c.demonyms) claim(`d:${d}`, c.code)
    for (const cap of c.capitals) claim(`c:${cap}`, c.code)
  }
  const owner = (key: string): string | undefined => {
    const codes = [...(owners.get(key) ?? [])]
    const members = codes.filter((code) => countryByCode(code)?.unMember)
    const chosen = members.length > 0 ? members : codes
    return chosen.length === 1 ? chosen[0] : undefined
  }
  for (const c of COUNTRIES) {
    for (const name of [c.name, ...c.otherNames]) add(name, { kind: "country", country: c.code }, true)
    for (const d of c.demonyms) {
      if (owner(`d:${d}`) !== c.code) continue
      add(d, { kind: "demonym", country: c.code }, true)
      const people = plural(d)
      if (people) add(people, { kind: "people", country: c.code }, true)
    }
    for (const cap of c.capitals) if (owner(`c:${cap}`) === c.code) add(cap, { kind: "capital", country: c.code }, true)
  }
  for (const n of countryNames.entries) {
    const kind = n.form === "demonym" ? "demonym" : n.form === "plural" ? "people" : "country"
    add(n.name, { kind, country: n.country }, true)
  }
  for (const s of seats.entries)
    add(s.name, { kind: s.type === "capital" ? "capital" : "seat", country: s.country }, true)
  for (const m of media.entries as readonly OrganizationDoc[]) {
    const entry: Entry = { kind: "media", name: m.name, ...(m.country ? { country: m.country } : {}) }
    for (const form of [m.name, ...(m.forms ?? []), ...(m.acronyms ?? [])]) {
      add(form, entry, true)
      const bare = form.replace(/^The /, "")
      if (bare !== form && bare.includes(" ")) add(bare, entry, true)
    }
  }
  for (const o of organizations.entries as readonly OrganizationDoc[]) {
    const generic = o.type !== undefined && o.country === undefined
    const organization: OrganizationInfo = {
      name: o.name,
      generic,
      kind: o.kind === "group" ? "group" : "organization",
      ...(o.country ? { country: o.country } : {}),
      ...(o.type ? { type: o.type } : {}),
      ...(o.head ? { head: o.head } : {})
    }
    for (const form of [o.name, ...(o.forms ?? []), ...(o.acronyms ?? [])])
      add(form, { kind: "organization", organization }, !generic)
  }
  for (const h of organizationHeads.entries as readonly {
    head: string
    refersTo: string
    aliases?: string[]
    ofLeader?: boolean
  }[]) {
    const refersTo =
      h.refersTo === "state" || h.refersTo === "media" || h.refersTo === "place" || h.refersTo === "thing"
        ? h.refersTo
        : "organization"
    add(
      h.head,
      { kind: "head", head: h.head, refersTo, aliases: h.aliases ?? [], ofLeader: h.ofLeader === true },
      false
    )
  }
  for (const t of titleDocs) {
    if (t.type === "title") {
      const info: TitleInfo = {
        title: t.title ?? t.form,
        refs: t.refs ?? [t.title ?? t.form],
        to: t.to === true,
        qualified: t.qualified === true,
        ...(t.rank ? { rank: t.rank } : {}),
        ...(gender(t.gender) ? { gender: gender(t.gender)! } : {})
      }
      add(t.form, { kind: "title", title: info }, false)
    } else if (t.type === "honorific") {
      const g = gender(t.gender)
      add(t.form, { kind: "honorific", ...(g ? { gender: g } : {}) }, false)
    } else if (t.type === "modifier") add(t.form, { kind: "modifier", past: t.past === true }, false)
    else if (t.type === "counterpart") add(t.form, { kind: "counterpart" }, false)
  }
}
build()

const fits = (word: Word, wanted: "upper" | "cap" | "any"): boolean =>
  wanted === "any" || (wanted === "upper" ? word.shape === "upper" : word.shape === "cap" || word.shape === "upper")

/** Every gazetteer entry that matches at `words[i]`, longest first (one Match per length). */
export const matchesAt = (words: readonly Word[], i: number): Match[] => {
  const out: Match[] = []
  let node: Node | undefined = root
  const sentence = words[i]?.sentence
  for (let j = i; j < words.length && node; j++) {
    const word = words[j]!
    if (word.sentence !== sentence) break
    node = node.children.get(word.lower)
    if (!node) break
    const length = j - i + 1
    const entries = node.patterns.filter((p) => p.cases.every((c, k) => fits(words[i + k]!, c))).map((p) => p.entry)
    if (entries.length > 0) out.unshift({ length, entries })
  }
  return out
}

/** Demonym of a country ("Russian" for RU), for canonical names of its bodies. */
export const demonymOf = (code: string): string => countryByCode(code)?.demonyms[0] ?? code

/** Common name of a country ("Russia" for RU). */
export const countryName = (code: string): string => countryByCode(code)?.name ?? code

/** Head nouns that refer back to a news outlet ("the newspaper", "the agency"). */
export const MEDIA_HEADS: ReadonlySet<string> = new Set(
  (organizationHeads.entries as readonly { head: string; refersTo: string }[])
    .filter((h) => h.refersTo === "media")
    .map((h) => h.head)
)

/** The title entry for a recorded role ("deputy foreign minister" -> foreign minister), dropping leading words. */
export const titleInfoOf = (roleTitle: string): TitleInfo | undefined => {
  const words = splitPhrase(roleTitle.toLowerCase(), ABBREVIATIONS)
  for (let k = 0; k < words.length; k++) {
    const rest = words.slice(k)
    const title = matchesAt(rest, 0)
      .find((m) => m.length === rest.length)
      ?.entries.find((e) => e.kind === "title")
    if (title?.kind === "title") return title.title
  }
  return undefined
}
