/** Where a frame may be: a cue verb used as a verb and not negated, "according to", or a colon after a short name. */
import type { Range } from "../../../Document.js"
import { ACCORDING_TO, COLON, DETERMINERS, NEGATED_SPEECH, OBJECT_WORDS, VERB_FORMS } from "../lexicon.js"
import {
  abbreviationDot,
  type Cue,
  type FrameContext,
  isVerbForm,
  prev,
  sentenceInitial,
  type VerbCue,
  verbal
} from "./context.js"
import { nounPhraseWord } from "./noun-phrase.js"
import { apposedBefore, participial, speakerOf, subject } from "./speaker.js"

/** The cue whose first word is at `i`, or null. */
export const cueAt = (ctx: FrameContext, i: number): Cue | null => {
  const found = cueWordsAt(ctx, i)
  if (found === null) return null
  const words = ctx.words
  const range: Range = { start: words[found.first]!.start, end: words[found.last]!.end }
  return { ...found, range, sentence: words[found.first]!.sentence }
}

const cueWordsAt = (ctx: FrameContext, i: number): Omit<Cue, "range" | "sentence"> | null => {
  const w = ctx.words[i]!
  if (ctx.view.quoteOf[i]! >= 0) return null
  if (w.lower === ":" && nameBefore(ctx, i)) return { first: i, last: i, verb: COLON, participle: false }
  if (w.kind !== "word") return null
  const next = ctx.words[i + 1]
  if (w.lower === "according" && next?.lower === "to" && next.sentence === w.sentence)
    return { first: i, last: i + 1, verb: ACCORDING_TO, participle: false }
  const form = VERB_FORMS.get(w.lower)
  if (form === undefined) return null
  let last = i
  if (form.verb.particles.length > 0) {
    if (next === undefined || !form.verb.particles.includes(next.lower)) return null
    last = i + 1
  }
  // A capitalised verb form mid-sentence is a name (States, Claims Court); a tagged noun is a noun.
  if (w.capital && !sentenceInitial(ctx, i)) return null
  // A cue of intention only ("plan", "hope", "want") is as often a noun: where the tagger does not say verb, only
  // with "to" right after it ("plans to visit"; "a plan that would" is a noun).
  if (!form.verb.reporting && w.pos !== "VERB" && next?.lower !== "to") return null
  const before = prev(ctx, i)
  if (!verbal(w, before)) return null
  if (negated(ctx, i)) return null
  return { first: i, last, verb: form.verb, participle: form.participle }
}

/** "did not say", "declined to say", "never said": the speaker said nothing, so there is no claim of theirs. */
const negated = (ctx: FrameContext, i: number): boolean => {
  const a = prev(ctx, i)
  if (a === null) return false
  if (NEGATED_SPEECH.has(a.lower) || /n['’]t$/.test(a.lower)) return true
  const b = prev(ctx, ctx.words.indexOf(a))
  return b !== null && NEGATED_SPEECH.has(`${b.lower} ${a.lower}`)
}

/** Only a short name stands before this colon in its sentence ("Lavrov: ...", "NY Daily News: ..."). */
const nameBefore = (ctx: FrameContext, i: number): boolean => {
  const range = ctx.view.sentenceWords.get(ctx.words[i]!.sentence)
  if (range === undefined || i - range[0] < 1 || i - range[0] > 6) return false
  for (let k = range[0]; k < i; k++) {
    const w = ctx.words[k]!
    if (w.start < ctx.view.floor) return false
    if (w.kind !== "word") {
      if (!abbreviationDot(ctx, k)) return false
      continue
    }
    if (!nounPhraseWord(w) || isVerbForm(ctx, k)) return false
  }
  // The name's head is capitalised and not a shouted label ("Lavrov:", "NY Daily News:", not "The goal:", "CORRECTION:").
  const head = ctx.words[i - 1]!
  const surface = ctx.view.text.slice(head.start, head.end)
  return head.kind === "word" && head.capital && (surface.length <= 4 || !/^[\p{Lu}\p{N}'’-]+$/u.test(surface))
}

/** A verb cue with what every content rule reads: where its addressee ends, and whose speaker it takes. */
export const verbCue = (ctx: FrameContext, cue: Cue): VerbCue => {
  const { first, last, verb, participle } = cue
  const afterObject = verb.object ? skipObject(ctx, last + 1) : last + 1
  // "X, the group's director, said": the comma before the cue closes an appositive, not a participial clause.
  const takesSubject = participle && participial(ctx, first) && !apposedBefore(ctx, first)
  const inverts = !verb.object && !verb.nounContent
  const speaker = () => (takesSubject ? subject(ctx, first) : speakerOf(ctx, first, last, inverts))
  return { ...cue, afterObject, takesSubject, speaker }
}

/** Skips the addressee of tell/warn/assure: "reporters", "him", "CNN", "the press". */
const skipObject = (ctx: FrameContext, at: number): number => {
  const words = ctx.words
  const w = words[at]
  if (w === undefined || w.kind !== "word") return at
  const two = `${w.lower} ${words[at + 1]?.lower ?? ""}`
  if (OBJECT_WORDS.has(two)) return at + 2
  if (OBJECT_WORDS.has(w.lower)) return at + 1
  let k = at
  if (DETERMINERS.has(words[k]!.lower) && words[k + 1]?.capital) k++
  let n = 0
  while (
    k < words.length &&
    n < 5 &&
    (words[k]!.capital || abbreviationDot(ctx, k)) &&
    words[k]!.sentence === w.sentence
  ) {
    k++
    n++
  }
  return n > 0 ? k : at
}
