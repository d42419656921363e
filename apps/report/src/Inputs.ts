import { createReadStream } from "node:fs"
import { readdir, realpath, stat } from "node:fs/promises"
import { extname, join } from "node:path"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { ArgumentError, ReadError } from "./Errors.js"

/** File extensions a directory argument is searched for (lower case). */
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".json", ".html", ".htm"] as const

/** One article to read: a file (the path as the user gave it, and where to read it) or standard input. */
export type ArticleRef =
  | { readonly kind: "file"; readonly path: string; readonly location: string }
  | { readonly kind: "stdin" }

/** An article read into memory, with the real path of its file (null for stdin) so --out can refuse to overwrite it. */
export interface RawArticle {
  readonly path: string | null
  readonly realPath: string | null
  readonly content: Uint8Array
}

export const STDIN = "<stdin>"

const where = (ref: ArticleRef): string => (ref.kind === "stdin" ? STDIN : ref.path)

/** A one-line reason for a file-system error, without the errno noise. */
export const describeFsError = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code
  switch (code) {
    case "ENOENT":
      return "no such file or directory"
    case "EACCES":
    case "EPERM":
      return "permission denied"
    case "ENOTDIR":
      return "a part of the path is not a directory"
    case "EISDIR":
      return "is a directory"
    case "ELOOP":
      return "too many symbolic links"
    case "EMFILE":
    case "ENFILE":
      return "too many open files"
    default:
      return error instanceof Error ? error.message : String(error)
  }
}

/** The article files of a directory, sorted by name in code-unit order; hidden files are skipped. */
const articlesIn = (dir: string, location: string): Effect.Effect<ArticleRef[], ReadError> =>
  Effect.tryPromise({
    try: async () => {
      const names = (await readdir(location))
        .filter(
          (name) =>
            !name.startsWith(".") && (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())
        )
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      const refs: ArticleRef[] = []
      for (const name of names) {
        const info = await stat(join(location, name))
        if (info.isFile()) refs.push({ kind: "file", path: join(dir, name), location: join(location, name) })
      }
      return refs
    },
    catch: (error) => new ReadError({ path: dir, reason: describeFsError(error) })
  }).pipe(
    Effect.flatMap((refs) =>
      refs.length > 0
        ? Effect.succeed(refs)
        : Effect.fail(
            new ReadError({
              path: dir,
              reason: `the directory has no article files (${ARTICLE_EXTENSIONS.join(" ")})`
            })
          )
    )
  )

/**
 * Turns the FILE arguments into articles to read, in the order given: `-` is standard input (once at
 * most), a directory stands for its article files sorted by name, anything else is one file.
 * `base` resolves relative paths (the bundled example); paths keep the form the user gave.
 */
export const resolveArticles = (
  args: readonly string[],
  base?: string
): Effect.Effect<ArticleRef[], ReadError | ArgumentError> =>
  Effect.gen(function* () {
    if (args.filter((a) => a === "-").length > 1)
      return yield* new ArgumentError({ reason: "standard input (-) can be read only once" })
    const refs: ArticleRef[] = []
    for (const arg of args) {
      if (arg === "-") {
        refs.push({ kind: "stdin" })
        continue
      }
      if (arg.trim() === "") return yield* new ArgumentError({ reason: "an empty string is not a file name" })
      const location = base === undefined ? arg : join(base, arg)
      const info = yield* Effect.tryPromise({
        try: () => stat(location),
        catch: (error) => new ReadError({ path: arg, reason: describeFsError(error) })
      })
      if (info.isDirectory()) refs.push(...(yield* articlesIn(arg, location)))
      else refs.push({ kind: "file", path: arg, location })
    }
    return refs
  })

/** Reads a stream to its end, failing as soon as it holds more than `maxBytes` bytes. */
const readBounded = async (
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number
): Promise<Uint8Array | null> => {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk
    size += bytes.byteLength
    if (size > maxBytes) return null
    chunks.push(bytes)
  }
  return Buffer.concat(chunks)
}

const tooLarge = (ref: ArticleRef, maxBytes: number) =>
  new ReadError({
    path: where(ref),
    reason: `the article is larger than ${maxBytes} bytes (raise the limit with --max-bytes)`
  })

/** Reads one article, refusing more than `maxBytes` bytes before reading them (by size) or while reading (pipes, stdin). */
export const readArticle = (
  ref: ArticleRef,
  maxBytes: number,
  stdin?: AsyncIterable<Uint8Array | string>
): Effect.Effect<RawArticle, ReadError> =>
  Effect.gen(function* () {
    if (ref.kind === "stdin") {
      const content = yield* Effect.tryPromise({
        // process.stdin is touched only here: creating it for nothing can hold a terminal open.
        try: () => readBounded(stdin ?? process.stdin, maxBytes),
        catch: (error) => new ReadError({ path: STDIN, reason: describeFsError(error) })
      })
      if (content === null) return yield* tooLarge(ref, maxBytes)
      return { path: null, realPath: null, content }
    }
    const fail = (error: unknown) => new ReadError({ path: ref.path, reason: describeFsError(error) })
    const info = yield* Effect.tryPromise({ try: () => stat(ref.location), catch: fail })
    if (info.isDirectory()) return yield* new ReadError({ path: ref.path, reason: "is a directory" })
    if (info.isFile() && info.size > maxBytes) return yield* tooLarge(ref, maxBytes)
    const real = yield* Effect.tryPromise({ try: () => realpath(ref.location), catch: fail })
    const content = yield* Effect.tryPromise({
      try: () => readBounded(createReadStream(ref.location), maxBytes),
      catch: fail
    })
    if (content === null) return yield* tooLarge(ref, maxBytes)
    return { path: ref.path, realPath: real, content }
  })

/**
 * Reads the articles, up to eight at a time, and returns them in the order given. When several cannot be read,
 * the error is the first one's in that order, whichever read failed first: the same arguments always give the
 * same message. `read` is the reader of one article (a test hands in one that finishes in another order).
 */
export const readArticles = <E>(
  refs: readonly ArticleRef[],
  read: (ref: ArticleRef) => Effect.Effect<RawArticle, E>
): Effect.Effect<RawArticle[], E> =>
  Effect.gen(function* () {
    const exits = yield* Effect.forEach(refs, (ref) => Effect.exit(read(ref)), { concurrency: 8 })
    const articles: RawArticle[] = []
    for (const exit of exits) {
      if (Exit.isFailure(exit)) return yield* Effect.failCause(exit.cause)
      articles.push(exit.value)
    }
    return articles
  })
