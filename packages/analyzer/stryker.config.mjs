// StrykerJS over the analyzer's src (npm run mutation; not part of npm test or .ci/run). scripts/mutation.mjs
// runs it once per folder (classify, extract, ingest) with its own `mutate` glob, report and incremental file.
import { readFileSync } from "node:fs"
import { mutateRanges } from "./scripts/mutation-sample.mjs"

const folder = process.env.DIPLO_MUTATION_FOLDER ?? "all"
// A sampled run (npm run mutation -- FOLDER --sample N) mutates only the sampled mutants' locations, with the
// ignorer of scripts/mutation-sample.mjs, and reports apart from the folder's full runs.
const sampleFile = process.env.DIPLO_MUTATION_SAMPLE
const sample = sampleFile === undefined ? undefined : JSON.parse(readFileSync(sampleFile, "utf8")).mutants
const reports = `reports/mutation/${folder}${sample === undefined ? "" : "-sample"}`
const globs = folder === "all" ? ["src/{classify,extract,ingest}/**/*.ts"] : [`src/${folder}/**/*.ts`]

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  mutate: sample === undefined ? globs : mutateRanges(sample),
  ...(sample === undefined
    ? {}
    : { plugins: ["@stryker-mutator/*", "./scripts/mutation-sample.mjs"], ignorers: ["diplo-sample"] }),
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", dir: "." },
  // The sandbox sits one level under the repo root, as deep as this package, so the tests' `../../../examples`
  // paths still reach the repo's examples.
  tempDirName: "../../.stryker-tmp",
  // Nothing to rewrite at that depth, and Stryker's rewriter loads TypeScript's JS API, which TS 7 has not.
  tsconfigFile: "none.json",
  // dist stays: align.test.ts loads dist/adapters/vectors.js in a child process.
  ignorePatterns: ["reports", "*.tsbuildinfo", ".turbo"],
  coverageAnalysis: "perTest",
  // A static mutant (a module-level constant) needs the whole suite per mutant: skipped, and counted in the report.
  ignoreStatic: true,
  concurrency: 1,
  timeoutMS: 60_000,
  timeoutFactor: 2,
  reporters: ["clear-text", "progress-append-only", "json", "html"],
  htmlReporter: { fileName: `${reports}/index.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  // Gitignored: it describes this checkout's src and tests, and the three folders change on several branches.
  incrementalFile: `${reports}/stryker-incremental.json`,
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 80, low: 70, break: null },
  cleanTempDir: "always"
}
