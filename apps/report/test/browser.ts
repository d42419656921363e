import { existsSync } from "node:fs"
import { type Browser, chromium, type Page } from "playwright-core"

/**
 * Headless Chromium for the HTML report's tests and screenshots: the Debian build (apt-get install chromium),
 * never a browser of playwright's own, which cannot be downloaded here. CHROMIUM_PATH points elsewhere.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
export const HAS_CHROMIUM = existsSync(CHROMIUM)
/** In CI, or with DIPLO_REQUIRE_BROWSER=1, a missing browser fails the browser tests instead of skipping them. */
export const REQUIRE_BROWSER = process.env.DIPLO_REQUIRE_BROWSER === "1" || (process.env.CI ?? "") !== ""
export const NO_CHROMIUM = `skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`

// What works on these machines: no GPU, no sandbox as root, and no background connections (the network is closed,
// and Chromium's own calls home fail many at a time). playwright adds a fresh temporary profile (--user-data-dir)
// to every launch and removes it on close.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
]

/** Starts the browser; generous timeout, since a loaded two-core machine can take many seconds. */
export const launchChromium = (timeout = 60_000): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, timeout })

/** Everything a page did wrong while it was open: console errors, uncaught exceptions, requests it made. */
export interface PageProblems {
  readonly consoleErrors: string[]
  readonly pageErrors: string[]
  /** Any request but the page's own file: the report must fetch nothing. */
  readonly requests: string[]
  readonly failedRequests: string[]
}

/** A new page of its own context at a viewport size, with its problems recorded from the start. */
export const openPage = async (
  browser: Browser,
  url: string,
  viewport: { readonly width: number; readonly height: number }
): Promise<{ page: Page; problems: PageProblems; close: () => Promise<void> }> => {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: "reduce" })
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], requests: [], failedRequests: [] }
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.consoleErrors.push(message.text())
  })
  page.on("pageerror", (error) => problems.pageErrors.push(error.message))
  page.on("request", (request) => {
    if (request.url() !== url) problems.requests.push(request.url())
  })
  page.on("requestfailed", (request) =>
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`)
  )
  await page.goto(url, { waitUntil: "load", timeout: 30_000 })
  return { page, problems, close: () => context.close() }
}
