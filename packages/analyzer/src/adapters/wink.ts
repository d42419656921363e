/**
 * The one door to wink-nlp and its English model (tokens, part-of-speech, lemmas, negation). The model is loaded
 * once, on first use (~50 ms), not at import. Offsets are rebuilt from wink's tokens and the spaces before them and
 * checked against the text: wink does not record every space it skips (a no-break space, for one), so a token that is
 * not found where expected is looked for a little further on, and one that cannot be found is dropped; the caller
 * covers what is left with its own tokens.
 */
import type { WinkMethods } from "wink-nlp"
import { packageRequire } from "../Package.js"

/** A wink token, placed in the text it was read from. */
export interface WinkToken {
  readonly start: number
  readonly end: number
  /** wink's token type: word, number, punctuation, emoji, symbol, currency, url, email, tabCRLF, unk, ... */
  readonly type: string
  /** Universal POS tag. */
  readonly pos: string
  readonly lemma: string
  readonly negated: boolean
}

/** A possessive clitic on a word: the letter before it, and the apostrophe and s not followed by a letter. */
const POSSESSIVE = /(\p{L})(['’][sS])(?![\p{L}\p{N}])/gu

/** How far past the expected offset a token is looked for before it is given up. */
const RESYNC_WINDOW = 64

let loaded: WinkMethods | undefined

const wink = (): WinkMethods => {
  if (loaded === undefined) {
    const winkNLP = packageRequire("wink-nlp") as typeof import("wink-nlp").default
    const model = packageRequire("wink-eng-lite-web-model") as import("wink-nlp").Model
    loaded = winkNLP(model, ["sbd", "negation", "pos"])
  }
  return loaded
}

/**
 * Tags `text.slice(start, end)` with wink and returns its tokens with offsets into `text`, in order, each one
 * verified to slice to the token wink read. Tokens wink read differently from the text are left out.
 */
export const winkTokens = (text: string, start: number, end: number): WinkToken[] => {
  const nlp = wink()
  const its = nlp.its
  // wink splits a possessive "’s" off a word it has not read before and keeps it on one it has (its vocabulary grows
  // with every text), so one text would be read differently after others: the clitic is always given apart. The
  // offsets below are found in the original text, so the space added here never shows.
  const doc = nlp.readDoc(text.slice(start, end).replace(POSSESSIVE, "$1 $2"))
  const tokens = doc.tokens()
  // One column per property; `its.lemma` is typed with an extra argument wink supplies itself.
  const column = <T>(property: unknown) => tokens.out(property as typeof its.value) as unknown as readonly T[]
  const values = column<string>(its.value)
  const spaces = column<string>(its.precedingSpaces)
  const types = column<string>(its.type)
  const pos = column<string>(its.pos)
  const lemmas = column<string>(its.lemma)
  const negations = column<boolean>(its.negationFlag)
  const placed: WinkToken[] = []
  let cursor = start
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    if (value === "") continue
    const expected = cursor + (spaces[i]?.length ?? 0)
    let at = text.startsWith(value, expected) ? expected : -1
    if (at < 0) {
      const found = text.slice(cursor, Math.min(end, cursor + RESYNC_WINDOW + value.length)).indexOf(value)
      if (found >= 0) at = cursor + found
    }
    if (at < 0) continue
    cursor = at + value.length
    placed.push({
      start: at,
      end: cursor,
      type: types[i] ?? "unk",
      pos: pos[i] ?? "X",
      lemma: lemmas[i] ?? value.toLowerCase(),
      negated: negations[i] === true
    })
  }
  return placed
}
