import { ELEMENT_NODE, type PageElement, type PageNode, TEXT_NODE } from "../../adapters/linkedom.js"
import boilerplate from "../../lexicons/page-boilerplate.json" with { type: "json" }

/** Elements that start a new paragraph in the text. */
const BLOCKS: ReadonlySet<string> = new Set([
  "address",
  "article",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "html",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul"
])
/** Elements whose text is never prose, should one survive the cleaning. */
const NEVER_TEXT: ReadonlySet<string> = new Set(["script", "style", "noscript", "template", "head", "title"])

const BOILERPLATE: readonly RegExp[] = boilerplate.entries.boilerplate.map((source) => new RegExp(source, "iu"))
const BYLINES: readonly RegExp[] = boilerplate.entries.bylines.map((source) => new RegExp(source, "u"))
const DATE_WORDS: ReadonlySet<string> = new Set(boilerplate.entries.dateWords)
const MONTH_OR_DAY =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?$/
/** Longest block that can be boilerplate, and longest that can be a byline or the page's date line, in words. */
const MAX_BOILERPLATE_WORDS = 40
const MAX_BYLINE_WORDS = 12
const MAX_DATE_LINE_WORDS = 14

/**
 * The text of the article element: one paragraph per block element (paragraphs, headings, list items, table
 * rows, ...), separated by a blank line; a `<br>` is a line break inside its paragraph; spaces collapsed except in
 * `<pre>`. Blocks that are not the article are left out: bylines ("By Jane Doe", or a writer's name alone), the
 * page's date line ("Published 18 March 2021, 10:00 GMT"), and boilerplate such as "Share on Facebook",
 * "Subscribe to our newsletter" or "© 2021 Example News" (lexicons/page-boilerplate.json).
 */
export const articleText = (element: PageElement, authors: readonly string[]): string =>
  blocksOf(element)
    .filter((block) => !isBoilerplate(block) && !isByline(block, authors) && !isDateLine(block))
    .join("\n\n")

/** The blocks of an element's text, in order, each trimmed, its lines trimmed, and none empty. */
const blocksOf = (root: PageElement): string[] => {
  const blocks: string[] = []
  let current = ""
  const flush = () => {
    const block = current
      .split("\n")
      .map((line) => line.replace(/[ \t\f\r\u00A0]+/g, " ").trim())
      .filter((line) => line !== "")
      .join("\n")
    if (block !== "") blocks.push(block)
    current = ""
  }
  // An explicit stack, not recursion: a page may nest elements thousands deep.
  const stack: { readonly node: PageNode; readonly pre: boolean; readonly leaving: boolean }[] = [
    { node: root, pre: false, leaving: false }
  ]
  while (stack.length > 0) {
    const { node, pre, leaving } = stack.pop()!
    if (node.nodeType === TEXT_NODE) {
      const raw = (node.textContent ?? "").replace(/\u00A0/g, " ")
      current += pre ? raw : raw.replace(/[ \t\n\r\f]+/g, " ")
      continue
    }
    if (node.nodeType !== ELEMENT_NODE) continue
    const name = node.nodeName.toLowerCase()
    if (NEVER_TEXT.has(name)) continue
    if (leaving) {
      if (BLOCKS.has(name)) flush()
      else if (name === "td" || name === "th") current += " "
      continue
    }
    if (name === "br") {
      current = `${current.trimEnd()}\n`
      continue
    }
    if (BLOCKS.has(name)) flush()
    else if (name === "td" || name === "th") current += " "
    const inPre = pre || name === "pre" || name === "textarea"
    stack.push({ node, pre: inPre, leaving: true })
    const children = node.childNodes
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, pre: inPre, leaving: false })
  }
  flush()
  return blocks
}

const wordCount = (block: string): number => block.split(/\s+/).filter((w) => w !== "").length

const isBoilerplate = (block: string): boolean =>
  wordCount(block) <= MAX_BOILERPLATE_WORDS && BOILERPLATE.some((pattern) => pattern.test(block))

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", or a block that is a writer's name the page states. */
const isByline = (block: string, authors: readonly string[]): boolean => {
  if (wordCount(block) > MAX_BYLINE_WORDS) return false
  if (BYLINES.some((pattern) => pattern.test(block))) return true
  const bare = block.replace(/[\s,;|·•–—-]+$/u, "").toLowerCase()
  return authors.some((author) => author.toLowerCase() === bare)
}

/** A short block made of a date, a time and words such as "Published", "Updated", "GMT" only. */
const isDateLine = (block: string): boolean => {
  if (wordCount(block) > MAX_DATE_LINE_WORDS) return false
  const words = block
    .toLowerCase()
    .split(/[\s,;:|·•/()–—-]+/u)
    .filter((w) => w !== "")
  let dated = false
  for (const word of words) {
    if (/^\d+(?:[.:]\d+)*(?:st|nd|rd|th|am|pm|h|z)?$/.test(word)) dated ||= /\d{4}|:/.test(word) || words.length > 1
    else if (MONTH_OR_DAY.test(word)) dated = true
    else if (!DATE_WORDS.has(word)) return false
  }
  return dated && words.some((w) => /\d/.test(w) || MONTH_OR_DAY.test(w) || w === "ago")
}
