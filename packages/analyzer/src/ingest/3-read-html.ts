import * as Effect from "effect/Effect"
import { parsePage } from "../adapters/linkedom.js"
import { InputError } from "../Errors.js"
import { type Article, article } from "./Article.js"
import { metadataOf, pageDate } from "./html/1-metadata.js"
import { articleOf } from "./html/3-article.js"
import { articleText } from "./html/4-text.js"

/**
 * Reads an HTML page as a reader would: the page parsed as a browser parses it (parse5, into linkedom's DOM), its
 * metadata taken from JSON-LD, Open Graph and meta tags, `<time>` and `<title>` (html/1-metadata.ts), its chrome
 * removed (html/2-chrome.ts), the article found by Mozilla's Readability (html/3-article.ts), and its text written
 * one paragraph per block, without bylines, the page's date line and boilerplate (html/4-text.ts).
 */
export const readHtml = (html: string, path: string): Effect.Effect<Article, InputError> =>
  Effect.gen(function* () {
    const document = parsePage(html)
    const metadata = metadataOf(document)
    const found = articleOf(document, html)
    const authors = found.byline === null ? metadata.authors : [...metadata.authors, found.byline]
    const text = articleText(found.element, authors)
    if (text === "")
      return yield* new InputError({ path, reason: "the HTML page has no text; expected an article in its <body>" })
    return article(text, {
      title: metadata.title,
      outlet: metadata.outlet ?? found.siteName ?? undefined,
      publishedAt: metadata.publishedAt ?? (found.publishedTime === null ? undefined : pageDate(found.publishedTime)),
      url: metadata.url,
      language: metadata.language
    })
  })
