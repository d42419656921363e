import { defineProject } from "vitest/config"

// update "none": a missing snapshot (toMatchFileSnapshot) fails instead of being written, with or without CI set;
// `vitest run -u` still writes them on purpose.
export default defineProject({
  test: { name: "report", include: ["test/**/*.test.ts"], testTimeout: 30_000, update: "none" }
})
