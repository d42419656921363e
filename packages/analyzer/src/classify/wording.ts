import { type ArrayChange, diffArrays } from "diff"
import type { Statement } from "../align/2-statements.js"
import type { Token } from "../Document.js"
import { normalizeWord } from "./text.js"

/** The words of two token runs and diff's array diff of their lemmas. */
export interface PairDiff {
  readonly wordsA: readonly Token[]
  readonly wordsB: readonly Token[]
  readonly changes: readonly ArrayChange<string>[]
}

export const isWordToken = (t: Token): boolean => t.kind === "word" || t.kind === "number"

/** The full diff of two token runs' words. */
export const pairDiff = (a: readonly Token[], b: readonly Token[]): PairDiff => {
  const wordsA = a.filter(isWordToken)
  const wordsB = b.filter(isWordToken)
  const changes = diffArrays(
    wordsA.map((t) => normalizeWord(t.lemma)),
    wordsB.map((t) => normalizeWord(t.lemma))
  )
  return { wordsA, wordsB, changes }
}

/** Words the two sides share in order. */
export const sharedWords = ({ changes }: PairDiff): number => {
  let n = 0
  for (const p of changes) if (!p.added && !p.removed) n += p.count ?? p.value.length
  return n
}

/**
 * The diff of two token runs when they are the same wording (at least `share` of the longer side's words shared, in
 * order), else null. The diff gives up as soon as more edits are needed than that share allows: most aligned
 * sentences are rewordings, and a full diff of two rewordings costs the most of all.
 */
export const copiedWords = (a: readonly Token[], b: readonly Token[], share: number): PairDiff | null => {
  const wordsA = a.filter(isWordToken)
  const wordsB = b.filter(isWordToken)
  const longer = Math.max(wordsA.length, wordsB.length)
  if (longer === 0) return null
  const maxEditLength = Math.max(0, Math.floor(wordsA.length + wordsB.length - 2 * share * longer))
  const changes = diffArrays(
    wordsA.map((t) => normalizeWord(t.lemma)),
    wordsB.map((t) => normalizeWord(t.lemma)),
    { maxEditLength }
  )
  if (changes === undefined) return null
  const diff = { wordsA, wordsB, changes }
  return sharedWords(diff) >= share * longer ? diff : null
}

/** The diff of two statements' whole sentences when they are the same wording, else null. */
export const copiedSentences = (a: Statement, b: Statement, share: number): PairDiff | null =>
  copiedWords(a.sentenceTokens, b.sentenceTokens, share)

/** One substitution inside shared wording: what one side has where the other has other words. */
export interface Substitution {
  readonly removed: readonly Token[]
  readonly added: readonly Token[]
  /** Shared words just before and just after it. */
  readonly before: number
  readonly after: number
}

/** Every substitution of a diff, with the shared words around each. */
export const substitutions = (diff: PairDiff): Substitution[] => {
  const { wordsA, wordsB, changes } = diff
  const size = (p: ArrayChange<string> | undefined) => (p === undefined ? 0 : (p.count ?? p.value.length))
  const shared = (p: ArrayChange<string> | undefined) => (p !== undefined && !p.added && !p.removed ? size(p) : 0)
  const out: Substitution[] = []
  let ia = 0
  let ib = 0
  for (let k = 0; k < changes.length; k++) {
    const part = changes[k]!
    const n = size(part)
    if (!part.added && !part.removed) {
      ia += n
      ib += n
      continue
    }
    const next = changes[k + 1]
    if (part.removed && next?.added) {
      const nb = size(next)
      out.push({
        removed: wordsA.slice(ia, ia + n),
        added: wordsB.slice(ib, ib + nb),
        before: shared(changes[k - 1]),
        after: shared(changes[k + 2])
      })
      ia += n
      ib += nb
      k++
    } else if (part.removed) ia += n
    else ib += n
  }
  return out
}
