import { createHash } from "node:crypto"
import type { Comparison } from "@diplo/model"
import { pageTitle, renderHeader } from "./1-header.js"
import { renderTimeline } from "./2-timeline.js"
import { renderFindings } from "./3-findings.js"
import { renderColumns } from "./4-columns.js"
import { makeContext } from "./Context.js"
import { escapeHtml } from "./Html.js"
import { PAGE_SCRIPT } from "./Script.js"
import { PAGE_STYLE } from "./Style.js"

const sha256 = (text: string): string => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`

/**
 * The page may load nothing and run only its own script and style, named by their hashes: a file that opens
 * from disk makes no request, and markup smuggled into it by an article could not run even if it got through.
 */
const contentSecurityPolicy = (): string =>
  [
    "default-src 'none'",
    `script-src ${sha256(PAGE_SCRIPT)}`,
    `style-src ${sha256(PAGE_STYLE)}`,
    "img-src 'none'",
    "form-action 'none'",
    "base-uri 'none'"
  ].join("; ")

/**
 * The comparison as one self-contained HTML page: the sources side by side with their aligned statements
 * linked, every finding in a side panel with filters, its evidence highlighted in every column, and the
 * timeline as inline SVG. Style and script are inline; the page fetches nothing. A pure function of the
 * comparison: the same comparison always gives the same bytes, ending in one newline. Every string from the
 * comparison is escaped.
 */
export const renderHtml = (comparison: Comparison): string => {
  const ctx = makeContext(comparison)
  const language = comparison.sources[0]?.language ?? "en"
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(language)}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${escapeHtml(pageTitle(ctx))}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    "</head>",
    "<body>",
    renderHeader(ctx),
    renderTimeline(ctx),
    '<main id="workspace" class="workspace">',
    renderFindings(ctx),
    renderColumns(ctx),
    "</main>",
    `<script>${PAGE_SCRIPT}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n")
}
