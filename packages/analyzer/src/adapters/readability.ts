/**
 * @mozilla/readability (Apache-2.0), the reader view of Firefox: finds the article in a page (scoring blocks by
 * their text, commas and links, and dropping those whose class or id says comment, sidebar, share, footer, ...)
 * and its byline. It works on a DOM (linkedom's, see linkedom.ts) and changes it. CommonJS, loaded on first use.
 */
import { packageRequire } from "../Package.js"
import type { PageDocument, PageElement } from "./linkedom.js"

/** What Readability found: the article's element and the metadata it read (each null when not found). */
export interface ReaderView {
  /** The element holding the article's content, cleaned of what Readability took for clutter. */
  readonly content: PageElement
  readonly title: string | null
  readonly byline: string | null
  readonly siteName: string | null
  readonly publishedTime: string | null
}

interface ReadabilityResult {
  readonly content: PageElement | null | undefined
  readonly title: string | null | undefined
  readonly byline: string | null | undefined
  readonly siteName: string | null | undefined
  readonly publishedTime: string | null | undefined
}

type ReadabilityClass = new (
  document: PageDocument,
  options: { readonly serializer: (node: PageElement) => PageElement }
) => { parse(): ReadabilityResult | null }

let Readability: ReadabilityClass | undefined

/**
 * The reader view of a page, or null when Readability finds no article. The document is changed (elements are
 * removed and renamed), so read anything else from it first.
 */
export const readerView = (document: PageDocument): ReaderView | null => {
  Readability ??= (packageRequire("@mozilla/readability") as { Readability: ReadabilityClass }).Readability
  const result = new Readability(document, { serializer: (node) => node }).parse()
  if (result?.content == null) return null
  return {
    content: result.content,
    title: result.title ?? null,
    byline: result.byline ?? null,
    siteName: result.siteName ?? null,
    publishedTime: result.publishedTime ?? null
  }
}
