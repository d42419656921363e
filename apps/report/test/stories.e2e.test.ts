import { type ChildProcess, spawn } from "node:child_process"
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseComparison, parseStoriesIndex, type StoriesIndex } from "@diplo/model"
import { inShard } from "@diplo/stories"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { FINDING_COLUMNS } from "../src/render/Table.js"
import { hasRedis, startRedis, type TestRedis } from "./redis.js"
import { diplo, MAIN, ROOT, type Run } from "./run.js"

// End to end: the BUILT command on a small mixed folder (test/fixtures/stories), as a user runs it.
// Each test runs the command a few times: on a loaded 2-core machine that takes longer than vitest's default.
const LONG = 180_000
const FIXTURE = join(ROOT, "apps/report/test/fixtures/stories/feeds")

let work: string
beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`build the command first: ${MAIN} is missing`)
  work = mkdtempSync(join(tmpdir(), "diplo-stories-"))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A fresh copy of the fixture folder under the work folder. */
const feeds = (name: string): string => {
  const dir = join(work, name)
  cpSync(FIXTURE, dir, { recursive: true })
  return dir
}

const readIndex = (out: string): StoriesIndex => {
  const parsed = parseStoriesIndex(JSON.parse(readFileSync(join(out, "index.json"), "utf8")))
  if (!parsed.success) throw parsed.error
  return parsed.data
}

/** Every file under a folder (relative path → bytes), to compare two runs' outputs. */
const snapshot = (dir: string): Map<string, string> => {
  const out = new Map<string, string>()
  const walk = (at: string, rel: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name)
      if (statSync(path).isDirectory()) walk(path, `${rel}${name}/`)
      else out.set(`${rel}${name}`, readFileSync(path, "utf8"))
    }
  }
  walk(dir, "")
  return out
}

const mtimes = (out: string, index: StoriesIndex): Map<string, number> =>
  new Map(
    index.stories
      .filter((s) => s.comparison?.status === "done")
      .map((s) => [s.id, statSync(join(out, "stories", s.id, "report.md")).mtimeMs])
  )

const expectOk = (run: Run) => {
  expect(run.stderr, run.stderr).toBe("")
  expect(run.code).toBe(0)
}

