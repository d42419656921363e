/**
 * A name the gazetteer knows: an outlet, an organization, a country, a capital or seat of power used as an agent
 * ("the Kremlin said"; not "flew to Moscow"), a people ("Russians"). Other known words (titles, demonyms) are
 * passed over whole.
 */
import { NOTHING, type Rule, entryOf, LOCATIVES, organizationRef } from "./scan.js"

export const gazetteerName: Rule = {
  name: "gazetteer-name",
  match: (scan, i) => {
    const { words } = scan
    const w = words[i]!
    if (!scan.isCap(w)) return null
    const match = scan.best(i)
    if (!match) return null
    const sentence = w.sentence
    const end = i + match.length
    const last = words[end - 1]!
    const media = entryOf(match, "media")
    const organization = entryOf(match, "organization")
    const named = entryOf(match, "country")
    const capital = entryOf(match, "capital")
    const seat = entryOf(match, "seat")
    const people = entryOf(match, "people")
    const prev = scan.inSentence(i - 1, sentence)
    const beforeThe = prev?.lower === "the" ? scan.inSentence(i - 2, sentence) : prev
    const possessive = scan.inSentence(end, sentence)?.lower === "'s"
    const locative = beforeThe !== undefined && LOCATIVES.has(beforeThe.lower) && !possessive
    if (media)
      return {
        end,
        candidates: [
          scan.draft(
            w.start,
            last.end,
            "name",
            { type: "media", name: media.name, ...(media.country ? { country: media.country } : {}) },
            sentence,
            i
          )
        ]
      }
    if (organization && !organization.organization.generic)
      return {
        end,
        candidates: [
          scan.draft(
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
        ]
      }
    if (named) {
      // "Jordan Peterson": a country word that starts a person's name is no country.
      const next = scan.inSentence(end, sentence)
      if (!(match.length === 1 && next && scan.isCap(next) && scan.hasTag(next, ["LastName"])))
        return {
          end,
          candidates: [scan.draft(w.start, last.end, "name", { type: "state", country: named.country }, sentence, i)]
        }
    }
    if (capital || seat) {
      const place = (capital ?? seat)!
      const next = scan.inSentence(end, sentence)
      const partOfName =
        (next !== undefined && scan.isCap(next)) ||
        (prev !== undefined && scan.isCap(prev) && !prev.initial && scan.hasTag(prev, ["FirstName"]))
      const datelineLike = w.shape === "upper" && (w.initial || i === 0) && next?.text === ","
      if (locative || partOfName || datelineLike) return { end, candidates: NOTHING }
      const start = seat && prev?.lower === "the" ? prev.start : w.start
      return {
        end,
        candidates: [scan.draft(start, last.end, "metonym", { type: "state", country: place.country }, sentence, i)]
      }
    }
    if (people)
      return {
        end,
        candidates: [scan.draft(w.start, last.end, "demonym", { type: "state", country: people.country }, sentence, i)]
      }
    if (match.entries.some((e) => e.kind !== "head")) return { end, candidates: NOTHING }
    return null
  }
}
