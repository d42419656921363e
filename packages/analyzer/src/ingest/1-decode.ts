import * as Effect from "effect/Effect"
import { InputError } from "../Errors.js"
import { excerpt } from "./Article.js"

/** How far binary sniffing looks, as git does (the first 8,000 bytes). */
const SNIFF_BYTES = 8000
/** Above this share of control characters in the first characters, the input is taken for binary data. */
const CONTROL_SHARE = 0.2
const EXPECTED = "expected a text file (UTF-8, or UTF-16 with a byte-order mark)"

/**
 * Turns raw bytes (or a string) into the text the readers see: byte-order mark removed, UTF-8 or UTF-16 decoded,
 * CRLF and CR turned into LF. Fails on empty, binary or badly encoded input, naming the line and byte offset, and
 * the kind of file where its first bytes tell (a PDF, a ZIP archive such as .docx, an image).
 */
export const decode = (content: Uint8Array | string, path: string): Effect.Effect<string, InputError> =>
  Effect.gen(function* () {
    if (content.length === 0)
      return yield* new InputError({ path, reason: "the file is empty (0 bytes); expected the text of a news article" })
    const text = typeof content === "string" ? yield* decodeString(content, path) : yield* decodeBytes(content, path)
    yield* checkNotBinary(text, path)
    if (text.trim() === "")
      return yield* new InputError({
        path,
        reason: `the file contains only whitespace (${text.length} characters); expected the text of a news article`
      })
    return text.replace(/\r\n?/g, "\n")
  })

/** Files that are not text, known by their first bytes ("magic numbers"), and what to say of each. */
const KNOWN_BINARY: readonly { readonly magic: readonly number[]; readonly what: string; readonly hint?: string }[] = [
  {
    magic: [0x25, 0x50, 0x44, 0x46, 0x2d],
    what: "a PDF document",
    hint: " Save the article's text first (for instance with pdftotext, or copy it into a .txt file)."
  },
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    what: "a ZIP archive (Word .docx and OpenDocument .odt files are ZIP archives)",
    hint: " Save the article as plain text (.txt) or a web page (.html) first."
  },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: "a Microsoft Office document (.doc)",
    hint: " Save the article as plain text (.txt) or a web page (.html) first."
  },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { magic: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { magic: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" },
  { magic: [0x1f, 0x8b], what: "gzip-compressed data", hint: " Decompress it first." }
]

/** What kind of binary file the bytes start like, or undefined. */
const knownBinary = (bytes: Uint8Array) =>
  KNOWN_BINARY.find((kind) => kind.magic.length <= bytes.length && kind.magic.every((b, i) => bytes[i] === b))

const decodeBytes = (bytes: Uint8Array, path: string): Effect.Effect<string, InputError> => {
  const kind = knownBinary(bytes)
  if (kind !== undefined)
    return Effect.fail(
      new InputError({ path, reason: `this is ${kind.what}, not text; ${EXPECTED}.${kind.hint ?? ""}` })
    )
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes, 3, path)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, "utf-16le", path)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, "utf-16be", path)
  const nul = bytes.subarray(0, SNIFF_BYTES).indexOf(0)
  if (nul >= 0) {
    const hint = looksLikeUtf16(bytes) ? " It looks like UTF-16 without a byte-order mark: save it as UTF-8." : ""
    return Effect.fail(
      new InputError({
        path,
        reason: `this looks like binary data, not text (a NUL byte at byte offset ${nul}); ${EXPECTED}.${hint}`
      })
    )
  }
  return decodeUtf8(bytes, 0, path)
}

const decodeUtf8 = (bytes: Uint8Array, from: number, path: string): Effect.Effect<string, InputError> =>
  Effect.try({
    try: () => new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from)),
    catch: () => {
      const offset = firstInvalidUtf8(bytes, from)
      let line = 1
      let lineStart = 0
      for (let i = 0; i < offset; i++)
        if (bytes[i] === 0x0a) {
          line++
          lineStart = i + 1
        }
      let lineEnd = bytes.indexOf(0x0a, offset)
      if (lineEnd < 0) lineEnd = bytes.length
      const shown = new TextDecoder("utf-8").decode(
        bytes.subarray(Math.max(lineStart, offset - 30), Math.min(lineEnd, offset + 30))
      )
      const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0")
      return new InputError({
        path,
        line,
        reason:
          `invalid UTF-8 at line ${line}, byte offset ${offset} (column ${offset - lineStart + 1}: byte 0x${byte} in ${excerpt(shown, 60)}); ` +
          `${EXPECTED}. If it was saved as Latin-1 or Windows-1252, re-save it as UTF-8`
      })
    }
  })

const decodeUtf16 = (bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", path: string) =>
  Effect.try({
    try: () => new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)),
    catch: () =>
      new InputError({
        path,
        reason: `invalid ${encoding.toUpperCase()} after its byte-order mark (an odd number of bytes or a broken surrogate pair); ${EXPECTED}`
      })
  })

/** A string handed to the API: its byte-order mark removed; a PDF read into a string is still a PDF. */
const decodeString = (content: string, path: string): Effect.Effect<string, InputError> =>
  content.startsWith("%PDF-")
    ? decodeBytes(new TextEncoder().encode(content.slice(0, 8)), path)
    : Effect.succeed(content.replace(/^\uFEFF/, ""))

/** Byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export const firstInvalidUtf8 = (bytes: Uint8Array, from = 0): number => {
  const n = bytes.length
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < n && bytes[i]! >= lo && bytes[i]! <= hi
  let i = from
  while (i < n) {
    const b = bytes[i]!
    if (b < 0x80) i += 1
    else if (b >= 0xc2 && b <= 0xdf) {
      if (!cont(i + 1)) return i
      i += 2
    } else if (b >= 0xe0 && b <= 0xef) {
      const lo = b === 0xe0 ? 0xa0 : 0x80
      const hi = b === 0xed ? 0x9f : 0xbf
      if (!cont(i + 1, lo, hi) || !cont(i + 2)) return i
      i += 3
    } else if (b >= 0xf0 && b <= 0xf4) {
      const lo = b === 0xf0 ? 0x90 : 0x80
      const hi = b === 0xf4 ? 0x8f : 0xbf
      if (!cont(i + 1, lo, hi) || !cont(i + 2) || !cont(i + 3)) return i
      i += 4
    } else return i
  }
  return n
}

/** NUL bytes mostly at odd (LE) or even (BE) offsets, as in ASCII text saved as UTF-16 without a BOM. */
const looksLikeUtf16 = (bytes: Uint8Array): boolean => {
  const sample = Math.min(bytes.length, SNIFF_BYTES)
  let even = 0
  let odd = 0
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++
  return Math.max(even, odd) > sample * 0.3 && Math.min(even, odd) < sample * 0.02
}

const checkNotBinary = (text: string, path: string): Effect.Effect<void, InputError> => {
  const sample = Math.min(text.length, SNIFF_BYTES)
  let control = 0
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i)
    if (c === 0)
      return Effect.fail(
        new InputError({
          path,
          reason: `this looks like binary data, not text (a NUL character at offset ${i}); ${EXPECTED}`
        })
      )
    // Tab, LF, VT, FF and CR are text; other C0 controls, DEL and C1 controls are not.
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f)) control++
  }
  if (sample > 0 && control / sample > CONTROL_SHARE)
    return Effect.fail(
      new InputError({
        path,
        reason: `this looks like binary data, not text (${Math.round((100 * control) / sample)}% of the first ${sample} characters are control characters); ${EXPECTED}`
      })
    )
  return Effect.void
}
