// Writes docs/images/html-report.png, the picture of the HTML report in the README: `diplo demo --format html`
// (the built command) in headless Chromium at 1280 px, with the example's first discrepancy selected.
// Run after the build: npm run screenshots -w apps/report (which also rewrites the test baselines).
import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { launchChromium, openPage } from "../test/browser.js"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url))
const target = join(root, "docs/images/html-report.png")

const demo = spawnSync(process.execPath, [bin, "demo", "--format", "html"], { cwd: root, encoding: "utf8" })
if (demo.status !== 0) {
  console.error(`readme-screenshot: diplo demo --format html failed (exit ${demo.status}): ${demo.stderr.trim()}`)
  process.exit(1)
}
const work = mkdtempSync(join(tmpdir(), "diplo-readme-"))
const browser = await launchChromium()
try {
  const file = join(work, "demo.html")
  writeFileSync(file, demo.stdout)
  const { page, problems, close } = await openPage(browser, pathToFileURL(file).href, { width: 1280, height: 800 })
  await page.click('.finding[data-kind="discrepancy"]')
  await page.waitForFunction(`document.querySelectorAll(".text .hit").length > 0`)
  await page.mouse.move(0, 0)
  const png = await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide" })
  await close()
  const trouble = [...problems.consoleErrors, ...problems.pageErrors, ...problems.requests, ...problems.failedRequests]
  if (trouble.length > 0) throw new Error(`the page misbehaved: ${trouble.join("; ")}`)
  mkdirSync(join(root, "docs/images"), { recursive: true })
  writeFileSync(target, png)
  console.info(`readme-screenshot: wrote ${target}`)
} finally {
  await browser.close()
  rmSync(work, { recursive: true, force: true })
}
