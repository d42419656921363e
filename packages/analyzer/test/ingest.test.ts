import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import type { Source } from "@diplo/model"
import * as Effect from "effect/Effect"
import { describe, expect, it } from "vitest"
import type { InputError } from "../src/Errors.js"
import { type ArticleInput, ingest } from "../src/ingest/index.js"

const examplePath = (name: string) => fileURLToPath(new URL(`../../../examples/antonov-2021/${name}`, import.meta.url))

const read = (content: Uint8Array | string, path: string | null = "article.txt", extra: Partial<ArticleInput> = {}) =>
  Effect.runSync(ingest({ path, content, ...extra }, "A"))

const failure = (
  content: Uint8Array | string,
  path: string | null = "article.txt",
  extra: Partial<ArticleInput> = {}
) => Effect.runSync(Effect.flip(ingest({ path, content, ...extra }, "A"))) as InputError

const utf8 = (text: string) => new TextEncoder().encode(text)

const utf16 = (text: string, endian: "le" | "be") => {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const [first, second] = endian === "le" ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]
    bytes[2 + 2 * i] = first
    bytes[3 + 2 * i] = second
  }
  return bytes
}

describe("ingest: the example format", () => {
  it.each([
    ["a-2021-03-18.txt", "2021-03-18"],
    ["b-2021-03-22.txt", "2021-03-22"]
  ])("reads %s with its date and the text after the header", (name, date) => {
    const bytes = readFileSync(examplePath(name))
    const source = read(bytes, `examples/antonov-2021/${name}`)
    expect(source.publishedAt).toBe(date)
    expect(source.path).toBe(`examples/antonov-2021/${name}`)
    expect(source.text).toBe(bytes.toString("utf8").slice(` date ${date} `.length))
    expect(Object.keys(source).sort()).toEqual(["id", "path", "publishedAt", "text"])
  })

  it.each([
    ["Date: 2015-02-25\n\nMOSCOW, Feb. 25. Text.", "article.txt"],
    ["date: 2015-02-25\nMOSCOW, Feb. 25. Text.", "article.txt"],
    ["DATE 2015-02-25\nMOSCOW, Feb. 25. Text.", "notes"],
    ["Date: 2015-02-25\n\nMOSCOW, Feb. 25. Text.", "story.md"]
  ])("reads a first line %j as the publication date", (content, path) => {
    expect(read(content, path)).toMatchObject({ publishedAt: "2015-02-25", text: "MOSCOW, Feb. 25. Text." })
  })

  it("refuses a Date: line whose date is not a day, rather than ignoring it", () => {
    const error = failure("Date: 2015-02-30\n\nText.")
    expect(error.line).toBe(1)
    expect(error.reason).toContain("does not exist (February 2015 has 28 days)")
    expect(failure("Date: 25 February 2015\n\nText.").reason).toBe("invalid date 25 in the header; expected YYYY-MM-DD")
  })

  it("reads a first line that only starts with the word date as text", () => {
    expect(read("Date night in Paris ended early.").text).toBe("Date night in Paris ended early.")
  })

  it("takes the body after a line break that ends the header", () => {
    expect(read(" date 2021-03-18\nMOSCOW, March 18. Text.").text).toBe("MOSCOW, March 18. Text.")
  })

  it("rejects a date in the header that does not exist, saying why, on line 1", () => {
    const error = failure(" date 2021-13-45 Body text.")
    expect(error).toMatchObject({ _tag: "InputError", path: "article.txt", line: 1 })
    expect(error.reason).toBe(
      "the date 2021-13-45 in the header does not exist (there is no month 13); expected a day on the calendar as YYYY-MM-DD"
    )
    expect(failure(" date 2015-02-30 Body.").reason).toContain("does not exist (February 2015 has 28 days)")
    expect(failure(" date 2016-02-30 Body.").reason).toContain("(February 2016 has 29 days)")
    expect(failure(" date 2021-04-00 Body.").reason).toContain("(there is no day 0)")
  })

  it("names the library in its message, not the command: the fields are for a program to format", () => {
    const error = failure(" date 2021-13-45 Body text.")
    expect(error.message).toBe(`@diplo/analyzer: article.txt:1: ${error.reason}`)
    expect(failure('{"text": 3}', "a.json").message).toMatch(/^@diplo\/analyzer: a\.json \(field text\): /)
  })

  it("rejects a date that is not written YYYY-MM-DD, showing it cut short", () => {
    expect(failure(" date 18.03.2021 Body").reason).toBe("invalid date 18.03.2021 in the header; expected YYYY-MM-DD")
    const long = failure(` date 2021-03-18${"x".repeat(100)} Body`)
    expect(long.reason).toMatch(/^invalid date 2021-03-18x+… in the header/)
    expect(long.reason.length).toBeLessThan(100)
  })

  it.each([" date 2021-03-18 ", " date 2021-03-18", " date 2021-03-18 \n\n  "])(
    "rejects a header with no body: %j",
    (content) => {
      const error = failure(content)
      expect(error.line).toBe(1)
      expect(error.reason).toContain("is followed by no article text")
    }
  )
})

