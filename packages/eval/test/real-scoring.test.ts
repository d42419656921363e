import { describe, expect, it } from "vitest"
import {
  lands,
  mostImportant,
  type RealGold,
  type ScoredComparison,
  type ScoredFinding,
  scoreRealEvent,
  summarizeReal
} from "../src/real-scoring.js"

// Three short sources; each gold item anchors a phrase in each.
const A = "The minister met the envoy on Monday. Talks lasted two hours. Nothing was signed."
const B = "An envoy saw the minister Monday. The talks ran three hours. A deal is near."
const C = "The envoy and the minister talked. It took two hours. Officials were upbeat."
const out = (findings: ScoredFinding[]): ScoredComparison => ({
  sources: [
    { id: "A", path: "/x/e.fox.txt", text: A },
    { id: "B", path: "/x/e.nyt.txt", text: B },
    { id: "C", path: "/x/e.hpo.txt", text: C }
  ],
  findings
})
const gold: RealGold = {
  sources: { A: { file: "e.fox.txt" }, B: { file: "e.nyt.txt" }, C: { file: "e.hpo.txt" } },
  findings: [
    {
      id: "D1",
      kind: "discrepancy",
      type: "number",
      anchors: { A: ["two hours"], B: ["three hours"], C: ["two hours"] }
    },
    {
      id: "F1",
      kind: "framing",
      type: "lexical-choice",
      anchors: { A: ["Nothing was signed"], B: ["A deal is near"] }
    },
    { id: "O1", kind: "omission", type: "content", anchors: { C: ["Officials were upbeat"] } },
    { id: "G1", kind: "agreement", type: "event", anchors: { A: ["met the envoy"], B: ["saw the minister"] } }
  ],
  mustNot: [{ id: "X1", kind: "discrepancy", types: ["date"], anchors: { A: ["on Monday"], B: ["Monday"] } }]
}
const at = (sourceId: string, text: string, phrase: string) => {
  const start = text.indexOf(phrase)
  return { sourceId, start, end: start + phrase.length }
}
const srcOf = Object.fromEntries(out([]).sources.map((s, i) => [["A", "B", "C"][i]!, s]))

describe("real scoring: where a finding lands (the rules of ../shared/tools/real.mjs)", () => {
  const item = gold.findings[0]!
  it("lands on a three-source item with evidence in two of its sources, not in one", () => {
    const two: ScoredFinding = {
      kind: "discrepancy",
      type: "number",
      evidence: [at("A", A, "two hours"), at("B", B, "three")]
    }
    const one: ScoredFinding = { kind: "discrepancy", type: "number", evidence: [at("A", A, "two hours")] }
    expect(lands(two, item, srcOf)).toBe(true)
    expect(lands(one, item, srcOf)).toBe(false)
  })

  it("lands on a one-source item with evidence in that source", () => {
    const f: ScoredFinding = { kind: "omission", type: "content", evidence: [at("C", C, "upbeat")] }
    expect(lands(f, gold.findings[2]!, srcOf)).toBe(true)
  })

  it("lands nowhere when its evidence covers over 40% of a source", () => {
    const sprawling: ScoredFinding = {
      kind: "discrepancy",
      type: "number",
      evidence: [{ sourceId: "A", start: 0, end: A.length }, at("B", B, "three hours")]
    }
    expect(lands(sprawling, item, srcOf)).toBe(false)
  })

  it("counts discrepancy and framing as one family for recall and precision, and a finding toward at most two items", () => {
    // One framing finding on D1's and F1's anchors finds both; a second item it also lands on is not credited to it.
    const wide: ScoredFinding = {
      kind: "framing",
      type: "lexical-choice",
      evidence: [at("A", A, "two hours. Nothing was signed"), at("B", B, "three hours. A deal is near")]
    }
    const gold3: RealGold = {
      ...gold,
      findings: [...gold.findings, { id: "F2", kind: "framing", anchors: { A: ["Nothing"], B: ["deal"] } }]
    }
    const s = scoreRealEvent("e", gold3, out([wide]))
    expect(s.found).toHaveLength(2)
    expect([s.diffSupported, s.diffOut]).toEqual([1, 1])
  })

  it("hits a mustNot trap only with evidence on its anchors in every source, and of its kind and types", () => {
    const date = (evidence: ScoredFinding["evidence"]): ScoredFinding => ({
      kind: "discrepancy",
      type: "date",
      evidence
    })
    expect(scoreRealEvent("e", gold, out([date([at("A", A, "Monday")])])).mustNotViolations).toEqual([])
    expect(
      scoreRealEvent("e", gold, out([date([at("A", A, "Monday"), at("B", B, "Monday")])])).mustNotViolations
    ).toEqual(["X1"])
  })

  it("takes the three most important by salience, one per kind and type first, and checks each lands", () => {
    const f = (kind: string, type: string, salience: number, evidence: ScoredFinding["evidence"]): ScoredFinding => ({
      kind,
      type,
      salience,
      evidence
    })
    const findings = [
      f("agreement", "event", 0.99, [at("A", A, "met the envoy"), at("B", B, "saw the minister")]),
      f("discrepancy", "number", 0.9, [at("A", A, "two hours"), at("B", B, "three hours")]),
      f("discrepancy", "number", 0.8, [at("A", A, "Talks")]),
      f("omission", "content", 0.5, [at("C", C, "Officials")]),
      f("framing", "hedge", 0.4, [at("A", A, "minister")])
    ]
    expect(mostImportant(findings).map((x) => x.salience)).toEqual([0.9, 0.5, 0.4])
    const s = scoreRealEvent("e", gold, out(findings))
    expect(s.top3).toEqual([true, true, false])
    expect(summarizeReal([s])).toMatchObject({ top3Supported: 0.667, top1Supported: "1/1" })
  })
})
