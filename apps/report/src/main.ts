#!/usr/bin/env node
import { main } from "./Cli.js"

// A reader that stops early (diplo compare a b | head) is not an error; a full disk is, in one line.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0)
  process.stderr.write(`diplo: cannot write to standard output: ${error.code ?? error.message}\n`)
  process.exit(1)
})

// No top-level await: the bundle of this file (scripts/bundle.mjs) is CommonJS, which has none.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
