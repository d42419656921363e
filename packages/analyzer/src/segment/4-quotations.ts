import type { Quotation, Range } from "../Document.js"

/**
 * The one quotation finder of the analyzer: every later step reads `Segmented.quotations`.
 *
 * Double marks of any style (“ ” " „ ‟ « » ＂, and two apostrophes or backticks typed for one) pair by what stands
 * beside them, not by their glyph, so mismatched pairs (“...") and straight marks pair up; "„…“" and "«…»" are
 * quotations too. Single marks (‘ ’ ' ‹ ›) pair only where they cannot be apostrophes: at depth 0 outside every double
 * quotation (a headline's 'Worst Negotiator'), or at depth 1 inside one (a quotation within a quotation). A double
 * quotation still open when its paragraph ends runs to the end of the paragraph (news prose leaves a quote open when
 * the speaker goes on in the next paragraph); the quotation that opens the next paragraph then `continues` it.
 */

const DOUBLE_OPENING = new Set(["“", "„", "«", "‟"])
const DOUBLE_CLOSING = new Set(["”", "»"])
const DOUBLE_EITHER = new Set(['"', "＂"])
const SINGLE_OPENING = new Set(["‘", "‹"])
const SINGLE_CLOSING = new Set(["’", "›"])

// What may stand before an opening mark and after a closing one.
const BEFORE_OPENING = /[\s([{\-–—/:;,]/u
const AFTER_CLOSING = /[\s)\]}.,;:!?\-–—/…]/u
const LETTER = /[\p{L}\p{N}]/u
/** A single-quoted stretch longer than this is more likely two apostrophes than a quotation. */
const MAX_SINGLE = 300

type Role = "open" | "close" | "either" | "none"

const isMark = (ch: string): boolean =>
  DOUBLE_OPENING.has(ch) ||
  DOUBLE_CLOSING.has(ch) ||
  DOUBLE_EITHER.has(ch) ||
  SINGLE_OPENING.has(ch) ||
  SINGLE_CLOSING.has(ch) ||
  ch === "'"

/** Two apostrophes or backticks typed for one double mark (''like this'', ``like this''). */
const twinAt = (text: string, at: number): boolean =>
  (text[at] === "'" || text[at] === "`") && text[at + 1] === text[at]

/** Whether a double mark opens or closes, read from what stands beside it (a mark between letters quotes nothing). */
const roleOf = (text: string, at: number, range: Range, glyphRole: Role, width: number): Role => {
  const before = at > range.start ? text[at - 1]! : " "
  const after = at + width < range.end ? text[at + width]! : " "
  const openLike = BEFORE_OPENING.test(before) || isMark(before)
  const closeLike = AFTER_CLOSING.test(after) || isMark(after)
  if (openLike && !closeLike) return "open"
  if (closeLike && !openLike) return "close"
  if (!openLike && !closeLike && glyphRole === "either") return "none"
  return glyphRole
}

const trimEnd = (text: string, from: number, to: number): number => {
  let end = to
  while (end > from && /\s/u.test(text[end - 1]!)) end--
  return end
}

interface Draft {
  readonly start: number
  readonly end: number
  readonly inner: Range
  readonly open: string
  readonly close: string | null
  readonly depth: number
}

