/**
 * Who a verb cue's speaker is: the noun phrase before the cue or after it (inverted), the subject of the sentence
 * for a participle, or a name with an appositive or a lawmaker's tag between it and the cue.
 */
import type { Range } from "../../../Document.js"
import { SOLID_PARTICLE_NAME } from "../../../segment/Words.js"
import {
  BE_FORMS,
  BETWEEN_SPEAKER_AND_VERB,
  DETERMINERS,
  INSIDE_NOUN_PHRASE,
  INTRODUCERS,
  SUBORDINATORS
} from "../lexicon.js"
import { DASHES, type FrameContext, indexAt, isVerbForm, MAX_APPOSITIVE, prev, SENTENCE_END } from "./context.js"
import { beforeChain, leftNounPhrase, rightNounPhrase } from "./noun-phrase.js"

/** The speaker of a verb cue: the noun phrase before it, or after it when inverted ("said X"). */
export const speakerOf = (ctx: FrameContext, first: number, last: number, inverts = true): Range | null => {
  const words = ctx.words
  const range = ctx.view.sentenceWords.get(words[first]!.sentence)
  const lo = range?.[0] ?? 0
  let k = beforeChain(ctx, first - 1, lo)
  while (k >= lo && words[k]!.kind === "word" && BETWEEN_SPEAKER_AND_VERB.has(words[k]!.lower)) {
    // An agentless passive ("it was reported that") has no speaker unless "by X" follows.
    if (BE_FORMS.has(words[k]!.lower) && !words[first]!.lower.endsWith("ing")) {
      const by = words[last + 1]
      return by?.lower === "by" ? rightNounPhrase(ctx, last + 2) : null
    }
    k--
  }
  const left = leftNounPhrase(ctx, first - 1, lo)
  if (left !== null) return reducedRelativeHead(ctx, left, lo) ?? left
  const apposed = appositive(ctx, k, lo)
  if (apposed !== null) return apposed.speaker
  const before = words[k]
  if (before !== undefined && ["and", "but", "or"].includes(before.lower)) return subject(ctx, first)
  // A verb with a particle never inverts ("called on X to …" names the addressee): after a parenthetical between
  // commas ("Ms. Lee, in addition to calling for …, called on X") the speaker is the sentence's subject.
  if (last > first) return before?.lower === "," ? subject(ctx, first) : null
  // A verb that takes an addressee or a noun phrase as its object ("told reporters", "announced new sanctions")
  // has that phrase after it, not its speaker.
  return inverts ? rightNounPhrase(ctx, last + 1) : null
}

/**
 * "The special counsel investigating Russian interference disputed": the noun phrase before the cue is the object
 * of a present participle that modifies the subject (a reduced relative clause), so the speaker is the noun phrase
 * before the participle, where that phrase opens its clause (the sentence's start, or after a comma, a colon, a dash
 * or a quotation mark).
 */
const reducedRelativeHead = (ctx: FrameContext, object: Range, lo: number): Range | null => {
  const words = ctx.words
  const participle = indexAt(ctx, object.start) - 1
  const w = words[participle]
  if (participle <= lo || w === undefined || w.kind !== "word" || w.pos !== "VERB" || !w.lower.endsWith("ing"))
    return null
  const head = leftNounPhrase(ctx, participle - 1, lo)
  if (head === null) return null
  const at = indexAt(ctx, head.start)
  const before = words[at - 1]
  const opens =
    at <= lo ||
    (before !== undefined &&
      (before.lower === "," || before.lower === ":" || before.kind === "quote" || DASHES.has(before.lower)))
  return opens ? head : null
}