describe("ingest: plain text", () => {
  it("keeps the whole text; the date is null unless the caller gives one", () => {
    expect(read("Moscow said so.", "note.txt").publishedAt).toBeNull()
    expect(read("Moscow said so.", null, { publishedAt: "2021-03-20" })).toEqual({
      id: "A",
      publishedAt: "2021-03-20",
      path: null,
      text: "Moscow said so."
    })
  })

  it("prefers the date the file states over the one given", () => {
    expect(read(" date 2021-03-18 Text.", "a.txt", { publishedAt: "2020-01-01" }).publishedAt).toBe("2021-03-18")
  })

  it("rejects an impossible date given by the caller, saying it does not exist", () => {
    const error = failure("Text.", "a.txt", { publishedAt: "2021-02-30" })
    expect(error.field).toBe("publishedAt")
    expect(error.reason).toBe(
      'the publication date "2021-02-30" given for this article does not exist (February 2021 has 28 days); expected a day on the calendar as YYYY-MM-DD'
    )
    expect(failure("Text.", "a.txt", { publishedAt: "18.03.2021" }).reason).toBe(
      'invalid publication date "18.03.2021" given for this article; expected YYYY-MM-DD'
    )
  })

  it("reads non-English text without complaint", () => {
    const text = "Посол России вылетел в Москву. 俄罗斯大使飞往莫斯科。 السفير الروسي يغادر."
    expect(read(utf8(text)).text).toBe(text)
  })

  it("obeys a forced format over detection", () => {
    expect(read(" date 2021-03-18 Body.", "a.txt", { format: "text" })).toMatchObject({
      publishedAt: null,
      text: " date 2021-03-18 Body."
    })
  })
})

