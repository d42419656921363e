/** "Mr. Kim", "Mrs. May": an honorific before a name makes a person, with the honorific's gender. */
import type { Rule } from "./scan.js"
import { readPosting, readTitlePhrase, sideCandidates } from "./title-phrase.js"

export const honorificName: Rule = {
  name: "honorific-name",
  match: (scan, i) => {
    const phrase = readTitlePhrase(scan, i)
    if (!phrase || phrase.counterpart || !phrase.honorific) return null
    const posting = readPosting(scan, phrase)
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
