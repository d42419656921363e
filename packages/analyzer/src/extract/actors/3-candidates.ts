/**
 * Candidate mentions: every stretch of words that may name an actor, with what it says about that actor
 * (a name, a role, a country, an organization type). Nothing is linked here; 4-resolve links them.
 */
import type { MentionForm } from "@diplo/model"
import { tagWords } from "./2-name-tags.js"
import type { Range, Segmented } from "../../Document.js"
import type { Word } from "./1-words.js"
import { type Entry, type Gender, matchesAt, type OrganizationInfo, type TitleInfo, demonymOf } from "./2-gazetteer.js"

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
      /** "the Trump administration", "his government": the state its leader belongs to. */
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
  /** Index of the candidate this one is in apposition with ("Mike Pompeo, the CIA director,"). */
  apposition?: number
}

const PRONOUNS = new Set(["he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself"])
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their", "our", "my", "your"])
// A capital after one of these is a place, not an agent ("flew to Moscow", "talks in Washington").
const LOCATIVES = new Set([
  "to",
  "in",
  "at",
  "from",
  "into",
  "near",
  "toward",
  "towards",
  "via",
  "outside",
  "inside",
  "around",
  "across",
  "through",
  "throughout",
  "within",
  "visit",
  "visited",
  "visiting",
  "arrived",
  "left",
  "leave",
  "leaving",
  "reach",
  "reached"
])
const NAME_PARTICLES = new Set([
  "bin",
  "ibn",
  "al",
  "el",
  "de",
  "van",
  "von",
  "der",
  "da",
  "di",
  "la",
  "le",
  "du",
  "dos"
])
const NAME_SUFFIXES = new Set(["jr.", "sr.", "ii", "iii", "iv"])
const CONNECTORS = new Set(["of", "for", "on"])
const PERSON_TAGS = ["Person", "FirstName", "LastName", "MaleName", "FemaleName"]
const FUNCTION_TAGS = ["Determiner", "Preposition", "Conjunction", "Pronoun", "Adverb", "QuestionWord"]

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

export interface CandidateContext {
  readonly segmented: Segmented
  readonly words: readonly Word[]
  readonly isReportVerb: (lower: string) => boolean
}

