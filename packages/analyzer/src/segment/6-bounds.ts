import type { Range, Sentence, Token } from "../Document.js"

/**
 * Most tokens in one sentence. News sentences stay far below (BASIL dev: 155 at most); a longer one is a run of
 * words without a period (scraped lists, junk), cut so that later stages, which compare the words of a sentence
 * or paragraph with each other, stay fast.
 */
export const MAX_SENTENCE_TOKENS = 400
/** Most tokens in one paragraph (BASIL dev: 199 at most); a longer paragraph is cut between sentences. */
export const MAX_PARAGRAPH_TOKENS = 1000
/** Marks after which a long sentence is best cut, looked for in the last quarter of each piece. */
const CUT_AFTER = new Set([",", ";", ":", "—", "–", "-", ")", "]"])

/**
 * Bounds the work of later stages on odd text: sentences longer than `MAX_SENTENCE_TOKENS` tokens are cut into pieces
 * of about equal length (after a comma or dash near the end of each where there is one), and paragraphs longer than `MAX_PARAGRAPH_TOKENS` tokens are
 * cut between sentences. Ordinary prose passes unchanged. Sentences come back renumbered, each pointing at its
 * (possibly new) paragraph.
 */
export const boundSentences = (
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly Range[],
  sentences: readonly Sentence[]
): { paragraphs: Range[]; sentences: Sentence[] } => {
  const short: Sentence[] = []
  for (const sentence of sentences) {
    let first = sentence.tokenStart
    // Pieces of about equal length, so no cut leaves a stub of a few tokens at the end.
    const pieces = Math.ceil((sentence.tokenEnd - first) / MAX_SENTENCE_TOKENS)
    const size = Math.ceil((sentence.tokenEnd - first) / pieces)
    while (sentence.tokenEnd - first > MAX_SENTENCE_TOKENS) {
      const end = cutPoint(text, tokens, first, first + size)
      short.push(sentenceOf(tokens, sentence.paragraph, first, end))
      first = end
    }
    short.push(
      first === sentence.tokenStart ? sentence : sentenceOf(tokens, sentence.paragraph, first, sentence.tokenEnd)
    )
  }
  const outParagraphs: Range[] = []
  const outSentences: Sentence[] = []
  let k = 0
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!
    let start = paragraph.start
    let size = 0
    while (k < short.length && short[k]!.paragraph === p) {
      const sentence = short[k]!
      const length = sentence.tokenEnd - sentence.tokenStart
      if (size > 0 && size + length > MAX_PARAGRAPH_TOKENS) {
        outParagraphs.push({ start, end: outSentences[outSentences.length - 1]!.end })
        start = sentence.start
        size = 0
      }
      size += length
      outSentences.push({ ...sentence, index: outSentences.length, paragraph: outParagraphs.length })
      k++
    }
    outParagraphs.push({ start, end: paragraph.end })
  }
  if (outParagraphs.length === paragraphs.length && short.length === sentences.length)
    return { paragraphs: [...paragraphs], sentences: [...sentences] }
  return { paragraphs: outParagraphs, sentences: outSentences }
}

const sentenceOf = (tokens: readonly Token[], paragraph: number, first: number, end: number): Sentence => ({
  index: 0,
  paragraph,
  start: tokens[first]!.start,
  end: tokens[end - 1]!.end,
  tokenStart: first,
  tokenEnd: end
})

/** One past the token to cut after: the last comma-like mark in the last quarter of `[first, limit)`, else `limit`. */
const cutPoint = (text: string, tokens: readonly Token[], first: number, limit: number): number => {
  for (let i = limit - 1; i > limit - (limit - first) / 4 && i > first; i--) {
    const token = tokens[i]!
    if (token.kind === "punct" && CUT_AFTER.has(text.slice(token.start, token.end))) return i + 1
  }
  return limit
}
