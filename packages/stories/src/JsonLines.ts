/**
 * Articles from JSON Lines, one object a line (`id`, `outlet`, `publishedAt`, `title`, `url`, `text`; all but
 * `text` may be missing), read as a stream: a file of any size passes through in chunks, each article is handed on
 * with where it lies (file, line, byte offset and length) so it can be read again alone, and a bad line is
 * reported with its file and line without stopping the others.
 */
import { createReadStream } from "node:fs"
import { open } from "node:fs/promises"
import type { ArticleText } from "./Profile.js"

/** Where an article lies: the file as given (and where to open it), its 1-based line, its bytes. */
export interface ArticleLocation {
  readonly path: string
  readonly location: string
  readonly line: number
  readonly offset: number
  readonly length: number
}

/** A line that is not an article: where, and what is wrong, in one sentence. */
export interface BadLine {
  readonly path: string
  readonly line: number
  readonly reason: string
}

export type JsonLine =
  | { readonly ok: true; readonly article: ArticleText; readonly at: ArticleLocation }
  | { readonly ok: false; readonly bad: BadLine }

const KNOWN = ["id", "outlet", "publishedAt", "title", "url", "text"] as const

const describe = (value: unknown): string => {
  const json = JSON.stringify(value) ?? String(value)
  return json.length > 40 ? `${json.slice(0, 40)}…` : json
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/

/** The calendar day of a `YYYY-MM-DD` or ISO date-time string, or null when it is none or does not exist. */
export const calendarDay = (value: string): string | null => {
  const m = ISO_DAY.exec(value)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
    ? value.slice(0, 10)
    : null
}

/**
 * One line's article, or why it is not one. `fallbackId` names an article without an `id` (the path and line).
 * Fields other than the six known ones are ignored.
 */
export const parseArticleLine = (line: string, fallbackId: string): ArticleText | string => {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    const what = error instanceof Error ? error.message.split("\n")[0]!.replace(/ in JSON at position.*$/, "") : ""
    return `invalid JSON (${what}); expected one JSON object per line with a "text" field`
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return `expected a JSON object with a "text" field, got ${describe(value)}`
  const record = value as Record<string, unknown>
  const text = record.text
  if (typeof text !== "string") return `"text" must be a string, got ${describe(text)}`
  if (text.trim() === "") return `"text" is empty; expected the body of a news article`
  let id = fallbackId
  if (record.id !== undefined && record.id !== null) {
    if (typeof record.id === "number" && Number.isInteger(record.id)) id = String(record.id)
    else if (typeof record.id === "string" && record.id.trim() !== "") id = record.id
    else return `"id" must be a non-empty string or an integer, got ${describe(record.id)}`
  }
  const fields: Record<string, string> = {}
  for (const key of KNOWN) {
    if (key === "id" || key === "text") continue
    const field = record[key]
    if (field === undefined || field === null) continue
    if (typeof field !== "string") return `"${key}" must be a string, got ${describe(field)}`
    if (field.trim() === "") continue
    if (key === "url" && !(URL.canParse(field.trim()) && /^https?:\/\//i.test(field.trim())))
      return `"url" must be an absolute http(s) URL, got ${describe(field)}`
    if (key === "publishedAt") {
      const day = calendarDay(field.trim())
      if (day === null) return `"publishedAt" must be a day as YYYY-MM-DD (or an ISO date-time), got ${describe(field)}`
      fields[key] = day
    } else fields[key] = field.trim()
  }
  return { id, ...fields, text }
}

const NEWLINE = 0x0a

/**
 * The articles of a JSON Lines file, one at a time, in file order. Blank lines are skipped; a line longer than
 * `maxBytes` is a bad line (and is never held whole); so is one that is not UTF-8.
 */
export async function* readJsonLines(path: string, location: string, maxBytes: number): AsyncGenerator<JsonLine> {
  const decoder = new TextDecoder("utf-8", { fatal: true })
  let pending: Buffer[] = []
  let pendingBytes = 0
  let overflow = false
  let lineStart = 0
  let line = 0
  let position = 0
  const finish = (): JsonLine | null => {
    line++
    const length = pendingBytes
    const offset = lineStart
    const chunks = pending
    pending = []
    pendingBytes = 0
    lineStart = position
    if (overflow) {
      overflow = false
      return { ok: false, bad: { path, line, reason: `the line is longer than ${maxBytes} bytes` } }
    }
    let bytes = Buffer.concat(chunks, length)
    if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3)
    let text: string
    try {
      text = decoder.decode(bytes)
    } catch {
      return { ok: false, bad: { path, line, reason: "the line is not valid UTF-8" } }
    }
    if (text.trim() === "") return null
    const parsed = parseArticleLine(text, `${path}:${line}`)
    if (typeof parsed === "string") return { ok: false, bad: { path, line, reason: parsed } }
    return { ok: true, article: parsed, at: { path, location, line, offset, length } }
  }
  for await (const chunk of createReadStream(location) as AsyncIterable<Buffer>) {
    let from = 0
    while (from < chunk.length) {
      const newline = chunk.indexOf(NEWLINE, from)
      const end = newline < 0 ? chunk.length : newline
      if (!overflow) {
        if (pendingBytes + (end - from) > maxBytes) {
          overflow = true
          pending = []
        } else pending.push(chunk.subarray(from, end))
      }
      pendingBytes += end - from
      position += end - from
      if (newline < 0) break
      position++
      const result = finish()
      if (result !== null) yield result
      from = newline + 1
    }
  }
  if (pendingBytes > 0 || overflow) {
    const result = finish()
    if (result !== null) yield result
  }
}

/**
 * Reads one article again from where `readJsonLines` found it. Returns the article, or why it can no longer be
 * read (the file changed since).
 */
export const readArticleAt = async (at: ArticleLocation): Promise<ArticleText | string> => {
  const handle = await open(at.location, "r")
  try {
    const bytes = Buffer.alloc(at.length)
    const { bytesRead } = await handle.read(bytes, 0, at.length, at.offset)
    if (bytesRead !== at.length) return "the file is shorter than when it was first read"
    let view = bytes
    if (at.line === 1 && view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf) view = view.subarray(3)
    let text: string
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(view)
    } catch {
      return "the line is not valid UTF-8 any more"
    }
    const parsed = parseArticleLine(text, `${at.path}:${at.line}`)
    return parsed
  } finally {
    await handle.close()
  }
}
