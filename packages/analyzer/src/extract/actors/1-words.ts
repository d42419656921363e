import type { Segmented } from "../../Document.js"
import { phraseWords, shapeOf, type Word, wordsOf } from "../../segment/Words.js"

/**
 * Words as the actor finder reads them: the document store's words of the text's sentences (nothing is tokenized
 * here), re-indexed, with two readings of the store's tokens a name needs. A title the tagger cut from its period
 * ("Adm" + ".") is one word again when the title list has it with the period; and a word right after sentence-final
 * punctuation opens a sentence even inside a quotation, where the store's sentences do not end (“Wait.” And I …).
 */
export type { Word, WordShape } from "../../segment/Words.js"

const SENTENCE_END = new Set([".", "!", "?", "…"])
const OPENERS = /^["“”‘’'«„([]$/

const read = (source: readonly Word[], abbreviations: ReadonlySet<string>, ownSentences: boolean): Word[] => {
  const words: Word[] = []
  let afterEnd = false
  for (let i = 0; i < source.length; i++) {
    const w = source[i]!
    if (ownSentences && w.sentence < 0) continue
    // "N.Y." after a hyphen comes out of the tagger as "N" "." "Y.": one dotted abbreviation again.
    let j = i
    while (
      /^\p{L}$/u.test(source[j]!.text) &&
      source[j + 1]?.text === "." &&
      source[j + 1]!.start === source[j]!.end &&
      source[j + 2] !== undefined &&
      source[j + 2]!.start === source[j + 1]!.end &&
      /^\p{L}\.?$/u.test(source[j + 2]!.text)
    )
      j += 2
    if (j > i) {
      const last = source[j]!
      const text = `${w.text}${source
        .slice(i + 1, j + 1)
        .map((x) => x.text)
        .join("")}`
      words.push({
        ...w,
        end: last.end,
        text,
        lower: text.toLowerCase(),
        shape: "upper",
        index: words.length,
        initial: w.initial || afterEnd
      })
      afterEnd = false
      i = j
      continue
    }
    // A period the tagger kept on a word the title list does not have ("Fla.", "Calif.", where the text has them
    // and a lexicon phrase may not) is read apart, as the lexicons are: the word, then the period.
    if (
      w.kind === "word" &&
      w.text.length > 2 &&
      w.text.endsWith(".") &&
      !w.text.slice(0, -1).includes(".") &&
      !abbreviations.has(w.lower)
    ) {
      const bare = w.text.slice(0, -1)
      words.push({
        ...w,
        end: w.end - 1,
        text: bare,
        lower: w.lower.slice(0, -1),
        shape: shapeOf(bare),
        index: words.length,
        initial: w.initial || afterEnd
      })
      words.push({
        ...w,
        start: w.end - 1,
        text: ".",
        lower: ".",
        kind: "punct",
        shape: "punct",
        capital: false,
        pos: "PUNCT",
        index: words.length,
        initial: false,
        spaced: false
      })
      afterEnd = true
      continue
    }
    const next = source[i + 1]
    const joined =
      next !== undefined &&
      next.lower === "." &&
      next.start === w.end &&
      w.kind === "word" &&
      abbreviations.has(`${w.lower}.`)
    const opens = (w.kind === "word" || w.kind === "number") && (w.initial || afterEnd)
    const text = joined ? `${w.text}.` : w.text
    words.push({
      ...w,
      end: joined ? next.end : w.end,
      text,
      lower: joined ? `${w.lower}.` : w.lower,
      index: words.length,
      initial: opens
    })
    if (joined) i++
    if (SENTENCE_END.has(w.lower)) afterEnd = true
    else if (!OPENERS.test(w.text)) afterEnd = false
  }
  return words
}

/** The words of a segmented source's sentences, in text order. */
export const scanWords = (segmented: Segmented, abbreviations: ReadonlySet<string>): Word[] =>
  read(wordsOf(segmented), abbreviations, true)

/** A lexicon phrase cut the way the store cuts text, so phrases and text compare word by word. */
export const splitPhrase = (phrase: string, abbreviations: ReadonlySet<string>): Word[] =>
  read(phraseWords(phrase), abbreviations, false)
