import type { Finding } from "@diplo/model"
import type { PageContext } from "./Context.js"
import { escapeHtml, plural } from "./Html.js"

const KIND_WORDS: ReadonlyArray<readonly [Finding["kind"], string, string]> = [
  ["discrepancy", "discrepancy", "discrepancies"],
  ["omission", "omission", "omissions"],
  ["framing", "framing difference", "framing differences"],
  ["agreement", "agreement", "agreements"]
]

/** The page's title: the comparison's, else one naming the sources. */
export const pageTitle = (ctx: PageContext): string =>
  ctx.comparison.title ?? `diplo: ${ctx.sources.map((s) => ctx.labelText(s.id)).join(" vs ")}`

/** The title, the sources compared, and the findings counted by kind. */
export const renderHeader = (ctx: PageContext): string => {
  const findings = ctx.comparison.findings
  const counts = KIND_WORDS.flatMap(([kind, one, many]) => {
    const n = findings.filter((f) => f.kind === kind).length
    return n === 0 ? [] : [plural(n, one, many)]
  })
  const generator = ctx.comparison.generator
  return [
    '<header class="page-head">',
    '<a class="skip" href="#findings-h">Skip to the findings</a>',
    `<h1>${escapeHtml(pageTitle(ctx))}</h1>`,
    `<p class="lede">${plural(ctx.sources.length, "source")} compared: ${ctx.sources.map((s) => ctx.label(s.id)).join(", ")}. ${
      counts.length === 0 ? "No findings." : `${counts.join(", ")}.`
    }</p>`,
    `<p class="how">Click a finding, or press Enter on it, to highlight its evidence in every column; hover or click an underlined statement to see what the other sources say about the same matter.${
      generator === undefined ? "" : ` Made by ${escapeHtml(generator.name)} ${escapeHtml(generator.version)}.`
    }</p>`,
    "</header>"
  ].join("\n")
}
