import { marked, type Token, type Tokens } from "marked"

/** Cells of one raw table line, split on pipes that no backslash escapes. */
export const rawCells = (line: string): string[] => {
  const cells: string[] = []
  let cell = ""
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (c === "\\" && i + 1 < line.length) {
      cell += c + line[i + 1]
      i++
    } else if (c === "|") {
      cells.push(cell)
      cell = ""
    } else cell += c
  }
  cells.push(cell)
  // A line written `| a | b |` has an empty piece before the first pipe and after the last.
  return cells.slice(1, -1).map((s) => s.trim())
}

export interface TableShape {
  readonly header: string[]
  readonly rows: string[][]
}

const walk = (tokens: readonly Token[], out: Tokens.Table[]): void => {
  for (const t of tokens) {
    if (t.type === "table") out.push(t as Tokens.Table)
    const children = (t as { tokens?: Token[] }).tokens
    if (children !== undefined) walk(children, out)
    const items = (t as { items?: Token[] }).items
    if (items !== undefined) walk(items, out)
  }
}

/**
 * Every table of a Markdown document, as `marked` reads it, after checking each raw line has as many
 * cells as the header (marked itself silently drops extra cells, so it cannot be trusted for that).
 */
export const tablesOf = (markdown: string): TableShape[] => {
  const tables: Tokens.Table[] = []
  walk(marked.lexer(markdown), tables)
  return tables.map((t) => {
    const lines = t.raw.trimEnd().split("\n")
    const width = rawCells(lines[0]!).length
    for (const line of lines)
      if (rawCells(line).length !== width)
        throw new Error(`table row has ${rawCells(line).length} cells, header has ${width}: ${line}`)
    if (t.header.length !== width) throw new Error(`marked read ${t.header.length} header cells, raw has ${width}`)
    for (const row of t.rows) if (row.length !== width) throw new Error(`marked read a row of ${row.length} cells`)
    return { header: t.header.map((h) => h.text), rows: t.rows.map((r) => r.map((c) => c.text)) }
  })
}

/** The `##` sections every whole report has, in reading order. */
export const SECTIONS = [
  "Sources",
  "At a glance",
  "Timeline",
  "Actors",
  "Agreements",
  "Discrepancies",
  "Framing differences",
  "Voice balance",
  "Omissions",
  "How this was made"
]

/** The `##` headings of a document, in order. */
export const sectionsOf = (markdown: string): string[] =>
  marked
    .lexer(markdown)
    .filter((t): t is Tokens.Heading => t.type === "heading" && (t as Tokens.Heading).depth === 2)
    .map((t) => t.text)

/** The fenced code blocks of a language. */
export const codeBlocks = (markdown: string, lang: string): string[] =>
  marked
    .lexer(markdown)
    .filter((t): t is Tokens.Code => t.type === "code" && (t as Tokens.Code).lang === lang)
    .map((t) => t.text)
