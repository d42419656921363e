import type { Quotation, Range, Segmented, Sentence, Token } from "../Document.js"

/**
 * Small questions every later stage asks of the document store, answered by binary search over its sorted
 * ranges: which sentence holds an offset, which quotation, which tokens lie in a span.
 */

/** Index of the first range of a sorted, non-overlapping list that ends after `offset`. */
const firstEndingAfter = (ranges: readonly Range[], offset: number): number => {
  let lo = 0
  let hi = ranges.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ranges[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the sentence holding `offset`, or -1 when it falls between sentences (the dateline, a blank). */
export const sentenceIndexAt = (doc: Segmented, offset: number): number => {
  const i = firstEndingAfter(doc.sentences, offset)
  const sentence = doc.sentences[i]
  return sentence !== undefined && sentence.start <= offset ? i : -1
}

/** The sentence holding `offset`, if any. */
export const sentenceAt = (doc: Segmented, offset: number): Sentence | undefined => {
  const i = sentenceIndexAt(doc, offset)
  return i < 0 ? undefined : doc.sentences[i]
}

/** Index of the paragraph holding `offset`, or -1. */
export const paragraphIndexAt = (doc: Segmented, offset: number): number => {
  const i = firstEndingAfter(doc.paragraphs, offset)
  const paragraph = doc.paragraphs[i]
  return paragraph !== undefined && paragraph.start <= offset ? i : -1
}

/** `[first, end)` indexes into `doc.tokens` of the tokens lying wholly inside `range`. */
export const tokenIndexesIn = (doc: Segmented, range: Range): { readonly first: number; readonly end: number } => {
  let first = firstEndingAfter(doc.tokens, range.start)
  while (first < doc.tokens.length && doc.tokens[first]!.start < range.start) first++
  let end = first
  while (end < doc.tokens.length && doc.tokens[end]!.end <= range.end) end++
  return { first, end }
}

/** The tokens lying wholly inside `range`, in text order. */
export const tokensIn = (doc: Segmented, range: Range): readonly Token[] => {
  const { first, end } = tokenIndexesIn(doc, range)
  return doc.tokens.slice(first, end)
}

/** The innermost quotation whose quoted words hold `offset` (the marks themselves excluded), if any. */
export const quotationAt = (doc: Segmented, offset: number): Quotation | undefined => {
  let found: Quotation | undefined
  for (const q of quotationsAround(doc, offset)) if (found === undefined || q.depth > found.depth) found = q
  return found
}

/** True when every character of `range` lies inside the quoted words of one quotation. */
export const isQuoted = (doc: Segmented, range: Range): boolean =>
  quotationsAround(doc, range.start).some((q) => range.end <= q.inner.end)

/** The quotations whose quoted words hold `offset`: the writer-level one, and any inside it. */
const quotationsAround = (doc: Segmented, offset: number): Quotation[] => {
  const top = quotationsOverlapping(doc, { start: offset, end: offset + 1 })[0]
  if (top === undefined || offset < top.inner.start || offset >= top.inner.end) return []
  const out = [top]
  // Quotations are sorted by start: the ones nested in `top` follow it, up to its end.
  let i = firstStartingAtOrAfter(doc.quotations, top.start)
  for (; i < doc.quotations.length && doc.quotations[i]!.start < top.end; i++) {
    const q = doc.quotations[i]!
    if (q !== top && q.inner.start <= offset && offset < q.inner.end) out.push(q)
  }
  return out
}

const firstStartingAtOrAfter = (ranges: readonly Range[], offset: number): number => {
  let lo = 0
  let hi = ranges.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ranges[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

const indexes = new WeakMap<Segmented, Quotation[][]>()

/** The quotations of each paragraph, built once per document. */
export const byParagraph = (doc: Segmented): readonly (readonly Quotation[])[] => {
  let index = indexes.get(doc)
  if (index === undefined) {
    index = doc.paragraphs.map(() => [])
    for (const q of doc.quotations) index[q.paragraph]?.push(q)
    indexes.set(doc, index)
  }
  return index
}

const tops = new WeakMap<Segmented, Quotation[]>()

/**
 * The writer-level quotations (depth 0) that overlap `range`, in text order. They never overlap one another, so a
 * binary search finds the first: linear work per call in what it returns, not in the document's quotations.
 */
export const quotationsOverlapping = (doc: Segmented, range: Range): readonly Quotation[] => {
  let top = tops.get(doc)
  if (top === undefined) {
    top = doc.quotations.filter((q) => q.depth === 0)
    tops.set(doc, top)
  }
  const out: Quotation[] = []
  for (let i = firstEndingAfter(top, range.start); i < top.length && top[i]!.start < range.end; i++) out.push(top[i]!)
  return out
}
