/**
 * A run of capitalized words read as a person's name ("Kim Jong Un", "Merkel"): a person where the name tags say
 * so or the run is name-shaped; "the Dunn administration" the leader's state; a run of organization words an
 * organization; an unknown single word a tentative surname that 4-resolve links to a person it names.
 */
import { titleInfoOf } from "../2-gazetteer.js"
import { isGivenName } from "../2-nicknames.js"
import { nameKey } from "./Candidate.js"
import { SOLID_PARTICLE_NAME } from "../../../segment/Words.js"
import { entryOf, FUNCTION_TAGS, PERSON_TAGS, type Rule } from "./scan.js"

export const personName: Rule = {
  name: "person-name",
  match: (scan, i) => {
    const { words, text } = scan
    const first = words[i]!
    if (!scan.isCap(first) && !SOLID_PARTICLE_NAME.test(first.text)) return null
    const sentence = first.sentence
    const name = scan.nameAt(i, sentence)
    if (!name) return null
    // "Senators Ann Keller and Eve Long": a title in the plural before names is the names' title, not a name.
    if (name.end - i > 1 && first.lower.endsWith("s") && titleInfoOf(first.lower.slice(0, -1)) !== undefined)
      return { end: i + 1, candidates: [] }
    // "Following Dunn's visit", "But Democrats": a function word, or a common word the tagger does not take for a
    // noun, that opens the sentence is no part of the name after it; reading goes on at the next word.
    if (
      name.end - i > 1 &&
      scan.opensSentence(first) &&
      (scan.hasTag(first, FUNCTION_TAGS) ||
        (scan.isCommonCapitalized(first) && scan.posOf(first) !== "PROPN" && scan.posOf(first) !== "NOUN")) &&
      !scan.hasTag(first, PERSON_TAGS)
    )
      return { end: i + 1, candidates: [] }
    // "the Dunn administration", "Abe's government": the leader's state, not the leader.
    const headAt = scan.inSentence(name.end, sentence)?.lower === "'s" ? name.end + 1 : name.end
    const government = scan.inSentence(headAt, sentence) ? entryOf(scan.best(headAt), "head") : undefined
    if (government?.ofLeader) {
      const end = words[headAt]!.end
      return {
        end: headAt + 1,
        candidates: [
          scan.draft(
            first.start,
            end,
            "metonym",
            { type: "government-of", name: name.parts, label: text.slice(first.start, end) },
            sentence,
            i
          )
        ]
      }
    }
    const lastWord = words[name.end - 1]!
    const runWords = words.slice(i, name.end).filter((x) => x.shape !== "punct")
    // Two or more capitalized words mid-sentence that the name tags call neither place, organization nor date: a name.
    // Not in a headline, whose capitals say nothing, nor when a word of the run is a common word ("Border Security"),
    // nor when it ends in a plural ("House Republicans" is a group).
    const nameShaped =
      !first.initial &&
      !scan.inHeadline(first) &&
      runWords.length >= 2 &&
      !scan.isPlural(runWords.at(-1)!) &&
      runWords.every(
        (x) =>
          x.shape === "cap" &&
          !scan.hasTag(x, ["Place", "Organization", "Date", "Value", "Adjective"]) &&
          !scan.isCommonCapitalized(x)
      )
    // A given name of the nickname table starts a person's name too ("Bill Long").
    const person =
      nameShaped ||
      runWords.some((x) => scan.hasTag(x, PERSON_TAGS)) ||
      (runWords.length >= 2 && isGivenName(runWords[0]!.text) && !first.initial)
    const organization = name.parts.every((_, k) => scan.hasTag(words[i + k] ?? first, ["Organization"]))
    const form = name.parts.length > 1 ? "name" : "surname"
    if (organization && name.parts.length > 1) {
      const joined = name.parts.join(" ")
      return {
        end: name.end,
        candidates: [
          scan.draft(
            first.start,
            lastWord.end,
            "name",
            { type: "organization", key: `org:${nameKey(joined)}`, name: joined, kind: "organization", heads: [] },
            sentence,
            i
          )
        ]
      }
    }
    if (person && !(name.parts.length === 1 && first.initial && !scan.hasTag(first, ["LastName", "FirstName"]))) {
      const nameGender = name.parts.length > 1 ? scan.genderOf(first.start) : undefined
      return {
        end: name.end,
        candidates: [
          scan.draft(
            first.start,
            lastWord.end,
            form,
            {
              type: "person",
              name: name.parts,
              ...(name.suffix ? { suffix: name.suffix } : {}),
              tentative: false,
              ...(nameGender ? { nameGender } : {})
            },
            sentence,
            i
          )
        ]
      }
    }
    if (name.parts.length === 1 || !first.initial) {
      // Kept as an actor of its own only with a name's marks: not a function or common word, not a headline's
      // capital, and tagged a proper noun (or nothing) by the tagger in its sentence.
      const pos = scan.posOf(first)
      const keep =
        name.parts.length === 1 &&
        (!first.initial || scan.hasTag(first, ["ProperNoun"])) &&
        !scan.hasTag(first, FUNCTION_TAGS) &&
        !scan.isCommonCapitalized(first) &&
        !scan.inHeadline(first) &&
        (pos === null || pos === "PROPN" || pos === "NOUN" || pos === "X")
      return {
        end: name.end,
        candidates: [
          scan.draft(
            first.start,
            lastWord.end,
            form,
            { type: "person", name: name.parts, tentative: true, keep },
            sentence,
            i
          )
        ]
      }
    }
    return { end: name.end, candidates: [] }
  }
}
