import * as z from "zod"
import { ActorId, ClaimId } from "./Ids.js"
import { Span } from "./Span.js"

export const AttributionKind = z.enum(["direct-quote", "indirect", "narrator"]).meta({
  id: "AttributionKind",
  description: "Quoted word for word, reported in the writer's words, or asserted by the writer."
})
export type AttributionKind = z.infer<typeof AttributionKind>

export const VerbClass = z
  .enum(["neutral", "loaded"])
  .meta({ id: "VerbClass", description: "Whether the attribution verb is neutral (said) or evaluative (claimed)." })
export type VerbClass = z.infer<typeof VerbClass>

export const CueSense = z.enum(["intention", "commitment", "appeal"]).meta({
  id: "CueSense",
  description:
    "What a cue with a to-infinitive reports: an intention (plans to, wants to), a commitment given in words (vowed to), or an appeal to others (urged them to). Absent for verbs of saying."
})
export type CueSense = z.infer<typeof CueSense>

export const Polarity = z.enum(["positive", "negative"]).meta({ id: "Polarity" })
export type Polarity = z.infer<typeof Polarity>

export const Modality = z
  .enum(["asserted", "possible", "necessary", "future", "conditional", "question"])
  .meta({ id: "Modality", description: "How firmly the claim is put." })
export type Modality = z.infer<typeof Modality>

/** A statement of a source: what someone (or the narrator) says is so. */
export const Claim = Span.safeExtend({
  id: ClaimId,
  speakerId: ActorId.nullable().meta({ description: "Who says it; null for the narrator or an unresolved speaker." }),
  attribution: AttributionKind,
  verb: z.string().optional().meta({ description: "The attribution verb as lemma, e.g. say, stress, claim." }),
  verbClass: VerbClass.optional(),
  cue: Span.optional().meta({ description: "The words that attribute it: the verb or 'according to'." }),
  cueSense: CueSense.optional(),
  speakerSpan: Span.optional().meta({ description: "The words naming the speaker in this sentence." }),
  channel: z.string().optional().meta({ description: "Where it was said, e.g. on its Facebook account." }),
  polarity: Polarity,
  modality: Modality,
  hedges: z.array(z.string()).meta({ description: "Hedging words in the claim, e.g. allegedly." })
}).meta({ id: "Claim", description: "A statement of a source with its speaker and attribution." })
export type Claim = z.infer<typeof Claim>
