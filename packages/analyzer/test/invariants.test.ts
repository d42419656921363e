import { existsSync, readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { type ArticleInput, compare, comparePromise, segment } from "@diplo/analyzer"
import { type Comparison, parseComparison, type SourceId } from "@diplo/model"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

// Properties every comparison keeps, on random and mutated articles (issue 7). Seeds are fixed and runs bounded, so
// a failure replays the same way and the file stays within a minute or two.

const example = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../examples/antonov-2021/${name}`, import.meta.url)), "utf8")
const bodies = ["a-2021-03-18.txt", "b-2021-03-22.txt"].map((name) => example(name).replace(/^ date \S+ /, ""))
/** The example's sentences: real news prose to shuffle and mutate. */
const SENTENCES = bodies.flatMap((body) => body.split(/(?<=[.!?]["”]?)\s+/)).filter((s) => s.trim() !== "")

const MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "「", "」"]
const ODD = [
  "😀",
  "🇷🇺🇺🇸",
  "👩‍👩‍👧",
  "שגריר רוסיה אמר",
  "قال السفير الروسي",
  "\u200f",
  "\u202e",
  "\u200b",
  "\u0001",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\t",
  "\u00a0",
  "\u3000",
  "e\u0301",
  "Mr.",
  "U.S.",
  "WASHINGTON, March 18. /TASS/.",
  "...",
  "—"
]
const RUN_UNITS = [".", '"', "“", "'", " ", "A", "A ", "A. ", "\n", "-", "*", "<", "&", "#"]

/**
 * One piece of an article: a real sentence (most often), a quotation mark, an odd character, a run of one mark or
 * word up to `maxRun` long, or junk.
 */
const fragmentUpTo = (maxRun: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...SENTENCES) },
    { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...RUN_UNITS), fc.integer({ min: 2, max: maxRun }))
        .map(([unit, n]) => unit.repeat(n))
    },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
    { weight: 1, arbitrary: fc.constantFrom("\n", "\n\n", " ", ". ") }
  )
const fragment = fragmentUpTo(4000)

/** Real sentences, shuffled, with fragments inserted at random places. */
const mutatedArticleWith = (piece: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.shuffledSubarray(SENTENCES, { minLength: 2, maxLength: 12 }),
      fc.array(fc.tuple(fc.nat(), piece), { maxLength: 8 }),
      fc.constantFrom("\n\n", " ", "\n")
    )
    .map(([sentences, inserts, glue]) => {
      const parts = [...sentences]
      for (const [at, inserted] of inserts) parts.splice(at % (parts.length + 1), 0, inserted)
      return parts.join(glue)
    })
const mutatedArticle = mutatedArticleWith(fragment)
/**
 * Runs short enough that no sentence is cut at its 400-token bound: cut pieces of one run are near-identical
 * statements, which the aligner may pair crosswise between two copies (a known align weakness, tested below).
 */
const proseArticle = mutatedArticleWith(fragmentUpTo(150))

/** Anything: fragments joined, sometimes after a date header (valid, future, or malformed). */
const randomArticle: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.constantFrom(" date 2021-03-18 ", " date 2031-01-01 ", " date 2021-13-45 ", " date ")),
    fc.array(fragment, { minLength: 1, maxLength: 20 })
  )
  .map(([header, parts]) => (header ?? "") + parts.join(" "))

const article: fc.Arbitrary<string> = fc.oneof(mutatedArticle, randomArticle)

const inputs = (...texts: string[]): ArticleInput[] => texts.map((content, i) => ({ path: `gen-${i}.txt`, content }))

/** Another seed to explore with (DIPLO_SEED=n npx vitest run test/invariants.test.ts); 0 in `npm test`. */
const SEED = Number(process.env.DIPLO_SEED ?? 0)

type Outcome =
  | { readonly ok: true; readonly comparison: Comparison }
  | { readonly ok: false; readonly tag: string; readonly message: string }

/** Runs a comparison and says how it ended; a defect (a throw inside the analyzer) fails the test right here. */
const run = async (articles: readonly ArticleInput[]): Promise<Outcome> => {
  const exit = await Effect.runPromiseExit(compare(articles))
  if (Exit.isSuccess(exit)) return { ok: true, comparison: exit.value }
  const failure = Cause.findErrorOption(exit.cause)
  if (failure._tag === "None") throw new Error(`the analyzer died instead of failing: ${Cause.pretty(exit.cause)}`)
  return { ok: false, tag: failure.value._tag, message: failure.value.message }
}

interface SpanLike {
  readonly sourceId: string
  readonly start: number
  readonly end: number
  readonly text: string
}

/** Every span anywhere in the comparison: any object with a sourceId, offsets and its text. */
const spansOf = (value: unknown, found: SpanLike[] = []): SpanLike[] => {
  if (Array.isArray(value)) for (const item of value) spansOf(item, found)
  else if (value !== null && typeof value === "object") {
    const v = value as Record<string, unknown>
    if (
      typeof v.sourceId === "string" &&
      typeof v.start === "number" &&
      typeof v.end === "number" &&
      typeof v.text === "string"
    )
      found.push(v as unknown as SpanLike)
    for (const child of Object.values(v)) if (typeof child === "object") spansOf(child, found)
  }
  return found
}

/** Spans that do not slice to their text, described for the failure message. */
const brokenSpans = (comparison: Comparison): string[] => {
  const texts = new Map(comparison.sources.map((s) => [s.id as string, s.text]))
  return spansOf(comparison).flatMap((span) => {
    const text = texts.get(span.sourceId)
    return text !== undefined && text.slice(span.start, span.end) === span.text
      ? []
      : [`${span.sourceId}@${span.start}-${span.end} ${JSON.stringify(span.text.slice(0, 40))}`]
  })
}

/** A finding as a reader sees it, whatever the order of the sources: kind, type, evidence by file. */
const findingKeys = (comparison: Comparison): string[] => {
  const pathOf = new Map(comparison.sources.map((s) => [s.id as string, s.path ?? s.id]))
  return comparison.findings
    .map((f) => {
      const evidence = f.evidence.map((e) => `${pathOf.get(e.sourceId)}@${e.start}-${e.end}`).sort()
      return `${f.kind}/${f.type} ${evidence.join(" ")}`
    })
    .sort()
}

describe("invariants on random and mutated articles", () => {
  it("answers every pair with a valid comparison or a tagged input error, never a throw", async () => {
    const seen = { compared: 0, refused: 0 }
    await fc.assert(
      fc.asyncProperty(article, article, async (a, b) => {
        const outcome = await run(inputs(a, b))
        if (!outcome.ok) {
          // A bad input is the user's to fix; an AnalysisError is a bug in a stage.
          expect(["InputError", "UsageError"]).toContain(outcome.tag)
          expect(outcome.message).toMatch(/^@diplo\/analyzer: gen-[01]\.txt(?::\d+)?(?: \(field [\w.]+\))?: \S/)
          seen.refused++
          return
        }
        seen.compared++
        expect(parseComparison(JSON.parse(JSON.stringify(outcome.comparison))).success).toBe(true)
        expect(brokenSpans(outcome.comparison)).toEqual([])
      }),
      { seed: 7001 + SEED, numRuns: 100 }
    )
    // The generator must reach the analysis, not only the readers' errors.
    expect(seen.compared).toBeGreaterThanOrEqual(50)
  }, 300_000)

  it("gives byte-identical output for the same input", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArticle, mutatedArticle, async (a, b) => {
        const first = await run(inputs(a, b))
        const second = await run(inputs(a, b))
        expect(first.ok).toBe(second.ok)
        if (first.ok && second.ok) expect(JSON.stringify(second.comparison)).toBe(JSON.stringify(first.comparison))
        if (!first.ok && !second.ok) expect(second.message).toBe(first.message)
      }),
      { seed: 7002 + SEED, numRuns: 40 }
    )
  }, 300_000)

  it("finds no discrepancy and no framing difference between an article and an identical copy", async () => {
    await fc.assert(
      fc.asyncProperty(proseArticle, async (a) => {
        const outcome = await run(inputs(a, a))
        if (!outcome.ok) return
        const kinds = outcome.comparison.findings.map((f) => `${f.kind}/${f.type}: ${f.summary}`)
        expect(kinds.filter((k) => k.startsWith("discrepancy/") || k.startsWith("framing/"))).toEqual([])
      }),
      { seed: 7003 + SEED, numRuns: 60 }
    )
  }, 300_000)

  // Known weakness of align (reported with issue 7): a run of initials cut into near-identical 400-token sentences
  // scores higher against a twin a few tokens shorter than against its identical copy, so two copies pair crosswise
  // and classify reports a difference in emphasis. This test fails once that is fixed: then make it a plain `it`.
  // It fails for that reason only: any other outcome (a refusal, another finding) returns early, so `it.fails`
  // reports the test as unexpectedly passing.
  it.fails("issue 7: copies of an article that opens with a long run of initials show a difference in emphasis", async () => {
    const text = `${"A. ".repeat(802)}\n\n${SENTENCES[4]}\n\n${SENTENCES[6]}`
    const outcome = await run(inputs(text, text))
    if (!outcome.ok) return
    const found = outcome.comparison.findings.filter((f) => f.kind !== "agreement").map((f) => `${f.kind}/${f.type}`)
    if (found.length === 0 || found.some((k) => k !== "framing/emphasis")) return
    expect(found).toEqual([])
  })

  // Agreements of one type that share a statement are merged as connected groups, so the merge does not depend on
  // the order of the sources (a case DIPLO_SEED=100 found when they were merged greedily).
  it("merges the same agreements whichever source comes first (prose found by DIPLO_SEED=100)", async () => {
    const a = [19, 13, 23].map((i) => SENTENCES[i]).join("\n\n")
    const b = [13, 2, 8].map((i) => SENTENCES[i]).join("\n\n")
    const ab = await run(inputs(a, b))
    const ba = await run([...inputs(a, b)].reverse())
    // Both must compare: two refusals would otherwise agree as `false` and `false`.
    if (!ab.ok || !ba.ok) throw new Error(`not compared: ${ab.ok ? "" : ab.message} ${ba.ok ? "" : ba.message}`)
    expect(findingKeys(ba.comparison)).toEqual(findingKeys(ab.comparison))
  })

  it("finds the same findings, with the sources swapped, when the order of the sources is swapped", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArticle, mutatedArticle, async (a, b) => {
        const ab = await run(inputs(a, b))
        const ba = await run([...inputs(a, b)].reverse())
        expect(ab.ok).toBe(ba.ok)
        if (ab.ok && ba.ok) expect(findingKeys(ba.comparison)).toEqual(findingKeys(ab.comparison))
        // Refused both ways: for the same input file, with the same reason.
        if (!ab.ok && !ba.ok) expect(ba.tag).toBe(ab.tag)
      }),
      { seed: 7004 + SEED, numRuns: 50 }
    )
  }, 300_000)
})

describe("the same findings whatever the order of three sources", () => {
  const dir = fileURLToPath(new URL("../../../../shared/gold/real/", import.meta.url))
  const events = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".gold.json"))
        .map((f) => f.slice(0, -10))
    : []
  const permutations = <T>(xs: readonly T[]): T[][] =>
    xs.length <= 1
      ? [[...xs]]
      : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]))
  // A finding as a reader checks it: what it is and the words it points at, by file (ids follow the order given).
  const keysByPath = (c: Comparison) => {
    const path = new Map(c.sources.map((s) => [s.id as string, s.path]))
    return c.findings
      .map(
        (f) =>
          `${f.kind}/${f.type}/${f.severity}/${f.salience} ${f.evidence
            .map((e) => `${path.get(e.sourceId)}:${e.start}-${e.end}`)
            .sort()
            .join(",")}`
      )
      .sort()
  }

  it.skipIf(events.length === 0)(
    "gives one set of findings in all six orders of every real triple (../shared/gold/real)",
    async () => {
      for (const event of events) {
        const files = ["fox", "nyt", "hpo"].map((o) => ({
          path: `${event}.${o}.txt`,
          content: readFileSync(`${dir}${event}.${o}.txt`, "utf8")
        }))
        const sets = new Set<string>()
        for (const order of permutations(files)) sets.add(keysByPath(await comparePromise(order)).join("\n"))
        expect([event, sets.size]).toEqual([event, 1])
      }
    },
    600_000
  )

  it("reads a text the same before and after reading others (wink's growing vocabulary does not leak in)", () => {
    const text = "Mueller’s team disputed the report. Trump’s presidential run began in 2015."
    const tokens = () => JSON.stringify(segment({ id: "A" as SourceId, path: null, publishedAt: null, text }).tokens)
    const cold = tokens()
    segment({
      id: "B" as SourceId,
      path: null,
      publishedAt: null,
      text: "The Mueller’s, Trump’s and Stone’s words: Mueller’s."
    })
    expect(tokens()).toBe(cold)
  })
})
