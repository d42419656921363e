import type { Comparison, Finding, SourceId, Span } from "@diplo/model"
import { marked } from "marked"
import { describe, expect, it } from "vitest"
import { renderJson } from "../src/render/Json.js"
import { escapeInline } from "../src/render/markdown/Markdown.js"
import { mostImportant } from "../src/render/markdown/3-glance.js"
import { isPronoun } from "../src/render/markdown/5-actors.js"
import { mermaidLabel } from "../src/render/markdown/Mermaid.js"
import { renderMarkdown } from "../src/render/markdown/index.js"
import { loadFixture } from "./fixture.js"
import { codeBlocks, SECTIONS, sectionsOf, tablesOf } from "./markdown-check.js"

const comparison = loadFixture()
const report = renderMarkdown(comparison)
const label = (id: string) => (id === "A" ? "A (TASS)" : id)
/** The report as a reader sees the characters: no bold/strike marks, no backslash escapes. */
const plain = (md: string) => md.replace(/\*\*|~~/g, "").replace(/\\(.)/g, "$1")
const section = (md: string, name: string) => {
  const start = md.indexOf(`\n## ${name}\n`)
  const end = md.indexOf("\n## ", start + 1)
  return md.slice(start, end < 0 ? undefined : end)
}

describe("the Markdown report of the example pair", () => {
  it("has the title and every section, in reading order", () => {
    expect(report.startsWith(`# ${comparison.title}\n`)).toBe(true)
    expect(sectionsOf(report)).toEqual(SECTIONS)
  })

  it("has only well-formed tables, with the expected headers", () => {
    const headers = tablesOf(report).map((t) => t.header.join(" | "))
    expect(headers).toEqual([
      "Source | Outlet | Published | File | Words | Sentences | Direct quotes | Actors named",
      "Agreements | Discrepancies | Framing differences | Omissions",
      "Date | Event | Who | A (TASS) | B",
      "Date | A (TASS) | B",
      "Actor | Kind | A (TASS) | B",
      "Source | Value | Passage",
      "Source | Value | Passage",
      "Speaker | A (TASS) | B",
      "Source | Hedges | Hedge words | Scare quotes | Loaded words"
    ])
  })

  it("lists the sources with their outlet, date, file and size", () => {
    const [sources] = tablesOf(report)
    expect(sources!.rows[0]!.slice(0, 4)).toEqual(["A", "TASS", "2021-03-18", "examples/antonov-2021/a-2021-03-18.txt"])
    expect(sources!.rows[1]!.slice(0, 3)).toEqual(["B", "unknown", "2021-03-22"])
    expect(Number(sources!.rows[0]![4])).toBeGreaterThan(250)
  })

  it("counts findings per kind and puts the major ones first at a glance", () => {
    const glance = section(report, "At a glance")
    expect(tablesOf(glance)[0]!.rows).toEqual([["2", "2", "2", "2"]])
    const lines = glance.split("\n").filter((l) => /^\d\. /.test(l))
    expect(lines).toHaveLength(3)
    expect(lines[0]).toContain("**Major discrepancy** (cause)")
    expect(lines[1]).toContain("**Major omission** (content)")
  })

  it("quotes, for every finding, the evidence of each source under its label", () => {
    const lines = plain(report).split("\n")
    for (const finding of comparison.findings) {
      expect(plain(report)).toContain(finding.summary)
      for (const id of new Set(finding.evidence.map((s) => s.sourceId))) {
        // Each source's evidence is quoted verbatim (its start at least, where a long span is cut) under its label.
        const quoted = finding.evidence
          .filter((s) => s.sourceId === id)
          .some((span) =>
            lines.some(
              (line) =>
                (line.includes(`${label(id)}: “`) || line.startsWith(`| ${label(id)} |`)) &&
                line.includes(span.text.slice(0, 60))
            )
          )
        expect(quoted, `${finding.id} in ${id}`).toBe(true)
      }
    }
  })

  it("shows a short span inside its sentence, the span in bold, and a long one as it is", () => {
    const part = section(report, "Discrepancies")
    expect(part).toContain(
      "| B | 2021-03-21 | “The Russian ambassador to Washington **returned to Moscow the day before**.” |"
    )
    expect(section(report, "Agreements")).toContain(
      "  - B: “The Russian ambassador to Washington returned to Moscow the day before”"
    )
  })

  it("draws the timeline as a Mermaid gantt chart, one section per source, with safe labels", () => {
    const [chart] = codeBlocks(report, "mermaid")
    expect(chart).toBeDefined()
    const lines = chart!.split("\n")
    expect(lines[0]).toBe("gantt")
    expect(lines).toContain("    section A TASS")
    expect(lines).toContain("    section B")
    expect(lines.slice(lines.indexOf("    section B"))).toContain(
      "    Consult (Anatoly Antonov) :milestone, 2021-03-22, 0d"
    )
    for (const line of lines.filter((l) => l.includes(":milestone")))
      expect(line.slice(0, line.indexOf(" :milestone"))).not.toMatch(/[:#;]/)
  })

  it("tables events by date with each source's words, and says when a source predates an event", () => {
    const events = tablesOf(section(report, "Timeline"))[0]!
    expect(events.rows.map((r) => r[0])).toEqual(["2021-03-16", "2021-03-17", "2021-03-22", "undated"])
    const consult = events.rows[2]!
    expect(consult[3]).toBe("— (published 2021-03-18, before it)")
    expect(consult[4]).toBe("“The consultations lasted over two hours”")
    const dates = tablesOf(section(report, "Timeline"))[1]!
    expect(dates.rows.find((r) => r[0] === "2021-03-21")![2]).toBe(
      "“the day before” (counted from “on Monday, March 22”)"
    )
  })

  it("shows how each source names each actor", () => {
    const actors = tablesOf(section(report, "Actors"))[0]!
    const antonov = actors.rows.find((r) => r[0] === "Anatoly Antonov")!
    expect(antonov[2]).toBe("“Anatoly Antonov” ×2, “Ambassador Antonov”")
    expect(antonov[3]).toContain("“The Russian ambassador to Washington”")
    expect(actors.rows.find((r) => r[0] === "Joe Biden")![2]).toBe("—")
  })

  it("puts discrepancies side by side with values, severity and whether they are compatible", () => {
    const part = section(report, "Discrepancies")
    expect(part).toContain("### 1. Cause (major, incompatible: both cannot be true)")
    expect(part).toContain("### 2. Date (minor, compatible: both can be true)")
    const date = tablesOf(part)[1]!
    expect(date.rows.map((r) => r.slice(0, 2))).toEqual([
      ["A (TASS)", "2021-03-20"],
      ["B", "2021-03-21"]
    ])
    expect(date.rows[0]![2]).toContain("Anatoly Antonov **will fly to Moscow on March 20** for consultations")
  })

  it("shows the differing words of a framing difference inline", () => {
    const part = section(report, "Framing differences")
    expect(part).toContain("Wording: A (TASS) ~~summoned~~ → B **invited**")
    expect(part).toContain("that Ambassador Antonov had been **summoned** to Moscow for consultations")
    expect(part).toContain(
      "B: “It indicates that the Russian side **allegedly** interfered in the US presidential elections in 2020.”"
    )
    expect(part).toContain("Wording: A (TASS) none · B **allegedly**")
  })

  it("tables voice balance and distance per source", () => {
    const [voice, distance] = tablesOf(section(report, "Voice balance"))
    const zakharova = voice!.rows.find((r) => r[0] === "Maria Zakharova")!
    expect(zakharova[1]).toMatch(/^1 quoted, 0 reported; 18 words \(\d+%\); “said”$/)
    expect(zakharova[2]).toMatch(/^0 quoted, 1 reported; 12 words \(\d+%\); “noted”$/)
    expect(distance!.rows[1]).toEqual(["B", "2", "“allegedly”", "4", "1"])
  })

  it("explains an omission by a source published before the event", () => {
    const part = section(report, "Omissions")
    expect(part).toContain(
      "A (TASS) was published on 2021-03-18, before this happened (2021-03-22): its silence is expected, not a choice."
    )
    expect(part).toContain("### Only in B\n")
    expect(part).not.toContain("### Only in A")
  })

  it("says how it was made and what the method cannot do", () => {
    const part = section(report, "How this was made")
    for (const words of ["English only", "paraphrase", "word lists", "**Omission**"]) expect(part).toContain(words)
  })

  it("is byte-identical across runs and ends in one newline", () => {
    expect(renderMarkdown(structuredClone(comparison))).toBe(report)
    expect(report.endsWith("\n")).toBe(true)
    expect(report.endsWith("\n\n")).toBe(false)
  })
})

const sid = (id: string) => id as SourceId
const spanOf = (text: string, sourceId: string, words: string): Span => {
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`not found: ${words}`)
  return { sourceId: sid(sourceId), start, end: start + words.length, text: words }
}

/** A comparison whose every text is Markdown-hostile. */
const hostile = (): Comparison => {
  const a = "Pipe | star * under_score `tick` [link](http://x.y) <b>bold</b>\nsecond line ~~strike~~ #hash &amp; 1."
  const b = "Other | text with *emph* and <script>x</script> \\ backslash _done_."
  const findings: Finding[] = [
    {
      id: "F1" as Finding["id"],
      kind: "agreement",
      type: "claim",
      severity: "info",
      salience: 0.2,
      summary: "Summary | with *stars* and <i>tags</i>",
      evidence: [spanOf(a, "A", a), spanOf(b, "B", b)],
      sourceIds: [sid("A"), sid("B")]
    },
    {
      id: "F2" as Finding["id"],
      kind: "framing",
      type: "lexical-choice",
      severity: "minor",
      salience: 0.5,
      summary: "Different words.",
      evidence: [spanOf(a, "A", "under_score `tick`"), spanOf(b, "B", "*emph*")],
      sourceIds: [sid("A"), sid("B")],
      wordings: [
        { sourceIds: [sid("A")], words: ["under_score"] },
        { sourceIds: [sid("B")], words: ["emph"] }
      ]
    }
  ]
  return {
    schemaVersion: "1",
    title: "Title | with # and *",
    sources: [
      { id: sid("A"), outlet: "Out|let *x*", publishedAt: "2021-01-02", path: "dir/a|b.txt", text: a },
      { id: sid("B"), publishedAt: null, path: null, text: b }
    ],
    actors: [
      {
        id: "x" as Comparison["actors"][number]["id"],
        name: "Name | *x*",
        kind: "person",
        aliases: [],
        roles: [],
        mentions: [spanOf(a, "A", "[link](http://x.y)"), spanOf(b, "B", "<script>x</script>")]
      }
    ],
    timeExpressions: [],
    events: [],
    claims: [],
    alignments: [],
    findings,
    views: { voice: [], naming: [], distance: [] }
  }
}

const unescapeCell = (cell: string) => cell.replace(/\\(.)/g, "$1")

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")

describe("escaping", () => {
  const md = renderMarkdown(hostile())

  it("keeps every table well-formed whatever the text holds", () => {
    // marked keeps backslash escapes in a cell's text; the reader sees the characters without them.
    const tables = tablesOf(md).map((t) => ({
      header: t.header.map(unescapeCell),
      rows: t.rows.map((r) => r.map(unescapeCell))
    }))
    expect(tables[0]!.rows[0]!.slice(0, 4)).toEqual(["A", "Out|let *x*", "2021-01-02", "dir/a|b.txt"])
    const actors = tables.find((t) => t.header[0] === "Actor")!
    expect(actors.header).toEqual(["Actor", "Kind", "A (Out|let *x*)", "B"])
    expect(actors.rows[0]![0]).toBe("Name | *x*")
  })

  it("renders quoted text as the literal characters, on one line, with no markup of its own", () => {
    const html = marked.parse(section(md, "Agreements"), { async: false })
    for (const tag of ["<em>", "<code>", "<b>", "<script>", "<del>", "<br"]) expect(html).not.toContain(tag)
    // A bare URL may be autolinked, as GitHub does; Markdown link syntax in the text must not make a link.
    expect(html).not.toContain(">link</a>")
    const text = decode(html)
    expect(text).toContain(`A (Out|let *x*): “${hostile().sources[0]!.text.replace("\n", " ")}”`)
    expect(text).toContain(`B: “${hostile().sources[1]!.text}”`)
  })

  it("marks only the differing words, keeping the rest literal", () => {
    const html = marked.parse(section(md, "Framing differences"), { async: false })
    expect(html).toContain("<strong>under_score</strong>")
    expect(html).toContain("<strong>emph</strong>")
    expect(html).not.toContain("<code>")
    expect(html).not.toContain("<em>")
  })

  it("escapes the characters Markdown reads as syntax", () => {
    expect(escapeInline("a|b*c_d`e[f]g<h>i\nj")).toBe("a\\|b\\*c\\_d\\`e\\[f\\]g\\<h\\>i j")
  })

  it("leaves alone what is not syntax, so a terminal reader sees plain text", () => {
    expect(escapeInline("AT&T said {x}! $5 & more &amp;")).toBe("AT&T said {x}! \\$5 & more \\&amp;")
    expect(decode(marked.parseInline(escapeInline("AT&T &amp; $5"), { async: false }) as string)).toBe("AT&T &amp; $5")
  })
})

describe("what the report leaves out of its tables, and says so", () => {
  it("does not count pronouns as names, but keeps abbreviations such as US", () => {
    expect(["He", "him", "its", "I", "us"].every(isPronoun)).toBe(true)
    expect(["US", "IT", "Antonov", "the embassy"].some(isPronoun)).toBe(false)
  })

  it("lists undated events of one source under the table, and leaves undated statements to the voice balance", () => {
    const base = loadFixture()
    const travel = base.events.find((e) => e.date === null)!
    const [mention] = travel.mentions.filter((m) => m.sourceId === "A")
    const extra: Comparison = {
      ...base,
      events: [
        ...base.events,
        { ...travel, id: "E8" as typeof travel.id, type: "meet", mentions: [mention!], sourceIds: [sid("A")] },
        { ...travel, id: "E9" as typeof travel.id, type: "statement", mentions: [mention!], sourceIds: [sid("A")] }
      ]
    }
    const timeline = section(renderMarkdown(extra), "Timeline")
    expect(tablesOf(timeline)[0]!.rows.map((r) => r[1])).toEqual([
      "Publish report",
      "Recall envoy",
      "Consult",
      "Travel"
    ])
    expect(timeline).toContain(`- A (TASS): meet (“${mention!.text}”)`)
    expect(timeline).toContain(
      "1 undated statement of one source is counted under [Voice balance](#voice-balance) instead."
    )
  })

  it("picks the most important findings of different types before a second of the same type", () => {
    const base = loadFixture()
    const cause = base.findings.find((f) => f.type === "cause")!
    const twice = [cause, { ...cause, id: "F99" as typeof cause.id }, ...base.findings.filter((f) => f !== cause)]
    const top = mostImportant(twice)
    expect(top.map((f) => f.type)).toEqual(["cause", "content", "date"])
  })
})

describe("the Mermaid chart", () => {
  it("strips what Mermaid reads as syntax from labels and never starts one with a keyword", () => {
    expect(mermaidLabel("Talks: day #2; “final”\nround")).toBe("Talks day 2 final round")
    expect(mermaidLabel("section of the treaty")).toBe("(section of the treaty)")
    expect(mermaidLabel(":#;")).toBe("untitled")
  })

  it("leaves dates far from every publication date to the tables", () => {
    const base = loadFixture()
    const old = structuredClone(base.events[0]!)
    const far: Comparison = {
      ...base,
      events: [{ ...old, id: "E9" as typeof old.id, date: "1991-12-26" }, ...base.events]
    }
    const md = renderMarkdown(far)
    expect(codeBlocks(md, "mermaid")[0]).not.toContain("1991")
    expect(tablesOf(section(md, "Timeline"))[0]!.rows[0]![0]).toBe("1991-12-26")
  })
})

describe("a comparison without views, events or findings", () => {
  const base = loadFixture()
  const bare: Comparison = {
    ...base,
    events: [],
    findings: [],
    views: { voice: [], naming: [], distance: [] }
  }
  const md = renderMarkdown(bare)

  it("says so in every findings section instead of leaving it out", () => {
    expect(sectionsOf(md)).toContain("Omissions")
    for (const name of ["Agreements", "Discrepancies", "Framing differences", "Omissions"])
      expect(section(md, name)).toContain("None found.")
    expect(section(md, "At a glance")).toContain("No findings")
  })

  it("draws the dates each source writes when there are no events", () => {
    const [chart] = codeBlocks(md, "mermaid")
    expect(chart).toContain("on March 20 :milestone, 2021-03-20, 0d")
    expect(section(md, "Timeline")).toContain("No events were recognized.")
  })

  it("derives voice balance from the claims and names from the mentions", () => {
    const [voice] = tablesOf(section(md, "Voice balance"))
    const embassy = voice!.rows.find((r) => r[0] === "Russian embassy in the United States")!
    expect(embassy[1]).toMatch(/^2 quoted, 0 reported; \d+ words \(\d+%\); “wrote”, “stressed”$/)
    expect(section(md, "Voice balance")).toContain("B **allegedly** in “the Russian side allegedly interfered")
    expect(tablesOf(section(md, "Actors"))[0]!.rows[0]![2]).toBe("“Anatoly Antonov” ×2, “Ambassador Antonov”")
  })
})

describe("the JSON format", () => {
  it("prints the comparison with two-space indentation and a final newline", () => {
    const out = renderJson(comparison)
    expect(out.ok).toBe(true)
    if (!out.ok) return
    expect(out.text.endsWith("}\n")).toBe(true)
    expect(out.text.split("\n")[1]).toBe('  "schemaVersion": "1",')
    expect(JSON.parse(out.text)).toEqual(JSON.parse(JSON.stringify(comparison)))
  })

  it("refuses a comparison whose spans do not match their source", () => {
    const broken = structuredClone(comparison) as { findings: { evidence: { text: string }[] }[] }
    broken.findings[0]!.evidence[0]!.text = "not the source text at all, but as long as it"
    const out = renderJson(broken)
    expect(out.ok).toBe(false)
    if (out.ok) return
    expect(out.reason).toContain("findings[0].evidence[0]")
  })
})