describe("diplo stories on a small mixed folder", () => {
  let input: string
  let out: string
  let index: StoriesIndex
  beforeAll(() => {
    input = feeds("in")
    out = join(work, "out")
    expectOk(diplo(["stories", input, "--out", out]))
    index = readIndex(out)
  }, LONG)

  it(
    "groups the six articles into three stories, ranked by coverage, each article under its id or path",
    () => {
      expect(index.articles).toBe(6)
      expect(index.stories.map((s) => s.articles.map((a) => a.id.replace(`${input}/`, "")))).toEqual([
        ["courier-treaty.md", "post-treaty.json", "wire-treaty"],
        ["courier-strike.md", "strike-blog.txt"],
        ["wire-flood"]
      ])
      const [treaty, strike, flood] = index.stories
      expect(treaty!.outlets).toEqual(["Daily Courier", "Northern Post", "Wire"])
      expect(treaty!.articles.map((a) => [a.publishedAt, a.source])).toEqual([
        ["2024-05-02", "A"],
        ["2024-05-02", "B"],
        ["2024-05-03", "C"]
      ])
      expect(treaty!.why.names).toEqual(expect.arrayContaining(["Talvia", "Morrun", "Kross", "Varga"]))
      expect(treaty!.why.links).toHaveLength(2)
      // The blog post has no outlet: a side of its own, so the strike is compared.
      expect(strike!.comparison?.status).toBe("done")
      expect(flood!.comparison).toBeNull()
      const wire = index.outlets.find((o) => o.outlet === "Wire")!
      expect(wire.exclusives).toEqual([flood!.id])
      expect(index.outlets.find((o) => o.outlet === "Northern Post")!.exclusives).toEqual([])
    },
    LONG
  )

  it(
    "writes each compared story's report and comparison, valid against the model",
    () => {
      for (const story of index.stories) {
        if (story.comparison?.status !== "done") continue
        const comparison = parseComparison(JSON.parse(readFileSync(join(out, story.comparison.json), "utf8")))
        expect(comparison.success).toBe(true)
        if (!comparison.success) continue
        expect(comparison.data.sources.map((s) => s.id)).toEqual(story.articles.map((a) => a.source))
        const findings = { agreement: 0, discrepancy: 0, framing: 0, omission: 0 }
        for (const f of comparison.data.findings) findings[f.kind]++
        expect(story.comparison.findings).toEqual(findings)
        const report = readFileSync(join(out, story.comparison.report), "utf8")
        expect(report.startsWith(`# ${story.articles[0]!.title}`)).toBe(true)
        expect(report).toContain("## Sources")
      }
      const md = readFileSync(join(out, "index.md"), "utf8")
      expect(md).toContain(`](stories/${index.stories[0]!.id}/report.md)`)
      expect(md).toContain("| Wire | 2 | 2 | 0 | 1 | 1 |")
    },
    LONG
  )

  it(
    "writes every finding as one row of the CSV and of the JSON Lines, story by story in index order",
    () => {
      const csv = readFileSync(join(out, "findings.csv"), "utf8")
      const lines = csv.split("\r\n").filter((l) => l !== "")
      expect(lines[0]).toBe(FINDING_COLUMNS.join(","))
      const rows = readFileSync(join(out, "findings.jsonl"), "utf8")
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l) as Record<string, unknown>)
      const total = index.stories.reduce((n, s) => {
        const f = s.comparison?.status === "done" ? s.comparison.findings : null
        return n + (f === null ? 0 : f.agreement + f.discrepancy + f.framing + f.omission)
      }, 0)
      expect(rows).toHaveLength(total)
      expect(lines).toHaveLength(total + 1)
      const order = index.stories.map((s) => s.id)
      const stories = rows.map((r) => order.indexOf(r.story as string))
      expect(stories).toEqual([...stories].sort((a, b) => a - b))
      expect(rows[0]).toMatchObject({ story: order[0], sources: expect.stringMatching(/^[A-C](\|[A-C])*$/) })
      expect(String(rows[0]!.evidence)).toMatch(/^[A-C]:\d+-\d+/)
    },
    LONG
  )

  it(
    "skips unchanged stories on a rerun, recompares only a changed one, and gives the same bytes",
    () => {
      const before = snapshot(out)
      const times = mtimes(out, index)
      expectOk(diplo(["stories", input, "--out", out]))
      expect(snapshot(out)).toEqual(before)
      expect(mtimes(out, readIndex(out))).toEqual(times)
      const blog = join(input, "strike-blog.txt")
      writeFileSync(blog, `${readFileSync(blog, "utf8")}\nTalks are to resume on Monday at the port authority.\n`)
      expectOk(diplo(["stories", input, "--out", out]))
      const after = readIndex(out)
      const [treaty, strike] = [index.stories[0]!, index.stories[1]!]
      expect(after.stories[0]!.inputHash).toBe(treaty.inputHash)
      expect(after.stories[1]!.inputHash).not.toBe(strike.inputHash)
      const newTimes = mtimes(out, after)
      expect(newTimes.get(treaty.id)).toBe(times.get(treaty.id))
      expect(newTimes.get(strike.id)).not.toBe(times.get(strike.id))
    },
    LONG
  )

  it(
    "gives byte-identical outputs for the same articles in another order",
    () => {
      const dir = feeds("order")
      const [a, b] = [join(work, "order-a"), join(work, "order-b")]
      expectOk(diplo(["stories", dir, "--out", a]))
      const jsonl = join(dir, "wire.jsonl")
      writeFileSync(jsonl, `${readFileSync(jsonl, "utf8").trimEnd().split("\n").reverse().join("\n")}\n`)
      expectOk(diplo(["stories", dir, "--out", b]))
      expect(snapshot(b)).toEqual(snapshot(a))
    },
    LONG
  )
})