/** The subject of the sentence before a cue: an earlier frame's speaker, else the first noun phrase. */
export const subject = (ctx: FrameContext, first: number): Range | null => {
  const words = ctx.words
  const sentence = words[first]!.sentence
  const cueStart = words[first]!.start
  const earlier = ctx.found.findLast((f) => f.sentence === sentence && f.cue.start < cueStart && f.speaker !== null)
  if (earlier !== undefined) return earlier.speaker
  const range = ctx.view.sentenceWords.get(sentence)
  if (range === undefined) return null
  let k = range[0]
  while (k < first && words[k]!.start < ctx.view.floor) k++
  // Skip introductory phrases ("On June 5,", "In turn, at a news conference,", "And in an interview,").
  if (k < first && ["and", "but", "so", "yet"].includes(words[k]!.lower)) k++
  for (let hop = 0; hop < 3; hop++) {
    const w = words[k]
    if (w === undefined || w.kind !== "word" || !(INTRODUCERS.has(w.lower) || /ly$/.test(w.lower))) break
    let c = k
    while (c < first && c < k + 15 && words[c]!.lower !== ",") c++
    if (c >= first || words[c]!.lower !== ",") break
    k = c + 1
  }
  return rightNounPhrase(ctx, k, 6, sentence)
}

/**
 * "R. Lee, the group's director, said" and "the group's director, R. Lee, said": a subject with an appositive
 * between commas before the cue. `comma` is the index of the comma just before the cue (adverbs skipped). The
 * speaker is the part that ends in a capitalised word (a name), else the first; `first` is where the whole
 * subject begins. Both parts must be noun phrases, the first must open its clause (sentence start, or after a
 * comma, a dash, a colon or a quotation mark), so "a deal with Iran, the official said" is left alone.
 */
export const appositive = (ctx: FrameContext, comma: number, lo: number): { speaker: Range; first: number } | null => {
  const words = ctx.words
  // "Sen. Ann Lee (D-N.Y.) said": a lawmaker's tag in brackets stands between the name and the cue.
  if (comma > lo && words[comma]?.lower === ")") {
    let open = comma - 1
    while (open > lo && comma - open < 9 && words[open]!.lower !== "(") open--
    const tag = words[open]?.lower === "(" ? partyTag(ctx, comma - 1, open + 1) : null
    const name = tag !== null && tag.start === words[open + 1]!.start ? leftNounPhrase(ctx, open - 1, lo) : null
    return name !== null && nameEnds(ctx, name) ? { speaker: name, first: indexAt(ctx, name.start) } : null
  }
  if (comma <= lo || words[comma]?.lower !== ",") return null
  // "Ann Lee, who has seen her campaign surge, said": a relative clause between commas.
  for (let r = comma - 1; r > lo + 1 && comma - r <= MAX_APPOSITIVE; r--) {
    const w = words[r]!
    if (w.lower === "," || w.kind === "quote") break
    if (!["who", "whose"].includes(w.lower) || words[r - 1]!.lower !== ",") continue
    const name = leftNounPhrase(ctx, r - 2, lo)
    if (name === null || !nameEnds(ctx, name)) return null
    return { speaker: name, first: indexAt(ctx, name.start) }
  }
  const second = partyTag(ctx, comma - 1, lo) ?? leftNounPhrase(ctx, comma - 1, lo)
  if (second === null) return null
  const opening = (from: number): number => {
    let j = from
    while (
      j >= lo &&
      words[j]!.kind === "word" &&
      (INSIDE_NOUN_PHRASE.has(words[j]!.lower) || DETERMINERS.has(words[j]!.lower))
    )
      j--
    return j
  }
  let middle = opening(indexAt(ctx, second.start) - 1)
  // A longer description ("Republican of Ohio and the chairman of the committee"): back to the comma opening it,
  // over no verb; the description then is never the speaker.
  let described = false
  if (middle > lo && words[middle]!.lower !== ",") {
    let m = middle
    while (m > lo && comma - m <= MAX_APPOSITIVE && words[m]!.lower !== ",") {
      const w = words[m]!
      if (w.kind === "quote" || SENTENCE_END.has(w.lower) || isVerbForm(ctx, m) || w.pos === "VERB") return null
      m--
    }
    middle = m
    described = true
  }
  if (middle <= lo || words[middle]!.lower !== ",") return null
  const firstPart = leftNounPhrase(ctx, middle - 1, lo)
  if (firstPart === null) return null
  const before = opening(indexAt(ctx, firstPart.start) - 1)
  const boundary = words[before]
  // A subordinate clause opens before it ("…, when Sen. Ann Lee, D-N.Y., suggested"): its subject is the speaker.
  const opensClause = boundary !== undefined && (SUBORDINATORS.has(boundary.lower) || boundary.lower === "and")
  if (before >= lo && boundary !== undefined && boundary.kind === "word" && !opensClause) return null
  if (
    boundary !== undefined &&
    before >= lo &&
    !(
      opensClause ||
      boundary.lower === "," ||
      boundary.lower === ":" ||
      boundary.kind === "quote" ||
      DASHES.has(boundary.lower)
    )
  )
    return null
  for (const part of [firstPart, second])
    for (let k = indexAt(ctx, part.start); k <= indexAt(ctx, part.end - 1); k++) if (isVerbForm(ctx, k)) return null
  const named = (part: Range): boolean => nameEnds(ctx, part)
  if (described) return named(firstPart) ? { speaker: firstPart, first: before + 1 } : null
  // One of the two names someone ("in fact, online, noting" is no subject).
  if (!named(firstPart) && !named(second)) return null
  const speaker = named(firstPart) ? firstPart : second
  return { speaker, first: before + 1 }
}