describe("ingest: encodings and line breaks", () => {
  it("removes a UTF-8 byte-order mark", () => {
    const source = read(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(" date 2021-03-18 Body.")]))
    expect(source).toMatchObject({ publishedAt: "2021-03-18", text: "Body." })
  })

  it.each(["le", "be"] as const)("decodes UTF-16 %s with its byte-order mark", (endian) => {
    expect(read(utf16(" date 2021-03-18 Посол — “quoted”.", endian)).text).toBe("Посол — “quoted”.")
  })

  it("turns CRLF and CR into LF, so offsets are into the text as analysed", () => {
    expect(read(utf8("One.\r\n\r\nTwo.\rThree.\n")).text).toBe("One.\n\nTwo.\nThree.\n")
  })

  it("reports invalid UTF-8 with its line and byte offset", () => {
    const error = failure(new Uint8Array([...utf8("First line\nCaf"), 0xe9, ...utf8(" au lait")]))
    expect(error.line).toBe(2)
    expect(error.reason).toMatch(
      /^invalid UTF-8 at line 2, byte offset 14 \(column 4: byte 0xE9 in "Caf\uFFFD au lait"\)/
    )
    expect(error.reason).toContain("expected a text file")
  })

  it("reports a truncated multi-byte sequence at the end", () => {
    expect(failure(new Uint8Array([...utf8("ok "), 0xe2, 0x80])).reason).toMatch(
      /^invalid UTF-8 at line 1, byte offset 3/
    )
  })

  it("rejects binary data by its NUL bytes", () => {
    const error = failure(new Uint8Array([0x01, 0x02, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x00, 0x00]), "data.bin")
    expect(error.reason).toMatch(/^this looks like binary data, not text \(a NUL byte at byte offset 8\)/)
  })

  it("says a PDF is a PDF, and how to get its text", () => {
    const pdf = new Uint8Array([...utf8("%PDF-1.7\n%"), 0xe2, 0xe3, 0xcf, 0xd3, ...utf8("\n1 0 obj\n"), 0x00])
    const error = failure(pdf, "report.pdf")
    expect(error.reason).toBe(
      "this is a PDF document, not text; expected a text file (UTF-8, or UTF-16 with a byte-order mark). Save the article's text first (for instance with pdftotext, or copy it into a .txt file)."
    )
    expect(failure("%PDF-1.4 text read into a string", null).reason).toMatch(/^this is a PDF document, not text/)
  })

  it.each([
    [[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], "a ZIP archive (Word .docx and OpenDocument .odt files are ZIP archives)"],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00], "a PNG image"],
    [[0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "a JPEG image"]
  ])("names other files by their first bytes: %j", (bytes, what) => {
    expect(failure(new Uint8Array(bytes), "article.txt").reason).toMatch(
      new RegExp(`^this is ${what.replace(/[().]/g, "\\$&")}, not text`)
    )
  })

  it("suggests UTF-8 for UTF-16 text without a byte-order mark", () => {
    const bytes = utf16("Plain ASCII words saved as UTF-16 with no mark.", "le").subarray(2)
    expect(failure(bytes).reason).toContain("UTF-16 without a byte-order mark")
  })

  it("rejects text that is mostly control characters", () => {
    expect(failure("\u0001\u0002\u0003\u0004abc\u0005\u0006").reason).toMatch(
      /^this looks like binary data, not text \(\d+% of the first 9 characters are control characters\)/
    )
  })

  it("rejects an empty file and a whitespace-only file", () => {
    expect(failure(new Uint8Array()).reason).toBe("the file is empty (0 bytes); expected the text of a news article")
    expect(failure(" \n\t \r\n").reason).toBe(
      "the file contains only whitespace (6 characters); expected the text of a news article"
    )
    expect(failure("   ", null).message).toMatch(/^@diplo\/analyzer: <memory>: the file contains only whitespace/)
  })
})

