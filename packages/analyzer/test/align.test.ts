import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import {
  ALIGN_THRESHOLD,
  alignStatements,
  PARAPHRASE_THRESHOLD,
  profileStatement,
  type AlignerInput,
  segment,
  similarity
} from "@diplo/analyzer"
import type { SourceId } from "@diplo/model"
import { describe, expect, it } from "vitest"
import { growthOf, LINEAR_BOUND } from "./growth.js"

/** One statement per sentence of a text, as the pipeline would hand them to the aligner. */
const statementsOf = (id: string, text: string, extras: Partial<AlignerInput> = {}): AlignerInput[] => {
  const sourceId = id as SourceId
  const segmented = segment({ id: sourceId, publishedAt: null, path: null, text })
  return segmented.sentences.map((s) => ({
    sourceId,
    claimId: null,
    span: { sourceId, start: s.start, end: s.end, text: text.slice(s.start, s.end) },
    tokens: segmented.tokens.slice(s.tokenStart, s.tokenEnd),
    actorIds: [],
    timeValues: [],
    eventTypes: [],
    ...extras
  }))
}

const profileOf = (text: string) =>
  profileStatement(segment({ id: "S" as SourceId, publishedAt: null, path: null, text }).tokens)

const compare = (a: string, b: string) => similarity(profileOf(a), profileOf(b))

describe("statement similarity", () => {
  it("scores a paraphrase as the same statement and an unrelated sentence as neither related nor the same", () => {
    const paraphrase = compare(
      "The foreign ministry summoned the ambassador on Tuesday to protest the new sanctions.",
      "On Tuesday the ambassador was summoned by the foreign ministry in protest against the new sanctions."
    )
    const unrelated = compare(
      "The foreign ministry summoned the ambassador on Tuesday to protest the new sanctions.",
      "Heavy rain flooded several villages in the south, and rescuers evacuated hundreds of residents."
    )
    expect(paraphrase.paraphrase).toBeGreaterThanOrEqual(PARAPHRASE_THRESHOLD)
    expect(paraphrase.score).toBeGreaterThanOrEqual(ALIGN_THRESHOLD)
    expect(unrelated.score).toBeLessThan(ALIGN_THRESHOLD)
    expect(unrelated.paraphrase).toBeLessThan(PARAPHRASE_THRESHOLD)
    for (const value of [paraphrase.score, paraphrase.paraphrase, unrelated.score, unrelated.paraphrase]) {
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThanOrEqual(1)
    }
  })

  it("counts different numbers against saying the same thing, and names the signal", () => {
    const same = compare(
      "The company sold the chain to its rival for $2.5 billion in 1998.",
      "In 1998 the chain was sold to its rival for $2.5 billion."
    )
    const differ = compare(
      "The company sold the chain to its rival for $2.5 billion in 1998.",
      "In 1998 the chain was sold to its rival for $1.8 billion."
    )
    expect(differ.signals.numbersDiffer).toBe(1)
    expect(same.signals.numbersDiffer).toBe(0)
    expect(differ.paraphrase).toBeLessThan(same.paraphrase)
  })

  it("credits synonyms through word vectors, and not at all without them", () => {
    const a = profileOf("The airline purchased forty new jets.")
    const b = profileOf("The carrier bought forty new planes.")
    const withVectors = similarity(a, b)
    expect(withVectors.signals.soft).toBeGreaterThan(withVectors.signals.lexical!)
    const plain = { useVectors: false }
    const a0 = profileStatement(
      segment({ id: "S" as SourceId, publishedAt: null, path: null, text: "The airline purchased forty new jets." })
        .tokens,
      {},
      plain
    )
    const b0 = profileStatement(
      segment({ id: "S" as SourceId, publishedAt: null, path: null, text: "The carrier bought forty new planes." })
        .tokens,
      {},
      plain
    )
    const withoutVectors = similarity(a0, b0, plain)
    expect(withoutVectors.signals.soft).toBe(withoutVectors.signals.lexical)
  })

  it("weighs rare words above common ones, so sharing only function words says little", () => {
    const functionWords = compare(
      "The minister said that it would be a difficult year for the farmers.",
      "The coach said that it would be a long season for the team."
    )
    const contentWords = compare("Moscow recalled its ambassador.", "The ambassador was recalled to Moscow.")
    expect(contentWords.score).toBeGreaterThan(functionWords.score)
    expect(functionWords.score).toBeLessThan(ALIGN_THRESHOLD)
  })

  it("adds shared actors and compatible times as signals only where both statements have them", () => {
    const tokens = (text: string) => segment({ id: "S" as SourceId, publishedAt: null, path: null, text }).tokens
    const a = profileStatement(tokens("The envoy flew home for consultations."), {
      actorIds: ["A1"],
      timeValues: ["2021-03-20"]
    })
    const b = profileStatement(tokens("The envoy returned home for consultations."), {
      actorIds: ["A1", "A2"],
      timeValues: ["2021-03"]
    })
    const c = profileStatement(tokens("The envoy returned home for consultations."))
    const both = similarity(a, b)
    expect(both.signals.actors).toBe(0.5)
    expect(both.signals.times).toBe(1)
    expect(similarity(a, c).signals.actors).toBeUndefined()
    expect(both.score).toBeGreaterThan(similarity(a, c).score)
  })
})

