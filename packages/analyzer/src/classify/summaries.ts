import type { Source, SourceId } from "@diplo/model"
import type { Detection } from "./draft.js"
import { label, listOf, quote } from "./text.js"

/**
 * The words of every finding: detectors say what they found (`About`), this module says it to a reader, in one plain
 * sentence that names the sources by outlet and quotes the words each uses.
 */

/** Some words of one source. */
export interface Quoted {
  readonly sourceId: SourceId
  readonly text: string
}

export type About =
  | { readonly type: "agreement"; readonly on: string | null; readonly texts: readonly string[] }
  | { readonly type: "date"; readonly event: string | null; readonly worded: boolean }
  /** `measure` is what the figures count, or "" where the sentences are copies and one figure replaces another. */
  | { readonly type: "number"; readonly measure: string }
  | { readonly type: "polarity"; readonly event: string | null; readonly worded: boolean }
  | { readonly type: "attribution"; readonly mode: "speaker" | "wording"; readonly speaker: string | null }
  | { readonly type: "lexical-choice"; readonly actor: string | null }
  | {
      readonly type: "attribution-verb"
      readonly speaker: string | null
      readonly verbs: readonly (Quoted & { readonly weight: string })[]
    }
  | {
      readonly type: "loaded-language" | "hedge" | "scare-quote"
      readonly sourceId: SourceId
      readonly words: readonly string[]
      readonly counterparts: readonly Quoted[]
    }
  | { readonly type: "attributed-fact"; readonly attributed: Quoted; readonly asserted: readonly Quoted[] }
  | { readonly type: "causal-attribution"; readonly causes: readonly Quoted[] }
  | {
      readonly type: "voice"
      readonly mode: "speakers"
      readonly voices: readonly {
        readonly sourceId: SourceId
        readonly only: readonly string[]
        readonly count: number
      }[]
    }
  | {
      readonly type: "voice"
      readonly mode: "unnamed" | "secondhand"
      readonly sourceId: SourceId
      readonly others: readonly SourceId[]
      readonly cues: readonly string[]
    }
  | { readonly type: "emphasis"; readonly leads: readonly Quoted[] }
  | {
      readonly type: "omission"
      readonly text: string
      readonly later: { readonly date: string; readonly published: readonly string[] } | null
    }

