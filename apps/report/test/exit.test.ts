import { AnalysisError, InputError, UsageError } from "@diplo/analyzer"
import * as Effect from "effect/Effect"
import { describe, expect, it } from "vitest"
import { ArgumentError, ReadError, WriteError } from "../src/Errors.js"
import { messageOf, outcomeOf } from "../src/Exit.js"
import { type ArticleRef, readArticle, readArticles } from "../src/Inputs.js"

const outcome = async (effect: Effect.Effect<unknown, unknown>) => outcomeOf(await Effect.runPromiseExit(effect))

describe("exit codes and messages", () => {
  it("exits 0 with nothing on stderr when the run succeeds", async () => {
    expect(await outcome(Effect.void)).toEqual({ code: 0, stderr: null })
  })

  it("exits 2 for the user's mistakes, with one diplo: message and no doubled prefix", async () => {
    expect(await outcome(Effect.fail(new InputError({ path: "a.txt", reason: "the article is empty" })))).toEqual({
      code: 2,
      stderr: "diplo: a.txt: the article is empty"
    })
    expect((await outcome(Effect.fail(new UsageError({ reason: "too few" })))).code).toBe(2)
    expect((await outcome(Effect.fail(new ReadError({ path: "x", reason: "no such file or directory" })))).stderr).toBe(
      "diplo: x: no such file or directory"
    )
    expect((await outcome(Effect.fail(new ArgumentError({ reason: "bad" })))).code).toBe(2)
  })

  it("exits 1 for everything else", async () => {
    expect((await outcome(Effect.fail(new AnalysisError({ stage: "align", reason: "bad span" })))).code).toBe(1)
    expect((await outcome(Effect.fail(new WriteError({ path: "r.md", reason: "permission denied" })))).code).toBe(1)
  })

  it("reports a defect as an internal error in one line, without a stack", async () => {
    const result = await outcome(Effect.die(new Error("boom")))
    expect(result).toEqual({ code: 1, stderr: "diplo: internal error: boom" })
  })

  it("drops stack lines from any message", () => {
    expect(messageOf(new Error("first\n    at f (x.js:1:1)\n    at g (y.js:2:2)"))).toBe("diplo: first")
  })
})

describe("reading an article", () => {
  async function* chunks(n: number, size: number) {
    for (let i = 0; i < n; i++) yield new Uint8Array(size).fill(65)
  }

  it("reads standard input to its end", async () => {
    const article = await Effect.runPromise(readArticle({ kind: "stdin" }, 1000, chunks(3, 100)))
    expect(article.path).toBeNull()
    expect(article.content.byteLength).toBe(300)
  })

  it("stops reading standard input past --max-bytes and names it", async () => {
    const exit = await Effect.runPromiseExit(readArticle({ kind: "stdin" }, 250, chunks(3, 100)))
    expect(outcomeOf(exit)).toEqual({
      code: 2,
      stderr: "diplo: <stdin>: the article is larger than 250 bytes (raise the limit with --max-bytes)"
    })
  })
})

describe("reading several articles", () => {
  const refs: ArticleRef[] = ["first.txt", "second.txt", "third.txt"].map((path) => ({
    kind: "file",
    path,
    location: path
  }))
  const tooLarge = (path: string) => new ReadError({ path, reason: "the article is larger than 1000 bytes" })

  it("names the first failing input in argument order, even when a later one fails first", async () => {
    // The second read fails at once, the first only 20 ms later. A run that reports the first failure to happen
    // names second.txt; the command must name first.txt, every time.
    const read = (ref: ArticleRef) => {
      const path = ref.kind === "file" ? ref.path : ""
      return path === "first.txt"
        ? Effect.sleep(20).pipe(Effect.andThen(Effect.fail(tooLarge(path))))
        : Effect.fail(tooLarge(path))
    }
    const exit = await Effect.runPromiseExit(readArticles(refs, read))
    expect(outcomeOf(exit).stderr).toBe("diplo: first.txt: the article is larger than 1000 bytes")
  })

  it("returns the articles in argument order, whichever read finishes first", async () => {
    const read = (ref: ArticleRef) =>
      Effect.sleep(ref.kind === "file" && ref.path === "first.txt" ? 30 : 0).pipe(
        Effect.as({ path: ref.kind === "file" ? ref.path : null, realPath: null, content: new Uint8Array() })
      )
    const articles = await Effect.runPromise(readArticles(refs, read))
    expect(articles.map((a) => a.path)).toEqual(["first.txt", "second.txt", "third.txt"])
  })
})

describe("the analyzer's errors, formatted by the command from their fields", () => {
  it("writes PATH:LINE (field F): REASON after diplo:, whatever the library's own message says", async () => {
    const error = new InputError({ path: "a.json", line: 3, field: "url", reason: "not a URL" })
    expect(error.message.startsWith("diplo:")).toBe(false)
    expect((await outcome(Effect.fail(error))).stderr).toBe("diplo: a.json:3 (field url): not a URL")
    expect((await outcome(Effect.fail(new AnalysisError({ stage: "align", reason: "bad span" })))).stderr).toBe(
      "diplo: internal error in stage align: bad span"
    )
    expect((await outcome(Effect.fail(new UsageError({ reason: "too few" })))).stderr).toBe("diplo: too few")
  })
})
