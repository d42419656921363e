/**
 * parse5 (MIT): the HTML standard's tree construction, as browsers parse a page. linkedom builds its tree as the
 * markup is written, so a page without `<html>` or `<body>` (a saved fragment, `<!doctype html><p>…`) would have an
 * empty body; parse5 makes the whole document (implied `<html>`, `<head>`, `<body>`, closed `<p>` and table cells),
 * and its serialization is what linkedom reads. CommonJS (7.x; 8.x is an ES module only), loaded on first use.
 */
import { packageRequire } from "../Package.js"

/** A node of parse5's default tree: elements and the document have children; text has none. */
interface TreeNode {
  childNodes?: TreeNode[]
  parentNode?: TreeNode | null
}

interface Parse5 {
  readonly parse: (html: string) => TreeNode
  readonly serialize: (document: TreeNode) => string
}

let parse5: Parse5 | undefined

/**
 * Deepest nesting kept, as Chromium's parser does (512): deeper elements become children of the element at this
 * depth, in document order. Nothing is lost, and the serializer, linkedom and Readability, which recurse on
 * depth, cannot run out of stack on a page nested thousands deep.
 */
const MAX_DEPTH = 512

/** The page as the HTML standard parses it, written back as complete, well-formed markup. */
export const standardHtml = (html: string): string => {
  parse5 ??= packageRequire("parse5") as Parse5
  const document = parse5.parse(html)
  flattenBelow(document, MAX_DEPTH)
  return parse5.serialize(document)
}

const flattenBelow = (root: TreeNode, maxDepth: number): void => {
  const stack: [TreeNode, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    const children = node.childNodes
    if (children === undefined) continue
    if (depth < maxDepth) {
      for (const child of children) stack.push([child, depth + 1])
      continue
    }
    const flat: TreeNode[] = []
    const pending = [...children].reverse()
    while (pending.length > 0) {
      const next = pending.pop()!
      const inner = next.childNodes ?? []
      for (let i = inner.length - 1; i >= 0; i--) pending.push(inner[i]!)
      if (next.childNodes !== undefined) next.childNodes = []
      next.parentNode = node
      flat.push(next)
    }
    node.childNodes = flat
  }
}
