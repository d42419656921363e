#!/usr/bin/env node
/**
 * The `diplo` command as installed. It runs the bundled CLI (`diplo.cjs`, made by scripts/bundle.mjs from main.js
 * and everything it imports) with the V8 code cache made when it was built (`diplo.cjs.cache`), so a run starts
 * without compiling most of the code again. A missing, stale or rejected cache only costs that compile time: the
 * cache is used only when it was made from exactly this bundle (its first 32 bytes are the bundle's SHA-256).
 */
import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname } from "node:path"
import { fileURLToPath } from "node:url"
import { Script } from "node:vm"

const bundle = fileURLToPath(new URL("./diplo.cjs", import.meta.url))
let source: string
try {
  source = readFileSync(bundle, "utf8")
} catch {
  process.stderr.write(`diplo: internal error: ${bundle} is missing; build the report app (npm run build)\n`)
  process.exit(1)
}
const digest = createHash("sha256").update(source).digest()
let cachedData: Buffer | undefined
try {
  const cache = readFileSync(`${bundle}.cache`)
  if (cache.subarray(0, 32).equals(digest)) cachedData = cache.subarray(32)
} catch {
  // No cache: compile as usual.
}
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  ...(cachedData ? { cachedData } : {})
})
const module = { exports: {} }
const run = script.runInThisContext() as (
  exports: object,
  require: NodeJS.Require,
  module: object,
  filename: string,
  dirname: string
) => void
run(module.exports, createRequire(bundle), module, bundle, dirname(bundle))
