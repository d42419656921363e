// Bundles the built CLI (dist/main.js) and what it imports into one file, dist/diplo.js, the `diplo` command.
// One module loads much faster than the few hundred small ones of Effect, zod and the analyzer (see
// docs/decisions/0006-bundled-cli.md). Left outside the bundle: the CommonJS libraries the analyzer loads at run
// time from its own package folder (wink-nlp and its model, natural's stemmer), and its data files.
import { build } from "esbuild"

const minify = !process.argv.includes("--readable")

await build({
  entryPoints: [new URL("../dist/main.js", import.meta.url).pathname],
  outfile: new URL("../dist/diplo.js", import.meta.url).pathname,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify,
  // Names stay readable in a profile; tagged errors are told apart by their _tag, not by class names.
  keepNames: true,
  legalComments: "linked",
  // CommonJS code inside the bundle (yaml, world-countries) calls require for Node's own modules.
  banner: {
    js: 'import { createRequire as __diploCreateRequire } from "node:module"; const require = __diploCreateRequire(import.meta.url);'
  },
  logLevel: "warning"
})
