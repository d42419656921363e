import type { PageDocument } from "../../adapters/linkedom.js"
import { absoluteUrl, calendarDate, languageTag } from "../Article.js"

/** What a page says about itself, from JSON-LD, Open Graph and other meta tags, `<time>` and `<title>`. */
export interface PageMetadata {
  readonly title?: string | undefined
  readonly outlet?: string | undefined
  readonly publishedAt?: string | undefined
  readonly url?: string | undefined
  readonly language?: string | undefined
  /** The writers' names, to recognise the byline in the text (the model has no author field). */
  readonly authors: readonly string[]
}

/** Meta tags that give the publication date, in the order they are trusted. */
const DATE_META = [
  "article:published_time",
  "og:published_time",
  "og:article:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
  "publication_date",
  "dc.date",
  "dc.date.issued",
  "dcterms.issued",
  "dcterms.created",
  "parsely-pub-date",
  "sailthru.date",
  "article.published"
]

/** JSON-LD types whose datePublished, headline and author are the article's. */
const ARTICLE_TYPES = /(?:^|:|\/)(?:\w*Article|BlogPosting|LiveBlogPosting|Report|WebPage|ItemPage)$/

/**
 * The page's metadata, read before the page is cleaned: JSON-LD first (the article object's `headline`,
 * `datePublished`, `author`, `publisher.name`, `url`, `inLanguage`), then Open Graph and other meta tags, then a
 * `<time datetime>` (the one marked as the publication date, else the first in the article), then `<title>`.
 */
export const metadataOf = (document: PageDocument): PageMetadata => {
  const meta = new Map<string, string>()
  for (const element of list(document.querySelectorAll("meta"))) {
    const key = (element.getAttribute("property") ?? element.getAttribute("name") ?? element.getAttribute("itemprop"))
      ?.trim()
      .toLowerCase()
    const content = element.getAttribute("content")?.trim()
    if (key && content && !meta.has(key)) meta.set(key, content)
  }
  const ld = articleObject(document)
  const dates = [ld?.datePublished, ld?.dateCreated, ...DATE_META.map((key) => meta.get(key)), ...timeDates(document)]
  const publishedAt = dates.map((value) => (typeof value === "string" ? pageDate(value) : undefined)).find(Boolean)
  const canonical = list(document.querySelectorAll("link[rel][href]")).find((link) =>
    (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical")
  )
  const documentTitle = document.querySelector("title")?.textContent ?? undefined
  const firstHeading = document.querySelector("h1")?.textContent ?? undefined
  return {
    title: [text(ld?.headline), meta.get("og:title"), meta.get("twitter:title"), documentTitle, firstHeading]
      .map((value) => (value === undefined ? undefined : collapse(value)))
      .find(Boolean),
    outlet: [nameOf(ld?.publisher), meta.get("og:site_name"), meta.get("application-name")]
      .map((value) => (value === undefined ? undefined : collapse(value)))
      .find(Boolean),
    publishedAt,
    url: absoluteUrl(canonical?.getAttribute("href") ?? undefined) ?? absoluteUrl(meta.get("og:url")) ?? ldUrl(ld),
    language:
      languageTag(document.documentElement.getAttribute("lang") ?? undefined) ??
      languageTag(meta.get("content-language")) ??
      languageTag(meta.get("og:locale")?.replace("_", "-")) ??
      languageTag(text(ld?.inLanguage)),
    authors: [
      ...names(ld?.author),
      ...[meta.get("author"), meta.get("article:author"), meta.get("byl")].filter(
        (value): value is string => value !== undefined && absoluteUrl(value) === undefined
      )
    ]
      .map((name) => collapse(name.replace(/^by\s+/i, "")))
      .filter((name) => name !== "")
  }
}

type Json = Record<string, unknown>

/** The JSON-LD object that describes the article (in a list or an `@graph`); unreadable blocks are skipped. */
const articleObject = (document: PageDocument): Json | undefined => {
  const objects: Json[] = []
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect)
    else if (value !== null && typeof value === "object") {
      objects.push(value as Json)
      collect((value as Json)["@graph"])
    }
  }
  for (const script of list(document.querySelectorAll("script"))) {
    if ((script.getAttribute("type") ?? "").trim().toLowerCase() !== "application/ld+json") continue
    try {
      collect(JSON.parse(script.textContent ?? ""))
    } catch {
      // A broken JSON-LD block says nothing; the meta tags and <time> may still.
    }
  }
  const typed = (object: Json) => {
    const type = object["@type"]
    return (Array.isArray(type) ? type : [type]).some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))
  }
  return (
    objects.find((o) => typed(o) && !/WebPage|ItemPage/.test(String(o["@type"]))) ??
    objects.find((o) => typed(o) && o.datePublished !== undefined) ??
    objects.find((o) => o.datePublished !== undefined)
  )
}

/** `datetime` of the `<time>` marked as the publication date, then of the first in the article (or page). */
const timeDates = (document: PageDocument): string[] => {
  const times = list(document.querySelectorAll("time"))
  const marked = times.filter(
    (time) =>
      (time.getAttribute("itemprop") ?? "").toLowerCase().includes("datepublished") || time.hasAttribute("pubdate")
  )
  const scope = document.querySelector("article") ?? document.querySelector("main") ?? document.body
  const inScope = list(scope.querySelectorAll("time"))
  return [...marked, ...inScope].flatMap((time) =>
    [time.getAttribute("datetime"), time.textContent].filter((v): v is string => typeof v === "string")
  )
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i")
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, "i")

/**
 * The calendar day a page's date value names: an ISO date or date-time (`2021-03-18T10:00:00+03:00` is the 18th,
 * as written), `2021/03/18`, or an English date (`March 18, 2021`, `18 Mar 2021`); undefined for anything else or
 * a day that does not exist.
 */
export const pageDate = (value: string): string | undefined => {
  const trimmed = value.trim()
  const iso = calendarDate(trimmed.replace(/^(\d{4})\/(\d{2})\/(\d{2})/, "$1-$2-$3"))
  if (iso !== null) return iso
  const md = MONTH_DAY_YEAR.exec(trimmed)
  const dm = md ? null : DAY_MONTH_YEAR.exec(trimmed)
  const [month, day, year] = md ? [md[1], md[2], md[3]] : dm ? [dm[2], dm[1], dm[3]] : []
  if (month === undefined || day === undefined || year === undefined) return undefined
  const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1
  return calendarDate(`${year}-${String(m).padStart(2, "0")}-${day.padStart(2, "0")}`, true) ?? undefined
}

const list = <T>(items: ArrayLike<T>): T[] => Array.from(items)

const collapse = (value: string): string => value.replace(/\s+/g, " ").trim()

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined)

/** A JSON-LD person or organization (a string, an object with `name`, or a list of them) as names. */
const names = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(names) : [nameOf(value)].filter((n): n is string => n !== undefined)

const nameOf = (value: unknown): string | undefined =>
  typeof value === "string"
    ? absoluteUrl(value) === undefined
      ? value
      : undefined
    : value !== null && typeof value === "object"
      ? text((value as Json).name)
      : undefined

const ldUrl = (ld: Json | undefined): string | undefined => {
  const page = ld?.mainEntityOfPage
  const id = page !== null && typeof page === "object" ? (page as Json)["@id"] : page
  return absoluteUrl(text(ld?.url)) ?? absoluteUrl(text(id))
}
