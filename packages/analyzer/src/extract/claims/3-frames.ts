import type { Quotation, Range } from "../../Document.js"
import { SOLID_PARTICLE_NAME } from "../../segment/Words.js"
import type { Word } from "./1-words.js"
import {
  ACCORDING_TO,
  COLON,
  AUXILIARIES,
  BE_FORMS,
  BETWEEN_SPEAKER_AND_VERB,
  CHANNEL_PREPOSITIONS,
  SPEECH_CHAINS,
  CLAUSE_OPENERS,
  type CueVerb,
  DETERMINERS,
  END_NOUN_PHRASE,
  INSIDE_NOUN_PHRASE,
  SPEAKER_POSTMODIFIERS,
  INTRODUCERS,
  NEGATED_SPEECH,
  NOT_CLAUSE_OPENERS,
  OBJECT_WORDS,
  SUBORDINATORS,
  TIME_WORDS,
  VERB_FORMS,
  WH_WORDS
} from "./lexicon.js"

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
}

/** Everything the frame finder reads for one paragraph. */
export interface ParagraphView {
  readonly text: string
  readonly words: readonly Word[]
  readonly quotes: readonly Quotation[]
  /** For each word, the index of the quote whose marks enclose it, or -1. */
  readonly quoteOf: readonly number[]
  /** First and last word index of each sentence met in the paragraph. */
  readonly sentenceWords: ReadonlyMap<number, readonly [number, number]>
  /** Offset before which nothing is content (the dateline). */
  readonly floor: number
}

const SENTENCE_END = new Set([".", "!", "?", "…"])
/** Prepositions that open a time adjunct ("on Friday", "in the morning" is left alone). */
const TIME_PREPOSITIONS = new Set(["on", "this", "early", "late"])
const DASHES = new Set(["—", "–", "-", "―"])
const MAX_WINDOW = 12
const MAX_NOUN_PHRASE = 12
/** Words an appositive or a relative clause between commas may span ("X, who has long advised …, said"). */
const MAX_APPOSITIVE = 20

const NOUN_PHRASE_POS = new Set(["PROPN", "NOUN", "DET", "ADJ", "NUM", "PRON", "PART"])

/** Builds the view of one paragraph: which quote each word sits in, and each sentence's word range. */
export const viewParagraph = (
  text: string,
  words: readonly Word[],
  quotes: readonly Quotation[],
  floor: number
): ParagraphView => {
  const quoteOf: number[] = []
  let q = 0
  for (const word of words) {
    while (q < quotes.length && quotes[q]!.end <= word.start) q++
    const quote = quotes[q]
    quoteOf.push(quote !== undefined && word.start >= quote.start && word.end <= quote.end ? q : -1)
  }
  const sentenceWords = new Map<number, [number, number]>()
  words.forEach((word, i) => {
    const seen = sentenceWords.get(word.sentence)
    if (seen === undefined) sentenceWords.set(word.sentence, [i, i])
    else seen[1] = i
  })
  return { text, words, quotes, quoteOf, sentenceWords, floor }
}

/** Finds the attribution frames of one paragraph, in text order, nested ones removed. */
export const findFrames = (view: ParagraphView): Frame[] => {
  const finder = new FrameFinder(view)
  return finder.run()
}

class FrameFinder {
  private readonly words: readonly Word[]
  private readonly usedQuotes = new Set<number>()
  private readonly found: Frame[] = []

  constructor(private readonly view: ParagraphView) {
    this.words = view.words
  }

  run(): Frame[] {
    const frames: Frame[] = []
    for (let i = 0; i < this.words.length; i++) {
      const cue = this.cueAt(i)
      if (cue === null) continue
      const frame = this.frameAt(cue.first, cue.last, cue.verb, cue.participle)
      if (frame !== null) {
        frames.push(frame)
        this.found.push(frame)
        i = cue.last
      }
    }
    this.closeContents(frames)
    return dropNested(frames)
  }

  // ---- cues ----

  private cueAt(i: number): { first: number; last: number; verb: CueVerb; participle: boolean } | null {
    const w = this.words[i]!
    if (this.view.quoteOf[i]! >= 0) return null
    if (w.lower === ":" && this.nameBefore(i)) return { first: i, last: i, verb: COLON, participle: false }
    if (w.kind !== "word") return null
    const next = this.words[i + 1]
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
    if (w.capital && !this.sentenceInitial(i)) return null
    const before = this.prev(i)
    if (!this.verbal(w, before)) return null
    if (this.negated(i)) return null
    return { first: i, last, verb: form.verb, participle: form.participle }
  }

  private sentenceInitial(i: number): boolean {
    const range = this.view.sentenceWords.get(this.words[i]!.sentence)
    if (range === undefined) return false
    for (let k = range[0]; k < i; k++) if (this.words[k]!.kind === "word") return false
    return true
  }

