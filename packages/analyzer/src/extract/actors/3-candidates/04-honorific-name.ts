/** "Mr. Kim", "Mrs. May": an honorific before a name makes a person, with the honorific's gender. */
import type { Rule } from "./scan.js"
import { readPosting, readTitlePhrase, sideCandidates } from "./title-phrase.js"

export const honorificName: Rule = {
  name: "honorific-name",
  match: (scan, i) => {
    const phrase = readTitlePhrase(scan, i)
    if (!phrase || phrase.counterpart || !phrase.honorific) return null
    const read = readPosting(scan, phrase)
    // "Mr. Jordan": after an honorific a capitalized word is a family name, even one that names a country.
    const word = read.name ? undefined : scan.inSentence(read.j, phrase.sentence)
    const posting =
      word?.shape === "cap" && scan.best(read.j) && !scan.isCap(scan.inSentence(read.j + 1, phrase.sentence))
        ? { ...read, name: { end: read.j + 1, parts: [word.text] }, nameEnd: read.j + 1 }
        : read
    const candidates = sideCandidates(scan, phrase, posting)
    const { name } = posting
    if (!name) return { end: null, candidates }
    const after = scan.inSentence(posting.j, phrase.sentence)
    const { words } = scan
    candidates.push(
      scan.draft(
        words[name.end - name.parts.length]?.start ?? after!.start,
        words[name.end - 1]!.end,
        name.parts.length > 1 ? "name" : "surname",
        {
          type: "person",
          name: name.parts,
          ...(name.suffix ? { suffix: name.suffix } : {}),
          tentative: false,
          ...(phrase.honorific.gender ? { gender: phrase.honorific.gender } : {})
        },
        phrase.sentence,
        i
      )
    )
    return { end: posting.nameEnd, candidates }
  }
}
