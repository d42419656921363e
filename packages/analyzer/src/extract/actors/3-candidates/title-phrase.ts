/**
 * The title phrase the title, honorific and counterpart rules read: [the|his|Russia's]
 * (demonym|country|organization|modifier|Capitalized)* TITLE [to|of|in COUNTRY] [NAME [of COUNTRY]].
 * Read once per word (the three rules share it); each rule then keeps what its kind of title makes.
 */
import type { Range } from "../../../Document.js"
import type { Entry, OrganizationInfo, TitleInfo } from "../2-gazetteer.js"
import type { Draft } from "./Candidate.js"
import {
  entryOf,
  FUNCTION_TAGS,
  organizationRef,
  PERSON_TAGS,
  POSSESSIVE_PRONOUNS,
  PRONOUNS,
  type Scan
} from "./scan.js"

export type Determiner = "the" | "indefinite" | "possessive" | null

export interface TitlePhrase {
  /** Index of the phrase's first word, and its sentence. */
  readonly i: number
  readonly sentence: number
  readonly determiner: Determiner
  readonly country: string | undefined
  readonly organization: {
    readonly info: OrganizationInfo | null
    readonly name: string
    readonly range: Range
    readonly media: boolean
  } | null
  /** States named before the title ("Russian", "France's"). */
  readonly states: readonly { readonly range: Range; readonly country: string }[]
  readonly modifiers: readonly string[]
  /** A past role ("former"). */
  readonly past: boolean
  readonly qualifiers: readonly string[]
  /** A person who owns the role ("Dunn adviser"). */
  readonly owner: { readonly range: Range; readonly parts: readonly string[] } | null
  /** A seat of power before the title ("White House press secretary"). */
  readonly seatRole: { readonly range: Range; readonly name: string; readonly country: string } | null
  readonly possessiveCountry: boolean
  readonly title: TitleInfo | undefined
  readonly honorific: Extract<Entry, { kind: "honorific" }> | undefined
  readonly counterpart: Extract<Entry, { kind: "counterpart" }> | undefined
  /** Index of the word after the title word(s). */
  readonly afterTitle: number
  readonly titleEnd: number
  readonly phraseStart: number
}

/** The title phrase at `i`, or null when no title, honorific or counterpart word ends it. */
export const readTitlePhrase = (scan: Scan, i: number): TitlePhrase | null =>
  scan.remembered("title-phrase", i, () => read(scan, i))