/**
 * The words end in a name: a capitalised word, or a surname with a lower-case particle written solid
 * ("diGenova", "deBlasio").
 */
const nameEnds = (ctx: FrameContext, part: Range): boolean => {
  const w = ctx.words[indexAt(ctx, part.end - 1)]!
  return w.capital || SOLID_PARTICLE_NAME.test(ctx.view.text.slice(w.start, w.end))
}

/** "D-N.Y.", "R-Texas", "I-Vt." ending at `last`: a party and a state, as written after a lawmaker's name. */
const partyTag = (ctx: FrameContext, last: number, lo: number): Range | null => {
  const words = ctx.words
  let k = last
  let dash = -1
  while (k >= lo && last - k < 8) {
    const w = words[k]!
    if (DASHES.has(w.lower)) dash = k
    else if (!(w.lower === "." || (w.kind === "word" && w.capital && w.lower.replace(/\.$/, "").length <= 5))) break
    k--
  }
  const first = k + 1
  // One capital letter before the dash (the party), words after it (the state), nothing spaced apart.
  if (dash !== first + 1 || !/^[A-Z]$/.test(ctx.view.text.slice(words[first]!.start, words[first]!.end))) return null
  for (let i = first + 1; i <= last; i++) if (words[i]!.start !== words[i - 1]!.end) return null
  return last > dash ? { start: words[first]!.start, end: words[last]!.end } : null
}

export const apposedBefore = (ctx: FrameContext, first: number): boolean => {
  const words = ctx.words
  // "…, noting that": a participle after a comma opens a participial clause, whatever stands before the comma.
  if (words[first]!.lower.endsWith("ing")) return false
  const lo = ctx.view.sentenceWords.get(words[first]!.sentence)?.[0] ?? 0
  let k = first - 1
  while (k >= lo && words[k]!.kind === "word" && BETWEEN_SPEAKER_AND_VERB.has(words[k]!.lower)) k--
  return appositive(ctx, k, lo) !== null
}

export const participial = (ctx: FrameContext, first: number): boolean => {
  // ", first telling CNN", ", again saying": adverbs may stand between the comma and the participle.
  let at = first
  let before = prev(ctx, at)
  for (let hop = 0; hop < 2 && before !== null && BETWEEN_SPEAKER_AND_VERB.has(before.lower); hop++) {
    at -= 1
    before = prev(ctx, at)
  }
  if (before === null) return false
  // "in addition to calling for", "besides urging", "despite saying": a gerund after a preposition has the
  // sentence's subject.
  if (before.lower === "to" && prev(ctx, at - 1)?.lower === "addition") return true
  return [",", "and", "while", "before", "after", "by", "besides", "despite", "upon", "—", "–"].includes(before.lower)
}