/** Words a detection's summary. */
export const summarize = (d: Detection, sources: ReadonlyMap<string, Source>): string => {
  const name = (id: string) => {
    const s = sources.get(id)
    return s === undefined ? id : label(s)
  }
  // The sources in the reader's order (the map's), whatever order a detector listed them in.
  const order = [...sources.keys()]
  const names = (ids: readonly string[]) =>
    listOf([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map(name))
  const a = d.about
  switch (a.type) {
    case "agreement":
      return `${names(d.sourceIds)} agree${a.on === null ? "" : ` ${a.on}`}: ${a.texts.map((t) => quote(t, 70)).join(" / ")}.`
    case "date": {
      if (d.kind !== "discrepancy") break
      const sides = d.values.map((v) => `${names(v.sourceIds)} ${v.value} (${quote(v.text, 40)})`).join(", ")
      return a.worded
        ? `In the same wording the sources give different dates: ${sides}${d.compatible ? "; a day apart, which time zones can explain" : ""}.`
        : `The sources date the same ${a.event ?? "event"} differently: ${sides}${d.compatible ? "; both can be true (a day apart)" : ""}.`
    }
    case "number": {
      if (d.kind !== "discrepancy") break
      return a.measure === ""
        ? `In the same wording the sources give different figures: ${d.values.map((v) => `${names(v.sourceIds)} ${quote(v.text, 40)}`).join(" vs ")}.`
        : `The sources give different figures for ${a.measure}: ${d.values.map((v) => `${names(v.sourceIds)} ${quote(v.text, 40)}`).join(" vs ")}${d.compatible ? " (one figure is approximate)" : ""}.`
    }
    case "polarity": {
      if (d.kind !== "discrepancy") break
      const [yes, no] = [d.values.find((v) => v.value === "affirmed"), d.values.find((v) => v.value === "negated")]
      if (yes === undefined || no === undefined) break
      return a.worded
        ? `In the same wording ${names(yes.sourceIds)} says ${quote(yes.text, 40)} and ${names(no.sourceIds)} ${quote(no.text, 40)}.`
        : `${names(yes.sourceIds)} ${yes.sourceIds.length > 1 ? "say" : "says"} the ${a.event ?? "event"} happened (${quote(yes.text, 40)}); ${names(no.sourceIds)} ${no.sourceIds.length > 1 ? "say" : "says"} it did not (${quote(no.text, 40)}).`
    }
    case "attribution": {
      if (d.kind !== "discrepancy") break
      return a.mode === "speaker"
        ? `The same quotation is attributed to different speakers: ${d.values.map((v) => `${names(v.sourceIds)} to ${v.value}`).join(", ")}.`
        : `The sources quote ${a.speaker ?? "the same speaker"} in different words: ${d.values.map((v) => `${names(v.sourceIds)} ${quote(v.text, 60)}`).join(" vs ")}.`
    }
    case "lexical-choice": {
      if (d.kind !== "framing") break
      const sides = d.wordings.map((w) => `${quote(w.words.join(" … "), 60)} in ${names(w.sourceIds)}`).join(", ")
      return a.actor === null
        ? `The sources word the same statement differently: ${sides}.`
        : `The sources describe ${a.actor} differently: ${sides}.`
    }
    case "attribution-verb":
      return `The sources introduce ${a.speaker === null ? "the same statement" : `the same statement of ${a.speaker}`} with verbs of different weight: ${a.verbs.map((v) => `${quote(v.text, 30)} (${v.weight}) in ${name(v.sourceId)}`).join(", ")}.`
    case "loaded-language":
      return `${name(a.sourceId)} describes it in its own voice with loaded words (${a.words.map((w) => quote(w, 40)).join(", ")})${counterpartText(a.counterparts, name)}.`
    case "hedge":
      return `${name(a.sourceId)} distances itself from what it reports (${a.words.map((w) => quote(w, 40)).join(", ")})${counterpartText(a.counterparts, name, ["states it without that distance", "state it without that distance"])}.`
    case "scare-quote":
      return `${name(a.sourceId)} puts ${a.words.map((w) => quote(w.replace(/^["“”'‘’«»„]+|["“”'‘’«»„]+$/g, ""), 40)).join(", ")} in quotation marks of its own${counterpartText(a.counterparts, name, ["uses no such marks", "use no such marks"])}.`
    case "attributed-fact":
      return `${name(a.attributed.sourceId)} attributes it to a speaker (${quote(a.attributed.text, 60)}); ${listOf(a.asserted.map((x) => name(x.sourceId)))} ${a.asserted.length > 1 ? "state" : "states"} it as fact (${a.asserted.map((x) => quote(x.text, 60)).join(" / ")}).`
    case "causal-attribution":
      return `The sources give different causes: ${a.causes.map((c) => `${name(c.sourceId)} ${quote(c.text, 70)}`).join("; ")}.`
    case "voice":
      if (a.mode === "speakers")
        return `Whose voices are heard differs: ${a.voices.map((v) => (v.count === 0 ? `${name(v.sourceId)} quotes no one by name` : v.only.length === 0 ? `${name(v.sourceId)} quotes no one the others do not` : `only ${name(v.sourceId)} quotes ${listOf(v.only)}`)).join("; ")}.`
      if (a.mode === "unnamed")
        return `${name(a.sourceId)} relies on unnamed sources (${a.cues.map((c) => quote(c, 50)).join(", ")}); ${names(a.others)} ${a.others.length > 1 ? "do" : "does"} not.`
      return `${name(a.sourceId)} rests on other outlets' reporting (${a.cues.map((c) => quote(c, 50)).join(", ")}); ${names(a.others)} ${a.others.length > 1 ? "do" : "does"} not.`
    case "emphasis":
      return `The sources lead with different things: ${a.leads.map((l) => `${name(l.sourceId)} with ${quote(l.text, 80)}`).join("; ")}.`
    case "omission": {
      if (d.kind !== "omission") break
      // "Only" where every other source leaves it out; a source that tells it in words no statement pairs is neither.
      const only = d.presentIn.length + d.absentFrom.length === sources.size ? "Only " : ""
      const carriers = names(d.presentIn)
      const verb = d.presentIn.length > 1 ? "report" : "reports"
      if (a.later !== null)
        return `${only}${carriers} ${verb} ${quote(a.text, 90)}, which happened on ${a.later.date}, after ${names(d.absentFrom)} ${d.absentFrom.length > 1 ? "were" : "was"} published (${listOf(a.later.published)}).`
      return `${only}${carriers} ${verb} ${quote(a.text, 100)}; ${names(d.absentFrom)} ${d.absentFrom.length > 1 ? "do" : "does"} not.`
    }
  }
  return `${d.kind} (${d.type}) in ${names(d.sourceIds)}.`
}

const counterpartText = (
  counterparts: readonly Quoted[],
  name: (id: string) => string,
  verbs: readonly [string, string] = ["tells the same matter without them", "tell the same matter without them"]
): string =>
  counterparts.length === 0
    ? "; no other source tells this"
    : `, where ${listOf(counterparts.map((c) => `${name(c.sourceId)} (${quote(c.text, 70)})`))} ${counterparts.length > 1 ? verbs[1] : verbs[0]}`
