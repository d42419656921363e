// npm run mutation [-- FOLDER... [--incremental] [other stryker flags]]: StrykerJS once per folder of src
// (classify, extract, ingest by default), each with its own report and incremental file under reports/mutation/.
import { spawnSync } from "node:child_process"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const FOLDERS = ["classify", "extract", "ingest"]
const args = process.argv.slice(2)
const named = args.filter((a) => FOLDERS.includes(a))
const flags = args.filter((a) => !FOLDERS.includes(a))
const core = createRequire(import.meta.url).resolve("@stryker-mutator/core/package.json")
const stryker = join(dirname(core), "bin", "stryker.js")
const cwd = fileURLToPath(new URL("..", import.meta.url))
for (const folder of named.length === 0 ? FOLDERS : named) {
  console.log(`mutation: src/${folder} (report in reports/mutation/${folder}/)`)
  const run = spawnSync(process.execPath, [stryker, "run", "stryker.config.mjs", ...flags], {
    cwd,
    stdio: "inherit",
    env: { ...process.env, DIPLO_MUTATION_FOLDER: folder }
  })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
