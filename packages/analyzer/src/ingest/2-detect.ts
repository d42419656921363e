/** The readers there are; `diplo` is the example format, ` date YYYY-MM-DD ` followed by the body. */
export type ArticleFormat = "diplo" | "text" | "markdown" | "json" | "html"

const BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  json: "json",
  html: "html",
  htm: "html",
  xhtml: "html"
}

/** ` date ` then anything (the example format), or a first line `Date: …` / `date 2021…` in any case. */
const DATE_HEADER = /^ date\s|^[ \t]*date(?:[ \t]*:[ \t]*\S|[ \t]+\d)/i

/**
 * The reader for a file: `.json` and `.html` choose by extension; a first line that is a date header (` date
 * 2021-03-18 `, `Date: 2021-03-18`) makes any other file the example format; then `.md` is Markdown, and for `.txt`
 * and anything else the content decides (`---` front matter, a leading `{`, `<!doctype html` or `<html`), plain
 * text otherwise.
 */
export const detectFormat = (path: string | null, text: string): ArticleFormat => {
  const dot = path?.lastIndexOf(".") ?? -1
  const slash = Math.max(path?.lastIndexOf("/") ?? -1, path?.lastIndexOf("\\") ?? -1)
  const byExtension = path !== null && dot > slash + 1 ? BY_EXTENSION[path.slice(dot + 1).toLowerCase()] : undefined
  if (byExtension === "json" || byExtension === "html") return byExtension
  if (DATE_HEADER.test(text)) return "diplo"
  if (byExtension === "markdown") return byExtension
  if (/^---[ \t]*\n/.test(text)) return "markdown"
  const head = text.slice(0, 1000).trimStart()
  if (head.startsWith("{")) return "json"
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)?<(?:!doctype\s+html|html[\s>])/i.test(head)) return "html"
  return "text"
}
