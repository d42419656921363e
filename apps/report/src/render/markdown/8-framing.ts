import type { Framing, SourceWording } from "@diplo/model"
import { evidenceLines, findingsOfKind, moreLine, type ReportContext, SHOWN } from "./Context.js"
import { escapeInline, humanize } from "./Markdown.js"

/** Framing types where one source's words stand in for the other's, shown `~~theirs~~ → **these**`. */
const SUBSTITUTIONS: ReadonlySet<string> = new Set(["lexical-choice", "attribution-verb", "causal-attribution"])
/** Longer wordings (a clause, a lead sentence) are left to the quotes, where they stand in their sentence. */
const MAX_WORDING = 80
const MAX_WORDING_WORDS = 6

const who = (ctx: ReportContext, wording: SourceWording): string =>
  wording.sourceIds.map((id) => ctx.label(id)).join(", ")

/** The words of one side of a substitution, as one phrase (`communications director`). */
const markedPhrase = (words: readonly string[], mark: "**" | "~~"): string => {
  const phrase = words
    .map((w) => w.trim())
    .filter((w) => w !== "")
    .join(" ")
  return `${mark}${escapeInline(phrase)}${mark}`
}

/** The distinct words of one side in first-use order, each marked, `×n` after a repeated one. */
const markedWords = (words: readonly string[], mark: "**" | "~~"): string => {
  const counts = new Map<string, number>()
  for (const word of words) {
    const w = word.trim()
    if (w !== "") counts.set(w, (counts.get(w) ?? 0) + 1)
  }
  return [...counts].map(([w, n]) => `${mark}${escapeInline(w)}${mark}${n > 1 ? ` ×${n}` : ""}`).join(", ")
}

const hasWords = (wording: SourceWording): boolean => wording.words.some((w) => w.trim() !== "")

/**
 * The differing words inline: `A ~~summoned~~ → B **invited**` where one wording replaces the other,
 * `B **allegedly** ×2 · A none` otherwise. Null when there are no words, or they are too long for one line.
 */
export const wordingLine = (ctx: ReportContext, f: Framing): string | null => {
  const sides = f.wordings
  const tooLong = (w: string) => w.length > MAX_WORDING || w.trim().split(/\s+/).length > MAX_WORDING_WORDS
  if (!sides.some(hasWords) || sides.some((s) => s.words.some(tooLong))) return null
  const [first, second] = sides
  if (SUBSTITUTIONS.has(f.type) && sides.length === 2 && first !== undefined && second !== undefined)
    if (hasWords(first) && hasWords(second))
      return `${who(ctx, first)} ${markedPhrase(first.words, "~~")} → ${who(ctx, second)} ${markedPhrase(second.words, "**")}`
  return sides.map((s) => `${who(ctx, s)} ${hasWords(s) ? markedWords(s.words, "**") : "none"}`).join(" · ")
}

/** The words one source uses differently, to mark inside its quotes. */
const wordsOf = (f: Framing, sourceId: string): readonly string[] =>
  f.wordings.filter((w) => w.sourceIds.some((id) => id === sourceId)).flatMap((w) => w.words)

/** The same matter in different words: the differing words inline, then each source's passage with them marked. */
export const renderFraming = (ctx: ReportContext): string => {
  const framings = findingsOfKind(ctx, "framing")
  if (framings.length === 0) return "## Framing differences\n\nNone found."
  const items = framings.slice(0, SHOWN.framing).map((f) => {
    const line = wordingLine(ctx, f)
    const quotes = evidenceLines(ctx, f, (id) => wordsOf(f, id))
    return [
      `- **${escapeInline(humanize(f.type))}** (${f.severity}): ${escapeInline(f.summary)}`,
      ...(line === null ? [] : [`  - Wording: ${line}`]),
      ...quotes.map((q) => `  - ${q}`)
    ].join("\n")
  })
  const more = moreLine("framing", framings.length)
  return `## Framing differences\n\n${items.join("\n")}${more === null ? "" : `\n\n${more}`}`
}