/** Finds the candidate mentions of one source, in text order. */
export const findCandidates = (context: CandidateContext): Candidate[] => {
  const { segmented, words } = context
  const text = segmented.source.text
  const out: Candidate[] = []
  const dateline = segmented.dateline

  // Quotation state per word: inside “...” or "..." (reset at each paragraph).
  const quoted: boolean[] = new Array(words.length).fill(false)
  {
    let inside = false
    let paragraph = -1
    for (const w of words) {
      const p = segmented.sentences[w.sentence]?.paragraph ?? 0
      if (p !== paragraph) {
        inside = false
        paragraph = p
      }
      if (w.text === "“" || w.text === "«") inside = true
      else if (w.text === "”" || w.text === "»") inside = false
      else if (w.text === '"') inside = !inside
      else quoted[w.index] = inside
    }
  }

  // Word tags from the name lexicon (see 2-name-tags).
  const wordTags = tagWords(words)
  const tagsOf = (w: Word): ReadonlySet<string> => wordTags[w.index]!
  const genderOf = (start: number): Gender | undefined => {
    // Words are in text order: a binary search, not a scan per candidate (quadratic on a run of capitals).
    let lo = 0
    let hi = words.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (words[mid]!.start < start) lo = mid + 1
      else hi = mid
    }
    const w = words[lo]?.start === start ? words[lo] : undefined
    if (!w) return undefined
    if (hasTag(w, ["FemaleName"])) return "f"
    if (hasTag(w, ["MaleName"])) return "m"
    return undefined
  }
  const hasTag = (w: Word, tags: readonly string[]): boolean => {
    const own = tagsOf(w)
    return tags.some((t) => own.has(t))
  }

  const inSentence = (i: number, sentence: number): Word | undefined => {
    const w = words[i]
    return w && w.sentence === sentence ? w : undefined
  }
  const isCap = (w: Word | undefined): boolean => w !== undefined && (w.shape === "cap" || w.shape === "upper")
  const emit = (
    start: number,
    end: number,
    form: MentionForm,
    ref: Reference,
    sentence: number,
    at: number
  ): number => {
    out.push({ start, end, form, ref, sentence, quoted: quoted[at] ?? false })
    return out.length - 1
  }
  const best = (i: number): { length: number; entries: readonly Entry[] } | undefined => matchesAt(words, i)[0]
  const entryOf = <K extends Entry["kind"]>(
    match: { entries: readonly Entry[] } | undefined,
    kind: K
  ): Extract<Entry, { kind: K }> | undefined =>
    match?.entries.find((e): e is Extract<Entry, { kind: K }> => e.kind === kind)
  const inDateline = (w: Word): boolean => dateline !== null && w.start >= dateline.start && w.end <= dateline.end

  /** A person's name starting at `i`: capitalized words, initials, particles and hyphen joins. */
  const nameAt = (i: number, sentence: number): { end: number; parts: string[] } | null => {
    const parts: string[] = []
    let j = i
    while (parts.length < 6) {
      const w = inSentence(j, sentence)
      if (!w) break
      if (isCap(w) && !(parts.length === 0 && w.shape === "upper" && w.text.length <= 5 && !w.text.includes("."))) {
        const match = best(j)
        const blocking = match?.entries.some(
          (e) =>
            e.kind === "country" ||
            e.kind === "demonym" ||
            e.kind === "title" ||
            e.kind === "honorific" ||
            e.kind === "organization" ||
            e.kind === "media" ||
            e.kind === "seat" ||
            e.kind === "capital" ||
            e.kind === "head" ||
            e.kind === "modifier"
        )
        if (blocking && !(parts.length > 0 && hasTag(w, PERSON_TAGS))) break
        if (hasTag(w, ["Date", "Month", "WeekDay"]) && !hasTag(w, PERSON_TAGS)) break
        parts.push(w.text)
        j++
        continue
      }
      // Jong-un joins; "Trump-Abe" (two capitalized names) does not, unless the first is a first name (Jean-Yves).
      const joined = inSentence(j + 1, sentence)
      if (
        parts.length > 0 &&
        w.text === "-" &&
        joined !== undefined &&
        (joined.shape === "lower" || (joined.shape === "cap" && hasTag(words[j - 1]!, ["FirstName"])))
      ) {
        parts[parts.length - 1] = `${parts[parts.length - 1]}-${words[j + 1]!.text}`
        j += 2
        continue
      }
      if (parts.length > 0 && NAME_PARTICLES.has(w.lower) && isCap(inSentence(j + 1, sentence))) {
        parts.push(w.text)
        j++
        continue
      }
      if (parts.length > 0 && NAME_SUFFIXES.has(w.lower)) {
        j++
        continue
      }
      break
    }
    if (parts.length === 0) return null
    return { end: j, parts }
  }

  /** The country (or capital) right after a preposition at `i`: "to the United States", "in Washington". */
  const placeAt = (i: number, sentence: number): { end: number; country: string; named: Range | null } | null => {
    let j = i
    if (inSentence(j, sentence)?.lower === "the") j++
    const match = best(j)
    const country = entryOf(match, "country")
    if (country && match) {
      const last = words[j + match.length - 1]!
      return { end: j + match.length, country: country.country, named: { start: words[j]!.start, end: last.end } }
    }
    const capital = entryOf(match, "capital") ?? entryOf(match, "seat")
    if (capital && match) return { end: j + match.length, country: capital.country, named: null }
    return null
  }

  /**
   * A title phrase at `i`: [the|his|Russia's] (demonym|country|organization|modifier|Capitalized)* TITLE
   * [to|of|in COUNTRY] [NAME [of COUNTRY]]. Returns the index after it, or null when there is no title.
   */
  const titlePhrase = (i: number): number | null => {
    const first = words[i]!
    const sentence = first.sentence
    let j = i
    let determiner: "the" | "indefinite" | "possessive" | null = null
    if (first.lower === "the") {
      determiner = "the"
      j++
    } else if (first.lower === "a" || first.lower === "an") {
      determiner = "indefinite"
      j++
    } else if (POSSESSIVE_PRONOUNS.has(first.lower)) {
      determiner = "possessive"
      j++
    }
    let country: string | undefined
    let demonymStart: number | null = null
    let organization: { info: OrganizationInfo | null; name: string; range: Range; media: boolean } | null = null
    const states: { range: Range; country: string }[] = []
    const modifiers: string[] = []
    let past = false
    const qualifiers: string[] = []
    let owner: { range: Range; parts: string[] } | null = null
    let seatRole: { range: Range; name: string; country: string } | null = null
    let possessiveCountry = false
    for (let guard = 0; guard < 12; guard++) {
      const w = inSentence(j, sentence)
      if (!w) break
      const match = best(j)
      if (match?.entries.some((e) => e.kind === "title" || e.kind === "counterpart" || e.kind === "honorific")) break
      const demonym = entryOf(match, "demonym")
      const named = entryOf(match, "country")
      const org = entryOf(match, "organization")
      const media = entryOf(match, "media")
      const seat = entryOf(match, "seat")
      if (match && demonym) {
        country = demonym.country
        demonymStart ??= w.start
        j += match.length
        continue
      }
      if (match && named) {
        country = named.country
        const last = words[j + match.length - 1]!
        states.push({ range: { start: w.start, end: last.end }, country: named.country })
        j += match.length
        if (inSentence(j, sentence)?.lower === "'s") {
          possessiveCountry = true
          j++
        }
        continue
      }
      if (match && (org || media || seat)) {
        const last = words[j + match.length - 1]!
        // "Russian Foreign Ministry": the demonym before a body every state has is part of its name.
        const start =
          organization?.range.start ?? (org?.organization.generic && demonymStart !== null ? demonymStart : w.start)
        const range: Range = { start, end: last.end }
        if (org) organization = { info: org.organization, name: org.organization.name, range, media: false }
        else if (media) organization = { info: null, name: media.name, range, media: true }
        else if (seat) {
          // "White House press secretary": the seat stands for its state, as everywhere else.
          country = seat.country
          seatRole = {
            range: { start: w.start, end: last.end },
            name: text.slice(w.start, last.end),
            country: seat.country
          }
        }
        const c = org?.organization.country ?? media?.country ?? seat?.country
        if (c) country = c
        j += match.length
        continue
      }
      if (match && entryOf(match, "modifier")) {
        past ||= entryOf(match, "modifier")?.past === true
        modifiers.push(
          words
            .slice(j, j + match.length)
            .map((x) => x.lower)
            .join(" ")
        )
        j += match.length
        continue
      }
      if (isCap(w) && !w.initial && !PRONOUNS.has(w.lower)) {
        // A capitalized word before the title: a person who owns the role ("Trump adviser", "Trump's lawyer") or part of it ("Treasury").
        if (hasTag(w, PERSON_TAGS)) {
          const name = nameAt(j, sentence)
          if (!name) break
          owner = { range: { start: w.start, end: words[name.end - 1]!.end }, parts: name.parts }
          j = name.end
          if (inSentence(j, sentence)?.lower === "'s") j++
          continue
        }
        qualifiers.push(w.lower)
        j++
        continue
      }
      if (isCap(w) && w.initial && j === i && !hasTag(w, PERSON_TAGS)) {
        qualifiers.push(w.lower)
        j++
        continue
      }
      break
    }
    const titleMatch = inSentence(j, sentence) ? best(j) : undefined
    const title = entryOf(titleMatch, "title")?.title
    const honorific = entryOf(titleMatch, "honorific")
    const counterpart = entryOf(titleMatch, "counterpart")
    if (!titleMatch || !(title || honorific || counterpart)) return null
    j += titleMatch.length
    const titleEnd = words[j - 1]!.end
    const afterTitle = inSentence(j, sentence)
    // Plurals ("leaders") never match a title entry; "'s" after the title means "the president's aide".
    if (afterTitle?.lower === "'s" && !honorific) return null
    const phraseStart = words[i]!.start

    if (counterpart) {
      if (determiner !== "possessive" || first.lower === "its") return null
      const pronoun = emit(
        first.start,
        first.end,
        "pronoun",
        { type: "pronoun", lower: first.lower, reportVerbNext: false },
        sentence,
        i
      )
      emit(
        phraseStart,
        words[j - 1]!.end,
        "description",
        { type: "counterpart", possessor: pronoun, ...(country ? { country } : {}) },
        sentence,
        i
      )
      return j
    }

    // Posting and belonging: "ambassador to the United States", "President of France".
    let to: string | undefined
    let of: string | undefined
    if (afterTitle && title && (afterTitle.lower === "to" || (afterTitle.lower === "in" && title.to))) {
      const place = title.to ? placeAt(j + 1, sentence) : null
      if (place) {
        to = place.country
        if (place.named) states.push({ range: place.named, country: place.country })
        j = place.end
      }
    } else if (afterTitle?.lower === "of" && title) {
      const place = placeAt(j + 1, sentence)
      if (place) {
        of = place.country
        if (place.named) states.push({ range: place.named, country: place.country })
        j = place.end
      }
    }
    const after = inSentence(j, sentence)
    let name = after && isCap(after) ? nameAt(j, sentence) : null
    // "President Emmanuel Macron of France"
    let nameEnd = name?.end ?? j
    if (name && inSentence(name.end, sentence)?.lower === "of") {
      const place = placeAt(name.end + 1, sentence)
      if (place) {
        of = of ?? place.country
        if (place.named) states.push({ range: place.named, country: place.country })
        nameEnd = place.end
      }
    }
    if (name && determiner === "indefinite") name = null

    const roleOwner = country ?? of
    for (const s of states) emit(s.range.start, s.range.end, "name", { type: "state", country: s.country }, sentence, i)
    if (seatRole)
      emit(
        seatRole.range.start,
        seatRole.range.end,
        "metonym",
        { type: "state", country: seatRole.country },
        sentence,
        i
      )
    if (organization) {
      const info = organization.info
      const orgCountry = info?.country ?? country
      if (info?.generic && !orgCountry)
        emit(
          organization.range.start,
          organization.range.end,
          "description",
          {
            type: "generic-organization",
            heads: info.head ? [info.head] : [],
            ...(info.type ? { orgType: info.type } : {}),
            refersTo: "organization",
            label: organization.name
          },
          sentence,
          i
        )
      else if (organization.media)
        emit(
          organization.range.start,
          organization.range.end,
          "name",
          { type: "media", name: organization.name, ...(orgCountry ? { country: orgCountry } : {}) },
          sentence,
          i
        )
      else
        emit(
          organization.range.start,
          organization.range.end,
          "name",
          organizationRef(info, organization.name, orgCountry),
          sentence,
          i
        )
    }
    if (owner)
      emit(
        owner.range.start,
        owner.range.end,
        owner.parts.length > 1 ? "name" : "surname",
        { type: "person", name: owner.parts, tentative: false },
        sentence,
        i
      )
    if (determiner === "possessive" && PRONOUNS.has(first.lower))
      emit(
        first.start,
        first.end,
        "pronoun",
        { type: "pronoun", lower: first.lower, reportVerbNext: false },
        sentence,
        i
      )

    if (honorific) {
      if (!name) return null
      emit(
        words[name.end - name.parts.length]?.start ?? after!.start,
        words[name.end - 1]!.end,
        name.parts.length > 1 ? "name" : "surname",
        {
          type: "person",
          name: name.parts,
          tentative: false,
          ...(honorific.gender ? { gender: honorific.gender } : {})
        },
        sentence,
        i
      )
      return nameEnd
    }
    if (!title) return null
    const roleTitle = [...modifiers, ...qualifiers.filter(() => !organization), title.title].join(" ")
    const roleOf =
      organization && !organization.media
        ? organization.info?.generic && country
          ? `${demonymOf(country)} ${organization.name}`
          : organization.name
        : (seatRole?.name ?? roleOwner)
    const ownerName = owner ? owner.parts.join(" ") : undefined
    const role: RoleDraft = {
      title: roleTitle,
      ...(roleOf ? { of: roleOf } : ownerName ? { of: ownerName } : {}),
      ...(to ? { to } : {})
    }
    const personCountry = country ?? of
    if (name) {
      const start = after!.start
      const ref: Reference = {
        type: "person",
        name: name.parts,
        tentative: false,
        role,
        // A past role ("former president") is recorded but does not make its holder "the president".
        ...(past ? {} : { title }),
        ...(title.gender ? { gender: title.gender } : {}),
        ...(name.parts.length > 1 && genderOf(start) ? { nameGender: genderOf(start)! } : {}),
        ...(personCountry ? { country: personCountry } : {})
      }
      // The title before the name names the person too ("North Korean leader" in "North Korean leader Kim Jong Un").
      const titleStart = determiner === null ? phraseStart : (words[i + 1]?.start ?? phraseStart)
      emit(titleStart, titleEnd, "title", ref, sentence, i)
      emit(start, words[name.end - 1]!.end, name.parts.length > 1 ? "name" : "surname", ref, sentence, i)
      return nameEnd
    }
    const qualified =
      country !== undefined || of !== undefined || organization !== null || owner !== null || qualifiers.length > 0
    if (determiner === "indefinite" || past) return j
    if (title.qualified && !qualified) return null
    if (determiner === null && !qualified && !possessiveCountry) return null
    const end = words[j - 1]!.end
    const labelStart = determiner === "the" ? (words[i + 1]?.start ?? phraseStart) : phraseStart
    emit(
      phraseStart,
      end,
      "description",
      {
        type: "description",
        title,
        role,
        label: text.slice(labelStart, end),
        ...(personCountry ? { country: personCountry } : {}),
        ...(to ? { to } : {})
      },
      sentence,
      i
    )
    return j
  }

  /** An organization phrase of capitalized words with a head noun ("Office of Budget Responsibility"). */
  const capitalizedOrganization = (
    i: number
  ): { end: number; country?: string; name: string; heads: string[]; start: number } | null => {
    const sentence = words[i]!.sentence
    let j = i
    if (words[i]!.lower === "the") return null
    let country: string | undefined
    const leading = best(j)
    const demonym = entryOf(leading, "demonym") ?? entryOf(leading, "country")
    if (leading && demonym) {
      country = demonym.country
      j += leading.length
    }
    const nameStart = j
    const heads: string[] = []
    let last = -1
    while (j - nameStart < 12) {
      const w = inSentence(j, sentence)
      if (!w) break
      if (isCap(w)) {
        const head = entryOf(best(j), "head")
        if (head && (head.refersTo === "organization" || head.refersTo === "media")) {
          heads.push(head.head)
          last = j
        }
        j++
        continue
      }
      // Connectors inside a name once it has a head: "Office of the Director of National Intelligence".
      if (CONNECTORS.has(w.lower) && heads.length > 0) {
        let k = j + 1
        if (inSentence(k, sentence)?.lower === "the") k++
        if (isCap(inSentence(k, sentence))) {
          j = k
          continue
        }
      }
      break
    }
    if (heads.length === 0 || j - nameStart < 2) return null
    // The name ends with its last capitalized word; a lone head at the start ("Office") is no name.
    if (last === nameStart && j - nameStart === 1) return null
    const end = j
    const name = text.slice(words[nameStart]!.start, words[end - 1]!.end)
    return { start: words[i]!.start, end, name, heads, ...(country ? { country } : {}) }
  }

  /** [the] (demonym|country['s]) HEAD: "the French embassy", "France's foreign ministry", "the Chinese side". */
  const headPhrase = (i: number): number | null => {
    const first = words[i]!
    const sentence = first.sentence
    let j = i
    if (first.lower === "the") j++
    let country: string | undefined
    let countryRange: Range | null = null
    let form: MentionForm = "description"
    const lead = best(j)
    const demonym = entryOf(lead, "demonym")
    const named = entryOf(lead, "country")
    if (lead && (demonym || named)) {
      country = (demonym ?? named)!.country
      const last = words[j + lead.length - 1]!
      if (named) countryRange = { start: words[j]!.start, end: last.end }
      form = demonym ? "demonym" : "metonym"
      j += lead.length
      if (named && inSentence(j, sentence)?.lower === "'s") j++
    }
    const match = inSentence(j, sentence) ? best(j) : undefined
    const typed = match?.entries.find(
      (e): e is Extract<Entry, { kind: "organization" }> => e.kind === "organization" && e.organization.generic
    )
    const head = entryOf(match, "head")
    if (!match || !(typed || head)) return null
    const end = j + match.length
    // "the British Office of Budget Responsibility": a capitalized head starts a name, read as one.
    const headWord = words[j]!
    if (
      !typed &&
      isCap(headWord) &&
      (isCap(inSentence(end, sentence)) || CONNECTORS.has(inSentence(end, sentence)?.lower ?? ""))
    )
      return null
    const last = words[end - 1]!
    const start = country && first.lower === "the" ? words[i + 1]!.start : first.start
    if (typed) {
      // "the embassy of Russia": the state follows; "the Russian embassy in the United States": the location is no key.
      const next = inSentence(end, sentence)
      if (next?.lower === "of" && !country) {
        const place = placeAt(end + 1, sentence)
        if (place?.named) country = place.country
      }
      if (countryRange && country)
        emit(countryRange.start, countryRange.end, "name", { type: "state", country }, sentence, i)
      if (country)
        emit(
          start,
          last.end,
          "name",
          organizationRef(typed.organization, typed.organization.name, country),
          sentence,
          i
        )
      else
        emit(
          first.start,
          last.end,
          "description",
          {
            type: "generic-organization",
            heads: typed.organization.head ? [typed.organization.head] : [],
            ...(typed.organization.type ? { orgType: typed.organization.type } : {}),
            refersTo: "organization",
            label: text.slice(words[j]!.start, last.end)
          },
          sentence,
          i
        )
      return end
    }
    if (!head || head.refersTo === "place" || head.refersTo === "thing") return null
    if (head.refersTo === "state") {
      if (!country) return null
      emit(start, last.end, form, { type: "state", country }, sentence, i)
      return end
    }
    if (country) {
      if (countryRange) emit(countryRange.start, countryRange.end, "name", { type: "state", country }, sentence, i)
      if (head.refersTo === "media") return end
      const name = `${demonymOf(country)} ${text.slice(words[j]!.start, last.end).toLowerCase()}`
      emit(
        start,
        last.end,
        "name",
        {
          type: "organization",
          key: `${head.head}:${country}`,
          name,
          kind: "organization",
          country,
          heads: [head.head, ...head.aliases]
        },
        sentence,
        i
      )
      return end
    }
    if (first.lower !== "the") return null
    emit(
      first.start,
      last.end,
      "description",
      {
        type: "generic-organization",
        heads: [head.head, ...head.aliases],
        refersTo: head.refersTo,
        label: text.slice(words[j]!.start, last.end)
      },
      sentence,
      i
    )
    return end
  }

  let i = 0
  while (i < words.length) {
    const w = words[i]!
    const sentence = w.sentence
    if (w.shape === "punct" || w.shape === "number" || inDateline(w)) {
      i++
      continue
    }
    const viaTitle = titlePhrase(i)
    if (viaTitle !== null && viaTitle > i) {
      i = viaTitle
      continue
    }
    const viaHead = headPhrase(i)
    if (viaHead !== null && viaHead > i) {
      i = viaHead
      continue
    }
    if (PRONOUNS.has(w.lower)) {
      const next = inSentence(i + 1, sentence)
      const government = next && (w.lower === "his" || w.lower === "her") ? entryOf(best(i + 1), "head") : undefined
      if (next && government?.ofLeader) {
        const possessor = emit(
          w.start,
          w.end,
          "pronoun",
          { type: "pronoun", lower: w.lower, reportVerbNext: false },
          sentence,
          i
        )
        emit(
          w.start,
          next.end,
          "metonym",
          { type: "government-of", possessor, label: text.slice(w.start, next.end) },
          sentence,
          i
        )
        i += 2
        continue
      }
      const reportVerbNext = w.lower === "it" && next !== undefined && context.isReportVerb(next.lower)
      emit(w.start, w.end, "pronoun", { type: "pronoun", lower: w.lower, reportVerbNext }, sentence, i)
      i++
      continue
    }
    if (isCap(w)) {
      const org = capitalizedOrganization(i)
      const match = best(i)
      if (org && (!match || org.end - i > match.length)) {
        const key = `org:${nameKey(org.name)}`
        emit(
          org.start,
          words[org.end - 1]!.end,
          "name",
          {
            type: "organization",
            key,
            name: org.name,
            kind: "organization",
            heads: org.heads,
            ...(org.country ? { country: org.country } : {})
          },
          sentence,
          i
        )
        i = org.end
        continue
      }
      if (match) {
        const end = i + match.length
        const last = words[end - 1]!
        const media = entryOf(match, "media")
        const organization = entryOf(match, "organization")
        const named = entryOf(match, "country")
        const capital = entryOf(match, "capital")
        const seat = entryOf(match, "seat")
        const people = entryOf(match, "people")
        const prev = inSentence(i - 1, sentence)
        const beforeThe = prev?.lower === "the" ? inSentence(i - 2, sentence) : prev
        const possessive = inSentence(end, sentence)?.lower === "'s"
        const locative = beforeThe !== undefined && LOCATIVES.has(beforeThe.lower) && !possessive
        if (media) {
          emit(
            w.start,
            last.end,
            "name",
            { type: "media", name: media.name, ...(media.country ? { country: media.country } : {}) },
            sentence,
            i
          )
          i = end
          continue
        }
        if (organization && !organization.organization.generic) {
          emit(
            w.start,
            last.end,
            "name",
            organizationRef(
              organization.organization,
              organization.organization.name,
              organization.organization.country
            ),
            sentence,
            i
          )
          i = end
          continue
        }
        if (named) {
          // "Jordan Peterson": a country word that starts a person's name is no country.
          const next = inSentence(end, sentence)
          if (!(match.length === 1 && next && isCap(next) && hasTag(next, ["LastName"]))) {
            emit(w.start, last.end, "name", { type: "state", country: named.country }, sentence, i)
            i = end
            continue
          }
        }
        if (capital || seat) {
          const place = (capital ?? seat)!
          const next = inSentence(end, sentence)
          const partOfName =
            (next !== undefined && isCap(next)) ||
            (prev !== undefined && isCap(prev) && !prev.initial && hasTag(prev, ["FirstName"]))
          const datelineLike = w.shape === "upper" && (w.initial || i === 0) && next?.text === ","
          if (!locative && !partOfName && !datelineLike) {
            const start = seat && prev?.lower === "the" ? prev.start : w.start
            emit(start, last.end, "metonym", { type: "state", country: place.country }, sentence, i)
          }
          i = end
          continue
        }
        if (people) {
          emit(w.start, last.end, "demonym", { type: "state", country: people.country }, sentence, i)
          i = end
          continue
        }
        if (match.entries.some((e) => e.kind !== "head")) {
          i = end
          continue
        }
      }
      // A sentence-initial function word ("With", "The") starts no name.
      if (w.initial && hasTag(w, FUNCTION_TAGS) && !hasTag(w, PERSON_TAGS)) {
        i++
        continue
      }
      // A place named by a head noun ("Trump Tower", "Korean Peninsula") is no actor: skip the whole run.
      {
        let j = i
        while (isCap(inSentence(j, sentence)) || (j > i && inSentence(j, sentence)?.text === "-")) j++
        const head = j - i >= 2 ? entryOf(best(j - 1), "head") : undefined
        if (head?.refersTo === "place" || head?.refersTo === "thing") {
          i = j
          continue
        }
      }
      // Unknown capitalized words: a person's name, an acronym, or nothing we know.
      if (w.shape === "upper" && w.text.replace(/\./g, "").length <= 6 && !hasTag(w, PERSON_TAGS)) {
        emit(
          w.start,
          w.end,
          "name",
          {
            type: "organization",
            key: `org:${nameKey(w.text)}`,
            name: w.text,
            kind: "organization",
            heads: [],
            acronym: true,
            tentative: !hasTag(w, ["Organization"])
          },
          sentence,
          i
        )
        i++
        continue
      }
      const name = nameAt(i, sentence)
      if (name) {
        const first = words[i]!
        // "the Trump administration", "Abe's government": the leader's state, not the leader.
        const headAt = inSentence(name.end, sentence)?.lower === "'s" ? name.end + 1 : name.end
        const government = inSentence(headAt, sentence) ? entryOf(best(headAt), "head") : undefined
        if (government?.ofLeader) {
          const end = words[headAt]!.end
          emit(
            first.start,
            end,
            "metonym",
            { type: "government-of", name: name.parts, label: text.slice(first.start, end) },
            sentence,
            i
          )
          i = headAt + 1
          continue
        }
        const lastWord = words[name.end - 1]!
        const runWords = words.slice(i, name.end).filter((x) => x.shape !== "punct")
        // Two or more capitalized words mid-sentence that the name tags call neither place, organization nor date: a name.
        const nameShaped =
          !first.initial &&
          runWords.length >= 2 &&
          runWords.every(
            (x) => x.shape === "cap" && !hasTag(x, ["Place", "Organization", "Date", "Value", "Adjective"])
          )
        const person = nameShaped || runWords.some((x) => hasTag(x, PERSON_TAGS))
        const organization = name.parts.every((_, k) => hasTag(words[i + k] ?? first, ["Organization"]))
        if (organization && name.parts.length > 1) {
          emit(
            first.start,
            lastWord.end,
            "name",
            {
              type: "organization",
              key: `org:${nameKey(name.parts.join(" "))}`,
              name: name.parts.join(" "),
              kind: "organization",
              heads: []
            },
            sentence,
            i
          )
        } else if (person && !(name.parts.length === 1 && first.initial && !hasTag(first, ["LastName", "FirstName"]))) {
          const nameGender = name.parts.length > 1 ? genderOf(first.start) : undefined
          emit(
            first.start,
            lastWord.end,
            name.parts.length > 1 ? "name" : "surname",
            { type: "person", name: name.parts, tentative: false, ...(nameGender ? { nameGender } : {}) },
            sentence,
            i
          )
        } else if (name.parts.length === 1 || !first.initial) {
          const keep =
            name.parts.length === 1 &&
            (!first.initial || hasTag(first, ["ProperNoun"])) &&
            !hasTag(first, FUNCTION_TAGS)
          emit(
            first.start,
            lastWord.end,
            name.parts.length > 1 ? "name" : "surname",
            { type: "person", name: name.parts, tentative: true, keep },
            sentence,
            i
          )
        }
        i = name.end
        continue
      }
      i++
      continue
    }
    i++
  }

  // Text order (outer before inner), with candidate-to-candidate links renumbered.
  const order = [...out.keys()].sort((a, b) => out[a]!.start - out[b]!.start || out[b]!.end - out[a]!.end || a - b)
  const position = new Map(order.map((from, to) => [from, to]))
  const sorted: Candidate[] = order.map((k) => {
    const c = out[k]!
    if (c.ref.type === "counterpart" && c.ref.possessor !== null)
      return { ...c, ref: { ...c.ref, possessor: position.get(c.ref.possessor) ?? null } }
    if (c.ref.type === "government-of" && c.ref.possessor !== undefined) {
      const possessor = position.get(c.ref.possessor)
      const { possessor: _old, ...rest } = c.ref
      return { ...c, ref: possessor !== undefined ? { ...rest, possessor } : rest }
    }
    return c
  })
  out.length = 0
  out.push(...sorted)

  // Apposition: "NAME, the TITLE," and "the TITLE, NAME" name the same person.
  const byStart = [...out.keys()]
  for (let k = 0; k < byStart.length; k++) {
    const c = out[byStart[k]!]!
    if (c.ref.type !== "description") continue
    let prev: Candidate | undefined
    for (let b = k - 1; b >= Math.max(0, k - 6) && !prev; b--)
      if (out[byStart[b]!]!.end <= c.start) prev = out[byStart[b]!]
    let next: Candidate | undefined
    for (let a = k + 1; a < Math.min(byStart.length, k + 7) && !next; a++)
      if (out[byStart[a]!]!.start >= c.end) next = out[byStart[a]!]
    const between = (a: number, b: number) => text.slice(a, b).trim()
    if (prev && prev.ref.type === "person" && !prev.ref.tentative && between(prev.end, c.start) === ",")
      c.apposition = out.indexOf(prev)
    else if (next && next.ref.type === "person" && !next.ref.tentative && between(c.end, next.start) === ",")
      c.apposition = out.indexOf(next)
  }
  return out
}

const organizationRef = (info: OrganizationInfo | null, name: string, country: string | undefined): Reference => {
  if (!info)
    return {
      type: "organization",
      key: `org:${nameKey(name)}`,
      name,
      kind: "organization",
      heads: [],
      ...(country ? { country } : {})
    }
  const displayName = info.generic && country ? `${demonymOf(country)} ${info.name}` : info.name
  const key =
    info.type && (country ?? info.country) ? `${info.type}:${country ?? info.country}` : `org:${nameKey(info.name)}`
  const heads = info.head ? [info.head] : []
  return {
    type: "organization",
    key,
    name: displayName,
    kind: info.kind,
    heads,
    ...((info.country ?? country) ? { country: (info.country ?? country)! } : {}),
    ...(info.type ? { orgType: info.type } : {})
  }
}
