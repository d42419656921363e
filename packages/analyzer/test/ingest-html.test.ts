import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import * as Effect from "effect/Effect"
import { describe, expect, it } from "vitest"
import { ingest } from "../src/ingest/index.js"

// HTML pages read as a reader reads them: the article's paragraphs, none of the page around them.
const read = (html: string, path = "page.html") => Effect.runSync(ingest({ path, content: html }, "A"))

const FIXTURES = fileURLToPath(new URL("./fixtures/pages/", import.meta.url))

describe("HTML pages in the shapes of news sites", () => {
  const pages = readdirSync(FIXTURES)
    .filter((name) => name.endsWith(".html"))
    .map((name) => name.slice(0, -".html".length))

  it("has the fixtures", () => {
    expect(pages).toEqual(["blog-wordpress", "broadsheet-comments", "paywall-teaser", "state-media", "wire-div-soup"])
  })

  it.each(pages)("%s: the text is the article, paragraph by paragraph, and the metadata is the page's", (name) => {
    const source = read(readFileSync(`${FIXTURES}${name}.html`, "utf8"), `${name}.html`)
    expect(source.text).toBe(readFileSync(`${FIXTURES}${name}.txt`, "utf8").trimEnd())
    const { text: _text, id: _id, path: _path, ...metadata } = source
    expect(metadata).toEqual(JSON.parse(readFileSync(`${FIXTURES}${name}.json`, "utf8")))
  })
})

const LEAD =
  "MOSCOW, March 18 (Example) - The ambassador was called back to Moscow for consultations on the future of relations, the foreign ministry said on Wednesday."
const SECOND =
  "The envoy will fly home on Saturday, a spokeswoman said, adding that the consultations were meant to work out how to fix ties that had been brought to a dead end."
const THIRD = "No date has been set for his return, and the embassy will stay open while he is away, diplomats said."

/** The smallest page that shows a rule: an article of three paragraphs with `inside` among them, `outside` after it. */
const page = (inside: string, { head = "", outside = "" }: { head?: string; outside?: string } = {}) =>
  `<!doctype html><html><head><title>Envoy recalled</title>${head}</head><body><article><p>${LEAD}</p>${inside}<p>${SECOND}</p><p>${THIRD}</p></article>${outside}</body></html>`

const ARTICLE = [LEAD, SECOND, THIRD].join("\n\n")

