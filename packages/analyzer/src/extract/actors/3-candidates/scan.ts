/**
 * What every candidate rule reads: the words of one source with their name tags, which of them sit inside a
 * quotation, and the small readers the rules share (a person's name, a place after a preposition, the
 * gazetteer's longest match). Built once per source by `index.ts`; rules never change it.
 */
import type { MentionForm } from "@diplo/model"
import grammar from "../../../lexicons/attribution-grammar.json" with { type: "json" }
import type { Range, Segmented } from "../../../Document.js"
import { quotationAt } from "../../../segment/Lookup.js"
import { SOLID_PARTICLE_NAME } from "../../../segment/Words.js"
import type { Word } from "../1-words.js"
import { demonymOf, type Entry, type Gender, type Match, matchesAt, type OrganizationInfo } from "../2-gazetteer.js"
import { isCommonWord, isEnglishWord } from "../2-common-words.js"
import { isGivenName } from "../2-nicknames.js"
import { lexiconTags, tagWords } from "../2-name-tags.js"
import { type Draft, nameKey, type Reference } from "./Candidate.js"
import { PARTY_LETTERS, usStateAt } from "./us-states.js"

/** Words that open a subordinate clause: its subject is not the sentence's (attribution-grammar.json). */
const SUBORDINATORS: ReadonlySet<string> = new Set(grammar.subordinators)

export const PRONOUNS: ReadonlySet<string> = new Set([
  "he",
  "him",
  "his",
  "himself",
  "she",
  "her",
  "hers",
  "herself",
  "it",
  "its",
  "itself"
])
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(["his", "her", "its", "their", "our", "my", "your"])
// A capital after one of these is a place, not an agent ("flew to Moscow", "talks in Washington").
export const LOCATIVES: ReadonlySet<string> = new Set([
  "to",
  "in",
  "at",
  "from",
  "into",
  "near",
  "toward",
  "towards",
  "via",
  "outside",
  "inside",
  "around",
  "across",
  "through",
  "throughout",
  "within",
  "visit",
  "visited",
  "visiting",
  "arrived",
  "left",
  "leave",
  "leaving",
  "reach",
  "reached"
])
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "bin",
  "ibn",
  "al",
  "el",
  "de",
  "van",
  "von",
  "der",
  "da",
  "di",
  "la",
  "le",
  "du",
  "dos"
])
// Generational suffixes: attributes of the name ("Alan J. Dunn Jr."), kept apart from its words.
const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr.", "sr.", "jr", "sr", "ii", "iii", "iv"])

/** True when a word is a generational suffix ("Jr.", "III"). */
export const isNameSuffix = (lower: string): boolean => NAME_SUFFIXES.has(lower)
export const CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "on"])
export const PERSON_TAGS = ["Person", "FirstName", "LastName", "MaleName", "FemaleName"]
export const FUNCTION_TAGS = ["Determiner", "Preposition", "Conjunction", "Pronoun", "Adverb", "QuestionWord"]

export interface CandidateContext {
  readonly segmented: Segmented
  readonly words: readonly Word[]
  readonly isReportVerb: (lower: string) => boolean
}

/** What a rule found at a word: its candidates, and the index of the word after them (null: the next rule reads on). */
export interface RuleMatch {
  readonly end: number | null
  readonly candidates: readonly Draft[]
}

/** One reading of the words at an index; `index.ts` lists the rules in the order they are tried. */
export interface Rule {
  readonly name: string
  readonly match: (scan: Scan, i: number) => RuleMatch | null
}

export const NOTHING: readonly Draft[] = []

/** The words of one source and the readers every rule shares. */
export class Scan {
  readonly text: string
  readonly words: readonly Word[]
  readonly segmented: Segmented
  readonly isReportVerb: (lower: string) => boolean
  /** Per word: inside “...” or "..." (reset at each paragraph). */
  readonly quoted: readonly boolean[]
  private readonly wordTags: readonly ReadonlySet<string>[]
  private readonly memo = new Map<string, { readonly at: number; readonly value: unknown }>()
  private readonly matches: (Match | null | undefined)[] = []
  /** The tagger's part of speech by word start (the segmenter's tokens). */
  private readonly pos: ReadonlyMap<number, string>
  /** Per lower-case form: capitalized occurrences that do not open a sentence. */
  private readonly capitalizedInside = new Map<string, number>()
  /** Lower-case forms the text also writes in lower case. */
  private readonly writtenLower = new Set<string>()
  /** The headline's range, when the text opens with one (short, no final period, title case). */
  readonly headline: Range | null

