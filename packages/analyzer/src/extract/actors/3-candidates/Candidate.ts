/**
 * What a candidate mention says about the actor it may name (a name, a role, a country, an organization type),
 * and the normalized name key the later steps compare names by. Nothing is linked here; 4-resolve links them.
 */
import type { MentionForm } from "@diplo/model"
import type { Range } from "../../../Document.js"
import type { Gender, TitleInfo } from "../2-gazetteer.js"

export interface RoleDraft {
  readonly title: string
  readonly of?: string
  readonly to?: string
}

export type Reference =
  | { readonly type: "state"; readonly country: string }
  | {
      readonly type: "person"
      /** Name words as written ("Kim", "Jong-un"); one word for a surname. */
      readonly name: readonly string[]
      /** A generational suffix written after the name ("Jr", "III"). */
      readonly suffix?: string
      /** Only linked to a person already known: an unknown capitalized word that may be a surname. */
      readonly tentative: boolean
      /** A tentative single word kept as an actor of kind other when no person explains it ("Macron" in a text that never names him in full). */
      readonly keep?: boolean
      readonly gender?: Gender
      /** Gender the name lexicon gives the first name; weaker than a title's or an honorific's ("Kim" is a family name too). */
      readonly nameGender?: Gender
      readonly role?: RoleDraft
      readonly title?: TitleInfo
      readonly country?: string
    }
  | {
      readonly type: "description"
      readonly title: TitleInfo
      readonly role: RoleDraft
      readonly country?: string
      readonly to?: string
      /** The description as written, without its determiner, for a name when nothing resolves it. */
      readonly label: string
    }
  | { readonly type: "counterpart"; readonly country?: string; readonly possessor: number | null }
  | {
      readonly type: "organization"
      readonly key: string
      readonly name: string
      readonly kind: "organization" | "group"
      readonly country?: string
      readonly orgType?: string
      readonly heads: readonly string[]
      /** An acronym not in the gazetteer: linked to a named organization with these initials, else kept only if the name tags call it one. */
      readonly acronym?: boolean
      readonly tentative?: boolean
    }
  | {
      readonly type: "generic-organization"
      readonly heads: readonly string[]
      readonly orgType?: string
      readonly refersTo: "organization" | "media"
      readonly label: string
    }
  | { readonly type: "media"; readonly name: string; readonly country?: string }
  | { readonly type: "pronoun"; readonly lower: string; readonly reportVerbNext: boolean }
  | {
      /** "the Dunn administration", "his government": the state its leader belongs to. */
      readonly type: "government-of"
      readonly name?: readonly string[]
      readonly possessor?: number
      readonly label: string
    }

export interface Candidate extends Range {
  readonly form: MentionForm
  readonly ref: Reference
  readonly sentence: number
  readonly quoted: boolean
  /** Index of its paragraph. */
  readonly paragraph?: number
  /** Followed by its verb ("Mr. Keller said", "Keller, 66, was arrested"): the subject of its clause. */
  readonly subject?: boolean
  /** Followed by its verb inside a subordinate clause ("…, when Ms. Lee suggested"): that clause's subject. */
  readonly clauseSubject?: boolean
  /** In the headline the text opens with. */
  readonly headline?: boolean
  /** The rule that found it (the name of its file in this folder, without the number). */
  readonly rule: string
  /** Index of the candidate this one is in apposition with ("Mike Pompeo, the CIA director,"). */
  apposition?: number
}

/** A candidate as a rule returns it: links (`possessor`) count within the rule's own list. */
export type Draft = Omit<Candidate, "apposition">

const stripDiacritics = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "")

// Names repeat within and across articles: their keys are remembered (the memo is emptied when it grows large).
const nameKeys = new Map<string, string>()

/** A normalized key for names: lower case, no diacritics, no punctuation or spaces ("Kim Jong-un" = "Kim Jong Un"). */
export const nameKey = (s: string): string => {
  let key = nameKeys.get(s)
  if (key === undefined) {
    key = stripDiacritics(s)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "")
    if (nameKeys.size >= 50_000) nameKeys.clear()
    nameKeys.set(s, key)
  }
  return key
}
