import { join } from "node:path"
import { basilDate, loadBasil, rebuild } from "../basil-corpus.js"
import { baselineFindings } from "../baseline.js"
import { compareWith } from "../compare-with.js"
import { EDIT_TYPES, EDITS, type Edit, type EditType } from "../edits.js"
import { goldSentences } from "../gold.js"
import { type Interval, overlaps } from "../metrics.js"
import type { Metric, Suite } from "../Suite.js"

/** Articles per edit type: the first this many of BASIL dev that admit the edit. */
export const PER_EDIT = 30

const ORIGINAL = "A"
const EDITED = "B"

/** A finding reduced to what this suite scores. */
export interface PairFinding {
  readonly kind: string
  readonly type: string
  readonly evidence: readonly (Interval & { readonly sourceId: string })[]
}

/** Where the expected finding must point: the edited sentence in the edited copy, or for a deletion the removed sentence in the original. */
export const target = (edit: Edit): { sourceId: string; sentence: Interval } =>
  edit.expected?.kind === "omission"
    ? { sourceId: ORIGINAL, sentence: edit.sentence.original }
    : { sourceId: EDITED, sentence: edit.sentence.edited }

const pointsAt = (f: PairFinding, where: { sourceId: string; sentence: Interval }) =>
  f.evidence.some((e) => e.sourceId === where.sourceId && overlaps(e, where.sentence))

/** The edit was found: a finding of the expected kind and an accepted type points at the edited sentence. */
export const found = (edit: Edit, findings: readonly PairFinding[], anyType = false): boolean => {
  const expected = edit.expected
  if (expected === null) return false
  return findings.some(
    (f) => f.kind === expected.kind && (anyType || expected.accept.includes(f.type)) && pointsAt(f, target(edit))
  )
}

/** Discrepancy or framing findings of a pair, split into those that point at the edited sentence of the edited copy and the rest. */
export const onEditedSentence = (edit: Edit, findings: readonly PairFinding[], kind: "discrepancy" | "framing") => {
  const mine = findings.filter((f) => f.kind === kind)
  const right = mine.filter((f) => pointsAt(f, { sourceId: EDITED, sentence: edit.sentence.edited })).length
  return { right, total: mine.length }
}

interface Pair {
  readonly edit: Edit
  readonly findings: readonly PairFinding[]
  readonly baseline: readonly PairFinding[]
}

const share = (hit: number, total: number) => (total === 0 ? 0 : hit / total)

