import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type JsonLine, readArticleAt, readJsonLines } from "@diplo/stories"
import { describe, expect, it } from "vitest"

const write = (content: string | Buffer): string => {
  const path = join(mkdtempSync(join(tmpdir(), "diplo-jsonl-")), "in.jsonl")
  writeFileSync(path, content)
  return path
}

const readAll = async (path: string, maxBytes = 1 << 20): Promise<JsonLine[]> => {
  const out: JsonLine[] = []
  for await (const line of readJsonLines("in.jsonl", path, maxBytes)) out.push(line)
  return out
}

describe("readJsonLines", () => {
  it("reads one article a line with where it lies, and reads it again alone from there", async () => {
    const lines = [
      JSON.stringify({
        id: "x1",
        outlet: "TASS",
        publishedAt: "2021-03-18T10:00:00Z",
        title: "T",
        text: "Körper “one”."
      }),
      "",
      JSON.stringify({ text: "Two, without id.", extra: { ignored: true } })
    ]
    const path = write(`\uFEFF${lines.join("\r\n")}\n`)
    const read = await readAll(path)
    expect(read.map((l) => (l.ok ? [l.article.id, l.at.line] : null))).toEqual([
      ["x1", 1],
      ["in.jsonl:3", 3]
    ])
    const first = read[0]!
    if (!first.ok) throw new Error("expected an article")
    expect(first.article).toEqual({
      id: "x1",
      outlet: "TASS",
      publishedAt: "2021-03-18",
      title: "T",
      text: "Körper “one”."
    })
    for (const line of read) if (line.ok) expect(await readArticleAt(line.at)).toEqual(line.article)
  })

  it("reports each bad line with its line number and goes on to the next", async () => {
    const path = write(
      [
        "{not json",
        JSON.stringify({ title: "no text" }),
        JSON.stringify({ text: "  " }),
        JSON.stringify({ text: "ok", publishedAt: "2021-02-30" }),
        JSON.stringify({ text: "ok", id: ["a"] }),
        JSON.stringify({ text: "ok", url: "not a url" }),
        "[1, 2]",
        JSON.stringify({ id: 7, text: "fine" })
      ].join("\n")
    )
    const read = await readAll(path)
    expect(read.map((l) => (l.ok ? `ok ${l.article.id}` : `${l.bad.line}: ${l.bad.reason.split(";")[0]}`))).toEqual([
      "1: invalid JSON (Expected property name or '}')",
      '2: "text" must be a string, got undefined',
      '3: "text" is empty',
      '4: "publishedAt" must be a day as YYYY-MM-DD (or an ISO date-time), got "2021-02-30"',
      '5: "id" must be a non-empty string or an integer, got ["a"]',
      '6: "url" must be an absolute http(s) URL, got "not a url"',
      '7: expected a JSON object with a "text" field, got [1,2]',
      "ok 7"
    ])
  })

  it("refuses a line longer than the limit without holding it, and a line that is not UTF-8", async () => {
    const long = JSON.stringify({ text: "x".repeat(5000) })
    const path = write(
      Buffer.concat([
        Buffer.from(`${long}\n`),
        Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]),
        Buffer.from('{"text":"ok"}')
      ])
    )
    const read = await readAll(path, 1000)
    expect(read.map((l) => (l.ok ? l.article.text : `${l.bad.line}: ${l.bad.reason}`))).toEqual([
      "1: the line is longer than 1000 bytes",
      "2: the line is not valid UTF-8",
      "ok"
    ])
  })
})
