import { existsSync, readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { extractActors, segment } from "@diplo/analyzer"
import type { SourceId } from "@diplo/model"
import { describe, expect, it } from "vitest"
import { isCommonWord } from "../src/extract/actors/2-common-words.js"
import usStates from "../src/lexicons/us-states.json" with { type: "json" }

// The eight real events with expert gold (Fox, NYT, HuffPost), beside the repository as ../shared.
const realDir = fileURLToPath(new URL("../../../../shared/gold/real/", import.meta.url))
const files = existsSync(realDir)
  ? readdirSync(realDir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
  : []

const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  usStates.entries.flatMap((s) => [s.postal, ...s.abbreviations.map((a) => a.replace(/\.$/, ""))])
)

/** The first paragraph when it is shaped as a headline: short, with no final period. */
const headlineOf = (text: string): { start: number; end: number } | null => {
  const end = text.indexOf("\n")
  if (end < 0) return null
  const first = text.slice(0, end).trim()
  return first.split(/\s+/).length <= 20 && !/[.!?:;]["”’)]?$/.test(first) ? { start: 0, end } : null
}

/** Why an actor's name is no actor's, or null when it may be one. */
const junk = (actor: ReturnType<typeof extractActors>[number], text: string): string | null => {
  const name = actor.name
  if (name.replace(/[^\p{L}]/gu, "").length <= 1) return "a single letter"
  if (STATE_ABBREVIATIONS.has(name.replace(/\.$/, ""))) return "a state abbreviation"
  const person = actor.kind === "person" || actor.kind === "other"
  // A common word the text always capitalizes, again and again, is its name for a group ("Dreamers").
  const capitalizedOnly = !new RegExp(`\\b${name.toLowerCase()}\\b`).test(text) && text.split(name).length > 2
  if (person && !name.includes(" ") && isCommonWord(name) && !capitalizedOnly) return "a capitalized common word"
  const headline = headlineOf(text)
  if (person && headline && actor.mentions.every((m) => m.end <= headline.end)) return "a headline's words"
  return null
}

describe.skipIf(files.length === 0)("actors on the real gold's articles (../shared/gold/real)", () => {
  it.each(files)("%s has no actor that is a fragment, a headline or a state abbreviation", (file) => {
    const raw = readFileSync(`${realDir}${file}`, "utf8")
    const header = /^\s*date (\d{4}-\d{2}-\d{2}) /.exec(raw)
    const text = header ? raw.slice(header[0].length) : raw
    const actors = extractActors(segment({ id: "A" as SourceId, text, publishedAt: header?.[1] ?? null, path: null }))
    const found = actors.flatMap((a) => {
      const why = junk(a, text)
      return why ? [`${a.name} (${a.kind}): ${why}`] : []
    })
    expect(found).toEqual([])
  })
})

describe.skipIf(files.length > 0)("actors on the real gold's articles", () => {
  it.skip("needs ../shared/gold/real beside the repository (the eight BASIL events with expert gold)", () => {})
})
