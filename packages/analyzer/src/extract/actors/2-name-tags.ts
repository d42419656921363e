/**
 * Word tags for the actor finder: which capitalized words are first names (and of which gender), family names,
 * people, organizations, places, dates, numbers, adjectives or function words. A lookup in compromise's lexicon
 * (derived to lexicons/name-tags.json, see its header) plus the few context rules of compromise's tagger that the
 * finder relies on; compromise itself is not run, which made actor finding several times faster.
 */
import calendar from "../../lexicons/calendar.json" with { type: "json" }
import nameTags from "../../lexicons/name-tags.json" with { type: "json" }
import type { Word } from "./1-words.js"

export type Tags = ReadonlySet<string>

const NO_TAGS: Tags = new Set()
const VALUE: Tags = new Set(["Value"])

const LEXICON: ReadonlyMap<string, Tags> = (() => {
  const out = new Map<string, Tags>()
  for (const [tags, words] of Object.entries(nameTags.words)) {
    const set = new Set(tags.split(" "))
    for (const w of words) out.set(w, set)
  }
  return out
})()

/** The lexicon's tags of a lower-case word, without context (empty when the lexicon does not know it). */
export const lexiconTags = (lower: string): Tags => LEXICON.get(lower) ?? NO_TAGS

/**
 * Every beginning of a lexicon phrase that ends where a word ends ("barack" of "barack obama", "jean" of
 * "jean-claude"): a phrase lookup walks forward word by word and stops as soon as no phrase begins so.
 */
const PHRASE_STARTS: ReadonlySet<string> = (() => {
  const out = new Set<string>()
  for (const key of LEXICON.keys())
    for (const m of key.matchAll(/[ -]/g)) {
      out.add(key.slice(0, m.index))
      if (m[0] === "-") out.add(key.slice(0, m.index + 1))
    }
  return out
})()

const ORG_WORDS: ReadonlySet<string> = new Set(nameTags.orgWords)
const PLACE_WORDS: ReadonlySet<string> = new Set(nameTags.placeWords)

