/**
 * The simple baseline every suite scores next to diplo: plain sentences, TF-IDF cosine on the
 * articles' own word counts (no lemmas, no lexicons, no actors, no time), a fixed threshold.
 */
import type { Interval } from "./metrics.js"

const WORD = /[\p{L}\p{N}]+/gu

export const words = (text: string): string[] => (text.toLowerCase().match(WORD) ?? []).filter((w) => w.length > 2)

/** TF-IDF vectors of texts, IDF from the texts themselves. */
export const tfidf = (texts: readonly string[]): Map<string, number>[] => {
  const df = new Map<string, number>()
  const tfs = texts.map((t) => {
    const tf = new Map<string, number>()
    for (const w of words(t)) tf.set(w, (tf.get(w) ?? 0) + 1)
    for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1)
    return tf
  })
  return tfs.map((tf) => {
    const v = new Map<string, number>()
    for (const [w, n] of tf) v.set(w, n * Math.log((1 + texts.length) / (1 + (df.get(w) ?? 0)) + 1))
    return v
  })
}

export const cosine = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number => {
  let dot = 0
  let na = 0
  let nb = 0
  for (const [w, x] of a) {
    na += x * x
    const y = b.get(w)
    if (y !== undefined) dot += x * y
  }
  for (const y of b.values()) nb += y * y
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb)
}

export interface BaselineFinding {
  readonly kind: "agreement" | "discrepancy" | "framing" | "omission"
  readonly type: string
  readonly evidence: readonly (Interval & { sourceId: string })[]
}

/** Baseline findings: aligned sentence pairs are agreements, sentences aligned with nothing are omissions. */
export const baselineFindings = (
  sources: readonly { id: string; text: string }[],
  split: (text: string) => Interval[],
  threshold = 0.3
): BaselineFinding[] => {
  const sentences = sources.flatMap((s) =>
    split(s.text).map((r) => ({ ...r, sourceId: s.id, text: s.text.slice(r.start, r.end) }))
  )
  const vectors = tfidf(sentences.map((s) => s.text))
  const aligned = new Set<number>()
  const out: BaselineFinding[] = []
  for (let i = 0; i < sentences.length; i++)
    for (let j = i + 1; j < sentences.length; j++) {
      const a = sentences[i]!
      const b = sentences[j]!
      if (a.sourceId === b.sourceId || cosine(vectors[i]!, vectors[j]!) < threshold) continue
      aligned.add(i)
      aligned.add(j)
      out.push({ kind: "agreement", type: "claim", evidence: [a, b] })
    }
  sentences.forEach((s, i) => {
    if (!aligned.has(i)) out.push({ kind: "omission", type: "content", evidence: [s] })
  })
  return out
}

/** The figures a sentence writes (digits, thousands separators dropped), each once, sorted. */
export const figures = (text: string): string[] =>
  [...new Set((text.match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/,/g, "")))].sort()

/**
 * Baseline findings with differences, for comparisons scored on discrepancies and framing (the real suite): each pair
 * of sentences of two sources at TF-IDF cosine ≥ `threshold` is one finding, a discrepancy (number) when both write
 * figures and the figures differ, a framing difference (lexical choice) when the two share less than `sameWording`
 * of their weight (the same matter in other words), else an agreement; a sentence aligned with nothing is an
 * omission. No lemmas, lexicons, actors, dates or salience: every finding is minor.
 */
export const baselineDifferences = (
  sources: readonly { id: string; text: string }[],
  split: (text: string) => Interval[],
  threshold = 0.3,
  sameWording = 0.6
): (BaselineFinding & { readonly severity: "minor" })[] => {
  const sentences = sources.flatMap((s) =>
    split(s.text).map((r) => ({ ...r, sourceId: s.id, text: s.text.slice(r.start, r.end) }))
  )
  const vectors = tfidf(sentences.map((s) => s.text))
  const aligned = new Set<number>()
  const out: (BaselineFinding & { readonly severity: "minor" })[] = []
  for (let i = 0; i < sentences.length; i++)
    for (let j = i + 1; j < sentences.length; j++) {
      const a = sentences[i]!
      const b = sentences[j]!
      if (a.sourceId === b.sourceId) continue
      const score = cosine(vectors[i]!, vectors[j]!)
      if (score < threshold) continue
      aligned.add(i)
      aligned.add(j)
      const fa = figures(a.text)
      const fb = figures(b.text)
      const evidence = [a, b].map(({ sourceId, start, end }) => ({ sourceId, start, end }))
      if (fa.length > 0 && fb.length > 0 && fa.join(" ") !== fb.join(" "))
        out.push({ kind: "discrepancy", type: "number", severity: "minor", evidence })
      else if (score < sameWording) out.push({ kind: "framing", type: "lexical-choice", severity: "minor", evidence })
      else out.push({ kind: "agreement", type: "claim", severity: "minor", evidence })
    }
  sentences.forEach((s, i) => {
    if (!aligned.has(i))
      out.push({
        kind: "omission",
        type: "content",
        severity: "minor",
        evidence: [{ sourceId: s.sourceId, start: s.start, end: s.end }]
      })
  })
  return out
}
