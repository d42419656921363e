/**
 * [the] (demonym|country['s]) HEAD: "the French embassy", "France's foreign ministry", "the Chinese side". A body
 * every state has is that state's; a head that refers to a state ("the Chinese side") is the state; a bare "the
 * embassy" is a description 4-resolve links to the body last named.
 */
import type { MentionForm } from "@diplo/model"
import type { Range } from "../../../Document.js"
import { demonymOf, type Entry } from "../2-gazetteer.js"
import type { Draft } from "./Candidate.js"
import { CONNECTORS, entryOf, organizationRef, type Rule } from "./scan.js"

export const headPhrase: Rule = {
  name: "head-phrase",
  match: (scan, i) => {
    const { words, text } = scan
    const first = words[i]!
    const sentence = first.sentence
    let j = i
    if (first.lower === "the") j++
    let country: string | undefined
    let countryRange: Range | null = null
    let form: MentionForm = "description"
    const lead = scan.best(j)
    const demonym = entryOf(lead, "demonym")
    const named = entryOf(lead, "country")
    if (lead && (demonym || named)) {
      country = (demonym ?? named)!.country
      const last = words[j + lead.length - 1]!
      if (named) countryRange = { start: words[j]!.start, end: last.end }
      form = demonym ? "demonym" : "metonym"
      j += lead.length
      if (named && scan.inSentence(j, sentence)?.lower === "'s") j++
    }
    const match = scan.inSentence(j, sentence) ? scan.best(j) : undefined
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
      scan.isCap(headWord) &&
      (scan.isCap(scan.inSentence(end, sentence)) || CONNECTORS.has(scan.inSentence(end, sentence)?.lower ?? ""))
    )
      return null
    const last = words[end - 1]!
    const start = country && first.lower === "the" ? words[i + 1]!.start : first.start
    const candidates: Draft[] = []
    if (typed) {
      // "the embassy of Russia": the state follows; "the Russian embassy in the United States": the location is no key.
      const next = scan.inSentence(end, sentence)
      if (next?.lower === "of" && !country) {
        const place = scan.placeAt(end + 1, sentence)
        if (place?.named) country = place.country
      }
      if (countryRange && country)
        candidates.push(
          scan.draft(countryRange.start, countryRange.end, "name", { type: "state", country }, sentence, i)
        )
      if (country)
        candidates.push(
          scan.draft(
            start,
            last.end,
            "name",
            organizationRef(typed.organization, typed.organization.name, country),
            sentence,
            i
          )
        )
      else
        candidates.push(
          scan.draft(
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
        )
      return { end, candidates }
    }
    if (!head || head.refersTo === "place" || head.refersTo === "thing") return null
    if (head.refersTo === "state") {
      if (!country) return null
      candidates.push(scan.draft(start, last.end, form, { type: "state", country }, sentence, i))
      return { end, candidates }
    }
    if (country) {
      if (countryRange)
        candidates.push(
          scan.draft(countryRange.start, countryRange.end, "name", { type: "state", country }, sentence, i)
        )
      if (head.refersTo === "media") return { end, candidates }
      const name = `${demonymOf(country)} ${text.slice(words[j]!.start, last.end).toLowerCase()}`
      candidates.push(
        scan.draft(
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
      )
      return { end, candidates }
    }
    if (first.lower !== "the") return null
    candidates.push(
      scan.draft(
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
    )
    return { end, candidates }
  }
}
