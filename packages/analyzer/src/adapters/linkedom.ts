/**
 * linkedom (ISC): a small, fast DOM for Node, enough for Readability and for the readers' queries. Its nodes are
 * described here by the few members diplo uses, so nothing else needs DOM typings. CommonJS, loaded on first use.
 */
import { packageRequire } from "../Package.js"
import { standardHtml } from "./parse5.js"

/** A node of a page: an element, a run of text, or anything else (comments), told apart by `nodeType`. */
export interface PageNode {
  /** 1 for an element, 3 for text. */
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<PageNode>
  readonly parentElement: PageElement | null
}

/** An element of a page; `tagName` is upper case. */
export interface PageElement extends PageNode {
  readonly tagName: string
  readonly children: ArrayLike<PageElement>
  getAttribute(name: string): string | null
  hasAttribute(name: string): boolean
  querySelector(selectors: string): PageElement | null
  querySelectorAll(selectors: string): ArrayLike<PageElement>
  contains(other: PageNode): boolean
  matches(selectors: string): boolean
  remove(): void
}

/** A parsed page. */
export interface PageDocument {
  readonly documentElement: PageElement
  readonly head: PageElement
  readonly body: PageElement
  querySelector(selectors: string): PageElement | null
  querySelectorAll(selectors: string): ArrayLike<PageElement>
}

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3

let linkedom: { readonly parseHTML: (html: string) => { readonly document: PageDocument } } | undefined

/** Parses a page into a DOM, with the tree a browser would build (see parse5.ts). */
export const parsePage = (html: string): PageDocument => {
  linkedom ??= packageRequire("linkedom") as NonNullable<typeof linkedom>
  return linkedom.parseHTML(standardHtml(html)).document
}
