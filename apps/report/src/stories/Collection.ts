/**
 * Reading a collection for `diplo stories`: the INPUT arguments become files (folders are walked, JSON Lines files
 * are read line by line), each article's profile goes into the clustering and its text is dropped, and what is
 * kept is where to read it again and a hash of what its comparison will read. A bad article is reported with its
 * file and line; with `skipBad` it is skipped, else the whole run stops before writing anything.
 */
import { createHash } from "node:crypto"
import { readFile, readdir, realpath, stat } from "node:fs/promises"
import { extname, join } from "node:path"
import { type ArticleLocation, type ArticleText, ProfileBuilder, readArticleAt, readJsonLines } from "@diplo/stories"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { ArgumentError, ReadError } from "../Errors.js"
import { ARTICLE_EXTENSIONS, describeFsError } from "../Inputs.js"
import type { TransportInput } from "./Transport.js"

/** Extensions read as JSON Lines, one article a line. */
export const JSON_LINES_EXTENSIONS = [".jsonl", ".ndjson"] as const

/** One input file: the path as the user gave it (or as found in a folder) and where to open it. */
export interface InputFile {
  readonly path: string
  readonly location: string
  readonly kind: "jsonl" | "article"
}

/** Where an article can be read again. */
export type Where =
  | ({ readonly kind: "jsonl" } & ArticleLocation)
  | { readonly kind: "article"; readonly path: string; readonly location: string }

const isArticleFile = (name: string): boolean =>
  (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())