describe("alignStatements", () => {
  const a = statementsOf(
    "A",
    "The foreign ministry summoned the ambassador on Tuesday to protest the new sanctions. Heavy rain flooded several villages in the south."
  )
  const b = statementsOf(
    "B",
    "Officials announced a new budget for schools. On Tuesday the ambassador was summoned by the foreign ministry in protest against the new sanctions."
  )
  const c = statementsOf(
    "C",
    "The ambassador was summoned to the foreign ministry on Tuesday over the sanctions. Rescuers evacuated hundreds of residents after heavy rain flooded villages in the south."
  )

  it("groups the statements of different sources about one matter, and leaves the rest alone", () => {
    const alignments = alignStatements([...a, ...b, ...c])
    const summons = alignments.find((al) => al.members.some((m) => m.span.text.includes("summoned")))
    expect(summons?.members.map((m) => m.sourceId)).toEqual(["A", "B", "C"])
    expect(summons?.members.every((m) => m.span.text.includes("summoned"))).toBe(true)
    const rain = alignments.find((al) => al.members.some((m) => m.span.text.includes("rain")))
    expect(rain?.members.map((m) => m.sourceId)).toEqual(["A", "C"])
    expect(alignments.some((al) => al.members.some((m) => m.span.text.includes("budget")))).toBe(false)
    for (const al of alignments) {
      expect(al.score).toBeGreaterThanOrEqual(ALIGN_THRESHOLD)
      expect(al.signals.paraphrase).toBeDefined()
      expect(new Set(al.members.map((m) => m.sourceId)).size).toBe(al.members.length)
    }
  })

  it("never aligns two statements of the same source", () => {
    const same = statementsOf(
      "A",
      "The ministry summoned the ambassador over the sanctions. The ambassador was summoned by the ministry over the sanctions."
    )
    expect(alignStatements(same)).toEqual([])
  })

  it("lets one statement align with several statements of another source", () => {
    const joint = statementsOf(
      "A",
      "The ministry summoned the ambassador, and the president signed the new sanctions law."
    )
    const split = statementsOf(
      "B",
      "The ministry summoned the ambassador on Monday. The president signed the new sanctions law on Monday."
    )
    const alignments = alignStatements([...joint, ...split])
    const withJoint = alignments.filter((al) => al.members.some((m) => m.sourceId === "A"))
    expect(withJoint).toHaveLength(2)
    expect(
      new Set(withJoint.flatMap((al) => al.members.filter((m) => m.sourceId === "B").map((m) => m.span.start))).size
    ).toBe(2)
  })

  it("gives the same ids and order for the same input, whatever the order of sources", () => {
    const first = alignStatements([...a, ...b, ...c])
    expect(alignStatements([...a, ...b, ...c])).toEqual(first)
    expect(first.map((al) => al.id)).toEqual(first.map((_, i) => `AL${i + 1}`))
    const shuffled = alignStatements([...c, ...a, ...b])
    const memberSets = (als: typeof first) =>
      als
        .map((al) =>
          al.members
            .map((m) => `${m.sourceId}:${m.span.start}`)
            .sort()
            .join(" ")
        )
        .sort()
    expect(memberSets(shuffled)).toEqual(memberSets(first))
  })

  it("uses a stricter threshold when asked", () => {
    expect(alignStatements([...a, ...b, ...c], { threshold: 0.999 })).toEqual([])
  })

  it("copes with odd text: emoji, control characters, no words, and a 10,000-word sentence without a period", () => {
    const long = Array.from({ length: 10_000 }, (_, i) => `word${i % 500}`).join(" ")
    const odd = [
      ...statementsOf("A", "🙂🙂 \u0000\u0007 — … «»"),
      ...statementsOf("B", long),
      ...statementsOf("C", `${long} and more`),
      ...statementsOf("D", "مرحبا بالعالم")
    ]
    const alignments = alignStatements(odd)
    expect(alignments.every((al) => al.members.length >= 2)).toBe(true)
    // A sentence four times as long aligns in about four times the time, not sixteen.
    const sentence = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 500}`).join(" ")
    const growth = growthOf(
      (n) => alignStatements([...statementsOf("B", sentence(n)), ...statementsOf("C", `${sentence(n)} and more`)]),
      2_500
    )
    expect(growth).toBeLessThan(LINEAR_BOUND)
  })

  it("aligns 32 sources of 40 statements each, pairing the statements that tell one story", () => {
    // 60 stories of 8 words each from a pool of 300 made-up words; each source tells 40 of them in its own order,
    // with two words of its own: many true pairs and many partial overlaps, as in reports of one event.
    const pool = Array.from({ length: 300 }, (_, i) => `kw${i}`)
    const stories = Array.from({ length: 60 }, (_, t) =>
      Array.from({ length: 8 }, (_, i) => pool[(t * 37 + i * 53) % 300]).join(" ")
    )
    const statements = Array.from({ length: 32 }, (_, s) => {
      const text = Array.from({ length: 40 }, (_, k) => {
        const t = (k * 7 + s * 3) % 60
        return `Outlet${s} says ${stories[t]} and note${(s * 40 + k) % 997}.`
      }).join(" ")
      return statementsOf(`S${s}`, text)
    }).flat()
    expect(statements).toHaveLength(32 * 40)
    // Speed is measured by `npm run bench`, not here.
    const alignments = alignStatements(statements)
    const sameStory = (al: (typeof alignments)[number]) =>
      new Set(al.members.map((m) => m.span.text.split(" ").slice(2, 10).join(" "))).size === 1
    expect(alignments.filter(sameStory).length).toBeGreaterThan(50)
  })
})

describe("word vectors", () => {
  it("load from the compact data file in a fresh process", () => {
    const adapter = fileURLToPath(new URL("../dist/adapters/vectors.js", import.meta.url))
    const script = `const { wordTable } = await import(${JSON.stringify(adapter)}); const w = wordTable(); console.log(JSON.stringify({ size: w.size, dimensions: w.dimensions, hasVector: w.vector("ambassador") !== undefined }))`
    const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }))
    expect(out).toMatchObject({ size: 100_000, dimensions: 100, hasVector: true })
  })
})
