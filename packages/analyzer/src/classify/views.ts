import type { Actor, ActorId, Source, Views } from "@diplo/model"
import type { Statement } from "../align/2-statements.js"
import type { Tuning } from "../Tuning.js"
import { hedgesIn, loadedIn, scareQuotesIn, spokenIn } from "./facets.js"

const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length

/** Voice balance, actor naming and distancing counts, per source. */
export const viewsOf = (
  sources: readonly Source[],
  statements: readonly Statement[],
  actors: readonly Actor[],
  tuning: Tuning
): Views => {
  const country = new Map(actors.map((a) => [a.id as string, a.country]))
  const voice: Views["voice"] = []
  for (const source of sources) {
    const bySpeaker = new Map<string, { quotes: number; indirect: number; words: number }>()
    for (const s of statements) {
      if (s.source.id !== source.id || s.claim.attribution === "narrator") continue
      const key = s.claim.speakerId ?? ""
      const entry = bySpeaker.get(key) ?? { quotes: 0, indirect: 0, words: 0 }
      if (s.claim.attribution === "direct-quote") entry.quotes++
      else entry.indirect++
      entry.words += wordCount(s.claim.text)
      bySpeaker.set(key, entry)
    }
    for (const [key, entry] of [...bySpeaker.entries()].sort(
      (a, b) => b[1].words - a[1].words || a[0].localeCompare(b[0])
    )) {
      const c = key === "" ? undefined : country.get(key)
      voice.push({
        sourceId: source.id,
        speakerId: key === "" ? null : (key as ActorId),
        ...(c !== undefined ? { country: c } : {}),
        ...entry
      })
    }
  }
  const naming: Views["naming"] = []
  for (const actor of actors)
    for (const source of sources) {
      const counts = new Map<string, number>()
      for (const m of actor.mentions)
        if (m.sourceId === source.id)
          counts.set(m.text.replace(/\s+/g, " "), (counts.get(m.text.replace(/\s+/g, " ")) ?? 0) + 1)
      if (counts.size === 0) continue
      naming.push({
        actorId: actor.id,
        sourceId: source.id,
        names: [...counts.entries()]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .map(([text, count]) => ({ text, count }))
      })
    }
  // Words someone is quoted as saying: marks around them elsewhere report, they do not distance.
  const spokenElsewhere = spokenIn(statements, tuning)
  const distance: Views["distance"] = sources.map((source) => {
    const own = statements.filter((s) => s.source.id === source.id)
    const hedges = own.flatMap((s) => hedgesIn(s).map((r) => source.text.slice(r.start, r.end).toLowerCase()))
    return {
      sourceId: source.id,
      hedges: hedges.length,
      hedgeWords: [...new Set(hedges)],
      scareQuotes: own.reduce((n, s) => n + scareQuotesIn(s, tuning, spokenElsewhere).length, 0),
      loadedWords: own.reduce((n, s) => n + loadedIn(s, tuning).length, 0)
    }
  })
  return { voice, naming, distance }
}
