import type { Dateline, Range, Sentence, Token } from "../Document.js"
import abbreviations from "../lexicons/abbreviations.json" with { type: "json" }
import { REPORT_VERBS } from "../lexicons/index.js"

const ABBREVIATIONS = new Set(abbreviations.entries)
const BEFORE_NAME = new Set(abbreviations.beforeName)
const BEFORE_NUMBER = new Set(abbreviations.beforeNumber)

/** A quotation longer than this is not kept in one sentence (an unpaired mark may have paired with a far one). */
const MAX_QUOTATION = 1500
/** Word classes that start a new sentence after an abbreviation that may also end one ("the U.S. The ..."). */
const SENTENCE_OPENING_POS = new Set(["DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "ADV", "PART", "INTJ"])
/** Word classes that may stand in the subject of an attribution after a quotation ("the Russian embassy said"). */
const SUBJECT_POS = new Set(["PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM", "ADP", "CCONJ", "PART"])
const MAX_SUBJECT = 10
const MAX_ATTRIBUTION_TAIL = 15

const TERMINAL = /^[.!?…。！？]+$/
const TERMINAL_END = /[.。！？]$/
const CLOSERS = new Set(['"', "”", "’", "'", "»", "›", ")", "]", "}", "」", "』"])
const OPENERS = new Set(['"', "“", "„", "«", "‘", "'", "(", "[", "{", "「", "『"])
const INITIAL = /^\p{Lu}\.$/u
const DOTTED = /^(?:\p{L}{1,3}\.){2,}$/u

/** A paragraph's tokens, `[tokenStart, tokenEnd)`, and its quotations. */
export interface ParagraphTokens {
  readonly paragraph: number
  readonly tokenStart: number
  readonly tokenEnd: number
  /** Closed quotations of the paragraph, in text order; `closeStart` is where the closing mark begins. */
  readonly quotations: readonly (Range & { readonly closeStart: number })[]
}

/**
 * Cuts each paragraph into sentences. A sentence ends at `.`, `!`, `?` or `…` (with the closing quotes and brackets
 * after it) when the next word starts a sentence: not after a title ("Mr."), an initial ("J."), "No." before a
 * number, or another abbreviation unless a function word follows; not before a lower-case word (`"Stop." he said`);
 * not inside a quotation that closes later in the paragraph; not between a quotation and its attribution
 * (`"Stop!" Smith said.`). Sentences never cross paragraphs, and skip the dateline.
 */
export const splitSentences = (
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly ParagraphTokens[],
  dateline: Dateline | null
): Sentence[] => {
  const sentences: Sentence[] = []
  const push = (paragraph: number, first: number, end: number) => {
    if (end <= first) return
    sentences.push({
      index: sentences.length,
      paragraph,
      start: tokens[first]!.start,
      end: tokens[end - 1]!.end,
      tokenStart: first,
      tokenEnd: end
    })
  }
  const slice = (token: Token) => text.slice(token.start, token.end)
  for (const { paragraph, tokenStart, tokenEnd, quotations } of paragraphs) {
    let first = tokenStart
    // The dateline is the start of its paragraph: its tokens belong to no sentence.
    while (
      dateline !== null &&
      first < tokenEnd &&
      tokens[first]!.start >= dateline.start &&
      tokens[first]!.start < dateline.end
    )
      first++
    let nextQuotation = 0
    let quotedUntil = -1
    for (let i = first; i < tokenEnd; i++) {
      const token = tokens[i]!
      const value = slice(token)
      // wink keeps the period of "U.S." in its token, and may read a CJK sentence and its "。" as one token.
      const terminal =
        TERMINAL.test(value) ||
        (value.length > 1 && (token.kind === "word" || token.kind === "other") && TERMINAL_END.test(value))
      if (!terminal) continue
      // The sentence takes the further marks and closing quotes written against its end: ?!, .", .”), ...
      let j = i + 1
      let closedQuote = false
      while (j < tokenEnd && tokens[j]!.start === tokens[j - 1]!.end) {
        const mark = slice(tokens[j]!)
        if (!(TERMINAL.test(mark) || CLOSERS.has(mark))) break
        if (tokens[j]!.kind === "quote") closedQuote = true
        j++
      }
      if (j >= tokenEnd) break
      const next = tokens[j]!
      if (next.start === tokens[j - 1]!.end) continue
      const boundary = tokens[j - 1]!.end
      while (nextQuotation < quotations.length && quotations[nextQuotation]!.start < boundary) {
        const q = quotations[nextQuotation++]!
        if (q.end - q.start <= MAX_QUOTATION) quotedUntil = Math.max(quotedUntil, q.closeStart)
      }
      if (boundary <= quotedUntil) continue
      if (!startsSentence(text, tokens, i, j, tokenEnd, closedQuote)) continue
      push(paragraph, first, j)
      first = j
      i = j - 1
    }
    push(paragraph, first, tokenEnd)
  }
  return sentences
}

const startsSentence = (
  text: string,
  tokens: readonly Token[],
  i: number,
  j: number,
  end: number,
  closedQuote: boolean
): boolean => {
  const next = tokens[j]!
  const nextMark = text.slice(next.start, next.end)
  const opening = OPENERS.has(nextMark) && j + 1 < end
  const word = opening ? tokens[j + 1]! : next
  const head = text.slice(word.start, word.start + 2)
  if (/^\p{Ll}/u.test(head)) return false
  if (!opening && (next.kind === "punct" || next.kind === "quote")) return false
  const abbreviation = abbreviationEndingAt(text, tokens, i)
  if (abbreviation !== null) {
    if (BEFORE_NAME.has(abbreviation)) return false
    if (BEFORE_NUMBER.has(abbreviation) && /^\p{N}/u.test(head)) return false
    if (ABBREVIATIONS.has(abbreviation) || INITIAL.test(abbreviation) || DOTTED.test(abbreviation))
      return opening || (/^\p{Lu}/u.test(head) && SENTENCE_OPENING_POS.has(word.pos))
  }
  if (closedQuote && isAttribution(tokens, j, end, text, text.slice(tokens[i]!.start, tokens[i]!.end).endsWith(".")))
    return false
  return true
}

/** "Mr." for the token "Mr." (wink keeps the period) or for "Mr" followed by "." (the plain tokenizer). */
const abbreviationEndingAt = (text: string, tokens: readonly Token[], i: number): string | null => {
  const token = tokens[i]!
  const value = text.slice(token.start, token.end)
  if (value !== ".") return token.kind === "word" && value.endsWith(".") ? value : null
  const before = tokens[i - 1]
  return before !== undefined && before.end === token.start && before.kind === "word"
    ? text.slice(before.start, token.end)
    : null
}

/**
 * True where the words after a closed quotation are its attribution: a short subject and a reporting verb that end
 * the sentence ("Smith said on Monday.", "the embassy wrote.").
 * After a question or exclamation a comma may follow ("Smith said, adding ..."); after a period it may not, and a
 * colon or a new quotation after the verb means the verb introduces what follows, so a new sentence starts.
 */
const isAttribution = (
  tokens: readonly Token[],
  from: number,
  end: number,
  text: string,
  afterPeriod: boolean
): boolean => {
  for (let k = from; k < end && k < from + MAX_SUBJECT; k++) {
    const token = tokens[k]!
    if (token.pos === "VERB") {
      if (!REPORT_VERBS.entries.has(token.lemma)) return false
      for (let t = k + 1; t < end; t++) {
        if (t > k + MAX_ATTRIBUTION_TAIL) return false
        const after = tokens[t]!
        const mark = text.slice(after.start, after.end)
        if (TERMINAL.test(mark)) return true
        if (mark === "," || mark === ";") return !afterPeriod
        if (mark === ":" || after.kind === "quote" || after.pos === "VERB" || after.pos === "AUX") return false
      }
      return true
    }
    if (!SUBJECT_POS.has(token.pos)) return false
  }
  return false
}
