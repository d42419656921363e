// npm run mutation [-- FOLDER... [--incremental] [--sample N [--seed S]] [other stryker flags]]: StrykerJS once
// per folder of src (classify, extract, ingest by default), each with its own report and incremental file under
// reports/mutation/. With --sample, a seeded random sample of N of the folder's mutants is tested instead of all
// of them (scripts/mutation-sample.mjs), and the sample's score is printed with its 95% interval.
import { spawnSync } from "node:child_process"
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { folderMutants, sampleMutants, sampleScore } from "./mutation-sample.mjs"

const FOLDERS = ["classify", "extract", "ingest"]
const args = process.argv.slice(2)
const option = (name) => {
  const at = args.indexOf(name)
  if (at === -1) return undefined
  const value = Number(args[at + 1])
  if (!Number.isInteger(value) || value < 1) {
    console.error(`mutation: ${name} needs a whole number above 0, got "${args[at + 1] ?? ""}"`)
    process.exit(2)
  }
  args.splice(at, 2)
  return value
}
const sampleSize = option("--sample")
const seed = option("--seed") ?? 1
const named = args.filter((a) => FOLDERS.includes(a))
const flags = args.filter((a) => !FOLDERS.includes(a))
const core = createRequire(import.meta.url).resolve("@stryker-mutator/core/package.json")
const stryker = join(dirname(core), "bin", "stryker.js")
const cwd = fileURLToPath(new URL("..", import.meta.url))
for (const folder of named.length === 0 ? FOLDERS : named) {
  const env = { ...process.env, DIPLO_MUTATION_FOLDER: folder }
  const reports = join(cwd, "reports", "mutation", `${folder}-sample`)
  let sample
  if (sampleSize !== undefined) {
    mkdirSync(reports, { recursive: true })
    const all = await folderMutants(cwd, folder)
    sample = sampleMutants(all, sampleSize, seed)
    const file = join(reports, "sample.json")
    writeFileSync(file, `${JSON.stringify({ folder, seed, of: all.length, mutants: sample }, null, 1)}\n`)
    env.DIPLO_MUTATION_SAMPLE = file
    console.log(
      `mutation: src/${folder}, ${sample.length} of ${all.length} mutants (seed ${seed}), report in reports/mutation/${folder}-sample/`
    )
  } else console.log(`mutation: src/${folder} (report in reports/mutation/${folder}/)`)
  const run = spawnSync(process.execPath, [stryker, "run", "stryker.config.mjs", ...flags], {
    cwd,
    stdio: "inherit",
    env
  })
  if (run.status !== 0) process.exit(run.status ?? 1)
  if (sample !== undefined) {
    const s = sampleScore(JSON.parse(readFileSync(join(reports, "mutation.json"), "utf8")), sample)
    const pct = (x) => `${(100 * x).toFixed(1)} %`
    const counts = Object.entries(s.counts)
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")
    console.log(`mutation: src/${folder} sample of ${sample.length} (seed ${seed}): ${counts}`)
    console.log(
      `mutation: src/${folder} sampled score ${pct(s.score)} (${s.detected}/${s.valid}), 95% interval ${pct(s.low)} to ${pct(s.high)}`
    )
    writeFileSync(
      join(reports, "sample-score.json"),
      `${JSON.stringify({ folder, seed, size: sample.length, ...s }, null, 1)}\n`
    )
  }
}
