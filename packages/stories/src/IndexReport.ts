/**
 * The index report (`DIR/index.md`): the stories ranked by coverage with the outlets that carry each, every
 * outlet's blindspots, its hedges, scare quotes and loaded words per 1,000 words, and whose voices it carries.
 * A pure function of the index: the same index always gives the same bytes.
 */
import type { OutletSummary, StoriesIndex, Story } from "@diplo/model"

/** A table cell: one line, pipes escaped. */
const cell = (text: string): string => text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim()

/** What a reader calls a story: its earliest title, else the names its articles share, else its id. */
export const storyLabel = (story: Story): string => {
  const title = story.articles.find((a) => a.title !== undefined && a.title.trim() !== "")?.title
  if (title !== undefined) return title
  if (story.why.names.length > 0) return story.why.names.slice(0, 4).join(", ")
  return story.id
}

const days = (story: Story): string =>
  story.firstDay === null
    ? ""
    : story.firstDay === story.lastDay
      ? story.firstDay
      : `${story.firstDay} – ${story.lastDay}`

const perThousand = (n: number, words: number): string => (words === 0 ? "–" : ((1000 * n) / words).toFixed(2))

const outletsCell = (story: Story): string => {
  const unknown = story.articles.filter((a) => a.outlet === undefined).length
  const named = story.outlets.join(", ")
  return unknown === 0 ? named : `${named}${named === "" ? "" : " + "}${unknown} without outlet`
}

const findingsCell = (story: Story): string => {
  const c = story.comparison
  if (c === null) return "not compared (one outlet)"
  if (c.status === "pending") return "pending"
  if (c.status === "failed") return `failed: ${cell(c.reason)}`
  const f = c.findings
  return `[${f.discrepancy} discrepancies, ${f.framing} framing, ${f.omission} omissions](${c.report})`
}

const storiesSection = (index: StoriesIndex, label: Map<string, string>): string[] => {
  const shared = index.stories.filter((s) => s.outlets.length >= 2 || s.comparison !== null)
  const single = index.stories.length - shared.length
  const lines = ["## Stories by coverage", ""]
  if (shared.length === 0) lines.push("No story is carried by two or more outlets.", "")
  else {
    lines.push(
      "| # | story | outlets | articles | days | shared names | comparison |",
      "| ---: | --- | --- | ---: | --- | --- | --- |"
    )
    for (const [i, s] of shared.entries())
      lines.push(
        `| ${i + 1} | ${cell(label.get(s.id)!)} (\`${s.id}\`) | ${cell(outletsCell(s))} | ${s.articles.length} | ${days(s)} | ${cell(s.why.names.slice(0, 5).join(", "))} | ${findingsCell(s)} |`
      )
    lines.push("")
  }
  if (single > 0)
    lines.push(
      `${single} more ${single === 1 ? "story is" : "stories are"} carried by one outlet only (listed in \`index.json\`; each outlet's are its exclusives below).`,
      ""
    )
  return lines
}

const outletsSection = (outlets: readonly OutletSummary[]): string[] => {
  if (outlets.length === 0) return ["## Outlets", "", "No article names its outlet.", ""]
  const lines = [
    "## Outlets",
    "",
    "Counts over the compared articles of each outlet, per 1,000 of their words.",
    "",
    "| outlet | articles | stories | blindspots | exclusives | compared | hedges | scare quotes | loaded words | most heard |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  ]
  for (const o of outlets)
    lines.push(
      `| ${cell(o.outlet)} | ${o.articles} | ${o.stories} | ${o.blindspots.length} | ${o.exclusives.length} | ${o.compared} | ${perThousand(o.hedges, o.words)} | ${perThousand(o.scareQuotes, o.words)} | ${perThousand(o.loadedWords, o.words)} | ${cell(
        o.voices
          .slice(0, 3)
          .map((v) => v.speaker)
          .join(", ")
      )} |`
    )
  lines.push("")
  return lines
}

const blindspotsSection = (outlets: readonly OutletSummary[], label: Map<string, string>, shown: number): string[] => {
  const lines = [
    "## Blindspots",
    "",
    "Stories that at least two other outlets carry and this outlet does not, by coverage.",
    ""
  ]
  let any = false
  for (const o of outlets) {
    if (o.blindspots.length === 0) continue
    any = true
    lines.push(`### ${o.outlet} (${o.blindspots.length})`, "")
    for (const id of o.blindspots.slice(0, shown)) lines.push(`- ${label.get(id) ?? id} (\`${id}\`)`)
    if (o.blindspots.length > shown) lines.push(`- … and ${o.blindspots.length - shown} more (in \`index.json\`)`)
    lines.push("")
  }
  if (!any) lines.push("None: every story carried by two or more outlets is carried by all of them.", "")
  return lines
}

const voicesSection = (outlets: readonly OutletSummary[]): string[] => {
  const lines = [
    "## Whose voices",
    "",
    "The speakers each outlet quotes or paraphrases most, over its compared articles.",
    ""
  ]
  let any = false
  for (const o of outlets) {
    if (o.voices.length === 0) continue
    any = true
    lines.push(
      `### ${o.outlet}`,
      "",
      "| speaker | quotes | indirect | words | stories |",
      "| --- | ---: | ---: | ---: | ---: |"
    )
    for (const v of o.voices)
      lines.push(
        `| ${cell(v.speaker)}${v.country ? ` (${v.country})` : ""} | ${v.quotes} | ${v.indirect} | ${v.words} | ${v.stories} |`
      )
    lines.push("")
  }
  if (!any) lines.push("No compared article quotes a speaker diplo could name.", "")
  return lines
}

/** The index as a GitHub Markdown report, ending in one newline. `shown` caps the blindspots listed per outlet. */
export const renderIndexMarkdown = (index: StoriesIndex, shown = 20): string => {
  const label = new Map(index.stories.map((s) => [s.id, storyLabel(s)]))
  const compared = index.stories.filter((s) => s.comparison?.status === "done").length
  const outlets = index.outlets.map((o) => o.outlet)
  const head = [
    "# Stories",
    "",
    `${index.articles} articles${index.skipped > 0 ? ` (${index.skipped} bad ones skipped)` : ""} in ${index.stories.length} ${index.stories.length === 1 ? "story" : "stories"}; ${compared} compared across outlets. Outlets: ${outlets.length > 0 ? outlets.join(", ") : "none named"}.`,
    "",
    "Every finding of every comparison is a row of `findings.csv` (and `findings.jsonl`); `index.json` holds all of this as data.",
    ""
  ]
  const method = [
    "## How the stories were made",
    "",
    `${index.clustering.method}. Merge threshold ${index.clustering.threshold}; two dated articles more than ${index.clustering.windowDays} days apart are never one story. Each story in \`index.json\` lists the names and words its articles share and the strongest ties between them.`
  ]
  return `${[
    ...head,
    ...storiesSection(index, label),
    ...outletsSection(index.outlets),
    ...blindspotsSection(index.outlets, label, shown),
    ...voicesSection(index.outlets),
    ...method
  ].join("\n")}\n`
}