  constructor(context: CandidateContext) {
    this.segmented = context.segmented
    this.words = context.words
    this.text = context.segmented.source.text
    this.isReportVerb = context.isReportVerb
    // The document store's quotations (every mark style, continued quotes across paragraphs): no second finder here.
    this.quoted = this.words.map((w) => quotationAt(this.segmented, w.start) !== undefined)
    this.wordTags = tagWords(this.words)
    this.pos = new Map(this.segmented.tokens.map((t) => [t.start, t.pos]))
    for (const w of this.words) {
      if (w.shape === "lower") this.writtenLower.add(w.lower)
      else if (w.shape === "cap" && !this.opensSentence(w))
        this.capitalizedInside.set(w.lower, (this.capitalizedInside.get(w.lower) ?? 0) + 1)
    }
    this.headline = findHeadline(this.segmented, this.words)
  }

  /** True when the word opens a sentence: the segmenter's first word, or after ".", "!", "?" or a line break. */
  opensSentence(w: Word): boolean {
    if (w.initial) return true
    let k = w.start - 1
    while (k >= 0 && /[\s“"‘'«([]/.test(this.text.charAt(k)) && this.text.charAt(k) !== "\n") k--
    return k < 0 || /[.!?\n]/.test(this.text.charAt(k))
  }

  /** The tagger's part of speech of a word, or null where it gave none. */
  posOf(w: Word): string | null {
    return this.pos.get(w.start) ?? null
  }

  /**
   * True when a capitalized word is a common English word the text capitalized for other reasons (a title case, a
   * sentence start), not a name: common by the word list, and the text neither writes it capitalized inside
   * sentences twice nor never in lower case ("Dunn" again and again is a name; "Members" once is not).
   */
  isCommonCapitalized(w: Word): boolean {
    if (this.hasTag(w, PERSON_TAGS) || isGivenName(w.text) || !isCommonWord(w.text)) return false
    return (this.capitalizedInside.get(w.lower) ?? 0) < 2 || this.writtenLower.has(w.lower)
  }

  /** True when the word is the plural of another word ("Republicans" where the text writes "Republican", "Dealers"). */
  isPlural(w: Word): boolean {
    const lower = w.lower
    if (!lower.endsWith("s") || lower.endsWith("ss") || lower.length < 4) return false
    const singular = lower.slice(0, -1)
    return (
      isCommonWord(singular) ||
      lexiconTags(singular).has("Adjective") ||
      this.writtenLower.has(singular) ||
      this.capitalizedInside.has(singular)
    )
  }

  inHeadline(w: Word): boolean {
    return this.headline !== null && w.start >= this.headline.start && w.end <= this.headline.end
  }

  /** The value `compute` gives at word `at`, computed once when several rules ask at the same word. */
  remembered<T>(key: string, at: number, compute: () => T): T {
    const known = this.memo.get(key)
    if (known !== undefined && known.at === at) return known.value as T
    const value = compute()
    this.memo.set(key, { at, value })
    return value
  }

  tagsOf(w: Word): ReadonlySet<string> {
    return this.wordTags[w.index]!
  }

  hasTag(w: Word, tags: readonly string[]): boolean {
    const own = this.tagsOf(w)
    return tags.some((t) => own.has(t))
  }

  /** The gender the name lexicon gives the word starting at `start`, if it is a first name. */
  genderOf(start: number): Gender | undefined {
    // Words are in text order: a binary search, not a scan per candidate (quadratic on a run of capitals).
    const words = this.words
    let lo = 0
    let hi = words.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (words[mid]!.start < start) lo = mid + 1
      else hi = mid
    }
    const w = words[lo]?.start === start ? words[lo] : undefined
    if (!w) return undefined
    if (this.hasTag(w, ["FemaleName"])) return "f"
    if (this.hasTag(w, ["MaleName"])) return "m"
    return undefined
  }

  inSentence(i: number, sentence: number): Word | undefined {
    const w = this.words[i]
    return w && w.sentence === sentence ? w : undefined
  }

  isCap(w: Word | undefined): boolean {
    return w !== undefined && (w.shape === "cap" || w.shape === "upper")
  }

  /** The longest gazetteer match at word `i` (each word's is looked up once: several rules ask for it). */
  best(i: number): Match | undefined {
    if (i < 0 || i >= this.words.length) return undefined
    let match = this.matches[i]
    if (match === undefined) {
      match = matchesAt(this.words, i)[0] ?? null
      this.matches[i] = match
    }
    return match ?? undefined
  }

  inDateline(w: Word): boolean {
    const dateline = this.segmented.dateline
    return dateline !== null && w.start >= dateline.start && w.end <= dateline.end
  }

  /** The rule being tried (set by `index.ts`): each candidate records the rule that found it. */
  rule = ""

  /** A candidate of `ref` over `[start, end)`, quoted when the rule's first word `at` is. */
  draft(start: number, end: number, form: MentionForm, ref: Reference, sentence: number, at: number): Draft {
    const headline = this.inHeadline(this.words[at]!)
    return {
      start,
      end,
      form,
      ref,
      sentence,
      quoted: this.quoted[at] ?? false,
      rule: this.rule,
      paragraph: this.segmented.sentences[sentence]?.paragraph ?? 0,
      ...(this.verbFollows(end, sentence)
        ? this.subordinate(start, sentence)
          ? { clauseSubject: true }
          : { subject: true }
        : {}),
      ...(headline ? { headline } : {})
    }
  }

  /**
   * True when the words at `start` stand in a clause a subordinator opens ("After Attorney General X released …,
   * Y charged"): X is that clause's subject, not the sentence's, which a later pronoun would refer to.
   */
  private subordinate(start: number, sentence: number): boolean {
    const words = this.words
    let k = this.indexAtOrAfter(start) - 1
    // "After X …" or "Saturday, a day before X …": a subordinator between the clause's start and the words.
    while (k >= 0 && words[k]!.sentence === sentence && words[k]!.text !== "," && words[k]!.text !== ";") {
      // "that" opens a relative or a content clause ("the day that X stood …, Y bashed"): its subject is not the sentence's.
      if (SUBORDINATORS.has(words[k]!.lower) || words[k]!.lower === "that") return true
      k--
    }
    return false
  }

  private indexAtOrAfter(offset: number): number {
    let low = 0
    let high = this.words.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (this.words[mid]!.start < offset) low = mid + 1
      else high = mid
    }
    return low
  }

