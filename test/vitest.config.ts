import { defineConfig } from "vitest/config"

// The commands of README.md and of `diplo --help`, run as written (npm run test:commands, after turbo's tasks).
export default defineConfig({ test: { name: "commands", include: ["test/commands.test.ts"], testTimeout: 300_000 } })
