/**
 * The words of an article as the clustering sees them: lower-cased terms without stop words, and the names the
 * article writes with a capital inside a sentence. Plain string work, no NLP model: it runs on tens of thousands
 * of articles in seconds.
 */
import calendar from "./lexicons/calendar.json" with { type: "json" }
import stopwords from "./lexicons/stopwords.json" with { type: "json" }

const STOP: ReadonlySet<string> = new Set(stopwords.entries)
// Days and months are written with a capital but name no actor or place: words, not names.
const CALENDAR: ReadonlySet<string> = new Set(calendar.entries)

// A word: letters and digits, with an inner apostrophe or hyphen ("don't", "re-election" are kept whole).
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu
const SENTENCE_END = /[.!?]["”’)\]]*\s*$/
const CAPITAL = /^\p{Lu}/u
const DIGIT = /^\p{N}+$/u

/** A term as compared: lower case, a possessive 's dropped, a plural s dropped from longer words. */
export const normalizeTerm = (word: string): string => {
  let term = word.toLowerCase().replace(/['’]s$/, "")
  if (term.length > 4 && term.endsWith("s") && !/(?:ss|us|is|ous)$/.test(term)) term = term.slice(0, -1)
  return term
}

/** True for a word the clustering ignores: a stop word, a single character, a number of one digit. */
export const isStopTerm = (term: string): boolean => term.length < 2 || STOP.has(term)

export interface ArticleWords {
  /** Every term of the text (title first), in order, stop words left out. */
  readonly terms: readonly string[]
  /** The terms of the title and the lead (the first `leadWords` words of the body). */
  readonly lead: readonly string[]
  /** The names that stand in the title or the lead. */
  readonly leadNames: readonly string[]
  /**
   * Names: words written with a capital where no sentence begins and never in lower case in the article, as
   * normalized terms (a title's capitals say nothing: titles capitalize every word).
   */
  readonly names: readonly (readonly [term: string, count: number, surface: string])[]
  /** The year (1900-2099) the text names most often, the later on a tie; null when it names none. */
  readonly year: number | null
}

/** How many words of the body count as its lead. */
export const LEAD_WORDS = 60

/** The terms, lead terms and names of an article's title and text. */
export const articleWords = (title: string | undefined, text: string, leadWords = LEAD_WORDS): ArticleWords => {
  const terms: string[] = []
  const lead: string[] = []
  const capitalized = new Map<string, { count: number; surface: string }>()
  const lowercase = new Set<string>()
  const years = new Map<number, number>()
  const inLead = new Set<string>()
  const scan = (part: string, isTitle: boolean) => {
    let words = 0
    let sentenceStart = true
    let last = 0
    for (const match of part.matchAll(WORD)) {
      const word = match[0]
      const at = match.index
      // A sentence begins after . ! ? (and closing quotes) or a line break.
      if (at > last) {
        const gap = part.slice(last, at)
        if (gap.includes("\n") || SENTENCE_END.test(gap)) sentenceStart = true
      }
      last = at + word.length
      const term = normalizeTerm(word)
      const initial = sentenceStart
      sentenceStart = false
      words++
      if (isStopTerm(term) || (DIGIT.test(term) && term.length < 2)) continue
      terms.push(term)
      if (isTitle || words <= leadWords) lead.push(term)
      if (DIGIT.test(term)) {
        if (!isTitle && term.length === 4 && (term.startsWith("19") || term.startsWith("20"))) {
          const year = Number(term)
          years.set(year, (years.get(year) ?? 0) + 1)
        }
        continue
      }
      // Titles capitalize every word: they say nothing about which words are names.
      if (isTitle) continue
      if (CAPITAL.test(word)) {
        if (!initial && words <= leadWords) inLead.add(term)
        if (!initial) {
          const seen = capitalized.get(term)
          if (seen === undefined) capitalized.set(term, { count: 1, surface: word.replace(/['’]s$/, "") })
          else seen.count++
        }
      } else lowercase.add(term)
    }
  }
  if (title !== undefined && title.trim() !== "") scan(title, true)
  scan(text, false)
  const names: [string, number, string][] = []
  for (const [term, { count, surface }] of capitalized)
    if (!lowercase.has(term) && !CALENDAR.has(term)) names.push([term, count, surface])
  let year: number | null = null
  let most = 0
  for (const [y, count] of years)
    if (count > most || (count === most && year !== null && y > year)) {
      year = y
      most = count
    }
  const leadNames = names.filter(([term]) => inLead.has(term)).map(([term]) => term)
  return { terms, lead, leadNames, names, year }
}
