/**
 * "North Korean leader Kim Jong Un", "the Russian ambassador to the United States": a title before a name gives
 * the person a role (and its country); a title without a name is a description 4-resolve links to a holder.
 */
import { demonymOf } from "../2-gazetteer.js"
import type { Reference, RoleDraft } from "./Candidate.js"
import type { Rule } from "./scan.js"
import { readPosting, readTitlePhrase, sideCandidates } from "./title-phrase.js"

export const title: Rule = {
  name: "title",
  match: (scan, i) => {
    const phrase = readTitlePhrase(scan, i)
    if (!phrase || phrase.counterpart || phrase.honorific || !phrase.title) return null
    const { words, text } = scan
    const { sentence, determiner, country, organization, seatRole, owner, past, modifiers, qualifiers, phraseStart } =
      phrase
    const posting = readPosting(scan, phrase)
    const { to, of, name, nameEnd, j } = posting
    const candidates = sideCandidates(scan, phrase, posting)
    const info = phrase.title
    const roleOwner = country ?? of
    const roleTitle = [...modifiers, ...qualifiers.filter(() => !organization), info.title].join(" ")
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
      const start = scan.inSentence(j, sentence)!.start
      const nameGender = name.parts.length > 1 ? scan.genderOf(start) : undefined
      const ref: Reference = {
        type: "person",
        name: name.parts,
        ...(name.suffix ? { suffix: name.suffix } : {}),
        tentative: false,
        role,
        // A past role ("former president") is recorded but does not make its holder "the president".
        ...(past ? {} : { title: info }),
        ...(info.gender ? { gender: info.gender } : {}),
        ...(nameGender ? { nameGender } : {}),
        ...(personCountry ? { country: personCountry } : {})
      }
      // The title before the name names the person too ("North Korean leader" in "North Korean leader Kim Jong Un").
      const titleStart = determiner === null ? phraseStart : (words[i + 1]?.start ?? phraseStart)
      candidates.push(scan.draft(titleStart, phrase.titleEnd, "title", ref, sentence, i))
      candidates.push(
        scan.draft(start, words[name.end - 1]!.end, name.parts.length > 1 ? "name" : "surname", ref, sentence, i)
      )
      return { end: nameEnd, candidates }
    }
    const qualified =
      country !== undefined || of !== undefined || organization !== null || owner !== null || qualifiers.length > 0
    if (determiner === "indefinite" || past) return { end: j, candidates }
    // A headline capitalizes every word: a title there without a name describes nobody we can tell ("Worst Negotiator").
    if (scan.inHeadline(scan.words[i]!)) return { end: j, candidates }
    if (info.qualified && !qualified) return { end: null, candidates }
    if (determiner === null && !qualified && !phrase.possessiveCountry) return { end: null, candidates }
    const end = words[j - 1]!.end
    const labelStart = determiner === "the" ? (words[i + 1]?.start ?? phraseStart) : phraseStart
    candidates.push(
      scan.draft(
        phraseStart,
        end,
        "description",
        {
          type: "description",
          title: info,
          role,
          label: text.slice(labelStart, end),
          ...(personCountry ? { country: personCountry } : {}),
          ...(to ? { to } : {})
        },
        sentence,
        i
      )
    )
    return { end: j, candidates }
  }
}
