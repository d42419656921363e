import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import pixelmatch from "pixelmatch"
import { PNG } from "pngjs"

/** The committed screenshots the HTML report is compared with. */
export const BASELINES = fileURLToPath(new URL("./fixtures/html/", import.meta.url))
/** Set to 1 to write the baselines from this run instead of comparing with them (npm run screenshots). */
export const UPDATING = process.env.UPDATE_SCREENSHOTS === "1"
/** Where a failed comparison leaves the new screenshot and the difference, to look at. */
export const DIFFS = join(tmpdir(), "diplo-screenshots")

/** Per-pixel colour distance (pixelmatch's, 0..1) below which two pixels count as the same; anti-aliasing is ignored. */
const THRESHOLD = 0.1
/** Share of the pixels that may differ: a line of text, a mark or a moved block is far more than this. */
const MAX_SHARE = 0.001

export type Verdict = { readonly ok: true; readonly message: string } | { readonly ok: false; readonly message: string }

/**
 * Compares a PNG with the committed baseline `name.png`. A missing baseline fails (it is written only when
 * UPDATE_SCREENSHOTS=1); so does another size, or more than MAX_SHARE of the pixels differing, and then the new
 * image and a picture of the difference are written under DIFFS.
 */
export const compareWithBaseline = (name: string, png: Buffer): Verdict => {
  const baseline = join(BASELINES, `${name}.png`)
  if (UPDATING) {
    mkdirSync(BASELINES, { recursive: true })
    writeFileSync(baseline, png)
    return { ok: true, message: `wrote ${baseline}` }
  }
  if (!existsSync(baseline))
    return {
      ok: false,
      message: `no baseline ${baseline}: make it with npm run screenshots -w apps/report (UPDATE_SCREENSHOTS=1), look at it, and commit it`
    }
  const expected = PNG.sync.read(readFileSync(baseline))
  const actual = PNG.sync.read(png)
  mkdirSync(DIFFS, { recursive: true })
  const actualFile = join(DIFFS, `${name}.actual.png`)
  if (expected.width !== actual.width || expected.height !== actual.height) {
    writeFileSync(actualFile, png)
    return {
      ok: false,
      message: `${name}: the screenshot is ${actual.width}x${actual.height}, the baseline ${expected.width}x${expected.height} (new image: ${actualFile})`
    }
  }
  const diff = new PNG({ width: actual.width, height: actual.height })
  const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: THRESHOLD
  })
  const share = differing / (actual.width * actual.height)
  const summary = `${name}: ${differing} pixels differ (${(share * 100).toFixed(3)}%, at most ${(MAX_SHARE * 100).toFixed(1)}% allowed)`
  if (share <= MAX_SHARE) return { ok: true, message: summary }
  const diffFile = join(DIFFS, `${name}.diff.png`)
  writeFileSync(actualFile, png)
  writeFileSync(diffFile, PNG.sync.write(diff))
  return { ok: false, message: `${summary}; new image ${actualFile}, difference ${diffFile}` }
}