describe("ingest: Markdown", () => {
  const markdown = [
    "---",
    "title: Envoy recalled",
    "outlet: Example News",
    "date: 2021-03-18",
    "url: https://example.com/news/1",
    "lang: en",
    "---",
    "# Envoy *recalled* for talks",
    "",
    "The envoy **will fly** to the [capital](https://example.com/c) on Saturday,",
    "officials said.",
    "",
    "> A quoted block.",
    "",
    "- first point",
    "- second point",
    "",
    "```",
    "code that is not prose",
    "```"
  ].join("\n")

  it("reads front matter and turns the body into plain paragraphs", () => {
    const source = read(markdown, "story.md")
    expect(source).toMatchObject({
      title: "Envoy recalled",
      outlet: "Example News",
      publishedAt: "2021-03-18",
      url: "https://example.com/news/1",
      language: "en"
    })
    expect(source.text).toBe(
      "Envoy recalled for talks\n\nThe envoy will fly to the capital on Saturday, officials said.\n\n" +
        "A quoted block.\n\nfirst point\n\nsecond point"
    )
  })

  it("is detected by its front matter whatever the extension, and takes publishedAt too", () => {
    const source = read("---\npublishedAt: 2021-03-22T09:30:00Z\n---\nBody text.", "story.txt")
    expect(source).toMatchObject({ publishedAt: "2021-03-22", text: "Body text." })
  })

  it("takes the first heading as title when the front matter has none", () => {
    expect(read("# Talks end ##\n\nBody.", "story.md").title).toBe("Talks end")
  })

  it("keeps intra-word underscores and lone asterisks", () => {
    expect(read("snake_case stays, 2 * 3 stays, and _this_ goes.", "a.md").text).toBe(
      "snake_case stays, 2 * 3 stays, and this goes."
    )
  })

  it("reports invalid YAML with the line in the file", () => {
    const error = failure("---\ntitle: ok\nurl: [unclosed\n---\nBody.", "story.md")
    expect(error.line).toBeGreaterThanOrEqual(3)
    expect(error.reason).toMatch(/^invalid YAML front matter at line \d+/)
  })

  it("reports front matter that is never closed", () => {
    const error = failure("---\ntitle: x\n\nBody.", "story.md")
    expect(error.line).toBe(1)
    expect(error.reason).toContain("never closed")
  })

  it("reports each bad field with its name", () => {
    const error = failure("---\ndate: 2021-02-30\nurl: not a url\n---\nBody.", "story.md")
    expect(error.field).toBe("date")
    expect(error.reason).toContain(
      'date: got "2021-02-30", a day that does not exist (February 2021 has 28 days); expected a date YYYY-MM-DD'
    )
    expect(error.reason).toContain('url: got "not a url"; expected an absolute URL')
  })

  it("rejects front matter with no body", () => {
    expect(failure("---\ntitle: x\n---\n\n", "story.md").reason).toContain("no article text")
  })
})

describe("ingest: JSON", () => {
  it("reads title, outlet, date, url and text", () => {
    const json = JSON.stringify({
      title: "Envoy recalled",
      outlet: "Example News",
      publishedAt: "2021-03-18",
      url: "https://example.com/news/1",
      text: "The envoy will fly home.",
      author: "ignored"
    })
    expect(read(json, "story.json")).toEqual({
      id: "A",
      title: "Envoy recalled",
      outlet: "Example News",
      publishedAt: "2021-03-18",
      url: "https://example.com/news/1",
      path: "story.json",
      text: "The envoy will fly home."
    })
  })

  it("is detected by a leading brace and leaves out unknown metadata", () => {
    const source = read('  {"text": "Body.", "title": null}', "story.txt")
    expect(source).toEqual({
      id: "A",
      publishedAt: null,
      path: "story.txt",
      text: "Body.",
      warnings: [
        {
          kind: "no-date",
          message:
            'no publication date: the JSON article has no publishedAt field; relative dates such as "on Wednesday" stay unresolved'
        }
      ]
    })
  })

  it("reports every schema problem with its field path and the value found", () => {
    const error = failure(JSON.stringify({ title: 3, publishedAt: "2021-02-30", url: "nope" }), "story.json")
    expect(error.field).toBe("title")
    expect(error.reason).toMatch(/^the JSON article does not fit the schema \(4 problems\): /)
    expect(error.reason).toContain("title: got 3; expected a string")
    expect(error.reason).toContain(
      'publishedAt: got "2021-02-30", a day that does not exist (February 2021 has 28 days)'
    )
    expect(error.reason).toContain('url: got "nope"; expected an absolute URL')
    expect(error.reason).toContain("text: missing; expected the article body as a non-empty string")
  })

  it("rejects an empty body and a top level that is not an object", () => {
    expect(failure('{"text": "   "}', "a.json").field).toBe("text")
    expect(failure("[1, 2]", "a.json").reason).toContain("(top level): got [1,2]; expected an object")
  })

  it("reports a syntax error with its line and column", () => {
    const error = failure('{\n  "title": "x",\n  "text": }', "story.json")
    expect(error.line).toBe(3)
    expect(error.reason).toMatch(/^invalid JSON at line 3, column 11 near " {2}\\"text\\": }"/)
  })

  it("cuts long offending values short", () => {
    const error = failure(JSON.stringify({ text: "ok", url: "x".repeat(500) }), "a.json")
    expect(error.reason).toContain(`"${"x".repeat(40)}…"`)
    expect(error.reason.length).toBeLessThan(200)
  })
})