describe("diplo stories on bad input", () => {
  const withBadLine = (name: string): string => {
    const dir = feeds(name)
    const jsonl = join(dir, "wire.jsonl")
    writeFileSync(jsonl, `${readFileSync(jsonl, "utf8")}{"id": "wire-3", "text": 42}\n`)
    return dir
  }

  it(
    "stops with the file and line of a bad article, exit 2, and writes nothing",
    () => {
      const dir = withBadLine("bad")
      const out = join(work, "bad-out")
      const run = diplo(["stories", dir, "--out", out])
      expect(run.code).toBe(2)
      expect(run.stderr).toBe(`diplo: ${dir}/wire.jsonl:3: "text" must be a string, got 42\n`)
      expect(existsSync(out)).toBe(false)
    },
    LONG
  )

  it(
    "with --skip-bad reports it the same way, goes on with every other article and counts it",
    () => {
      const dir = withBadLine("skip")
      const out = join(work, "skip-out")
      const run = diplo(["stories", dir, "--out", out, "--skip-bad"])
      expect(run.code).toBe(0)
      expect(run.stderr).toBe(`diplo: ${dir}/wire.jsonl:3: "text" must be a string, got 42 (skipped)\n`)
      const index = readIndex(out)
      expect([index.articles, index.skipped, index.stories.length]).toEqual([6, 1, 3])
    },
    LONG
  )

  it(
    "refuses flags it cannot use, in one line",
    () => {
      for (const [args, words] of [
        [["--shard", "3/2"], "--shard i/n needs 1 <= i <= n"],
        [["--queue", "http://localhost"], "--queue must be a redis:// or rediss:// URL"],
        [["--max-per-story", "1"], "--max-per-story must be at least 2"]
      ] as const) {
        const run = diplo(["stories", FIXTURE, "--out", join(work, "never"), ...args])
        expect(run.code).toBe(2)
        expect(run.stderr).toContain(words)
        expect(run.stderr.trimEnd().split("\n")).toHaveLength(1)
      }
    },
    LONG
  )
})

describe("diplo stories --shard", () => {
  it(
    "splits the stories between shards writing one folder, and a last run without one only assembles",
    () => {
      const dir = feeds("shards")
      const out = join(work, "shards-out")
      expectOk(diplo(["stories", dir, "--out", out, "--shard", "1/2"]))
      const first = readIndex(out)
      expectOk(diplo(["stories", dir, "--out", out, "--shard", "2/2"]))
      const compared = first.stories.filter((s) => s.comparison !== null)
      expect(compared.map((s) => s.comparison?.status)).toEqual(
        compared.map((s) => (inShard(s.id, { index: 1, count: 2 }) ? "done" : "pending"))
      )
      const times = mtimes(out, readIndex(out))
      expectOk(diplo(["stories", dir, "--out", out]))
      const final = readIndex(out)
      expect(final.stories.filter((s) => s.comparison !== null).every((s) => s.comparison?.status === "done")).toBe(
        true
      )
      expect(mtimes(out, final)).toEqual(times)
    },
    LONG
  )
})

/** A `diplo` process running in the background, its stderr collected line by line. */
interface Background {
  readonly child: ChildProcess
  readonly lines: string[]
  readonly waitFor: (pattern: RegExp) => Promise<string>
  readonly exit: Promise<number | null>
}

const background = (args: readonly string[]): Background => {
  const child = spawn(process.execPath, [MAIN, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] })
  const lines: string[] = []
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = []
  let rest = ""
  child.stderr!.on("data", (chunk: Buffer) => {
    rest += chunk.toString()
    const parts = rest.split("\n")
    rest = parts.pop()!
    for (const line of parts) {
      lines.push(line)
      for (const w of [...waiters])
        if (w.pattern.test(line)) {
          waiters.splice(waiters.indexOf(w), 1)
          w.resolve(line)
        }
    }
  })
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)))
  return {
    child,
    lines,
    exit,
    waitFor: (pattern) => {
      const seen = lines.find((l) => pattern.test(l))
      if (seen !== undefined) return Promise.resolve(seen)
      return new Promise((resolve) => waiters.push({ pattern, resolve }))
    }
  }
}

