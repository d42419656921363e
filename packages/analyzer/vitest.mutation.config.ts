import { fileURLToPath } from "node:url"
import { defineProject } from "vitest/config"

// The config Stryker runs (npm run mutation): the package's tests, with `@diplo/analyzer` read from src so a
// mutant in src reaches the tests that import the public name. hostile.test.ts (inputs of a million characters)
// and invariants.test.ts (property runs over whole comparisons) cost most of the suite's time and kill nothing the
// rule tests do not; they still run in `npm test`.
export default defineProject({
  resolve: {
    alias: [{ find: /^@diplo\/analyzer$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) }]
  },
  test: {
    name: "analyzer-mutation",
    include: ["test/**/*.test.ts"],
    exclude: ["test/hostile.test.ts", "test/invariants.test.ts"],
    testTimeout: 30_000
  }
})
