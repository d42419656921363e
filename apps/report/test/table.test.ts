import { describe, expect, it } from "vitest"
import { FINDING_COLUMNS, findingRows, renderCsv, renderJsonLines } from "../src/render/Table.js"
import { loadFixture } from "./fixture.js"

/** A minimal RFC 4180 reader, enough to read back what renderCsv writes. */
const readCsv = (text: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let field = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ",") {
      row.push(field)
      field = ""
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field)
      rows.push(row)
      row = []
      field = ""
      i++
    } else field += c
  }
  return rows
}

describe("findings as a table", () => {
  const comparison = loadFixture()

  it("has one row per finding, in the comparison's order, with evidence offsets a reader can slice", () => {
    const rows = findingRows(comparison, "s1")
    expect(rows.map((r) => r.id)).toEqual(comparison.findings.map((f) => f.id))
    const first = comparison.findings[0]!
    expect(rows[0]!.story).toBe("s1")
    expect(rows[0]!.evidence.split("|")[0]).toBe(
      `${first.evidence[0]!.sourceId}:${first.evidence[0]!.start}-${first.evidence[0]!.end}`
    )
    expect(rows.find((r) => r.sources.includes("A"))?.outlets).toContain("A=TASS")
  })

  it("writes CSV that reads back to the same fields, commas, quotes and line breaks included", () => {
    const rows = findingRows(comparison).map((r, i) => (i === 0 ? { ...r, summary: 'He said, "no"\r\nthen left' } : r))
    const table = readCsv(renderCsv(rows))
    expect(table[0]).toEqual([...FINDING_COLUMNS])
    expect(table.length).toBe(rows.length + 1)
    expect(table[1]![FINDING_COLUMNS.indexOf("summary")]).toBe('He said, "no"\r\nthen left')
    expect(table[2]![FINDING_COLUMNS.indexOf("salience")]).toBe(String(rows[1]!.salience))
    expect(renderCsv(rows, { header: false }).startsWith("story,")).toBe(false)
  })

  it("writes one JSON object per line with the same columns", () => {
    const lines = renderJsonLines(findingRows(comparison)).trimEnd().split("\n")
    expect(lines.length).toBe(comparison.findings.length)
    expect(Object.keys(JSON.parse(lines[0]!))).toEqual([...FINDING_COLUMNS])
  })
})
