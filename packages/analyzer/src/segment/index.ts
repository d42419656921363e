import type { Source } from "@diplo/model"
import type { Range, Segmented } from "../Document.js"
import { findParagraphs } from "./1-paragraphs.js"
import { tokenize } from "./2-tokens.js"
import { findDateline } from "./3-dateline.js"
import { findHeadline } from "./3-headline.js"
import { findQuotations } from "./4-quotations.js"
import { type ParagraphTokens, splitSentences } from "./5-sentences.js"
import { boundSentences } from "./6-bounds.js"

/**
 * Cuts a source into paragraphs, tokens (POS, lemma, negation) and sentences, every one an offset range into
 * `source.text` that slices to non-empty text. A dateline at the start ("MOSCOW (Reuters) -") is reported as the
 * dateline, not as a sentence, and its outlet becomes the source's outlet when the input named none. Linear in the
 * length of the text; never throws on odd text. Sentences hold at most 400 tokens and paragraphs 1,000 (longer runs
 * without a period are cut), which bounds the work of the later stages.
 */
export const segment = (source: Source): Segmented => {
  const text = source.text
  const paragraphs = findParagraphs(text)
  const { tokens, byParagraph } = tokenize(text, paragraphs)
  const dateline = findDateline(text, paragraphs)
  const quotations = findQuotations(text, paragraphs)
  // Sentences do not end inside a quotation that closes later in its paragraph.
  const closed: Range[][] = paragraphs.map(() => [])
  for (const q of quotations) if (q.closed && q.depth === 0) closed[q.paragraph]!.push(q)
  const perParagraph: ParagraphTokens[] = byParagraph.map((range: Range, paragraph) => ({
    paragraph,
    tokenStart: range.start,
    tokenEnd: range.end,
    quotations: closed[paragraph]!.map((q) => ({ start: q.start, end: q.end, closeStart: q.end - 1 }))
  }))
  const bounded = boundSentences(text, tokens, paragraphs, splitSentences(text, tokens, perParagraph, dateline))
  // Paragraphs cut by the bounds (only on odd input) get their quotations found again, so each lies in one.
  const finalQuotations =
    bounded.paragraphs.length === paragraphs.length ? quotations : findQuotations(text, bounded.paragraphs)
  const headline = findHeadline(text, bounded.paragraphs, bounded.sentences, dateline)
  // The dateline names the outlet ("/TASS/", "(Reuters)") where the input did not.
  const outlet = source.outlet ?? dateline?.outlet ?? undefined
  return {
    source: outlet === undefined ? source : { ...source, outlet },
    ...bounded,
    tokens,
    dateline,
    headline,
    quotations: finalQuotations
  }
}
