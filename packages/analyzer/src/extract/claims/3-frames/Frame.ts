import type { CueSense } from "@diplo/model"
import type { Range } from "../../../Document.js"
import type { CueVerb } from "../lexicon.js"

/** One attribution: who says (speaker words), with which cue, and where the said content is. */
export interface Frame {
  readonly cue: Range
  readonly verb: CueVerb
  /** The words naming the speaker, or null (agentless passive, unresolved). */
  readonly speaker: Range | null
  /** What is said; a quote's inner text or the writer's rendering of it. */
  readonly contents: Range[]
  /** The content is a quotation taken whole (next to the cue): direct speech whatever its length. */
  readonly quoted: boolean
  readonly sentence: number
  /** Where the frame's own words begin and end (speaker, cue, adjuncts). */
  readonly start: number
  readonly end: number
  /** Where content running before this frame in the same sentence must stop, or null when nested. */
  readonly cutAt: number | null
  /** Content runs to the end of its sentence unless a later frame cuts it. */
  readonly openEnded: boolean
  /** The frame opens a clause of its own (", and X said", ", noting"): what precedes it is a clause too. */
  readonly joinsClause: boolean
  /** The cue ends its paragraph with a colon: the content is the next paragraph. */
  readonly continues: boolean
  /** An intention, commitment or appeal whose content is a to-infinitive ("plans to visit"); absent for saying. */
  readonly sense?: CueSense
}
