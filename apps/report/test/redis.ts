import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import { createServer } from "node:net"

/** A Redis server of the test's own, on 127.0.0.1 and a free port, with nothing saved to disk. */
export interface TestRedis {
  readonly url: string
  readonly stop: () => Promise<void>
}

/** True when `redis-server` is on the PATH (.ci/run installs it; a developer may not have it). */
export const hasRedis = (): boolean => spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })

/** Starts redis-server in the foreground as a child (so it is stopped by its pid) and waits until it is ready. */
export const startRedis = async (): Promise<TestRedis> => {
  const port = await freePort()
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] }
  )
  await new Promise<void>((resolve, reject) => {
    let seen = ""
    const timer = setTimeout(() => reject(new Error(`redis-server did not start on port ${port}: ${seen}`)), 15_000)
    child.stdout!.on("data", (chunk: Buffer) => {
      seen += chunk.toString()
      if (seen.includes("Ready to accept connections")) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.once("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`redis-server exited with ${code}: ${seen}`))
    })
  })
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once("exit", () => resolve())
        child.kill("SIGTERM")
      })
  }
}
