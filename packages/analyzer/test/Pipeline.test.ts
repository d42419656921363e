import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { compare, comparePromise, resourcesLayer } from "@diplo/analyzer"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"

const example = (name: string) => fileURLToPath(new URL(`../../../examples/antonov-2021/${name}`, import.meta.url))
const pair = ["a-2021-03-18.txt", "b-2021-03-22.txt"].map((name) => ({
  path: `examples/antonov-2021/${name}`,
  content: readFileSync(example(name))
}))

describe("Pipeline", () => {
  it("compares the example pair into a valid comparison with sources in the order given", async () => {
    const comparison = await comparePromise(pair)
    expect(comparison.schemaVersion).toBe("1")
    expect(comparison.sources.map((s) => [s.id, s.publishedAt, s.path])).toEqual([
      ["A", "2021-03-18", "examples/antonov-2021/a-2021-03-18.txt"],
      ["B", "2021-03-22", "examples/antonov-2021/b-2021-03-22.txt"]
    ])
  })

  it("names the outlet from the dateline when the input does not", async () => {
    const comparison = await comparePromise(pair)
    expect(comparison.sources.map((s) => s.outlet)).toEqual(["TASS", undefined])
  })

  it("fails with a UsageError when given a single source", async () => {
    const error = await Effect.runPromise(Effect.flip(compare(pair.slice(0, 1))))
    expect(error._tag).toBe("UsageError")
    expect(error.message).toBe("@diplo/analyzer: a comparison needs at least two sources, got 1")
  })

  it("gives byte-identical output for the same input", async () => {
    const [first, second] = await Promise.all([comparePromise(pair), comparePromise(pair)])
    expect(JSON.stringify(second)).toBe(JSON.stringify(first))
  })
})

describe("the analyzer's resources, an Effect service", () => {
  it("compares with the shipped resources when none are provided, and with others when a layer provides them", async () => {
    const shipped = await Effect.runPromise(compare(pair))
    const omissions = (c: typeof shipped) => c.findings.filter((f) => f.kind === "omission").length
    expect(omissions(shipped)).toBeGreaterThan(1)
    const one = await Effect.runPromise(
      compare(pair).pipe(Effect.provide(resourcesLayer({ tuning: { omissionsPerEvent: 1 } })))
    )
    expect(omissions(one)).toBe(1)
    // The layer's tuning is the base; the options' values go on top of it.
    const both = await Effect.runPromise(
      compare(pair, { tuning: { coverMargin: 0.3 } }).pipe(
        Effect.provide(resourcesLayer({ tuning: { omissionsPerEvent: 1 } }))
      )
    )
    expect(omissions(both)).toBe(1)
  })

  it("refuses an unknown tuning name with a usage error, not a throw", async () => {
    const exit = await Effect.runPromise(Effect.exit(compare(pair, { tuning: { noSuchValue: 1 } })))
    expect(exit._tag).toBe("Failure")
    expect(JSON.stringify(exit)).toContain("noSuchValue")
  })
})

describe("the speaker of “…,” he said, through the whole analyzer", () => {
  const speakerOf = async (text: string, words: string) => {
    const c = await comparePromise([
      { path: "a.txt", content: text, publishedAt: "2021-03-20" },
      { path: "b.txt", content: "Relations are at a low point, diplomats said on Saturday.", publishedAt: "2021-03-20" }
    ])
    const claim = c.claims.find((cl) => cl.text.includes(words))
    return [claim?.attribution, c.actors.find((a) => a.id === claim?.speakerId)?.name ?? null]
  }

  it("credits the quotation to the man named before, not to the embassy that spoke last", async () => {
    const text =
      "Ambassador Anatoly Antonov left for Moscow on Saturday. The Russian embassy said relations were at a low point.\n\n" +
      "“We are ready for dialogue,” he said."
    expect(await speakerOf(text, "ready for dialogue")).toEqual(["direct-quote", "Anatoly Antonov"])
  })

  it("credits it to the man when the embassy is named between him and the quotation", async () => {
    const text =
      "The Russian embassy in Washington said relations were at a low point. Ambassador Anatoly Antonov left for Moscow on Saturday.\n\n" +
      "“We are ready for dialogue,” he said."
    expect(await speakerOf(text, "ready for dialogue")).toEqual(["direct-quote", "Anatoly Antonov"])
  })
})
