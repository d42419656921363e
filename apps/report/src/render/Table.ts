import type { Comparison, Finding } from "@diplo/model"

/**
 * Findings as rows of a table, for notebooks and spreadsheets: one row per finding, the same columns in CSV
 * (`--format csv`) and in JSON Lines. `story` is empty for a single comparison and the story id in `diplo stories`.
 */
export interface FindingRow {
  readonly story: string
  readonly id: string
  readonly kind: Finding["kind"]
  readonly type: string
  readonly severity: Finding["severity"]
  readonly salience: number
  /** The sources the finding is about, as `A|B` (ids), then their outlets where known, as `A=Fox News|B=…`. */
  readonly sources: string
  readonly outlets: string
  readonly summary: string
  /** Every evidence span as `sourceId:start-end`, separated by `|` (offsets into `sources[i].text`). */
  readonly evidence: string
}

/** The columns, in order: the header of the CSV and the keys of a JSON Lines row. */
export const FINDING_COLUMNS: readonly (keyof FindingRow)[] = [
  "story",
  "id",
  "kind",
  "type",
  "severity",
  "salience",
  "sources",
  "outlets",
  "summary",
  "evidence"
]

/** The rows of a comparison's findings, in the comparison's order. */
export const findingRows = (comparison: Comparison, story = ""): FindingRow[] => {
  const outlet = new Map(comparison.sources.map((s) => [s.id as string, s.outlet ?? ""]))
  return comparison.findings.map((f) => ({
    story,
    id: f.id,
    kind: f.kind,
    type: f.type,
    severity: f.severity,
    salience: f.salience,
    sources: f.sourceIds.join("|"),
    outlets: f.sourceIds
      .filter((id) => (outlet.get(id) ?? "") !== "")
      .map((id) => `${id}=${outlet.get(id)}`)
      .join("|"),
    summary: f.summary,
    evidence: f.evidence.map((e) => `${e.sourceId}:${e.start}-${e.end}`).join("|")
  }))
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled. */
const csvField = (value: string | number): string => {
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** CSV text (RFC 4180, CRLF line ends, a header row) of some rows; `header: false` for rows appended to a file. */
export const renderCsv = (rows: readonly FindingRow[], options: { readonly header?: boolean } = {}): string => {
  const lines = options.header === false ? [] : [FINDING_COLUMNS.join(",")]
  for (const row of rows) lines.push(FINDING_COLUMNS.map((c) => csvField(row[c])).join(","))
  return lines.length === 0 ? "" : `${lines.join("\r\n")}\r\n`
}

/** JSON Lines text of some rows: one JSON object per line, keys in column order. */
export const renderJsonLines = (rows: readonly FindingRow[]): string =>
  rows.map((row) => `${JSON.stringify(Object.fromEntries(FINDING_COLUMNS.map((c) => [c, row[c]])))}\n`).join("")