describe("page chrome inside the content region is left out", () => {
  it.each([
    ["a site <header>", "<header><a href='/'>Example News</a> World Business Opinion Markets</header>"],
    ["a <nav>", "<nav><a href='/world'>World</a> · <a href='/europe'>Europe</a> · <a href='/russia'>Russia</a></nav>"],
    [
      "an <aside>",
      "<aside><h3>Explainer</h3><p>What a recall for consultations means for the embassy staff.</p></aside>"
    ],
    ["a <footer>", "<footer><p>Topics: Diplomacy, Russia, United States</p><p>Reuse this content</p></footer>"],
    ["a share bar", "<div class='share-bar'><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Email</a></div>"],
    [
      "a newsletter box",
      "<div class='newsletterBox'><h4>First Edition</h4><p>The morning briefing, free every day.</p></div>"
    ],
    [
      "a cookie banner",
      "<div id='cookie-consent'><p>We value your privacy and ask for your consent to store data.</p></div>"
    ],
    ["a paywall teaser", "<div class='paywall'><p>You have read your three free articles this month.</p></div>"],
    ["related links", "<div class='related-links'><ul><li><a>Kremlin says ties at a low</a></li></ul></div>"],
    ["an advertisement slot", "<div class='ad-slot'><span>Our partners recommend these offers</span></div>"],
    ["a hidden element", "<div hidden><p>Print edition headline: Envoy goes home to talk</p></div>"],
    ["an ARIA dialog", "<div role='dialog'><p>Get the app for faster access to the latest stories.</p></div>"],
    ["a form", "<form><label>Your email address for breaking news alerts</label><input></form>"],
    [
      "a figure and its caption",
      "<figure><img src='x.jpg'><figcaption>The embassy in Washington. Photograph: Agency</figcaption></figure>"
    ]
  ])("%s", (_rule, chrome) => {
    expect(read(page(chrome)).text).toBe(ARTICLE)
  })

  // A page of one paragraph is too short for Readability's reader view: the chrome rules alone keep these out.
  it.each([
    [
      "a site <header>",
      "<header><p>Example News, independent reporting from Moscow and the world since 1991</p></header>"
    ],
    ["a <nav>", "<nav><p>World, Europe, Russia, Business, Opinion, Markets, Sport and Culture</p></nav>"],
    ["an <aside>", "<aside><p>Explainer: what a recall for consultations means for the embassy staff</p></aside>"],
    ["a <footer>", "<footer><p>Topics: Diplomacy, Russia, United States, and the reuse of this content</p></footer>"],
    [
      "a navigation landmark",
      "<div role='navigation'><p>World, Europe, Russia, Business, Opinion and Markets</p></div>"
    ],
    ["a hidden element", "<div hidden><p>Print edition headline: the envoy goes home to talk about ties</p></div>"],
    ["an aria-hidden element", "<div aria-hidden='true'><p>Print edition headline: the envoy goes home</p></div>"],
    [
      "an element styled away",
      "<div style='color: red; display: none'><p>Print edition: the envoy goes home</p></div>"
    ],
    ["an invisible element", "<div style='visibility:hidden'><p>Print edition: the envoy goes home to talk</p></div>"],
    ["a share bar by its class", "<div class='shareBar'><p>Send this story to a friend or colleague today</p></div>"],
    [
      "reader comments by their id",
      "<div id='comments'><p>A disgraceful regime of liars and thugs, as always</p></div>"
    ]
  ])("%s on a page of one paragraph", (_rule, chrome) => {
    expect(read(`<html><body>${chrome}<p>${LEAD}</p>${chrome}</body></html>`).text).toBe(LEAD)
  })

  it("reader comments after the article, however long, however loaded", () => {
    const comment =
      "<div class='comment'><p>A disgraceful, corrupt and treacherous regime of liars and thugs, as always.</p></div>"
    const outside = `<section id='comments'><h2>Comments</h2>${comment.repeat(12)}</section>`
    expect(read(page("", { outside })).text).toBe(ARTICLE)
  })

  it("a comment marked up as an <article> of its own", () => {
    const outside =
      "<ol class='commentlist'><li><article class='comment-body'><p>Shameful appeasement, plain and simple.</p></article></li></ol>"
    expect(read(page("", { outside })).text).toBe(ARTICLE)
  })

  it("keeps an article body whose class names a paywall, because it holds the page's text", () => {
    const html = `<html><body><div class="story-body paywall"><p>${LEAD}</p><p>${SECOND}</p><p>${THIRD}</p></div><div class="paywall-offer"><p>Subscribe for one dollar.</p></div></body></html>`
    expect(read(html).text).toBe(ARTICLE)
  })

  it("keeps a paragraph whose words only resemble a rule's ('shared', 'leading', 'headed')", () => {
    const words =
      "<p class='shared-lead'>Both sides shared the view that the leading issue was the headed-off sanctions package.</p>"
    expect(read(page(words)).text).toBe(
      [
        LEAD,
        "Both sides shared the view that the leading issue was the headed-off sanctions package.",
        SECOND,
        THIRD
      ].join("\n\n")
    )
  })
})

describe("lines that are not the article are left out of the text", () => {
  it.each([
    ["a byline", "<p>By Jane Doe and John Roe</p>"],
    ["a byline in capitals", "<p>BY JANE DOE, DIPLOMATIC CORRESPONDENT</p>"],
    ["the page's date line", "<p>Published 18 March 2021, 10:00 GMT</p>"],
    ["an update line", "<p>Updated: March 18, 2021 11:42 a.m. ET</p>"],
    ["a reading time", "<p>4 min read</p>"],
    ["a share prompt", "<p>Share on Facebook</p>"],
    ["a newsletter offer", "<p>Subscribe to our newsletter</p>"],
    ["a copyright line", "<p>© 2021 Example News. All rights reserved.</p>"],
    ["an advertising label", "<p>Advertisement</p>"],
    ["a read-more link", "<p>Read more: Kremlin says relations are at a low</p>"],
    ["a paywall prompt", "<p>Subscribe now to continue reading.</p>"],
    ["a credit line", "<p>Reporting by Jane Doe; Editing by John Roe</p>"]
  ])("%s", (_rule, line) => {
    expect(read(page(line)).text).toBe(ARTICLE)
  })

  it("the writer's name alone, when the page names the writer", () => {
    expect(read(page("<p>Jane Doe</p>", { head: "<meta name='author' content='Jane Doe'>" })).text).toBe(ARTICLE)
  })

  it("keeps sentences that start like such lines but are the story", () => {
    const story = [
      "By Friday, both embassies had cut their staff by half, according to a ministry statement.",
      "Subscribers to the state broadcaster's feed saw the announcement first, officials said."
    ]
    const text = read(page(story.map((s) => `<p>${s}</p>`).join(""))).text
    expect(text).toBe([LEAD, ...story, SECOND, THIRD].join("\n\n"))
  })

  it("keeps the wire dateline at the start of the first paragraph", () => {
    expect(read(page("")).text.startsWith("MOSCOW, March 18 (Example) - ")).toBe(true)
  })
})

