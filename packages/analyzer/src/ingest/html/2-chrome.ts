import type { PageDocument, PageElement } from "../../adapters/linkedom.js"
import chrome from "../../lexicons/page-chrome.json" with { type: "json" }

const ELEMENTS: ReadonlySet<string> = new Set(chrome.entries.elements)
const ROLES: ReadonlySet<string> = new Set(chrome.entries.roles)
const CLASS_WORDS: readonly string[] = chrome.entries.classWords
const COMMENT_WORDS: readonly string[] = chrome.entries.commentWords
/** Where the article is, when a page says so; such an element and what holds it are never chrome. */
const ARTICLE_MARKS = "main, [role=main], [itemprop~=articleBody], [itemprop~=articlebody]"
/** Above this share of the page's text, an element named like chrome is the content after all (a `paywall` body). */
const CONTENT_SHARE = 0.5

/**
 * Removes the page chrome from a page, in place: elements that are never the article (scripts, forms, media,
 * `nav`, `aside`, `header`, `footer`), ARIA landmarks and dialogs that are not the main one, hidden elements, and
 * elements whose class or id names a share bar, newsletter box, cookie banner, paywall teaser, related links, byline,
 * reader comments and the like (lexicons/page-chrome.json). The element that holds the article (`main`,
 * `itemprop=articleBody`) and anything holding more than half the page's text are kept, unless they are comments.
 */
export const removeChrome = (document: PageDocument): void => {
  const body = document.body
  const pageText = textLength(body)
  for (const element of Array.from(body.querySelectorAll("*"))) {
    if (!body.contains(element)) continue
    const verdict = chromeOf(element)
    if (verdict === null) continue
    const holdsArticle = element.matches(ARTICLE_MARKS) || element.querySelector(ARTICLE_MARKS) !== null
    if (verdict === "comments" && element.querySelector(ARTICLE_MARKS) === null) element.remove()
    else if (!holdsArticle && (verdict === "element" || textLength(element) <= CONTENT_SHARE * pageText))
      element.remove()
  }
}

/** Why an element is chrome: by its name, role or visibility ("element"), its class ("class"), comments; or null. */
const chromeOf = (element: PageElement): "element" | "class" | "comments" | null => {
  const name = element.tagName.toLowerCase()
  if (name === "main" || name === "body" || name === "html") return null
  const words = classWords(element)
  if (COMMENT_WORDS.some((word) => words.includes(`-${word}-`))) return "comments"
  if (ELEMENTS.has(name)) return "element"
  const role = (element.getAttribute("role") ?? "").trim().toLowerCase()
  if (role !== "" && role.split(/\s+/).some((r) => ROLES.has(r))) return "element"
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return "element"
  if (/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(element.getAttribute("style") ?? ""))
    return "element"
  // An <article> is the story unless it is a reader's comment; its class may well say "tags" or "author".
  if (name === "article") return null
  return CLASS_WORDS.some((word) => words.includes(`-${word}-`)) ? "class" : null
}

/**
 * The class and id of an element as `-word-word-` runs, one per token, so that a listed word or hyphenated phrase
 * matches whole words only: `share-bar` and `shareBar` hold "share", `shared-story` does not; `ad-slot` holds "ad",
 * `lead` does not.
 */
const classWords = (element: PageElement): string => {
  const tokens = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .split(/\s+/)
  return tokens
    .map((token) => token.split(/[^a-z0-9]+/).filter((word) => word !== ""))
    .filter((words) => words.length > 0)
    .map((words) => `-${words.join("-")}-`)
    .join(" ")
}

const textLength = (element: PageElement): number => (element.textContent ?? "").replace(/\s+/g, "").length