/** Controlled edits of BASIL dev articles: recall per edit type, precision, and false alarms on neutral controls. */
export const controlled: Suite = {
  name: "controlled",
  tunable: true,
  run: async (context) => {
    const { corpusDir } = context
    const dataset = `BASIL dev articles paired with an edited copy (first ${PER_EDIT} articles that admit each edit)`
    const method =
      "the full pipeline (`compare` of @diplo/analyzer) on the original article and its copy with one known edit; the expected finding must point at the edited sentence."
    const baseline =
      "the TF-IDF baseline (plain sentences, cosine ≥ 0.3 aligns): it makes only agreements and omissions, so it can score only the deleted sentence, and it never raises a discrepancy or framing false alarm."
    const corpus = loadBasil(corpusDir)
    if (corpus === null)
      return {
        name: "controlled",
        dataset,
        method,
        baseline,
        metrics: [],
        notes: [],
        skipped: `no BASIL files in ${join(corpusDir, "basil")}`
      }
    const articles = corpus.articles.map((a) => ({ text: rebuild(a.sentences).text, date: basilDate(a) }))
    const pairs = new Map<EditType, Pair[]>()
    const admitted = new Map<EditType, number>()
    const failures: string[] = []
    let diploMs = 0
    for (const type of EDIT_TYPES) {
      const list: Pair[] = []
      let looked = 0
      for (const [index, article] of articles.entries()) {
        if (list.length >= PER_EDIT) break
        looked++
        const edit = EDITS[type](article.text, index + 1)
        if (edit === null) continue
        const input = (id: string, content: string) => ({
          path: null,
          content,
          format: "text" as const,
          id,
          ...(article.date ? { publishedAt: article.date } : {})
        })
        const started = performance.now()
        try {
          const comparison = await compareWith(context, [input(ORIGINAL, article.text), input(EDITED, edit.text)])
          const sources = [
            { id: ORIGINAL, text: article.text },
            { id: EDITED, text: edit.text }
          ]
          list.push({ edit, findings: comparison.findings, baseline: baselineFindings(sources, goldSentences) })
        } catch (error) {
          failures.push(`${type} #${index}: ${error instanceof Error ? error.message : String(error)}`)
        } finally {
          diploMs += performance.now() - started
        }
      }
      pairs.set(type, list)
      admitted.set(type, list.length)
      if (list.length < PER_EDIT) failures.push(`${type}: only ${list.length} of ${looked} articles admit the edit`)
    }
    const metrics: Metric[] = []
    const lenient: string[] = []
    const strayTypes: string[] = []
    for (const type of EDIT_TYPES) {
      const list = pairs.get(type) ?? []
      const expected = list[0]?.edit.expected
      if (expected === null || expected === undefined) continue
      const hits = list.filter((p) => found(p.edit, p.findings)).length
      const baseHits = list.filter((p) => found(p.edit, p.baseline)).length
      metrics.push({
        metric: `recall: ${type} → ${expected.kind} ${expected.accept.join("/")} (${hits}/${list.length})`,
        diplo: share(hits, list.length),
        baseline: expected.kind === "omission" ? share(baseHits, list.length) : null,
        n: list.length,
        headline: type
      })
      const anyType = list.filter((p) => found(p.edit, p.findings, true)).length
      lenient.push(`${type} ${anyType}/${list.length}`)
      const seen = new Map<string, number>()
      for (const p of list)
        if (!found(p.edit, p.findings))
          for (const f of p.findings)
            if (
              f.kind !== "agreement" &&
              f.evidence.some((e) => e.sourceId === target(p.edit).sourceId && overlaps(e, target(p.edit).sentence))
            )
              seen.set(`${f.kind}/${f.type}`, (seen.get(`${f.kind}/${f.type}`) ?? 0) + 1)
      if (seen.size > 0) strayTypes.push(`${type}: ${[...seen].map(([k, n]) => `${k} ${n}`).join(", ")}`)
    }
    const edited = EDIT_TYPES.filter((t) => t !== "reorder" && t !== "identity").flatMap((t) => pairs.get(t) ?? [])
    for (const kind of ["discrepancy", "framing"] as const) {
      const counts = edited.map((p) => onEditedSentence(p.edit, p.findings, kind))
      const right = counts.reduce((s, c) => s + c.right, 0)
      const total = counts.reduce((s, c) => s + c.total, 0)
      metrics.push({
        metric: `${kind} precision: findings on the edited sentence (${right}/${total}, over ${edited.length} edited pairs)`,
        diplo: share(right, total),
        baseline: null,
        n: total,
        headline: `${kind} precision`
      })
    }
    const deletions = pairs.get("deletion") ?? []
    const omissionPrecision = (pick: (p: Pair) => readonly PairFinding[]) => {
      const all = deletions.flatMap((p) =>
        pick(p)
          .filter((f) => f.kind === "omission")
          .map((f) => ({ f, p }))
      )
      return { right: all.filter(({ f, p }) => pointsAt(f, target(p.edit))).length, total: all.length }
    }
    const dOmit = omissionPrecision((p) => p.findings)
    const bOmit = omissionPrecision((p) => p.baseline)
    metrics.push({
      metric: `omission precision on deletion pairs: findings on the removed sentence (diplo ${dOmit.right}/${dOmit.total}, baseline ${bOmit.right}/${bOmit.total})`,
      diplo: share(dOmit.right, dOmit.total),
      baseline: share(bOmit.right, bOmit.total),
      n: dOmit.total
    })
    const alarms = (p: Pair, allowEmphasis: boolean) =>
      p.findings.filter(
        (f) => (f.kind === "discrepancy" || f.kind === "framing") && !(allowEmphasis && f.type === "emphasis")
      )
    const reorders = pairs.get("reorder") ?? []
    const identities = pairs.get("identity") ?? []
    const reorderAlarms = reorders.map((p) => alarms(p, true))
    const identityAlarms = identities.map((p) => alarms(p, false))
    const count = (lists: readonly (readonly PairFinding[])[]) => lists.reduce((s, l) => s + l.length, 0)
    metrics.push(
      {
        metric: "false alarms per reordered-paragraph control (discrepancy/framing other than emphasis)",
        diplo: count(reorderAlarms) / Math.max(1, reorders.length),
        baseline: 0,
        n: reorders.length
      },
      {
        metric: "reordered-paragraph controls with any false alarm (share)",
        diplo: share(reorderAlarms.filter((l) => l.length > 0).length, reorders.length),
        baseline: 0,
        n: reorders.length
      },
      {
        metric: "identity controls with any discrepancy/framing finding (share)",
        diplo: share(identityAlarms.filter((l) => l.length > 0).length, identities.length),
        baseline: 0,
        n: identities.length
      },
      {
        metric: "diplo seconds for all pairs",
        diplo: diploMs / 1000,
        baseline: null,
        n: [...pairs.values()].reduce((s, l) => s + l.length, 0)
      }
    )
    const kinds = (lists: readonly (readonly PairFinding[])[]) => {
      const byType = new Map<string, number>()
      for (const f of lists.flat()) byType.set(`${f.kind}/${f.type}`, (byType.get(`${f.kind}/${f.type}`) ?? 0) + 1)
      return [...byType].map(([k, n]) => `${k} ${n}`).join(", ") || "none"
    }
    const omissionsOn = (list: readonly Pair[]) =>
      list.reduce((s, p) => s + p.findings.filter((f) => f.kind === "omission").length, 0)
    const notes = [
      `Right kind, any type: ${lenient.join("; ")}.`,
      `Findings on the edited sentence when the expected one was missed: ${strayTypes.join("; ") || "none"}.`,
      `False alarms on reordered paragraphs: ${kinds(reorderAlarms)}; on identical copies: ${kinds(identityAlarms)}.`,
      `Omission findings on the controls (should be none): ${omissionsOn(reorders)} on reordered, ${omissionsOn(identities)} on identical copies.`,
      `diplo took ${(
        diploMs /
          Math.max(
            1,
            [...pairs.values()].reduce((s, l) => s + l.length, 0)
          )
      ).toFixed(
        0
      )} ms per pair; seeds are the article's position in BASIL dev (1-based), so reruns make the same edits.`,
      ...(failures.length > 0 ? [`Not as planned: ${failures.join("; ")}.`] : [])
    ]
    return { name: "controlled", dataset, method, baseline, metrics, notes }
  }
}