describe("the paragraph structure the later stages cut on", () => {
  it("one paragraph per block, a blank line between them, a <br> as a line break inside one", () => {
    const html = page(
      "<h2>A week to leave</h2><p>First line<br>second line</p><ul><li>one point</li><li>another point</li></ul><blockquote><p>“We will respond,” he said.</p></blockquote>"
    )
    expect(read(html).text).toBe(
      [
        LEAD,
        "A week to leave",
        "First line\nsecond line",
        "one point",
        "another point",
        "“We will respond,” he said.",
        SECOND,
        THIRD
      ].join("\n\n")
    )
  })

  it("collapses the markup's spaces and line breaks, and decodes character references", () => {
    const html = page("<p>The   envoy\n   said &ldquo;no&rdquo;&nbsp;&amp; left&#8230;</p>")
    expect(read(html).text).toContain("\n\nThe envoy said “no” & left…\n\n")
  })

  it("reads a fragment saved without <html> or <body>, as a browser does", () => {
    expect(read("<!doctype html><p>Hello &lt;world&gt;", "fragment.txt").text).toBe("Hello <world>")
    expect(read("<html><p>One<p>Two<table><tr><td>a<td>b</table>", "a.html").text).toBe("One\n\nTwo\n\na b")
  })

  it("survives elements nested thousands deep", () => {
    const html = `<html><body>${"<div>".repeat(5000)}<p>${LEAD}</p>${"</div>".repeat(5000)}</body></html>`
    expect(read(html).text).toBe(LEAD)
  })
})

describe("the page's metadata", () => {
  const head = (extra: string) => read(page("", { head: extra }))

  it("takes the date from JSON-LD datePublished, over the meta tags", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-18T23:30:00-05:00"}</script>`
    expect(head(`${ld}<meta property="article:published_time" content="2021-03-19">`).publishedAt).toBe("2021-03-18")
  })

  it("finds the article in a JSON-LD @graph and a list of types", () => {
    const ld = `<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"X"},{"@type":["Article","NewsArticle"],"datePublished":"2021-03-17","headline":"Envoy goes home","publisher":{"name":"Example News"}}]}</script>`
    expect(head(ld)).toMatchObject({ publishedAt: "2021-03-17", title: "Envoy goes home", outlet: "Example News" })
  })

  it("skips a broken JSON-LD block and takes the meta tags", () => {
    const broken = `<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>`
    expect(head(`${broken}<meta name="pubdate" content="2021-03-16">`).publishedAt).toBe("2021-03-16")
  })

  it("takes the date from <time datetime> when nothing else states it", () => {
    const html = `<html><body><article><p><time datetime="2021-03-15T08:00:00Z">Monday</time></p><p>${LEAD}</p><p>${SECOND}</p></article></body></html>`
    expect(read(html).publishedAt).toBe("2021-03-15")
  })

  it("reads an English date written in a <time> without datetime", () => {
    const html = `<html><body><article><time pubdate>March 14, 2021</time><p>${LEAD}</p><p>${SECOND}</p></article></body></html>`
    expect(read(html).publishedAt).toBe("2021-03-14")
  })

  it("leaves the date unknown when the page states none, or states a day that does not exist", () => {
    expect(head("").publishedAt).toBeNull()
    expect(head(`<meta property="article:published_time" content="2021-02-30">`).publishedAt).toBeNull()
  })

  it("takes the outlet from og:site_name and the URL from the canonical link", () => {
    const source = head(
      `<meta property="og:site_name" content="Example News"><link rel="canonical" href="https://example.com/news/1"><meta property="og:url" content="https://example.com/other">`
    )
    expect(source).toMatchObject({ outlet: "Example News", url: "https://example.com/news/1", title: "Envoy recalled" })
  })
})