  /** True when the word right after `end` (in the sentence) is a verb: the words before it are its subject. */
  private verbFollows(end: number, sentence: number): boolean {
    const words = this.words
    let low = 0
    let high = words.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (words[mid]!.start < end) low = mid + 1
      else high = mid
    }
    low = this.afterTag(low)
    const next = words[low]
    if (!next || next.sentence !== sentence || next.lower === "'s") return false
    const pos = this.posOf(next)
    return pos === "VERB" || pos === "AUX" || this.isReportVerb(next.lower)
  }

  /**
   * Past a tag between commas after a name ("X, 66, said", "X, R-Ky., said"): the index of the word after the
   * closing comma, else `i` itself.
   */
  private afterTag(i: number): number {
    const words = this.words
    if (words[i]?.text !== ",") return i
    const first = words[i + 1]
    if (first === undefined) return i
    let close = -1
    if (/^\d{1,3}$/.test(first.text)) close = i + 2
    else if (PARTY_LETTERS.has(first.text) && words[i + 2]?.text === "-" && !words[i + 2]!.spaced) {
      const { length } = usStateAt(words, i + 3, true)
      if (length > 0) close = i + 3 + length
    }
    return close > 0 && words[close]?.text === "," && words[close]!.sentence === first.sentence ? close + 1 : i
  }

  /** A person's name starting at `i`: capitalized words, initials, particles and hyphen joins. */
  nameAt(i: number, sentence: number): { end: number; parts: string[]; suffix?: string } | null {
    const parts: string[] = []
    let suffix: string | undefined
    let j = i
    while (parts.length < 6) {
      const w = this.inSentence(j, sentence)
      if (!w) break
      // "Jr.", "III" end the name's words: an attribute of the person, not a word of the name.
      if (parts.length > 1 && NAME_SUFFIXES.has(w.lower)) {
        suffix = w.text.replace(/\.$/, "")
        j++
        if (this.inSentence(j, sentence)?.text === "." && !w.text.endsWith(".")) j++
        break
      }
      if (
        this.isCap(w) &&
        !(parts.length === 0 && w.shape === "upper" && w.text.length <= 5 && !w.text.includes("."))
      ) {
        const match = this.best(j)
        const blocking = match?.entries.some(
          (e) =>
            e.kind === "country" ||
            e.kind === "demonym" ||
            e.kind === "title" ||
            e.kind === "honorific" ||
            e.kind === "organization" ||
            e.kind === "media" ||
            e.kind === "seat" ||
            e.kind === "capital" ||
            e.kind === "head" ||
            e.kind === "modifier"
        )
        if (blocking && !(parts.length > 0 && this.hasTag(w, PERSON_TAGS))) break
        if (this.hasTag(w, ["Date", "Month", "WeekDay"]) && !this.hasTag(w, PERSON_TAGS)) break
        // A headline capitalizes every word: there a function word ends a name ("... Ann Keller After Vote"), and so
        // does a common word after the name's first word ("Keller Warns Of Cuts").
        if (
          this.inHeadline(w) &&
          !this.hasTag(w, PERSON_TAGS) &&
          (this.hasTag(w, FUNCTION_TAGS) || (parts.length > 0 && this.isCommonCapitalized(w)))
        )
          break
        parts.push(w.text)
        j++
        continue
      }
      // Jong-un joins; "Dunn-Abe" (two capitalized names) does not, unless the first is a first name (Jean-Yves).
      const joined = this.inSentence(j + 1, sentence)
      if (
        parts.length > 0 &&
        w.text === "-" &&
        joined !== undefined &&
        // "Obama-era", "Saudi-led": an English content word after the hyphen makes a compound, not a name ("Jae-in" is one).
        ((joined.shape === "lower" && (!isEnglishWord(joined.text) || this.hasTag(joined, FUNCTION_TAGS))) ||
          (joined.shape === "cap" && this.hasTag(this.words[j - 1]!, ["FirstName"])))
      ) {
        parts[parts.length - 1] = `${parts[parts.length - 1]}-${this.words[j + 1]!.text}`
        j += 2
        continue
      }
      if (parts.length > 0 && NAME_PARTICLES.has(w.lower) && this.isCap(this.inSentence(j + 1, sentence))) {
        parts.push(w.text)
        j++
        continue
      }
      // "diGenova", "deBlasio": a surname with its particle written solid.
      if (SOLID_PARTICLE_NAME.test(w.text)) {
        parts.push(w.text)
        j++
        continue
      }
      break
    }
    if (parts.length === 0) return null
    return suffix ? { end: j, parts, suffix } : { end: j, parts }
  }

  /** The country (or capital) right after a preposition at `i`: "to the United States", "in Washington". */
  placeAt(i: number, sentence: number): { end: number; country: string; named: Range | null } | null {
    let j = i
    if (this.inSentence(j, sentence)?.lower === "the") j++
    const match = this.best(j)
    const country = entryOf(match, "country")
    if (country && match) {
      const last = this.words[j + match.length - 1]!
      return { end: j + match.length, country: country.country, named: { start: this.words[j]!.start, end: last.end } }
    }
    const capital = entryOf(match, "capital") ?? entryOf(match, "seat")
    if (capital && match) return { end: j + match.length, country: capital.country, named: null }
    return null
  }
}