const isJsonLines = (name: string): boolean =>
  (JSON_LINES_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The files of a folder and its sub-folders (hidden ones and `skip` left out), sorted by path. */
const walk = async (dir: string, location: string, skip: ReadonlySet<string>, out: InputFile[]): Promise<void> => {
  const names = (await readdir(location)).filter((n) => !n.startsWith(".")).sort(byCodeUnit)
  for (const name of names) {
    const at = join(location, name)
    const info = await stat(at)
    if (info.isDirectory()) {
      if (!skip.has(await realpath(at))) await walk(join(dir, name), at, skip, out)
    } else if (info.isFile() && (isJsonLines(name) || isArticleFile(name)))
      out.push({ path: join(dir, name), location: at, kind: isJsonLines(name) ? "jsonl" : "article" })
  }
}

/**
 * The input files of the arguments, in the order given (a folder's files sorted by path). `skipReal` is a folder
 * never walked into (the output folder, so a rerun does not read its own reports).
 */
export const resolveInputs = (
  args: readonly string[],
  skipReal: string | null
): Effect.Effect<InputFile[], ReadError | ArgumentError> =>
  Effect.gen(function* () {
    const files: InputFile[] = []
    for (const arg of args) {
      if (arg === "-")
        return yield* new ArgumentError({
          reason: "diplo stories reads its input twice (to cluster, then to compare): give files, not standard input"
        })
      if (arg.trim() === "") return yield* new ArgumentError({ reason: "an empty string is not a file name" })
      const found = yield* Effect.tryPromise({
        try: async () => {
          const info = await stat(arg)
          if (!info.isDirectory())
            return [{ path: arg, location: arg, kind: isJsonLines(arg) ? "jsonl" : "article" } as const]
          const inside: InputFile[] = []
          await walk(arg, arg, new Set(skipReal === null ? [] : [skipReal]), inside)
          return inside
        },
        catch: (error) => new ReadError({ path: arg, reason: describeFsError(error) })
      })
      if (found.length === 0)
        return yield* new ReadError({
          path: arg,
          reason: `the folder has no article files (${[...ARTICLE_EXTENSIONS, ...JSON_LINES_EXTENSIONS].join(" ")})`
        })
      files.push(...found)
    }
    return files
  })

/** A collection once read: the profiles' builder, where each article lies and the hash of what will be compared. */
export interface ReadCollection {
  readonly builder: ProfileBuilder
  readonly where: ReadonlyMap<string, Where>
  readonly hashes: ReadonlyMap<string, string>
  readonly skipped: number
}

export interface ReadOptions {
  readonly maxBytes: number
  readonly skipBad: boolean
  /** Told of each bad article that is skipped (with `skipBad`): the one-line message. */
  readonly onSkip: (message: string) => void
  /** Told after each article read. */
  readonly onArticle: () => void
}

/** What a JSON Lines article's comparison reads: a JSON article of its known fields. */
const jsonArticle = (article: ArticleText): string =>
  JSON.stringify({
    ...(article.title !== undefined ? { title: article.title } : {}),
    ...(article.outlet !== undefined ? { outlet: article.outlet } : {}),
    ...(article.publishedAt !== undefined ? { publishedAt: article.publishedAt } : {}),
    ...(article.url !== undefined ? { url: article.url } : {}),
    text: article.text
  })

const hashOf = (input: TransportInput): string =>
  createHash("sha256").update(`${input.path}\u0000${input.encoding}\u0000${input.content}`).digest("hex")

const jsonLinesInput = (path: string, article: ArticleText): TransportInput => ({
  path,
  content: jsonArticle(article),
  encoding: "utf8",
  format: "json"
})

/**
 * Reads every article of the files, in order, into a `ProfileBuilder`. Fails (exit 2) on the first bad article
 * unless `skipBad`, with one `FILE:LINE: what is wrong` message.
 */
export const readCollection = async (files: readonly InputFile[], options: ReadOptions): Promise<ReadCollection> => {
  const builder = new ProfileBuilder()
  const where = new Map<string, Where>()
  const hashes = new Map<string, string>()
  let skipped = 0
  const bad = (at: string, reason: string): void => {
    if (!options.skipBad) throw new ReadError({ path: at, reason })
    skipped++
    options.onSkip(`diplo: ${at}: ${reason} (skipped)`)
  }
  const accept = (article: ArticleText, at: Where, label: string, hash: string): void => {
    const first = where.get(article.id)
    if (first !== undefined) {
      const firstLabel = first.kind === "jsonl" ? `${first.path}:${first.line}` : first.path
      bad(label, `duplicate article id "${article.id}" (first at ${firstLabel}); every article needs its own id`)
      return
    }
    if (article.text.trim() === "") {
      bad(label, "the article has no text")
      return
    }
    builder.add(article)
    where.set(article.id, at)
    hashes.set(article.id, hash)
    options.onArticle()
  }
  const { ingest } = await import("@diplo/analyzer")
  for (const file of files) {
    if (file.kind === "jsonl") {
      try {
        for await (const line of readJsonLines(file.path, file.location, options.maxBytes)) {
          if (!line.ok) bad(`${line.bad.path}:${line.bad.line}`, line.bad.reason)
          else
            accept(
              line.article,
              { kind: "jsonl", ...line.at },
              `${line.at.path}:${line.at.line}`,
              hashOf(jsonLinesInput(file.path, line.article))
            )
        }
      } catch (error) {
        if (error instanceof ReadError) throw error
        bad(file.path, describeFsError(error))
      }
      continue
    }
    let bytes: Buffer
    try {
      const info = await stat(file.location)
      if (info.size > options.maxBytes) {
        bad(file.path, `the article is larger than ${options.maxBytes} bytes (raise the limit with --max-bytes)`)
        continue
      }
      bytes = await readFile(file.location)
    } catch (error) {
      bad(file.path, describeFsError(error))
      continue
    }
    const exit = await Effect.runPromiseExit(ingest({ path: file.path, content: bytes }, "A"))
    if (Exit.isFailure(exit)) {
      const found = Cause.findErrorOption(exit.cause)
      const error = found._tag === "Some" ? found.value : null
      const line = error?.line !== undefined ? `:${error.line}` : ""
      const field = error?.field !== undefined ? ` (field ${error.field})` : ""
      bad(`${file.path}${line}`, `${error?.reason ?? "the article cannot be read"}${field}`)
      continue
    }
    const source = exit.value
    const article: ArticleText = {
      id: file.path,
      ...(source.outlet !== undefined ? { outlet: source.outlet } : {}),
      ...(source.publishedAt !== null ? { publishedAt: source.publishedAt } : {}),
      ...(source.title !== undefined ? { title: source.title } : {}),
      ...(source.url !== undefined ? { url: source.url } : {}),
      text: source.text
    }
    const input: TransportInput = { path: file.path, content: bytes.toString("base64"), encoding: "base64" }
    accept(article, { kind: "article", path: file.path, location: file.location }, file.path, hashOf(input))
  }
  return { builder, where, hashes, skipped }
}

/**
 * Reads one article again, as its story's comparison reads it. Fails when the file changed since the collection
 * was read (its hash differs): the plan would no longer describe it.
 */
export const readAgain = async (id: string, at: Where, hash: string): Promise<TransportInput> => {
  let input: TransportInput
  if (at.kind === "jsonl") {
    const article = await readArticleAt(at)
    if (typeof article === "string") throw new ReadError({ path: `${at.path}:${at.line}`, reason: article })
    input = jsonLinesInput(at.path, article)
  } else {
    const bytes = await readFile(at.location)
    input = { path: at.path, content: bytes.toString("base64"), encoding: "base64" }
  }
  if (hashOf(input) !== hash)
    throw new ReadError({
      path: at.kind === "jsonl" ? `${at.path}:${at.line}` : at.path,
      reason: `the article "${id}" changed while diplo stories was running; run it again`
    })
  return input
}
