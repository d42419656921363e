import type { Finding } from "@diplo/model"
import { type PageContext, sourcesOf } from "./Context.js"
import { escapeHtml, formatSalience, humanize, plural } from "./Html.js"

const KINDS: readonly Finding["kind"][] = ["discrepancy", "omission", "framing", "agreement"]
const SEVERITIES: readonly Finding["severity"][] = ["major", "minor", "info"]

const quoted = (text: string): string => `“${escapeHtml(text)}”`

/** What a finding adds to its summary, by kind: the values, the wordings, where the content is and is not. */
const details = (ctx: PageContext, finding: Finding): string[] => {
  const sides = (ids: readonly string[]) => ids.map((id) => ctx.label(id)).join(", ")
  switch (finding.kind) {
    case "discrepancy":
      return [
        ...finding.values.map(
          (v) =>
            `<dt>${sides(v.sourceIds)}</dt><dd>${escapeHtml(v.value)}${v.text === "" ? "" : ` ${quoted(v.text)}`}</dd>`
        ),
        `<dt>Compatible</dt><dd>${finding.compatible ? "yes: both can be true" : "no"}</dd>`
      ]
    case "framing":
      return finding.wordings.map(
        (w) => `<dt>${sides(w.sourceIds)}</dt><dd>${w.words.length === 0 ? "—" : w.words.map(quoted).join(" · ")}</dd>`
      )
    case "omission":
      return [
        `<dt>Present in</dt><dd>${sides(finding.presentIn)}</dd>`,
        `<dt>Absent from</dt><dd>${sides(finding.absentFrom)}</dd>`
      ]
    case "agreement":
      return []
  }
}

/** `A (TASS) 2 · B 1`: how many evidence spans each source has, so a reader knows which columns will move. */
const evidenceLine = (ctx: PageContext, finding: Finding): string =>
  sourcesOf(ctx, finding)
    .map((id) => `${ctx.label(id)} ${finding.evidence.filter((s) => s.sourceId === id).length}`)
    .join(" · ")

const item = (ctx: PageContext, finding: Finding, i: number): string => {
  const dl = details(ctx, finding)
  return [
    // The first finding is the list's one tab stop; the script moves it (a roving tabindex).
    `<li class="finding" id="f-${i}" role="option" aria-selected="false" tabindex="${i === 0 ? 0 : -1}" data-f="${i}" data-kind="${finding.kind}" data-type="${escapeHtml(finding.type)}" data-severity="${finding.severity}">`,
    `<p class="finding-head"><span class="rank">${i + 1}</span> <span class="badge sev-${finding.severity}">${finding.severity}</span> <span class="kind">${humanize(finding.kind)} · ${escapeHtml(humanize(finding.type))}</span> <span class="salience">salience ${formatSalience(finding.salience)}</span></p>`,
    `<p class="summary">${escapeHtml(finding.summary)}</p>`,
    ...(dl.length === 0 ? [] : [`<dl class="details">${dl.join("")}</dl>`]),
    `<p class="evidence-line">Evidence: ${evidenceLine(ctx, finding)}</p>`,
    "</li>"
  ].join("\n")
}

const count = (findings: readonly Finding[], pick: (f: Finding) => boolean): number => findings.filter(pick).length

/** Filters by kind and severity (checkboxes) and by type (one choice), over the kinds and types that occur. */
const filters = (findings: readonly Finding[]): string => {
  const kinds = KINDS.filter((k) => findings.some((f) => f.kind === k))
  const severities = SEVERITIES.filter((s) => findings.some((f) => f.severity === s))
  const box = (name: string, value: string, label: string, n: number) =>
    `<label><input type="checkbox" name="${name}" value="${value}" checked> ${label} <span class="n">(${n})</span></label>`
  const groups = kinds.map((kind) => {
    const types = [...new Set(findings.filter((f) => f.kind === kind).map((f) => f.type as string))].sort()
    const options = types.map(
      (t) =>
        `<option value="${kind}:${escapeHtml(t)}">${escapeHtml(humanize(t))} (${count(findings, (f) => f.kind === kind && f.type === t)})</option>`
    )
    return `<optgroup label="${humanize(kind)}">${options.join("")}</optgroup>`
  })
  return [
    '<form id="filters" class="filters" aria-label="Filter the findings">',
    `<fieldset><legend>Kind</legend>${kinds
      .map((k) =>
        box(
          "kind",
          k,
          humanize(k),
          count(findings, (f) => f.kind === k)
        )
      )
      .join("")}</fieldset>`,
    `<fieldset><legend>Severity</legend>${severities
      .map((s) =>
        box(
          "severity",
          s,
          s,
          count(findings, (f) => f.severity === s)
        )
      )
      .join("")}</fieldset>`,
    `<p class="type-filter"><label for="filter-type">Type</label> <select id="filter-type" name="type"><option value="">All types</option>${groups.join("")}</select></p>`,
    "</form>"
  ].join("\n")
}

/**
 * The side panel: filters, then every finding in the comparison's order (the analyzer's, by importance), each with its
 * severity and salience, summary, details and how much evidence each source has. A finding is an option of a
 * listbox: click it, or reach it with the arrow keys (or j and k) and press Enter, to see its evidence.
 */
export const renderFindings = (ctx: PageContext): string => {
  const findings = ctx.comparison.findings
  const head = '<aside id="panel" class="panel" aria-labelledby="findings-h">\n<h2 id="findings-h">Findings</h2>'
  if (findings.length === 0) return `${head}\n<p class="none">The comparison has no findings.</p>\n</aside>`
  return [
    head,
    filters(findings),
    `<p id="shown" class="shown">Showing ${findings.length} of ${plural(findings.length, "finding")}</p>`,
    '<p id="status" class="status" role="status" aria-live="polite"></p>',
    '<p class="keys">Keys: <kbd>↓</kbd> <kbd>↑</kbd> or <kbd>j</kbd> <kbd>k</kbd> move, <kbd>Enter</kbd> shows the evidence, <kbd>Esc</kbd> clears.</p>',
    `<ol id="findings" class="findings" role="listbox" aria-labelledby="findings-h">`,
    findings.map((f, i) => item(ctx, f, i)).join("\n"),
    "</ol>",
    '<p id="none" class="none" hidden>No finding matches the filters.</p>',
    "</aside>"
  ].join("\n")
}
