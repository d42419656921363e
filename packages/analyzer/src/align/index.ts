import type { Actor, Alignment, Claim, Event, Source, TimeExpression } from "@diplo/model"
import type { Reading } from "../Document.js"
import { unifyActors } from "./1-actors.js"
import { buildStatements, type Statement } from "./2-statements.js"
import { type AlignOptions, alignStatements } from "./3-alignments.js"
import type { SimilarityOptions } from "./3-similarity.js"
import { mergeEvents } from "./4-events.js"

/**
 * The output of align: entities with ids unified across sources, every statement with global actor ids (classify
 * reads these, never a source's local ids), and statements aligned across sources.
 */
export interface Aligned {
  readonly sources: readonly Source[]
  readonly actors: readonly Actor[]
  readonly timeExpressions: readonly TimeExpression[]
  /** Claims with speakers as global actor ids. */
  readonly claims: readonly Claim[]
  /** Every claim as a statement, in source order then text order. */
  readonly statements: readonly Statement[]
  readonly events: readonly Event[]
  readonly alignments: readonly Alignment[]
  /** How statements were compared (word vectors on or off, which word table): later stages compare text the same way. */
  readonly similarity: SimilarityOptions
}

/**
 * Unifies actors across sources (one id per actor), maps claims' speakers to those ids, aligns
 * statements about the same matter across sources, and merges event mentions into events.
 */
export const align = (readings: readonly Reading[], options: AlignOptions = {}): Aligned => {
  const { actors, idOf } = unifyActors(
    readings.map((r) => ({ sourceId: r.segmented.source.id, text: r.segmented.source.text, actors: r.actors }))
  )
  const perSource = readings.map((r) => ({
    reading: r,
    claims: r.claims.map((c) => ({ ...c, speakerId: c.speakerId === null ? null : (idOf.get(c.speakerId) ?? null) }))
  }))
  const claims = perSource.flatMap((p) => p.claims)
  const statements = buildStatements(readings, claims, idOf)
  return {
    sources: readings.map((r) => r.segmented.source),
    actors,
    timeExpressions: readings.flatMap((r) => r.times),
    claims,
    statements,
    events: mergeEvents(readings, idOf),
    alignments: alignStatements(statements, options),
    similarity: {
      useVectors: options.useVectors ?? true,
      ...(options.words === undefined ? {} : { words: options.words })
    }
  }
}
