// Bundles the built CLI (dist/main.js) and what it imports into one CommonJS file, dist/diplo.cjs, and makes its
// V8 code cache, dist/diplo.cjs.cache, by running the bundled example once; dist/bin.js (the `diplo` command) runs
// the bundle with that cache. One file, mostly compiled already, starts far faster than the few hundred small
// modules of Effect, zod and the analyzer (docs/decisions/0006-bundled-cli.md). Left outside the bundle: the
// CommonJS libraries the analyzer loads at run time from its own package folder (wink-nlp and its model), its data
// files, and the worker pool and queue libraries named in `external` below. The worker threads of `diplo stories`
// run a second bundle, dist/diplo-thread.cjs.
//   node scripts/bundle.mjs [--readable]   (--readable: no minifying, for reading a profile)
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname } from "node:path"
import { fileURLToPath } from "node:url"
import { Script } from "node:vm"

const bundle = fileURLToPath(new URL("../dist/diplo.cjs", import.meta.url))
const cacheFile = `${bundle}.cache`

if (process.argv[2] === "--make-cache") {
  // In a child process: run the bundle on the example as bin.js does, then save what V8 compiled.
  const source = readFileSync(bundle, "utf8")
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle
  })
  process.argv = [process.argv[0], bundle, "demo"]
  process.on("exit", () => {
    const digest = createHash("sha256").update(source).digest()
    writeFileSync(cacheFile, Buffer.concat([digest, script.createCachedData()]))
  })
  const module = { exports: {} }
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle))
} else {
  const { build } = await import("esbuild")
  rmSync(cacheFile, { force: true })
  const common = {
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    minify: !process.argv.includes("--readable"),
    // Names stay readable in a profile; tagged errors are told apart by their _tag, not by class names.
    keepNames: true,
    // import.meta.url, which CommonJS lacks, is the bundle's own file URL.
    define: { "import.meta.url": "__diploBundleUrl" },
    banner: { js: 'var __diploBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    // Loaded from node_modules at run time: the worker pool starts threads from its own files (piscina), BullMQ
    // requires its Redis driver and msgpackr (with an optional native part) by name, and cli-progress is loaded
    // only when stderr is a terminal.
    external: ["piscina", "bullmq", "ioredis", "msgpackr", "cli-progress"],
    // bin.js runs the bundle as a vm Script, which has no dynamic import(): an external's import() becomes require().
    supported: { "dynamic-import": false },
    logLevel: "warning"
  }
  await build({ ...common, entryPoints: [fileURLToPath(new URL("../dist/main.js", import.meta.url))], outfile: bundle })
  // The worker threads of `diplo stories` and `diplo worker` run this file: one story's comparison each.
  await build({
    ...common,
    entryPoints: [fileURLToPath(new URL("../dist/stories/Thread.js", import.meta.url))],
    outfile: fileURLToPath(new URL("../dist/diplo-thread.cjs", import.meta.url))
  })
  // The bundle is wrapped in a function to run (see bin.ts): main.js's #! line would break it.
  writeFileSync(bundle, readFileSync(bundle, "utf8").replace(/^#!.*\n/, ""))
  const made = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--make-cache"], {
    stdio: ["ignore", "ignore", "inherit"]
  })
  if (made.status !== 0) {
    console.error(`bundle: running the bundled example to make the code cache failed (exit ${made.status})`)
    process.exit(1)
  }
}