/** True when a lower-case word ends organization names in compromise's list ("news", "media", "times", "group"). */
export const isOrgWord = (lower: string): boolean => ORG_WORDS.has(lower)
const MONTHS: ReadonlySet<string> = new Set(calendar.entries.map((m) => m.toLowerCase()))
const WEEKDAYS: ReadonlySet<string> = new Set(calendar.weekdays.map((d) => d.toLowerCase()))
const MONTH_CUES: ReadonlySet<string> = new Set(calendar.monthCues)
const CLOCK_WORDS: ReadonlySet<string> = new Set(calendar.clockWords)
const ZONE_WORDS: ReadonlySet<string> = new Set(calendar.zoneWords)
// A contraction's endings ("I’m", "we’ve", "they’d"): the word is tagged as its stem when the stem is a pronoun.
const CONTRACTION = /^(\p{L}+)['’](m|re|ve|ll|d|s)$/u

const PERSON = ["Person", "FirstName", "LastName", "MaleName", "FemaleName"]
const NAME_LIKE = new Set([...PERSON, "ProperNoun"])
// Tags that keep a word from being read as the family name after a first name.
const NOT_SURNAME = ["Date", "Value", "Organization", "Place", "Determiner", "Preposition", "Conjunction", "Pronoun"]

const FUNCTION = ["Determiner", "Preposition", "Conjunction", "Pronoun", "Adverb", "QuestionWord"]

/** All capitals, 2 to 5 letters ("DNC"), or dotted initials ("J.C.P.O.A."), as compromise reads acronyms. */
const isAcronym = (text: string): boolean => /^[A-Z]{2,5}$/.test(text) || /^([A-Z]\.){2,}[A-Z]?$/.test(text)

const isCap = (w: Word | undefined): w is Word => w !== undefined && (w.shape === "cap" || w.shape === "upper")
const has = (tags: Tags | undefined, names: readonly string[]): boolean =>
  tags !== undefined && names.some((n) => tags.has(n))

/**
 * Tags of each word, by word index. Rules on top of the lexicon, after compromise's tagger: the longest phrase
 * of the lexicon wins; a month or weekday name is a date unless a first name comes before it ("Theresa May");
 * a capitalized word after a first name or an honorific is a family name; a capitalized word in mid-sentence is a
 * proper noun; a capitalized word after a clock time or before "time" is a time zone; a contraction of a pronoun
 * ("I’m") is a pronoun; a run of capitalized words that ends in an organization word ("Council", "Party") is an
 * organization, one that ends in a place word ("Island", "Valley") a place; a number is a value.
 */
export const tagWords = (words: readonly Word[]): Tags[] => {
  // Words share the lexicon's sets until a rule changes one (copy on write): most words keep theirs unchanged.
  const tags: Tags[] = new Array<Tags>(words.length).fill(NO_TAGS)
  const owned = new Uint8Array(words.length)
  const mutable = (i: number): Set<string> => {
    if (owned[i] === 0) {
      tags[i] = new Set(tags[i])
      owned[i] = 1
    }
    return tags[i] as Set<string>
  }
  const inPhrase = new Uint8Array(words.length)
  const sameSentence = (a: number, b: number): boolean => words[a]?.sentence === words[b]?.sentence
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (w.shape === "punct") continue
    if (w.shape === "number") {
      tags[i] = VALUE
      continue
    }
    // The longest lexicon phrase from here, within the sentence. Its key is lower case, with one space where the
    // text has space and nothing where it has none ("jean-claude").
    let longest = -1
    let found: Tags | undefined
    let key = w.lower
    for (let j = i + 1; PHRASE_STARTS.has(key) && sameSentence(i, j); j++) {
      key += (words[j]!.spaced ? " " : "") + words[j]!.lower
      const entry = LEXICON.get(key)
      if (entry) {
        longest = j
        found = entry
      }
    }
    if (found) {
      for (let k = i; k <= longest; k++) {
        tags[k] = found
        inPhrase[k] = 1
      }
      i = longest
      continue
    }
    const bare = w.lower.endsWith(".") ? w.lower.slice(0, -1) : w.lower
    const stem = w.lower.includes("'") || w.lower.includes("’") ? CONTRACTION.exec(w.lower)?.[1] : undefined
    const stemTags = stem === undefined ? undefined : LEXICON.get(stem)
    tags[i] = LEXICON.get(w.lower) ?? LEXICON.get(bare) ?? (stemTags?.has("Pronoun") ? stemTags : NO_TAGS)
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    const own = tags[i]!
    const set = () => mutable(i)
    const prev = sameSentence(i - 1, i) ? i - 1 : -1
    const prevWord = prev >= 0 ? words[prev] : undefined
    const afterFirstName = isCap(prevWord) && has(tags[prev], ["FirstName"])
    if (isCap(w) && !inPhrase[i] && (MONTHS.has(w.lower) || WEEKDAYS.has(w.lower))) {
      const next = sameSentence(i, i + 1) ? words[i + 1] : undefined
      // A month name the lexicon does not call a month (it is also a word or a name: "May", "March") is the month
      // only with a cue before it or a number after it.
      const ambiguous = MONTHS.has(w.lower) && !own.has("Month")
      const dated = next?.shape === "number" || (prevWord !== undefined && MONTH_CUES.has(prevWord.lower))
      if (afterFirstName) set().add("LastName").add("Person").add("ProperNoun")
      else if (ambiguous && !dated) {
        if (!w.initial) set().add("ProperNoun")
      } else {
        const mine = set()
        for (const t of NAME_LIKE) mine.delete(t)
        mine.add("Date").add(MONTHS.has(w.lower) ? "Month" : "WeekDay")
      }
      continue
    }
    if (!isCap(w)) continue
    // A time zone: "5 p.m. Eastern", "Eastern time".
    const after = (k: number): string => (sameSentence(i, i + k) ? words[i + k]!.lower : "")
    const zone = after(1) === "time" || (ZONE_WORDS.has(after(1)) && after(2) === "time")
    if ((prevWord !== undefined && CLOCK_WORDS.has(prevWord.lower)) || zone) {
      for (let k = i; k <= i + (zone && after(1) !== "time" ? 2 : 0); k++) {
        const mine = mutable(k)
        for (const t of NAME_LIKE) mine.delete(t)
        mine.add("Date")
      }
      continue
    }
    if (!w.initial && !own.has("ProperNoun")) set().add("ProperNoun")
    // An acronym after "the" names an organization ("the DNC", "the J.C.P.O.A.").
    if (w.shape === "upper" && tags[i]!.size <= 1 && prevWord?.lower === "the" && isAcronym(w.text))
      set().add("Organization")
    const afterHonorific = isCap(prevWord) && has(tags[prev], ["Honorific"])
    if ((afterFirstName || afterHonorific) && !has(tags[i], NOT_SURNAME) && !has(tags[i], ["Honorific"]))
      set().add("Person").add("LastName").add("ProperNoun")
  }
  // An organization word closes a run of capitalized words or acronyms before it ("Security Council", "LBC radio");
  // a capitalized place word closes a run of capitalized words ("Korean Peninsula").
  const orgLike = (k: number): boolean =>
    isCap(words[k]) && !has(tags[k], ["FirstName", "Place"]) && !(words[k]!.initial && has(tags[k], FUNCTION))
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!
    const org = ORG_WORDS.has(w.lower)
    const place = !org && isCap(w) && PLACE_WORDS.has(w.lower)
    if (!(org || place) || !sameSentence(i - 1, i) || !orgLike(i - 1)) continue
    mutable(i).add(org ? "Organization" : "Place")
    for (let k = i - 1; k >= 0 && sameSentence(k, i) && orgLike(k); k--) mutable(k).add(org ? "Organization" : "Place")
  }
  return tags
}
