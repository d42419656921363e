import { type PageDocument, type PageElement, parsePage } from "../../adapters/linkedom.js"
import { readerView } from "../../adapters/readability.js"
import { removeChrome } from "./2-chrome.js"

/** The element whose text is the article, and the byline Readability found in it. */
export interface ArticleElement {
  readonly element: PageElement
  readonly byline: string | null
  readonly siteName: string | null
  readonly publishedTime: string | null
}

/**
 * The article of a page as a reader sees it: the page's chrome removed (2-chrome.ts), then Mozilla's Readability
 * picks the article among what is left. When Readability finds none (a page of a few lines, or a list), the cleaned
 * `<body>` is the article. The document is changed.
 */
export const articleOf = (document: PageDocument, html: string): ArticleElement => {
  removeChrome(document)
  const view = readerView(document)
  if (view !== null && hasText(view.content))
    return { element: view.content, byline: view.byline, siteName: view.siteName, publishedTime: view.publishedTime }
  // Readability changed the document on its way to nothing: read the page again.
  const fresh = parsePage(html)
  removeChrome(fresh)
  return { element: fresh.body, byline: null, siteName: null, publishedTime: null }
}

const hasText = (element: PageElement): boolean => /\S/.test(element.textContent ?? "")