describe("ingest: HTML", () => {
  const page = `<!DOCTYPE html>
<html lang="EN">
<head>
  <title>Envoy recalled &amp; talks &#8220;end&#x201D;</title>
  <meta property="og:site_name" content="Example News">
  <meta property="article:published_time" content="2021-03-18T10:00:00+03:00">
  <link rel="canonical" href="https://example.com/news/1">
  <style>p { color: red }</style>
  <script>document.write("<p>not text</p>")</script>
</head>
<body>
  <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
  <article>
    <h1>Envoy recalled</h1>
    <p>MOSCOW (Example) &mdash; The envoy
       will fly&nbsp;home.</p>
    <!-- <p>commented out</p> -->
    <p>Talks <b>ended</b><br>on Friday.</p>
  </article>
  <footer>Copyright</footer>
</body>
</html>`

  it("keeps the article's text, with blocks as paragraphs, and the page's metadata; the headline is the title", () => {
    const source = read(page, "story.html")
    expect(source).toMatchObject({
      title: "Envoy recalled & talks “end”",
      outlet: "Example News",
      publishedAt: "2021-03-18",
      url: "https://example.com/news/1",
      language: "en"
    })
    expect(source.text).toBe("MOSCOW (Example) — The envoy will fly home.\n\nTalks ended\non Friday.")
  })

  it("is detected by its doctype in a file of any name", () => {
    expect(read("<!doctype html><p>Hello &lt;world&gt;</p>", null).text).toBe("Hello <world>")
  })

  it("reads the body when there is no article element, and survives broken markup", () => {
    expect(read("<html><body><div>One</div><div>Two < three</div><p>Unclosed", "a.html").text).toBe(
      "One\n\nTwo < three\n\nUnclosed"
    )
  })

  it("rejects a page with no text", () => {
    expect(
      failure("<html><head><title>T</title></head><body><script>x()</script></body></html>", "a.html").reason
    ).toBe("the HTML page has no text; expected an article in its <body>")
  })
})

describe("ingest: warnings", () => {
  const english =
    "The ambassador said on Wednesday that the talks with the ministry had ended and that he would fly home for consultations."

  it.each([
    ["article.txt", english, 'plain text states none (a first line "Date: YYYY-MM-DD" gives one)'],
    ["story.md", `# Talks\n\n${english}`, "the front matter has no date field (date: YYYY-MM-DD)"],
    ["story.json", JSON.stringify({ text: english }), "the JSON article has no publishedAt field"],
    [
      "page.html",
      `<html><body><p>${english}</p></body></html>`,
      "the page states none (JSON-LD datePublished, article:published_time or another date meta tag, <time datetime>)"
    ]
  ])("%s without a date is read, with a warning that says where a date was sought", (path, content, sought) => {
    const source = read(content, path)
    expect(source.publishedAt).toBeNull()
    expect(source.warnings).toEqual([
      {
        kind: "no-date",
        message: `no publication date: ${sought}; relative dates such as "on Wednesday" stay unresolved`
      }
    ])
  })

  it("gives no date warning when the caller gives the date", () => {
    expect(read(english, "a.txt", { publishedAt: "2021-03-18" }).warnings).toBeUndefined()
  })

  it("warns that a text does not look English, then that it has no date", () => {
    const russian =
      "Посол России в США Анатолий Антонов вылетит в Москву для консультаций о будущем двусторонних отношений, сообщило посольство."
    expect(read(russian).warnings?.map((w) => w.kind)).toEqual(["language", "no-date"])
    expect(read(russian).warnings?.[0]?.message).toBe(
      "the text does not look like English (0% of its letters are Latin); diplo analyses English only, so its findings on this source may be missing or wrong"
    )
  })
})

describe("ingest: sources", () => {
  it("never sets a metadata key to undefined", () => {
    const source: Source = read("Text.", "a.txt")
    for (const key of ["title", "outlet", "url", "language"]) expect(key in source).toBe(false)
  })
})
