// Writes the JSON Schemas of the model (from the built package) into the folder given:
// comparison.schema.json (the Comparison) and stories-index.schema.json (the index of diplo stories).
import { mkdirSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { comparisonJsonSchema, storiesIndexJsonSchema } from "../dist/index.js"

const target = process.argv[2]
if (!target) {
  console.error("usage: node scripts/emit-schema.mjs OUT-DIR")
  process.exit(2)
}
const out = resolve(process.cwd(), target)
mkdirSync(out, { recursive: true })
for (const [name, schema] of [
  ["comparison.schema.json", comparisonJsonSchema()],
  ["stories-index.schema.json", storiesIndexJsonSchema()]
])
  writeFileSync(join(out, name), `${JSON.stringify(schema, null, 2)}\n`)