const read = (scan: Scan, i: number): TitlePhrase | null => {
  const { words, text } = scan
  const first = words[i]!
  const sentence = first.sentence
  let j = i
  let determiner: Determiner = null
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
  let organization: TitlePhrase["organization"] = null
  const states: { range: Range; country: string }[] = []
  const modifiers: string[] = []
  let past = false
  const qualifiers: string[] = []
  let owner: TitlePhrase["owner"] = null
  let seatRole: TitlePhrase["seatRole"] = null
  let possessiveCountry = false
  for (let guard = 0; guard < 12; guard++) {
    const w = scan.inSentence(j, sentence)
    if (!w) break
    const match = scan.best(j)
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
      if (scan.inSentence(j, sentence)?.lower === "'s") {
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
    // A function word ("And Sen. ...") is no part of a role.
    if (scan.hasTag(w, FUNCTION_TAGS) && !scan.hasTag(w, PERSON_TAGS)) break
    if (scan.isCap(w) && !w.initial && !PRONOUNS.has(w.lower)) {
      // A capitalized word before the title: a person who owns the role ("Dunn adviser", "Dunn's lawyer") or part of it ("Treasury").
      if (scan.hasTag(w, PERSON_TAGS)) {
        const name = scan.nameAt(j, sentence)
        if (!name) break
        owner = { range: { start: w.start, end: words[name.end - 1]!.end }, parts: name.parts }
        j = name.end
        if (scan.inSentence(j, sentence)?.lower === "'s") j++
        continue
      }
      qualifiers.push(w.lower)
      j++
      continue
    }
    if (scan.isCap(w) && w.initial && j === i && !scan.hasTag(w, PERSON_TAGS)) {
      qualifiers.push(w.lower)
      j++
      continue
    }
    break
  }
  const titleMatch = scan.inSentence(j, sentence) ? scan.best(j) : undefined
  const title = entryOf(titleMatch, "title")?.title
  const honorific = entryOf(titleMatch, "honorific")
  const counterpart = entryOf(titleMatch, "counterpart")
  if (!titleMatch || !(title || honorific || counterpart)) return null
  j += titleMatch.length
  const titleEnd = words[j - 1]!.end
  const afterTitle = scan.inSentence(j, sentence)
  // Plurals ("leaders") never match a title entry; "'s" after the title means "the president's aide".
  if (afterTitle?.lower === "'s" && !honorific) return null
  return {
    i,
    sentence,
    determiner,
    country,
    organization,
    states,
    modifiers,
    past,
    qualifiers,
    owner,
    seatRole,
    possessiveCountry,
    title,
    honorific,
    counterpart,
    afterTitle: j,
    titleEnd,
    phraseStart: words[i]!.start
  }
}

/** Posting, belonging and name after the title: "ambassador to the United States", "President Emmanuel Macron of France". */
export interface Posting {
  readonly to: string | undefined
  readonly of: string | undefined
  readonly name: { readonly end: number; readonly parts: readonly string[]; readonly suffix?: string } | null
  /** Index after the whole phrase, name and "of COUNTRY" included. */
  readonly nameEnd: number
  /** Index after the title and its posting, before the name. */
  readonly j: number
  /** The phrase's states, with those the posting names. */
  readonly states: readonly { readonly range: Range; readonly country: string }[]
}

export const readPosting = (scan: Scan, phrase: TitlePhrase): Posting => {
  const { sentence, title } = phrase
  const states = [...phrase.states]
  let j = phrase.afterTitle
  const afterTitle = scan.inSentence(j, sentence)
  let to: string | undefined
  let of: string | undefined
  if (afterTitle && title && (afterTitle.lower === "to" || (afterTitle.lower === "in" && title.to))) {
    const place = title.to ? scan.placeAt(j + 1, sentence) : null
    if (place) {
      to = place.country
      if (place.named) states.push({ range: place.named, country: place.country })
      j = place.end
    }
  } else if (afterTitle?.lower === "of" && title) {
    const place = scan.placeAt(j + 1, sentence)
    if (place) {
      of = place.country
      if (place.named) states.push({ range: place.named, country: place.country })
      j = place.end
    }
  }
  const after = scan.inSentence(j, sentence)
  let name = after && scan.isCap(after) ? scan.nameAt(j, sentence) : null
  // "President Emmanuel Macron of France"
  let nameEnd = name?.end ?? j
  if (name && scan.inSentence(name.end, sentence)?.lower === "of") {
    const place = scan.placeAt(name.end + 1, sentence)
    if (place) {
      of = of ?? place.country
      if (place.named) states.push({ range: place.named, country: place.country })
      nameEnd = place.end
    }
  }
  if (name && phrase.determiner === "indefinite") name = null
  return { to, of, name, nameEnd, j, states }
}

/**
 * What the phrase names besides its holder, in text order of the reading: the states, the seat, the
 * organization, the owner and a possessive pronoun ("his").
 */
export const sideCandidates = (scan: Scan, phrase: TitlePhrase, posting: Posting): Draft[] => {
  const { i, sentence, country, organization, seatRole, owner } = phrase
  const first = scan.words[i]!
  const out: Draft[] = []
  for (const s of posting.states)
    out.push(scan.draft(s.range.start, s.range.end, "name", { type: "state", country: s.country }, sentence, i))
  if (seatRole)
    out.push(
      scan.draft(
        seatRole.range.start,
        seatRole.range.end,
        "metonym",
        { type: "state", country: seatRole.country },
        sentence,
        i
      )
    )
  if (organization) {
    const info = organization.info
    const orgCountry = info?.country ?? country
    if (info?.generic && !orgCountry)
      out.push(
        scan.draft(
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
      )
    else if (organization.media)
      out.push(
        scan.draft(
          organization.range.start,
          organization.range.end,
          "name",
          { type: "media", name: organization.name, ...(orgCountry ? { country: orgCountry } : {}) },
          sentence,
          i
        )
      )
    else
      out.push(
        scan.draft(
          organization.range.start,
          organization.range.end,
          "name",
          organizationRef(info, organization.name, orgCountry),
          sentence,
          i
        )
      )
  }
  if (owner)
    out.push(
      scan.draft(
        owner.range.start,
        owner.range.end,
        owner.parts.length > 1 ? "name" : "surname",
        { type: "person", name: owner.parts, tentative: false },
        sentence,
        i
      )
    )
  if (phrase.determiner === "possessive" && PRONOUNS.has(first.lower))
    out.push(
      scan.draft(
        first.start,
        first.end,
        "pronoun",
        { type: "pronoun", lower: first.lower, reportVerbNext: false },
        sentence,
        i
      )
    )
  return out
}
