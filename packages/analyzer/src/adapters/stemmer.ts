/**
 * stemmer (MIT, Titus Wormer): Porter's (1980) stemming algorithm, one small ES module without dependencies.
 * It replaces natural's Porter stemmer, whose package installs ~190 MB of database drivers diplo never uses
 * (docs/decisions/0009-no-natural.md).
 */
import { stemmer } from "stemmer"

const stems = new Map<string, string>()

/** Porter (1980) stem of a lower-cased word, e.g. "announced" -> "announc"; memoised. */
export const porterStem = (word: string): string => {
  let stem = stems.get(word)
  if (stem === undefined) {
    stem = stemmer(word)
    // The memo only grows with the vocabulary of the texts read; cap it so a huge input cannot hold it forever.
    if (stems.size > 200_000) stems.clear()
    stems.set(word, stem)
  }
  return stem
}
