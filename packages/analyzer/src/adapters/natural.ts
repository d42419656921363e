/**
 * natural (MIT): only the pieces diplo uses, loaded by deep path. The whole package costs 500+ ms to import
 * and prints dotenv lines; the Porter stemmer alone costs a few milliseconds.
 */
import { packageRequire } from "../Package.js"

interface Stemmer {
  readonly stem: (word: string) => string
}

const porter = packageRequire("natural/lib/natural/stemmers/porter_stemmer.js") as Stemmer

const stems = new Map<string, string>()

/** Porter (1980) stem of a lower-cased word, e.g. "announced" -> "announc"; memoised. */
export const porterStem = (word: string): string => {
  let stem = stems.get(word)
  if (stem === undefined) {
    stem = porter.stem(word)
    // The memo only grows with the vocabulary of the texts read; cap it so a huge input cannot hold it forever.
    if (stems.size > 200_000) stems.clear()
    stems.set(word, stem)
  }
  return stem
}

let stopwords: ReadonlySet<string> | undefined

/** natural's English stopword list (170 entries), without its one-character entries, which many languages share. */
export const englishStopwords = (): ReadonlySet<string> => {
  stopwords ??= new Set(
    (packageRequire("natural/lib/natural/util/stopwords.js") as { words: readonly string[] }).words.filter(
      (w) => w.length > 1
    )
  )
  return stopwords
}