/** The double quotations of one paragraph, by position of their marks, in text order. */
const doubleQuotations = (text: string, paragraph: Range, carried: boolean): Draft[] => {
  const found: Draft[] = []
  let open = -1
  let openLength = 1
  // The previous paragraph ended inside a quotation: until this paragraph's first mark shows otherwise, the speaker
  // may go on without a new opening mark (“… [paragraph] … able," he said.), a common slip of news sites.
  let carry = carried
  const push = (end: number, markEnd: number, close: string | null) =>
    found.push({
      start: open,
      end: markEnd,
      inner: { start: open + openLength, end },
      open: text.slice(open, open + openLength),
      close,
      depth: 0
    })
  for (let at = paragraph.start; at < paragraph.end; at++) {
    const twin = twinAt(text, at)
    const ch = twin ? '"' : text[at]!
    const glyph: Role = DOUBLE_OPENING.has(ch)
      ? "open"
      : DOUBLE_CLOSING.has(ch)
        ? "close"
        : DOUBLE_EITHER.has(ch)
          ? "either"
          : "none"
    if (glyph === "none") continue
    const width = twin ? 2 : 1
    let role = roleOf(text, at, paragraph, glyph, width)
    if (carry) {
      carry = false
      const after = at + width < paragraph.end ? text[at + width]! : " "
      const closing = glyph === "close" || (glyph === "either" && (AFTER_CLOSING.test(after) || isMark(after)))
      if (closing && at > paragraph.start && LETTER.test(text.slice(paragraph.start, at))) {
        found.push({
          start: paragraph.start,
          end: at + width,
          inner: { start: paragraph.start, end: at },
          open: "",
          close: text.slice(at, at + width),
          depth: 0
        })
        at += width - 1
        continue
      }
    }
    // „ opens a quotation that “ closes (German and Central European style).
    if (ch === "“" && open >= 0 && text[open] === "„") role = "close"
    if (role === "either") role = open < 0 ? "open" : "close"
    if (role === "none") {
      at += width - 1
      continue
    }
    if (open < 0) {
      if (role === "open") {
        open = at
        openLength = width
      }
    } else if (role === "close") {
      push(at, at + width, text.slice(at, at + width))
      open = -1
    } else {
      // A second opening mark while one is open: the first was never closed; it ends where the next one opens.
      push(trimEnd(text, open + openLength, at), at, null)
      open = at
      openLength = width
    }
    at += width - 1
  }
  if (open >= 0) push(trimEnd(text, open + openLength, paragraph.end), paragraph.end, null)
  return found
}

/**
 * Single-quoted stretches of `[from, to)` that cannot be apostrophes, at `depth`: a mark between letters is an
 * apostrophe (don't, Lee’s), never a quote; an opening one follows a space or bracket and precedes a letter.
 */
const singleQuotations = (text: string, from: number, to: number, depth: number, skip: readonly Draft[]): Draft[] => {
  const found: Draft[] = []
  let next = 0
  let open = -1
  for (let at = from; at < to; at++) {
    const ch = text[at]!
    if (!SINGLE_OPENING.has(ch) && !SINGLE_CLOSING.has(ch) && ch !== "'") continue
    if (twinAt(text, at) || (ch === "'" && text[at - 1] === "'")) continue
    while (next < skip.length && skip[next]!.end <= at) next++
    const inside = skip[next]
    if (inside !== undefined && at >= inside.start) continue
    const before = at > from ? text[at - 1]! : " "
    const after = at + 1 < to ? text[at + 1]! : " "
    const opens = (SINGLE_OPENING.has(ch) || ch === "'") && BEFORE_OPENING.test(before) && LETTER.test(after)
    const closes = (SINGLE_CLOSING.has(ch) || ch === "'") && !LETTER.test(after) && !/\s/u.test(before)
    if (open >= 0 && at - open > MAX_SINGLE) open = -1
    if (open < 0) {
      if (opens) open = at
    } else if (closes) {
      found.push({
        start: open,
        end: at + 1,
        inner: { start: open + 1, end: at },
        open: text[open]!,
        close: ch,
        depth
      })
      open = -1
    }
  }
  return found
}

/**
 * The quotations of a text cut into paragraphs, in text order (an outer quotation before the ones inside it).
 * Linear in the text.
 */
export const findQuotations = (text: string, paragraphs: readonly Range[]): Quotation[] => {
  const out: Quotation[] = []
  let previousOpen = false
  paragraphs.forEach((paragraph, index) => {
    const doubles = doubleQuotations(text, paragraph, previousOpen)
    const drafts: Draft[] = singleQuotations(text, paragraph.start, paragraph.end, 0, doubles)
    for (const d of doubles) {
      drafts.push(d)
      // Only a quotation long enough to hold a word in single marks can nest one.
      if (d.inner.end - d.inner.start > 2)
        for (const n of singleQuotations(text, d.inner.start, d.inner.end, 1, [])) drafts.push(n)
    }
    if (drafts.length > doubles.length) drafts.sort((a, b) => a.start - b.start || a.depth - b.depth)
    let first = true
    for (const d of drafts) {
      // The speaker goes on: the previous paragraph ended inside a quotation and this one opens with a mark.
      const continues = first && previousOpen && d.depth === 0 && d.start === paragraph.start
      if (d.depth === 0) first = false
      out.push({
        start: d.start,
        end: d.end,
        inner: d.inner,
        open: d.open,
        close: d.close,
        closed: d.close !== null,
        depth: d.depth,
        paragraph: index,
        continues
      })
    }
    const last = doubles[doubles.length - 1]
    previousOpen = last !== undefined && last.close === null && last.end === paragraph.end
  })
  return out
}
