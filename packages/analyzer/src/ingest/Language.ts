import stopwordList from "../lexicons/english-stopwords.json" with { type: "json" }

/** Below this share of English function words among its words, a text is taken for another language. */
const MIN_STOPWORD_SHARE = 0.15
/** Below this share of Latin letters among its letters, a text is taken for another language. */
const MIN_LATIN_SHARE = 0.5
/** Fewer words than this say too little about the language for the stopword test. */
const MIN_WORDS = 20
/** Only the start of a long text is read: the language of an article shows in its first paragraphs. */
const SAMPLE = 20_000

/** natural's English stopword list (170 entries), without its one-character entries, which many languages share. */
const STOPWORDS: ReadonlySet<string> = new Set(stopwordList.entries.filter((w) => w.length > 1))

/** What the language check found: why a text does not look English, or null when it does. */
export interface LanguageCheck {
  /** Share of Latin letters among the letters of the sample, 0..1. */
  readonly latinShare: number
  /** Share of English function words ("the", "of", "said", ...) among its words, 0..1 (1 when too short to tell). */
  readonly stopwordShare: number
  readonly english: boolean
  /** Why it is not taken for English, in words ("12% of its letters are Latin"); null when it is. */
  readonly reason: string | null
}

/**
 * Whether a text looks English, by two cheap signals read on its first 20,000 characters: most letters are Latin,
 * and at least 15% of the words are English function words (natural's stopword list, shipped as data; English news has 30-45%).
 * A declared language (`language` metadata) other than English also counts as not English. Never throws.
 */
export const checkLanguage = (text: string, declared?: string): LanguageCheck => {
  const sample = text.slice(0, SAMPLE)
  let letters = 0
  let latin = 0
  for (const ch of sample.matchAll(/\p{L}/gu)) {
    letters++
    if (/\p{Script=Latin}/u.test(ch[0])) latin++
  }
  const words = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []
  const stopwordShare = words.length < MIN_WORDS ? 1 : words.filter((w) => STOPWORDS.has(w)).length / words.length
  const latinShare = letters === 0 ? 1 : latin / letters
  const reason =
    declared !== undefined && !/^en(?:-|$)/i.test(declared)
      ? `its language is given as ${declared}`
      : latinShare < MIN_LATIN_SHARE
        ? `${Math.round(100 * latinShare)}% of its letters are Latin`
        : stopwordShare < MIN_STOPWORD_SHARE
          ? `${Math.round(100 * stopwordShare)}% of its words are English function words, where English news has 30-45%`
          : null
  return { latinShare, stopwordShare, english: reason === null, reason }
}
