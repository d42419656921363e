import type { Source } from "@diplo/model"
import { MAX_COLUMNS, type PageContext } from "./Context.js"
import { escapeHtml, plural } from "./Html.js"
import { type Mark, type Segment, segment } from "./Segments.js"

/** Every aligned statement and every evidence span of one source, as marks on its text. */
const marksOf = (ctx: PageContext, source: Source): Mark[] => {
  const marks: Mark[] = []
  for (const [index, alignment] of ctx.comparison.alignments.entries())
    for (const member of alignment.members)
      if (member.span.sourceId === source.id)
        marks.push({ start: member.span.start, end: member.span.end, kind: "alignment", index })
  for (const [index, finding] of ctx.comparison.findings.entries())
    for (const span of finding.evidence)
      if (span.sourceId === source.id) marks.push({ start: span.start, end: span.end, kind: "finding", index })
  return marks
}

/**
 * One run of text: plain when nothing covers it, else a span that names (by position) the alignments
 * (`data-a`) and findings (`data-f`) covering it, which the page script reads to highlight and scroll.
 */
const segmentHtml = (text: string, seg: Segment): string => {
  const body = escapeHtml(text.slice(seg.start, seg.end))
  if (seg.alignments.length === 0 && seg.findings.length === 0) return body
  const classes = ["seg", ...(seg.alignments.length > 0 ? ["st"] : []), ...(seg.findings.length > 0 ? ["ev"] : [])]
  const data = [
    ...(seg.alignments.length > 0 ? [` data-a="${seg.alignments.join(" ")}"`] : []),
    ...(seg.findings.length > 0 ? [` data-f="${seg.findings.join(" ")}"`] : [])
  ]
  return `<span class="${classes.join(" ")}"${data.join("")}>${body}</span>`
}

/** The whole text of a source, exactly as analysed (line breaks kept by CSS), with its spans marked. */
export const sourceText = (ctx: PageContext, source: Source): string =>
  segment(source.text.length, marksOf(ctx, source))
    .map((seg) => segmentHtml(source.text, seg))
    .join("")

const WORD = /\S+/g

const columnMeta = (source: Source): string => {
  const parts = [
    source.publishedAt === null ? "undated" : `published ${source.publishedAt}`,
    plural(source.text.match(WORD)?.length ?? 0, "word"),
    ...(source.path === null ? [] : [source.path])
  ]
  return parts.map(escapeHtml).join(" · ")
}

const column = (ctx: PageContext, source: Source, i: number): string => {
  const label = ctx.label(source.id)
  const hidden = i >= MAX_COLUMNS ? " hidden" : ""
  const title = source.title === undefined ? "" : `<p class="col-title">${escapeHtml(source.title)}</p>`
  return [
    `<section class="col" data-col="${i}" aria-labelledby="col-${i}-h"${hidden}>`,
    `<header class="col-head"><h3 id="col-${i}-h">${label}</h3>${title}<p class="col-meta">${columnMeta(source)}</p></header>`,
    // Focusable so a keyboard can scroll it; the text keeps its line breaks through white-space: pre-wrap.
    `<div class="text" tabindex="0" role="region" aria-label="Text of ${label}">${sourceText(ctx, source)}</div>`,
    "</section>"
  ].join("\n")
}

/** Checkboxes that choose which sources are shown, when there are more than MAX_COLUMNS; the first ones start shown. */
const picker = (ctx: PageContext): string => {
  if (ctx.sources.length <= MAX_COLUMNS) return ""
  const boxes = ctx.sources.map(
    (s, i) =>
      `<label><input type="checkbox" data-col="${i}"${i < MAX_COLUMNS ? " checked" : ""}> ${ctx.label(s.id)}</label>`
  )
  return [
    `<fieldset id="picker" class="picker" data-max="${MAX_COLUMNS}">`,
    `<legend>Columns (two to ${MAX_COLUMNS} of ${ctx.sources.length} sources)</legend>`,
    boxes.join("\n"),
    "</fieldset>"
  ].join("\n")
}

/** The sources side by side, one scrolling column each, with the column picker above them where needed. */
export const renderColumns = (ctx: PageContext): string =>
  [
    '<div id="reader" class="reader">',
    picker(ctx),
    `<div id="columns" class="columns">`,
    ctx.sources.map((s, i) => column(ctx, s, i)).join("\n"),
    "</div>",
    "</div>"
  ]
    .filter((part) => part !== "")
    .join("\n")
