import * as z from "zod"
import { AlignmentId, FindingId, SourceId } from "./Ids.js"
import { Span } from "./Span.js"

export const Severity = z
  .enum(["major", "minor", "info"])
  .meta({ id: "Severity", description: "How much a reader should care." })
export type Severity = z.infer<typeof Severity>

export const AgreementType = z.enum(["event", "purpose", "state", "date", "number", "quote", "claim"])
export type AgreementType = z.infer<typeof AgreementType>
export const DiscrepancyType = z.enum(["date", "number", "actor", "attribution", "polarity", "location", "cause"])
export type DiscrepancyType = z.infer<typeof DiscrepancyType>
export const FramingType = z.enum([
  "lexical-choice",
  "hedge",
  "scare-quote",
  "attribution-verb",
  "voice",
  "causal-attribution",
  "loaded-language",
  "emphasis"
])
export type FramingType = z.infer<typeof FramingType>
export const OmissionType = z.enum(["content", "later-event"])
export type OmissionType = z.infer<typeof OmissionType>

const base = {
  id: FindingId,
  severity: Severity,
  salience: z.number().min(0).max(1).meta({
    description:
      "How much a reader needs this finding, 0..1, from measurable signals (evidence strength, alignment score, the actors' prominence, position in the articles, kind); findings are ordered by it."
  }),
  summary: z.string().min(1).meta({ description: "One plain sentence a reader understands alone." }),
  evidence: z
    .array(Span)
    .min(1)
    .meta({ description: "The words it rests on: at least one span in every source it is about." }),
  sourceIds: z.array(SourceId).min(1).meta({ description: "The sources the finding is about." }),
  alignmentId: AlignmentId.optional().meta({ description: "The alignment it was found in, if any." })
}

/** What one source says about the matter of a discrepancy, normalized where possible. */
export const SourceValue = z
  .strictObject({
    sourceIds: z.array(SourceId).min(1).meta({ description: "The sources that say this value." }),
    value: z.string().meta({ description: "The value as normalized (2021-03-20, 1500, negated...)." }),
    text: z.string().meta({ description: "The words that say it." })
  })
  .meta({ id: "SourceValue" })
export type SourceValue = z.infer<typeof SourceValue>

/** The words one source uses where another uses others. */
export const SourceWording = z
  .strictObject({
    sourceIds: z.array(SourceId).min(1),
    words: z.array(z.string()).meta({ description: "The differing words of this side; empty where it has none." })
  })
  .meta({ id: "SourceWording" })
export type SourceWording = z.infer<typeof SourceWording>

export const Agreement = z
  .strictObject({ ...base, kind: z.literal("agreement"), type: AgreementType })
  .meta({ id: "Agreement", description: "The sources assert the same thing." })
export type Agreement = z.infer<typeof Agreement>

export const Discrepancy = z
  .strictObject({
    ...base,
    kind: z.literal("discrepancy"),
    type: DiscrepancyType,
    values: z.array(SourceValue).min(2).meta({ description: "What each side says." }),
    compatible: z.boolean().meta({ description: "True when both can be true at once (then severity is minor)." })
  })
  .meta({ id: "Discrepancy", description: "The sources assert incompatible (or merely different) things." })
export type Discrepancy = z.infer<typeof Discrepancy>

export const Framing = z
  .strictObject({
    ...base,
    kind: z.literal("framing"),
    type: FramingType,
    wordings: z.array(SourceWording).meta({ description: "The differing words of each side." })
  })
  .meta({ id: "Framing", description: "The same matter told with different words, distance, voices or blame." })
export type Framing = z.infer<typeof Framing>

export const Omission = z
  .strictObject({
    ...base,
    kind: z.literal("omission"),
    type: OmissionType,
    presentIn: z.array(SourceId).min(1).meta({ description: "The sources that carry the content." }),
    absentFrom: z.array(SourceId).min(1).meta({ description: "The sources that do not." })
  })
  .meta({ id: "Omission", description: "Salient content only some sources carry." })
export type Omission = z.infer<typeof Omission>

/** A finding of a comparison, discriminated on `kind`. */
export const Finding = z
  .discriminatedUnion("kind", [Agreement, Discrepancy, Framing, Omission])
  .meta({ id: "Finding", description: "An agreement, discrepancy, framing difference or omission." })
export type Finding = z.infer<typeof Finding>
export type FindingKind = Finding["kind"]