const stopped = async (worker: Background): Promise<void> => {
  if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill("SIGTERM")
  await worker.exit
}

// A real Redis, started here on a free port; .ci/run installs redis-server when it is missing, so CI never skips.
describe.skipIf(!hasRedis() && process.env.CI === undefined)("diplo stories --queue with diplo worker on Redis", () => {
  let redis: TestRedis
  let input: string
  let reference: Map<string, string>
  beforeAll(async () => {
    redis = await startRedis()
    input = feeds("queue-in")
    const local = join(work, "queue-local")
    expectOk(diplo(["stories", input, "--out", local]))
    reference = snapshot(local)
  }, LONG)
  afterAll(async () => {
    await redis?.stop()
  })

  it(
    "runs every story as a job a worker takes, and writes what a local run writes",
    async () => {
      const url = `${redis.url}/0`
      const worker = background(["worker", "--queue", url, "--threads", "1", "--stall-seconds", "2"])
      try {
        await worker.waitFor(/serving diplo-stories/)
        const out = join(work, "queue-out")
        const coordinator = background(["stories", input, "--out", out, "--queue", url])
        expect(await coordinator.exit).toBe(0)
        expect(coordinator.lines).toEqual([])
        expect(snapshot(out)).toEqual(reference)
        expect(worker.lines.filter((l) => / done in /.test(l))).toHaveLength(2)
      } finally {
        await stopped(worker)
      }
    },
    LONG
  )

  it(
    "runs a story again when its worker is killed mid-job, and loses nothing nor writes it twice",
    async () => {
      const url = `${redis.url}/1`
      const first = background(["worker", "--queue", url, "--threads", "1", "--stall-seconds", "2"])
      let second: Background | null = null
      try {
        await first.waitFor(/serving diplo-stories/)
        const out = join(work, "queue-kill")
        const coordinator = background(["stories", input, "--out", out, "--queue", url])
        const started = await first.waitFor(/ started \(attempt 1\)/)
        const story = /(s-[0-9a-f]{12})/.exec(started)![1]!
        first.child.kill("SIGKILL")
        await first.exit
        expect(first.lines.some((l) => l.includes(`${story} done`))).toBe(false)
        second = background(["worker", "--queue", url, "--threads", "1", "--stall-seconds", "2"])
        expect(await coordinator.exit).toBe(0)
        // The killed job was taken again by the second worker, once its lock ran out.
        expect(second.lines.filter((l) => l.includes(`${story} started`))).toHaveLength(1)
        expect(snapshot(out)).toEqual(reference)
        const index = readIndex(out)
        expect(index.stories.filter((s) => s.comparison !== null).map((s) => s.comparison?.status)).toEqual([
          "done",
          "done"
        ])
      } finally {
        first.child.kill("SIGKILL")
        if (second !== null) await stopped(second)
      }
    },
    LONG
  )
})

describe("diplo compare on articles of several events", () => {
  it(
    "warns on stderr, points to diplo stories and still compares (exit 0); articles of one event get no warning",
    () => {
      const treaty = ["courier-treaty.md", "post-treaty.json"].map((f) => join(FIXTURE, f))
      const mixed = diplo(["compare", ...treaty, join(FIXTURE, "courier-strike.md")])
      expect(mixed.code).toBe(0)
      expect(mixed.stdout.startsWith("# ")).toBe(true)
      expect(mixed.stderr).toMatch(
        /^diplo: warning: these 3 articles look like 2 different events, not one \(.*\); .* run diplo stories .* --out DIR\n$/
      )
      const one = diplo(["compare", ...treaty])
      expect([one.code, one.stderr]).toEqual([0, ""])
    },
    LONG
  )
})