  /** "did not say", "declined to say", "never said": the speaker said nothing, so there is no claim of theirs. */
  private negated(i: number): boolean {
    const a = this.prev(i)
    if (a === null) return false
    if (NEGATED_SPEECH.has(a.lower) || /n['’]t$/.test(a.lower)) return true
    const b = this.prev(this.words.indexOf(a))
    return b !== null && NEGATED_SPEECH.has(`${b.lower} ${a.lower}`)
  }

  // ---- frames ----

  private frameAt(first: number, last: number, verb: CueVerb, participle: boolean): Frame | null {
    const words = this.words
    const cue: Range = { start: words[first]!.start, end: words[last]!.end }
    const sentence = words[first]!.sentence
    if (verb === ACCORDING_TO) return this.accordingTo(first, last, cue, sentence)
    if (verb === COLON) return this.colonFrame(first, cue, sentence)
    const afterObject = verb.object ? this.skipObject(last + 1) : last + 1
    // "X, the group's director, said": the comma before the cue closes an appositive, not a participial clause.
    const subject = participle && this.participial(first) && !this.apposedBefore(first)
    const speakerNow = () => (subject ? this.subject(first) : this.speakerOf(first, last))
    const clause = this.thatClause(last + 1, afterObject, verb) ?? this.whClause(afterObject, verb)
    if (clause !== null) return this.frame(cue, verb, speakerNow(), [clause], false, sentence, first, last, subject)
    const after = this.quoteAfter(last + 1, afterObject)
    const before = subject ? null : this.quoteBefore(first, last)
    // A quote that ends with a comma (or runs straight into its speaker) needs the cue after it; else the cue introduces the next one.
    if (before !== null && (before.attached || after === null)) {
      this.usedQuotes.add(before.quote)
      if (before.next !== null) this.usedQuotes.add(before.next)
      return this.frame(cue, verb, before.speaker, before.contents, true, sentence, first, last, false)
    }
    if (after !== null) {
      this.usedQuotes.add(after.quote)
      return this.frame(cue, verb, speakerNow(), [after.range], true, sentence, first, last, subject)
    }
    const colon = this.colonContent(last + 1)
    if (colon !== null) return this.frame(cue, verb, speakerNow(), [colon], false, sentence, first, last, subject)
    if (this.endsWithColon(last + 1)) {
      const frame = this.frame(cue, verb, speakerNow(), [], false, sentence, first, last, subject)
      return { ...frame, continues: true }
    }
    if (verb.speech && !participle) {
      const final = this.finalFrame(first, last, verb)
      if (final !== null) return final
    }
    if (verb.bare) {
      const bare = this.bareClause(afterObject, verb)
      if (bare !== null) {
        return this.frame(cue, verb, speakerNow(), [bare], false, sentence, first, last, subject)
      }
    }
    // "accused the lawmakers of betrayal", "praised the senators for their courage": what follows "of" or "for" is
    // the charge or the reason the speaker gives. The addressee must stand between ("the man accused of murder" is a
    // passive, no one's speech).
    const reason = verb.ofContent ? "of" : verb.forContent ? "for" : null
    if (reason !== null) {
      for (let j = last + 2; j <= last + 7 && j + 1 < words.length; j++) {
        const w = words[j]!
        if (w.sentence !== sentence || (w.kind !== "word" && w.lower !== ",")) break
        if (w.lower !== reason) continue
        const next = words[j + 1]!
        if (next.sentence !== sentence || next.kind === "punct") break
        const charge = { start: next.start, end: Number.POSITIVE_INFINITY }
        return this.frame(cue, verb, speakerNow(), [charge], false, sentence, first, last, subject)
      }
    }
    // A noun phrase after a word the tagger calls a noun is more likely a compound ("the June 5 report of").
    const tagged = this.words[first]!.pos
    if (verb.nounContent && (tagged === null || tagged === "VERB")) {
      const object = this.nounContent(last + 1)
      if (object !== null) return this.frame(cue, verb, speakerNow(), [object], false, sentence, first, last, subject)
    }
    return null
  }

  private frame(
    cue: Range,
    verb: CueVerb,
    speaker: Range | null,
    contents: Range[],
    quoted: boolean,
    sentence: number,
    first: number,
    last: number,
    participial: boolean
  ): Frame {
    const words = this.words
    // No one is a speaker inside what they are said to say ("…, said Ann Lee had resigned": Lee is the content's
    // subject, not the speaker): such a frame has no named speaker.
    const named = speaker
    if (named !== null && contents.some((c) => named.start < c.end && c.start < named.end)) speaker = null
    const start = Math.min(cue.start, speaker?.start ?? cue.start)
    // Participial frames take their speaker from earlier in the sentence: their own words start at the cue.
    const ownStart = participial ? cue.start : start
    const startIndex = this.indexAt(ownStart)
    const cutAt = this.cutBefore(startIndex)
    const openEnded = !quoted && contents.length === 1 && contents[0]!.end === Number.POSITIVE_INFINITY
    return {
      cue,
      verb,
      speaker,
      contents,
      quoted,
      sentence,
      start: ownStart,
      end: Math.max(words[last]!.end, speaker !== null && speaker.start > cue.start ? speaker.end : 0),
      cutAt: participial ? (this.prevPunct(first, [","])?.start ?? cutAt) : cutAt,
      openEnded,
      joinsClause: participial || this.joinsClause(startIndex),
      continues: false
    }
  }

  /** The punctuation (or ", and") right before a frame, where an earlier content ends. */
  private cutBefore(index: number): number | null {
    let k = index - 1
    if (k >= 0 && ["and", "but", "while", "whereas"].includes(this.words[k]!.lower)) k--
    const w = this.words[k]
    if (w === undefined || w.sentence !== this.words[index]?.sentence) return null
    return w.lower === "," || w.lower === ";" || DASHES.has(w.lower) ? w.start : null
  }

  private joinsClause(index: number): boolean {
    const w = this.words[index - 1]
    return w !== undefined && (["and", "but", "while", "whereas", ";"].includes(w.lower) || w.lower === ";")
  }

  private prevPunct(i: number, marks: readonly string[]): Word | null {
    const w = this.words[i - 1]
    return w !== undefined && marks.includes(w.lower) ? w : null
  }

  // ---- content patterns ----

  /** "said (in a statement, on Tuesday) that ..." / "told reporters that ...". */
  private thatClause(from: number, afterObject: number, verb: CueVerb): Range | null {
    const words = this.words
    const sentence = words[from - 1]!.sentence
    // A participial clause between commas ("reported on Monday, citing two officials who saw it, that"): passed over.
    let skip: { open: number; close: number } | null = null
    let limit = from + MAX_WINDOW
    for (let k = from; k < limit && k < words.length; k++) {
      const w = words[k]!
      if (w.sentence !== sentence || w.kind === "quote" || SENTENCE_END.has(w.lower) || w.lower === ";") return null
      if (w.lower === "," && skip === null) {
        const close = this.participialBetweenCommas(k, sentence)
        if (close !== null) {
          skip = { open: k, close }
          limit += close - k
          k = close
          continue
        }
      }
      if (w.lower === "that") {
        const around =
          skip === null
            ? words.slice(afterObject, k)
            : [...words.slice(afterObject, skip.open), ...words.slice(skip.close, k)]
        const window = around.filter((x) => x.lower !== ",")
        const opener = window[0]
        if (
          !verb.object &&
          opener !== undefined &&
          !CHANNEL_PREPOSITIONS.has(opener.lower) &&
          !TIME_WORDS.has(opener.lower) &&
          !BETWEEN_SPEAKER_AND_VERB.has(opener.lower)
        )
          return null
        const next = words[k + 1]
        if (next === undefined || next.sentence !== sentence) return null
        return { start: next.start, end: Number.POSITIVE_INFINITY }
      }
      if (k > from && this.isVerbForm(k)) return null
    }
    return null
  }

  /**
   * The closing comma of a participial clause the comma at `k` opens (", citing two officials who saw it,"), when
   * "that" follows it; else null.
   */
  private participialBetweenCommas(k: number, sentence: number): number | null {
    const words = this.words
    const opener = words[k + 1]
    if (opener === undefined || opener.sentence !== sentence || opener.kind !== "word" || !opener.lower.endsWith("ing"))
      return null
    if (opener.pos !== null && opener.pos !== "VERB") return null
    for (let j = k + 2; j <= k + 1 + MAX_APPOSITIVE && j < words.length; j++) {
      const w = words[j]!
      if (w.sentence !== sentence || w.kind === "quote" || SENTENCE_END.has(w.lower) || w.lower === ";") return null
      if (w.lower === ",") return words[j + 1]?.lower === "that" ? j : null
    }
    return null
  }

  private adjunctStart(k: number): boolean {
    const w = this.words[k]
    return (
      w !== undefined &&
      (CHANNEL_PREPOSITIONS.has(w.lower) || TIME_WORDS.has(w.lower) || BETWEEN_SPEAKER_AND_VERB.has(w.lower))
    )
  }

  /** "asked whether ...": an indirect question. */
  private whClause(at: number, verb: CueVerb): Range | null {
    if (!["ask", "wonder", "question"].includes(verb.lemma)) return null
    const w = this.words[at]
    if (w === undefined || !WH_WORDS.has(w.lower)) return null
    return { start: w.start, end: Number.POSITIVE_INFINITY }
  }

  /** "said: “...”", "said, “...”", "told reporters “...”". */
  private quoteAfter(from: number, afterObject: number): { range: Range; quote: number } | null {
    const words = this.words
    const sentence = words[from - 1]!.sentence
    for (let k = from; k < from + MAX_WINDOW && k < words.length; k++) {
      const w = words[k]!
      const q = this.view.quoteOf[k]!
      if (q >= 0) {
        const quote = this.view.quotes[q]!
        if (quote.start !== w.start || this.usedQuotes.has(q)) return null
        const before = words[k - 1]!
        const gapOk = k === from || k === afterObject || before.lower === ":" || before.lower === ","
        if (!gapOk) return null
        return { range: quote.inner, quote: q }
      }
      if (w.sentence !== sentence && k > from) return null
      if (SENTENCE_END.has(w.lower) || w.lower === "that" || w.lower === ";") return null
      if (this.isVerbForm(k)) return null
    }
    return null
  }

  /** "said the following: ..." with no quotation marks. */
  private colonContent(from: number): Range | null {
    const words = this.words
    const sentence = words[from - 1]!.sentence
    for (let k = from; k < from + 8 && k < words.length; k++) {
      const w = words[k]!
      if (w.sentence !== sentence || SENTENCE_END.has(w.lower) || w.lower === "that" || w.kind === "quote") return null
      if (w.lower === ":") {
        const next = words[k + 1]
        if (next === undefined || next.sentence !== sentence || next.kind === "quote") return null
        return { start: next.start, end: Number.POSITIVE_INFINITY }
      }
    }
    return null
  }

  /** "... will pay," said X / "... will pay," X said: the cue follows a closing quotation mark. */
  private quoteBefore(
    first: number,
    last: number
  ): { speaker: Range | null; contents: Range[]; quote: number; next: number | null; attached: boolean } | null {
    const words = this.words
    let k = first - 1
    // Room for a speaker with an appositive: only commas and dashes may stand between the quote and it (checked below).
    const lowest = Math.max(0, first - MAX_NOUN_PHRASE - MAX_APPOSITIVE - 4)
    while (k >= lowest && this.view.quoteOf[k]! < 0) k--
    if (k < lowest) return null
    const q = this.view.quoteOf[k]!
    const quote = this.view.quotes[q]!
    if (this.usedQuotes.has(q) || !quote.closed) return null
    const afterQuote = k + 1
    let speaker = this.leftNounPhrase(first - 1, afterQuote)
    let gapStart = speaker === null ? first : this.indexAt(speaker.start)
    if (speaker === null) {
      let c = first - 1
      while (c >= afterQuote && words[c]!.kind === "word" && BETWEEN_SPEAKER_AND_VERB.has(words[c]!.lower)) c--
      const apposed = this.appositive(c, afterQuote)
      if (apposed !== null) {
        speaker = apposed.speaker
        gapStart = apposed.first
      }
    }
    // Between the closing mark and the speaker only commas or dashes may stand.
    for (let g = afterQuote; g < gapStart; g++) {
      const w = words[g]!
      if (w.kind === "word") {
        if (!BETWEEN_SPEAKER_AND_VERB.has(w.lower)) return null
      } else if (w.lower !== "," && !DASHES.has(w.lower) && w.lower !== ":") return null
    }
    const inverted = speaker === null
    // A verb with a particle never inverts ("“…,” called on X" does not make X the speaker).
    if (inverted && last > first) return null
    if (speaker === null) {
      speaker = this.rightNounPhrase(last + 1)
      gapStart = first
    }
    const closing = this.view.quotes[q]!
    // The last mark the speaker's words end with, inside any inner closing marks (“As X said, ’Go,’” Y wrote).
    const lastInside = this.view.text
      .slice(closing.inner.start, closing.inner.end)
      .replace(/["'’”»]+$/u, "")
      .slice(-1)
    const firstAfter = words[afterQuote]
    const attached =
      inverted ||
      /[,?!\-–—]/.test(lastInside) ||
      firstAfter?.lower === "," ||
      (firstAfter !== undefined && firstAfter.kind === "word" && !firstAfter.capital)
    if (
      !attached &&
      !this.closesSentence(speaker !== null && speaker.start > words[last]!.end ? speaker.end : words[last]!.end)
    )
      return null
    const contents: Range[] = [this.embeddingClause(quote)]
    let nextQuote: number | null = null
    // "... ,” said X, “...”: a second quote after the frame belongs to it too.
    const frameEnd = speaker !== null && speaker.start > words[last]!.end ? this.indexAt(speaker.end - 1) + 1 : last + 1
    const comma = words[frameEnd]
    const nextQ = this.view.quoteOf[frameEnd + 1]
    if (comma?.lower === "," && nextQ !== undefined && nextQ >= 0 && !this.usedQuotes.has(nextQ)) {
      const next = this.view.quotes[nextQ]!
      if (next.start === words[frameEnd + 1]!.start) {
        nextQuote = nextQ
        contents.push(next.inner)
      }
    }
    return { speaker, contents, quote: q, next: nextQuote, attached }
  }

  /** Whether only sentence-final punctuation follows an offset in its sentence ("“...” He said."). */
  private closesSentence(offset: number): boolean {
    const next = this.words[this.indexAt(offset)]
    const at = next !== undefined && next.start >= offset ? next : this.words[this.indexAt(offset) + 1]
    return at === undefined || SENTENCE_END.has(at.lower)
  }

  /** A quote that opens mid-sentence ("X is convinced that “...,” it noted"): the content is the whole clause. */
  private embeddingClause(quote: Quotation): Range {
    const at = this.indexAt(quote.start)
    const w = this.words[at]!
    const range = this.view.sentenceWords.get(w.sentence)
    if (range === undefined) return quote.inner
    let before = 0
    let start = -1
    for (let k = range[0]; k < at; k++) {
      const x = this.words[k]!
      if (x.start < this.view.floor) continue
      if (start < 0) start = x.start
      if (x.kind === "word") before++
    }
    return before >= 2 && start >= 0 ? { start, end: quote.inner.end } : quote.inner
  }

  /** "..., the ministry said on Friday." / "..., said X." : the cue closes the sentence after a comma. */
  private finalFrame(first: number, last: number, verb: CueVerb): Frame | null {
    const words = this.words
    const sentence = words[first]!.sentence
    const range = this.view.sentenceWords.get(sentence)
    if (range === undefined) return null
    let speaker = this.leftNounPhrase(first - 1, range[0])
    const frameStart = speaker === null ? first : this.indexAt(speaker.start)
    let k = frameStart - 1
    while (k >= range[0] && words[k]!.kind === "word" && BETWEEN_SPEAKER_AND_VERB.has(words[k]!.lower)) k--
    const comma = words[k]
    if (comma === undefined || comma.sentence !== sentence || !(comma.lower === "," || DASHES.has(comma.lower)))
      return null
    let afterCue = last + 1
    if (speaker === null) {
      speaker = this.rightNounPhrase(last + 1)
      if (speaker !== null) afterCue = this.indexAt(speaker.end - 1) + 1
    }
    // After the cue only adjuncts may follow ("on Friday", "told reporters"), up to the end or a comma.
    const trailing = this.adjuncts(afterCue, range[1], verb)
    if (trailing === null) return null
    const start = this.firstContentWord(range[0], k)
    if (start === null) return null
    const contents: Range[] = [{ start: words[start]!.start, end: comma.start }]
    if (trailing.resume !== null) contents.push({ start: words[trailing.resume]!.start, end: Number.POSITIVE_INFINITY })
    if (this.view.quoteOf[start]! >= 0 && this.view.quotes[this.view.quoteOf[start]!]!.start < words[start]!.start)
      return null
    const cue: Range = { start: words[first]!.start, end: words[last]!.end }
    return {
      cue,
      verb,
      speaker,
      contents,
      quoted: false,
      sentence,
      start: comma.start,
      end: words[Math.max(last, trailing.end)]!.end,
      cutAt: comma.start,
      openEnded: trailing.resume !== null,
      joinsClause: false,
      continues: false
    }
  }

  private firstContentWord(from: number, to: number): number | null {
    let words = 0
    let start: number | null = null
    for (let k = from; k < to; k++) {
      const w = this.words[k]!
      if (w.start < this.view.floor) continue
      if (start === null) start = k
      if (w.kind === "word") words++
    }
    return words >= 2 ? start : null
  }

  /** The adjuncts after a sentence-final cue; null when real content follows instead. */
  private adjuncts(from: number, to: number, verb: CueVerb): { end: number; resume: number | null } | null {
    const words = this.words
    let end = from - 1
    const first = words[from]
    if (first !== undefined && from <= to && first.kind === "word") {
      const objectOk = verb.object && (OBJECT_WORDS.has(first.lower) || first.capital)
      if (!objectOk && !CHANNEL_PREPOSITIONS.has(first.lower) && !this.adjunctStart(from) && first.lower !== "as")
        return null
    }
    let count = 0
    for (let k = from; k <= to; k++) {
      const w = words[k]!
      if (w.kind === "quote" || w.lower === "that" || w.lower === ":") return null
      if (SENTENCE_END.has(w.lower)) return { end, resume: null }
      if (w.lower === "," || w.lower === ";") {
        // ", adding that ...", ", and said ...": a frame of its own follows.
        const next = words[k + 1]
        if (this.isVerbForm(k + 1) || (next !== undefined && ["and", "but", "or"].includes(next.lower)))
          return { end, resume: null }
        const rest = this.countWordsBetween(k + 1, to)
        if (rest >= 2 && this.hasVerb(k + 1, to)) return { end, resume: k + 1 }
        // Trailing apposition or another frame: the adjuncts end here.
        return { end, resume: null }
      }
      if (w.kind === "word") {
        if (AUXILIARIES.has(w.lower) || (w.pos === "VERB" && !VERB_FORMS.has(w.lower))) return null
        if (this.isVerbForm(k)) return null
        if (++count > MAX_WINDOW) return null
      }
      end = k
    }
    return { end, resume: null }
  }

  private countWordsBetween(from: number, to: number): number {
    let n = 0
    for (let k = from; k <= to && k < this.words.length; k++) if (this.words[k]!.kind === "word") n++
    return n
  }

  private hasVerb(from: number, to: number): boolean {
    for (let k = from; k <= to && k < this.words.length; k++) {
      const w = this.words[k]!
      if (AUXILIARIES.has(w.lower) || w.pos === "VERB") return true
    }
    return false
  }

  /** "said Russia would pay", "told reporters he would run": content without "that". */
  private bareClause(at: number, verb: CueVerb): Range | null {
    const words = this.words
    let k = at
    const anchor = words[at - 1]
    if (anchor === undefined) return null
    // Skip a time adjunct ("said Tuesday", "said on Monday").
    if (
      words[k] !== undefined &&
      CHANNEL_PREPOSITIONS.has(words[k]!.lower) &&
      TIME_WORDS.has(words[k + 1]?.lower ?? "")
    )
      k += 2
    else if (words[k] !== undefined && TIME_WORDS.has(words[k]!.lower)) k++
    const w = words[k]
    if (w === undefined || w.sentence !== anchor.sentence || w.kind !== "word") return null
    // "he’s", "it'll", "they’d": the pronoun before the apostrophe opens the clause.
    const head = w.lower.split(/['’]/u)[0] ?? w.lower
    const opens = CLAUSE_OPENERS.has(head) || w.capital || /^\p{N}/u.test(w.lower)
    // "a probe the agency said was ongoing": the clause's subject stands before the verb.
    const free =
      verb.clauseOnly &&
      !NOT_CLAUSE_OPENERS.has(w.lower) &&
      !CHANNEL_PREPOSITIONS.has(w.lower) &&
      !INTRODUCERS.has(w.lower) &&
      (!END_NOUN_PHRASE.has(w.lower) || AUXILIARIES.has(w.lower))
    if (!opens && !free) return null
    if (verb.object && OBJECT_WORDS.has(w.lower)) return null
    const range = this.view.sentenceWords.get(w.sentence)
    if (range === undefined || this.countWordsBetween(k, range[1]) < 3 || !this.hasVerbLike(k, range[1])) return null
    return { start: w.start, end: Number.POSITIVE_INFINITY }
  }

  /** "announced new sanctions", "called for talks": a noun phrase is what is said. */
  private nounContent(at: number): Range | null {
    const words = this.words
    const w = words[at]
    const anchor = words[at - 1]
    if (w === undefined || anchor === undefined || w.sentence !== anchor.sentence || w.kind !== "word") return null
    if (
      (END_NOUN_PHRASE.has(w.lower) && !DETERMINERS.has(w.lower)) ||
      CHANNEL_PREPOSITIONS.has(w.lower) ||
      INSIDE_NOUN_PHRASE.has(w.lower) ||
      TIME_WORDS.has(w.lower) ||
      OBJECT_WORDS.has(w.lower) ||
      this.isVerbForm(at)
    )
      return null
    const range = this.view.sentenceWords.get(w.sentence)
    if (range === undefined || this.countWordsBetween(at, range[1]) < 2) return null
    return { start: w.start, end: Number.POSITIVE_INFINITY }
  }

  /** A clause has a verb: a tagged one, an auxiliary, or (untagged) a word ending like a finite verb. */
  private hasVerbLike(from: number, to: number): boolean {
    for (let k = from; k <= to && k < this.words.length; k++) {
      const w = this.words[k]!
      if (w.kind !== "word") continue
      if (
        w.pos !== null ? w.pos === "VERB" || w.pos === "AUX" : AUXILIARIES.has(w.lower) || /[a-z](ed|s)$/.test(w.lower)
      )
        return true
    }
    return false
  }

  /** "according to X, ..." / "..., according to X." */
  private accordingTo(first: number, last: number, cue: Range, sentence: number): Frame | null {
    const words = this.words
    const range = this.view.sentenceWords.get(sentence)
    if (range === undefined) return null
    const speaker = this.rightNounPhrase(last + 1)
    const afterSpeaker = speaker === null ? last + 1 : this.indexAt(speaker.end - 1) + 1
    const after = words[afterSpeaker]
    let contents: Range[] | null = null
    let start = cue.start
    let cutAt: number | null = null
    let openEnded = false
    if (after !== undefined && after.sentence === sentence && after.lower === ",") {
      if (this.countWordsBetween(afterSpeaker + 1, range[1]) >= 3) {
        const next = words[afterSpeaker + 1]!
        contents = [{ start: next.start, end: Number.POSITIVE_INFINITY }]
        openEnded = true
      }
    }
    if (contents === null) {
      const before = this.prev(first)
      const contentStart = this.firstContentWord(range[0], first)
      if (contentStart === null) return null
      const end = before !== null && before.lower === "," ? before.start : cue.start
      if (before !== null && before.lower === ",") {
        start = before.start
        cutAt = before.start
      }
      contents = [{ start: words[contentStart]!.start, end }]
    } else {
      cutAt = this.cutBefore(first)
    }
    return {
      cue,
      verb: ACCORDING_TO,
      speaker,
      contents,
      quoted: false,
      sentence,
      start,
      end: speaker?.end ?? cue.end,
      cutAt,
      openEnded,
      joinsClause: false,
      continues: false
    }
  }

  /** "X says:" at the end of a paragraph, the quote following in the next one. */
  private endsWithColon(from: number): boolean {
    const words = this.words
    for (let k = from; k < from + 8 && k < words.length; k++) {
      const w = words[k]!
      if (w.lower === ":") return k === words.length - 1
      if (SENTENCE_END.has(w.lower) || w.lower === "that" || w.kind === "quote" || this.isVerbForm(k)) return false
    }
    return false
  }

  /** Only a short name stands before this colon in its sentence ("Lavrov: ...", "NY Daily News: ..."). */
  private nameBefore(i: number): boolean {
    const range = this.view.sentenceWords.get(this.words[i]!.sentence)
    if (range === undefined || i - range[0] < 1 || i - range[0] > 6) return false
    for (let k = range[0]; k < i; k++) {
      const w = this.words[k]!
      if (w.start < this.view.floor) return false
      if (w.kind !== "word") {
        if (!this.abbreviationDot(k)) return false
        continue
      }
      if (!this.nounPhraseWord(w) || this.isVerbForm(k)) return false
    }
    // The name's head is capitalised and not a shouted label ("Lavrov:", "NY Daily News:", not "The goal:", "CORRECTION:").
    const head = this.words[i - 1]!
    const surface = this.view.text.slice(head.start, head.end)
    return head.kind === "word" && head.capital && (surface.length <= 4 || !/^[\p{Lu}\p{N}'’-]+$/u.test(surface))
  }

  /** "Name: content" — the content is the rest of the sentence, or the quote that follows. */
  private colonFrame(i: number, cue: Range, sentence: number): Frame | null {
    const words = this.words
    const range = this.view.sentenceWords.get(sentence)!
    const next = words[i + 1]
    const speaker = { start: words[range[0]]!.start, end: words[i - 1]!.end }
    const base = {
      cue,
      verb: COLON,
      speaker,
      sentence,
      start: speaker.start,
      end: cue.end,
      cutAt: null,
      joinsClause: false
    }
    if (next === undefined) return { ...base, contents: [], quoted: false, openEnded: false, continues: true }
    const q = this.view.quoteOf[i + 1]!
    if (q >= 0 && this.view.quotes[q]!.start === next.start && !this.usedQuotes.has(q)) {
      this.usedQuotes.add(q)
      return { ...base, contents: [this.view.quotes[q]!.inner], quoted: true, openEnded: false, continues: false }
    }
    if (next.sentence !== sentence || this.countWordsBetween(i + 1, range[1]) < 2) return null
    return {
      ...base,
      contents: [{ start: next.start, end: Number.POSITIVE_INFINITY }],
      quoted: false,
      openEnded: true,
      continues: false
    }
  }

  // ---- speakers ----

  /** The speaker of a verb cue: the noun phrase before it, or after it when inverted ("said X"). */
  private speakerOf(first: number, last: number): Range | null {
    const words = this.words
    const range = this.view.sentenceWords.get(words[first]!.sentence)
    const lo = range?.[0] ?? 0
    let k = this.beforeChain(first - 1, lo)
    while (k >= lo && words[k]!.kind === "word" && BETWEEN_SPEAKER_AND_VERB.has(words[k]!.lower)) {
      // An agentless passive ("it was reported that") has no speaker unless "by X" follows.
      if (BE_FORMS.has(words[k]!.lower) && !words[first]!.lower.endsWith("ing")) {
        const by = words[last + 1]
        return by?.lower === "by" ? this.rightNounPhrase(last + 2) : null
      }
      k--
    }
    const left = this.leftNounPhrase(first - 1, lo)
    if (left !== null) return left
    const apposed = this.appositive(k, lo)
    if (apposed !== null) return apposed.speaker
    const before = words[k]
    if (before !== undefined && ["and", "but", "or"].includes(before.lower)) return this.subject(first)
    // A verb with a particle never inverts ("called on X to …" names the addressee): after a parenthetical between
    // commas ("Ms. Lee, in addition to calling for …, called on X") the speaker is the sentence's subject.
    if (last > first) return before?.lower === "," ? this.subject(first) : null
    return this.rightNounPhrase(last + 1)
  }

  /** The subject of the sentence before a cue: an earlier frame's speaker, else the first noun phrase. */
  private subject(first: number): Range | null {
    const words = this.words
    const sentence = words[first]!.sentence
    const cueStart = words[first]!.start
    const earlier = this.found.findLast((f) => f.sentence === sentence && f.cue.start < cueStart && f.speaker !== null)
    if (earlier !== undefined) return earlier.speaker
    const range = this.view.sentenceWords.get(sentence)
    if (range === undefined) return null
    let k = range[0]
    while (k < first && words[k]!.start < this.view.floor) k++
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
    return this.rightNounPhrase(k, 6, sentence)
  }

  /**
   * "R. Lee, the group's director, said" and "the group's director, R. Lee, said": a subject with an appositive
   * between commas before the cue. `comma` is the index of the comma just before the cue (adverbs skipped). The
   * speaker is the part that ends in a capitalised word (a name), else the first; `first` is where the whole
   * subject begins. Both parts must be noun phrases, the first must open its clause (sentence start, or after a
   * comma, a dash, a colon or a quotation mark), so "a deal with Iran, the official said" is left alone.
   */
  private appositive(comma: number, lo: number): { speaker: Range; first: number } | null {
    const words = this.words
    // "Sen. Ann Lee (D-N.Y.) said": a lawmaker's tag in brackets stands between the name and the cue.
    if (comma > lo && words[comma]?.lower === ")") {
      let open = comma - 1
      while (open > lo && comma - open < 9 && words[open]!.lower !== "(") open--
      const tag = words[open]?.lower === "(" ? this.partyTag(comma - 1, open + 1) : null
      const name = tag !== null && tag.start === words[open + 1]!.start ? this.leftNounPhrase(open - 1, lo) : null
      return name !== null && this.nameEnds(name) ? { speaker: name, first: this.indexAt(name.start) } : null
    }
    if (comma <= lo || words[comma]?.lower !== ",") return null
    // "Ann Lee, who has seen her campaign surge, said": a relative clause between commas.
    for (let r = comma - 1; r > lo + 1 && comma - r <= MAX_APPOSITIVE; r--) {
      const w = words[r]!
      if (w.lower === "," || w.kind === "quote") break
      if (!["who", "whose"].includes(w.lower) || words[r - 1]!.lower !== ",") continue
      const name = this.leftNounPhrase(r - 2, lo)
      if (name === null || !this.nameEnds(name)) return null
      return { speaker: name, first: this.indexAt(name.start) }
    }
    const second = this.partyTag(comma - 1, lo) ?? this.leftNounPhrase(comma - 1, lo)
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
    let middle = opening(this.indexAt(second.start) - 1)
    // A longer description ("Republican of Ohio and the chairman of the committee"): back to the comma opening it,
    // over no verb; the description then is never the speaker.
    let described = false
    if (middle > lo && words[middle]!.lower !== ",") {
      let m = middle
      while (m > lo && comma - m <= MAX_APPOSITIVE && words[m]!.lower !== ",") {
        const w = words[m]!
        if (w.kind === "quote" || SENTENCE_END.has(w.lower) || this.isVerbForm(m) || w.pos === "VERB") return null
        m--
      }
      middle = m
      described = true
    }
    if (middle <= lo || words[middle]!.lower !== ",") return null
    const firstPart = this.leftNounPhrase(middle - 1, lo)
    if (firstPart === null) return null
    const before = opening(this.indexAt(firstPart.start) - 1)
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
      for (let k = this.indexAt(part.start); k <= this.indexAt(part.end - 1); k++) if (this.isVerbForm(k)) return null
    const named = (part: Range): boolean => this.nameEnds(part)
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
  private nameEnds(part: Range): boolean {
    const w = this.words[this.indexAt(part.end - 1)]!
    return w.capital || SOLID_PARTICLE_NAME.test(this.view.text.slice(w.start, w.end))
  }

  /** "D-N.Y.", "R-Texas", "I-Vt." ending at `last`: a party and a state, as written after a lawmaker's name. */
  private partyTag(last: number, lo: number): Range | null {
    const words = this.words
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
    if (dash !== first + 1 || !/^[A-Z]$/.test(this.view.text.slice(words[first]!.start, words[first]!.end))) return null
    for (let i = first + 1; i <= last; i++) if (words[i]!.start !== words[i - 1]!.end) return null
    return last > dash ? { start: words[first]!.start, end: words[last]!.end } : null
  }

  private apposedBefore(first: number): boolean {
    const words = this.words
    // "…, noting that": a participle after a comma opens a participial clause, whatever stands before the comma.
    if (words[first]!.lower.endsWith("ing")) return false
    const lo = this.view.sentenceWords.get(words[first]!.sentence)?.[0] ?? 0
    let k = first - 1
    while (k >= lo && words[k]!.kind === "word" && BETWEEN_SPEAKER_AND_VERB.has(words[k]!.lower)) k--
    return this.appositive(k, lo) !== null
  }

  private participial(first: number): boolean {
    // ", first telling CNN", ", again saying": adverbs may stand between the comma and the participle.
    let at = first
    let before = this.prev(at)
    for (let hop = 0; hop < 2 && before !== null && BETWEEN_SPEAKER_AND_VERB.has(before.lower); hop++) {
      at -= 1
      before = this.prev(at)
    }
    if (before === null) return false
    // "in addition to calling for", "besides urging", "despite saying": a gerund after a preposition has the
    // sentence's subject.
    if (before.lower === "to" && this.prev(at - 1)?.lower === "addition") return true
    return [",", "and", "while", "before", "after", "by", "besides", "despite", "upon", "—", "–"].includes(before.lower)
  }

  /** The index before a speech chain ending at `k` ("he went on to | say"), or `k` when none ends there. */
  private beforeChain(k: number, lo: number): number {
    for (const chain of SPEECH_CHAINS) {
      const start = k - chain.length + 1
      if (start >= lo && chain.every((w, i) => this.words[start + i]?.lower === w)) return start - 1
    }
    return k
  }

  private leftNounPhrase(from: number, lo: number): Range | null {
    const words = this.words
    const chained = this.beforeChain(from, lo)
    let k = chained
    const verb = chained === from ? words[from + 1] : undefined
    while (k >= lo && words[k]!.kind === "word" && BETWEEN_SPEAKER_AND_VERB.has(words[k]!.lower)) {
      // "was reported": the subject of a passive is what is said, not who says it.
      if (
        BE_FORMS.has(words[k]!.lower) &&
        verb !== undefined &&
        VERB_FORMS.has(verb.lower) &&
        !verb.lower.endsWith("ing")
      )
        return null
      k--
    }
    // "X on Friday also said", "X last week said": a time adjunct between the speaker and the verb is no speaker.
    const adjunct = this.timeAdjunctStart(k, lo)
    if (adjunct !== null) {
      const speaker = this.leftNounPhrase(adjunct - 1, lo)
      if (speaker !== null) return speaker
    }
    let first = -1
    let last = -1
    let count = 0
    while (k >= lo && count < MAX_NOUN_PHRASE) {
      const w = words[k]!
      // "officials familiar with the talks": the postmodifier's adjective and preposition stay in the phrase.
      if (last >= 0 && k - 1 >= lo && this.postmodifierAt(k - 1)) {
        first = k - 1
        count += 2
        k -= 2
        continue
      }
      if (w.kind === "word") {
        if (!this.nounPhraseWord(w)) break
        if (last < 0) last = k
        first = k
        count++
      } else if (this.abbreviationDot(k) && last >= 0) first = k
      else if (this.abbreviationDot(k) && last < 0) {
        last = k
        first = k
      } else break
      k--
    }
    if (last < 0) return null
    while (first <= last && (words[first]!.kind !== "word" || INSIDE_NOUN_PHRASE.has(words[first]!.lower))) first++
    if (first > last) return null
    return { start: words[first]!.start, end: words[last]!.end }
  }

  /** Where a time adjunct ending at `k` begins ("on Friday", "last week", "Tuesday morning"), or null. */
  private timeAdjunctStart(k: number, lo: number): number | null {
    const words = this.words
    if (k < lo || !TIME_WORDS.has(words[k]!.lower)) return null
    let j = k
    while (j - 1 >= lo && k - j < 3 && TIME_WORDS.has(words[j - 1]!.lower)) j--
    if (j - 1 >= lo && TIME_PREPOSITIONS.has(words[j - 1]!.lower)) j--
    return j > lo ? j : null
  }

  private rightNounPhrase(from: number, max = 10, sentence = this.words[from - 1]?.sentence): Range | null {
    const words = this.words
    let k = from
    let last = -1
    let count = 0
    while (k < words.length && count < max) {
      const w = words[k]!
      if (w.sentence !== sentence) break
      if (last >= 0 && this.postmodifierAt(k) && words[k + 2]?.sentence === sentence) {
        k += 2
        count += 2
        continue
      }
      if (w.kind === "word") {
        if (!this.nounPhraseWord(w) || TIME_WORDS.has(w.lower)) break
        last = k
        count++
      } else if (!this.abbreviationDot(k)) break
      k++
    }
    if (last < 0) return null
    while (last >= from && (words[last]!.kind !== "word" || INSIDE_NOUN_PHRASE.has(words[last]!.lower))) last--
    if (last < from) return null
    return { start: words[from]!.start, end: words[last]!.end }
  }

  /** True when the words at `k` and `k + 1` are a speaker's postmodifier opening ("familiar with", "briefed on"). */
  private postmodifierAt(k: number): boolean {
    const [a, b] = [this.words[k], this.words[k + 1]]
    return (
      a !== undefined &&
      b !== undefined &&
      a.sentence === b.sentence &&
      a.kind === "word" &&
      SPEAKER_POSTMODIFIERS.has(`${a.lower} ${b.lower}`)
    )
  }

  private nounPhraseWord(w: Word): boolean {
    // Taggers often miss capitalised names ("Ward said" tagged as a verb); a capital word is a name here.
    if (w.capital && !VERB_FORMS.has(w.lower) && !END_NOUN_PHRASE.has(w.lower)) return true
    if (w.pos !== null) return NOUN_PHRASE_POS.has(w.pos) || (w.pos === "ADP" && INSIDE_NOUN_PHRASE.has(w.lower))
    if (END_NOUN_PHRASE.has(w.lower) && !INSIDE_NOUN_PHRASE.has(w.lower)) return false
    if (!w.capital && VERB_FORMS.has(w.lower)) return false
    if (!w.capital && w.lower.length > 4 && w.lower.endsWith("ed")) return false
    return true
  }

  /** The dot of "U.S." between two letters of an abbreviation. */
  private abbreviationDot(k: number): boolean {
    const w = this.words[k]!
    const before = this.words[k - 1]
    return (
      w.lower === "." &&
      before !== undefined &&
      before.kind === "word" &&
      before.capital &&
      before.end === w.start &&
      before.lower.length <= 3
    )
  }

  // ---- objects and navigation ----

  /** Skips the addressee of tell/warn/assure: "reporters", "him", "CNN", "the press". */
  private skipObject(at: number): number {
    const words = this.words
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
      (words[k]!.capital || this.abbreviationDot(k)) &&
      words[k]!.sentence === w.sentence
    ) {
      k++
      n++
    }
    return n > 0 ? k : at
  }

  /** A word that is one of the cue verbs used as a verb (not "a report", not "States"). */
  private isVerbForm(k: number): boolean {
    const w = this.words[k]!
    if (w.kind !== "word" || w.capital || !VERB_FORMS.has(w.lower)) return false
    return this.verbal(w, this.prev(k))
  }

  /**
   * Whether a cue-verb form is used as a verb. The tagger is trusted where it says verb or where the word
   * follows a determiner or adjective ("the report", "new claims"); a noun tag after a name ("Smith claims")
   * is a common tagger slip and is overruled.
   */
  private verbal(w: Word, before: Word | null): boolean {
    // "the report" is a noun; "first telling", "also said" are verbs ("first" is a determiner and an adverb).
    const adverb =
      before !== null && BETWEEN_SPEAKER_AND_VERB.has(before.lower) && (w.pos === "VERB" || w.lower.endsWith("ing"))
    if (adverb) return true
    if (before !== null && (DETERMINERS.has(before.lower) || /['’]s$/.test(before.lower))) return false
    if (w.pos === null || w.pos === "VERB" || w.pos === "AUX") return true
    if (w.pos !== "NOUN") return false
    return before === null || !["DET", "ADJ", "ADP"].includes(before.pos ?? "")
  }

  private prev(i: number): Word | null {
    const w = this.words[i - 1]
    return w !== undefined && w.sentence === this.words[i]?.sentence ? w : null
  }

  private indexAt(offset: number): number {
    let lo = 0
    let hi = this.words.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.words[mid]!.end <= offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  // ---- closing open contents ----

  /** Ends each open-ended content at the sentence end, or where a later frame of the sentence begins. */
  private closeContents(frames: Frame[]): void {
    for (const frame of frames) {
      const open = frame.contents.findIndex((c) => c.end === Number.POSITIVE_INFINITY)
      if (open < 0) continue
      const content = frame.contents[open]!
      const range = this.view.sentenceWords.get(this.words[this.indexAt(content.start)]!.sentence)
      let end = range === undefined ? content.start : this.words[range[1]]!.end
      for (const other of frames) {
        if (other === frame || other.cutAt === null) continue
        if (other.cutAt > content.start && other.cutAt < end) end = other.cutAt
      }
      // A quote opened inside the content that runs past the sentence belongs to it.
      for (const quote of this.view.quotes)
        if (quote.start >= content.start && quote.start < end && quote.end > end && unclaimed(frames, frame, quote))
          end = quote.inner.end
      frame.contents[open] = { start: content.start, end: Math.max(content.start, end) }
    }
  }
}

const unclaimed = (frames: readonly Frame[], self: Frame, quote: Quotation): boolean =>
  !frames.some((f) => f !== self && f.contents.some((c) => c.start === quote.inner.start))

const inside = (offset: number, range: Range): boolean => offset >= range.start && offset < range.end

/** A frame whose cue sits inside another frame's content is nested speech: the outer frame holds it. */
const dropNested = (frames: readonly Frame[]): Frame[] =>
  frames.filter(
    (frame) =>
      !frames.some(
        (outer) =>
          outer !== frame &&
          outer.contents.some((c) => inside(frame.cue.start, c)) &&
          !frame.contents.some((c) => inside(outer.cue.start, c))
      )
  )