/** Most words a headline has; a longer first paragraph is the story's lead. */
const HEADLINE_WORDS = 20

/**
 * The headline a text opens with, read by its shape: the first paragraph, short, with no final period, and in
 * title case (most of its longer words capitalized). Its capitals say nothing of names.
 */
const findHeadline = (segmented: Segmented, words: readonly Word[]): Range | null => {
  const first = segmented.paragraphs[0]
  if (!first || segmented.paragraphs.length < 2) return null
  const text = segmented.source.text.slice(first.start, first.end).trimEnd()
  if (/[.!?:;]["”’)]?$/.test(text)) return null
  const inside = words.filter((w) => w.start >= first.start && w.end <= first.end && w.shape !== "punct")
  if (inside.length === 0 || inside.length > HEADLINE_WORDS) return null
  const long = inside.filter((w) => w.text.length >= 4 && w.shape !== "number")
  const capitalized = long.filter((w) => w.shape === "cap" || w.shape === "upper")
  return long.length >= 2 && capitalized.length >= 0.75 * long.length ? first : null
}

/** The entry of one kind in a gazetteer match. */
export const entryOf = <K extends Entry["kind"]>(
  match: { entries: readonly Entry[] } | undefined,
  kind: K
): Extract<Entry, { kind: K }> | undefined =>
  match?.entries.find((e): e is Extract<Entry, { kind: K }> => e.kind === kind)

/** The reference of a named organization: typed bodies ("foreign ministry") keyed by type and state. */
export const organizationRef = (
  info: OrganizationInfo | null,
  name: string,
  country: string | undefined
): Reference => {
  if (!info)
    return {
      type: "organization",
      key: `org:${nameKey(name)}`,
      name,
      kind: "organization",
      heads: [],
      ...(country ? { country } : {})
    }
  const displayName = info.generic && country ? `${demonymOf(country)} ${info.name}` : info.name
  const key =
    info.type && (country ?? info.country) ? `${info.type}:${country ?? info.country}` : `org:${nameKey(info.name)}`
  const heads = info.head ? [info.head] : []
  return {
    type: "organization",
    key,
    name: displayName,
    kind: info.kind,
    heads,
    ...((info.country ?? country) ? { country: (info.country ?? country)! } : {}),
    ...(info.type ? { orgType: info.type } : {})
  }
}
