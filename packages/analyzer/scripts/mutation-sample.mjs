// A seeded random sample of a folder's mutants, for a mutation score where the whole folder would take hours
// (npm run mutation -- FOLDER --sample N [--seed S]). Stryker has no option to test chosen mutants, so:
// - `sampleMutants` lists every mutant of the folder with Stryker's own instrumenter (the same mutators and
//   locations a full run makes) and draws N of them with a seeded shuffle, so a run can be repeated;
// - stryker.config.mjs then mutates only the sampled mutants' locations (`mutate` ranges), and the ignorer
//   below marks "Ignored" every node inside those ranges that is neither sampled nor holds a sampled node, so
//   Stryker tests the sampled nodes (all mutators of such a node: it cannot keep one) and little else;
// - `sampleScore` scores the sampled mutants alone from the report, with a 95% Wilson interval.
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { PluginKind, declareValuePlugin } from "@stryker-mutator/api/plugin"
import { Instrumenter } from "@stryker-mutator/instrumenter"

const quiet = new Proxy({}, { get: (_, name) => (String(name).startsWith("is") ? () => false : () => {}) })

/** Every mutant of `src/FOLDER/**.ts` under `root` (the package), in file and position order. */
export const folderMutants = async (root, folder) => {
  const names = readdirSync(join(root, "src", folder), { recursive: true })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => `src/${folder}/${f.split("\\").join("/")}`)
    .sort()
  const files = names.map((name) => ({ name, content: readFileSync(join(root, name), "utf8"), mutate: true }))
  const { mutants } = await new Instrumenter(quiet).instrument(files, {
    plugins: null,
    excludedMutations: [],
    ignorers: []
  })
  return mutants.filter((m) => m.status === undefined)
}

/** A mutant's identity across runs: file, location (0-based lines, as Stryker reports), mutator, replacement. */
export const mutantKey = (fileName, m) =>
  `${fileName}|${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column}|${m.mutatorName}|${m.replacement}`

/** N mutants drawn by a seeded Fisher-Yates shuffle (a 32-bit LCG: the same seed, the same sample). */
export const sampleMutants = (mutants, n, seed) => {
  let state = seed >>> 0
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
  const order = mutants.map((_, i) => i)
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  return order.slice(0, n).map((i) => mutants[i])
}

/** Stryker `mutate` strings for the sampled mutants (1-based lines, inclusive columns). */
export const mutateRanges = (sample) =>
  sample.map(
    (m) =>
      `${m.fileName}:${m.location.start.line + 1}:${m.location.start.column}-${m.location.end.line + 1}:${m.location.end.column}`
  )

const contains = (outer, inner) =>
  (outer.start.line < inner.start.line ||
    (outer.start.line === inner.start.line && outer.start.column <= inner.start.column)) &&
  (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.column >= inner.end.column))

/** Kills, timeouts and the rest among the sampled mutants of a Stryker JSON report, and the score's interval. */
export const sampleScore = (report, sample) => {
  const status = new Map()
  for (const [fileName, file] of Object.entries(report.files))
    for (const m of file.mutants) {
      // The report's lines and columns start at 1 (mutation-testing-report-schema); the instrumenter's at 0.
      const { start, end } = m.location
      const location = {
        start: { line: start.line - 1, column: start.column - 1 },
        end: { line: end.line - 1, column: end.column - 1 }
      }
      status.set(mutantKey(fileName.split("\\").join("/"), { ...m, location }), m.status)
    }
  const counts = {}
  for (const m of sample) {
    const s = status.get(mutantKey(m.fileName, m)) ?? "NotTested"
    counts[s] = (counts[s] ?? 0) + 1
  }
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0)
  const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0)
  const p = valid === 0 ? 0 : detected / valid
  const z = 1.96
  const centre = (p + (z * z) / (2 * valid)) / (1 + (z * z) / valid)
  const half = (z / (1 + (z * z) / valid)) * Math.sqrt((p * (1 - p)) / valid + (z * z) / (4 * valid * valid)) || 0
  return { counts, detected, valid, score: p, low: centre - half, high: centre + half }
}

// The ignorer Stryker loads (stryker.config.mjs, when DIPLO_MUTATION_SAMPLE names a sample file).
const sampled = () => {
  const file = process.env.DIPLO_MUTATION_SAMPLE
  if (file === undefined) return []
  return JSON.parse(readFileSync(file, "utf8")).mutants.map((m) => ({
    fileName: m.fileName,
    // Babel's lines start at 1; the sample keeps Stryker's 0-based ones.
    loc: {
      start: { line: m.location.start.line + 1, column: m.location.start.column },
      end: { line: m.location.end.line + 1, column: m.location.end.column }
    }
  }))
}
let cache
const inSample = (path) => {
  cache ??= sampled()
  const loc = path.node.loc
  if (!loc) return true
  const file = String(path.hub?.file?.opts?.filename ?? "")
    .split("\\")
    .join("/")
  return cache.some(
    (m) => (file === "" || file.endsWith(`/${m.fileName}`) || file === m.fileName) && contains(loc, m.loc)
  )
}
export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "diplo-sample", {
    shouldIgnore: (path) => (inSample(path) ? undefined : "Not in the sample (npm run mutation -- --sample)")
  })
]
