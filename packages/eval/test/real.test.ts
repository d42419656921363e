import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { loadRealEvents, real, scoreRealEvents } from "../src/suites/real.js"

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, "../../..")
const tools = resolve(repoRoot, "../shared/tools/real.mjs")
const goldDir = resolve(repoRoot, "../shared/gold/real")
const cli = resolve(repoRoot, "apps/report/dist/bin.js")
const missing = [tools, goldDir, cli].filter((p) => !existsSync(p))

describe("real suite against the external scorer", () => {
  it.skipIf(missing.length > 0)(
    `gives the figures of node ../shared/tools/real.mjs ../shared/gold/real on the current build${missing.length > 0 ? ` (skipped: ${missing.join(", ")} not found)` : ""}`,
    async () => {
      const external = JSON.parse(
        execFileSync("node", [tools, goldDir, "--json"], { cwd: repoRoot, encoding: "utf8", maxBuffer: 1 << 28 })
      ) as Record<string, unknown>
      const run = await scoreRealEvents({}, loadRealEvents(goldDir) ?? [])
      const { failed, ...figures } = external
      expect(failed).toEqual(run.failed)
      expect(run.diplo).toEqual(figures)
    },
    300_000
  )
})

describe("real suite without its gold", () => {
  it("is not scored, and says where it looked", async () => {
    const result = await real.run({ goldDir: "/nonexistent/gold", corpusDir: "/nonexistent/corpus", repoRoot })
    expect(result.skipped).toBe("no gold at /nonexistent/gold/real")
    expect(result.metrics).toEqual([])
  })
})
