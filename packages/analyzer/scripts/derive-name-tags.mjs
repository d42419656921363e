// Derives src/lexicons/name-tags.json from compromise's English lexicon: the words (lower case) compromise
// tags, without context, as first names (with gender), family names, people, organizations, places, dates,
// numbers, adjectives and function words; each tag widened to its parents in compromise's tag set.
// The analyzer reads the JSON; compromise itself is not loaded at run time (its import and tagger cost more
// than the rest of actor finding). compromise is a devDependency for this script only:
//   node scripts/derive-name-tags.mjs
// The output is committed; this script regenerates it byte for byte from the installed compromise.
import { createRequire } from "node:module"
import { execFileSync } from "node:child_process"
import { writeFileSync } from "node:fs"

const require = createRequire(import.meta.url)
const nlp = require("compromise")
const version = nlp.version
const world = nlp.world()
const lexicon = world.model.one.lexicon
const tagSet = world.model.one.tagSet

/** The tags the actor finder asks about; every other tag is dropped. */
const TAGS = [
  "Person",
  "FirstName",
  "LastName",
  "MaleName",
  "FemaleName",
  "Honorific",
  "Organization",
  "Place",
  "Date",
  "Month",
  "WeekDay",
  "Value",
  "Adjective",
  "ProperNoun",
  "Determiner",
  "Preposition",
  "Conjunction",
  "Pronoun",
  "Adverb",
  "QuestionWord"
]
const wanted = new Set(TAGS)
const parentsOf = (tag) => [tag, ...(tagSet[tag]?.parents ?? [])]

// Words grouped by the set of wanted tags they carry (a tag and its parents), in TAGS order.
const groups = new Map()
for (const word of Object.keys(lexicon).sort()) {
  // Word-shaped entries only: letters, digits, inner spaces, hyphens, apostrophes, periods and ampersands.
  if (!/^[\p{L}\p{N}][\p{L}\p{N} '’.&-]*$/u.test(word)) continue
  const own = lexicon[word]
  const tags = new Set((Array.isArray(own) ? own : [own]).flatMap(parentsOf).filter((t) => wanted.has(t)))
  if (tags.size === 0) continue
  const key = TAGS.filter((t) => tags.has(t)).join(" ")
  if (!groups.has(key)) groups.set(key, [])
  groups.get(key).push(word)
}
const byTags = Object.fromEntries([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
const words = (record) =>
  Object.keys(record)
    .filter((w) => record[w] === true)
    .sort()

const out = {
  what: "Words compromise's lexicon tags without context, by tag (lower case; multi-word entries joined by one space); each tag includes its parents in compromise's tag set",
  source: `compromise ${version} (Spencer Kelly and contributors), its English lexicon and tag set: https://github.com/spencermountain/compromise`,
  origin: "Derived by packages/analyzer/scripts/derive-name-tags.mjs from the installed compromise package",
  licence: "MIT (compromise)",
  fields: {
    tags: "the tags the analyzer reads, each with its parents",
    words: "lower-case words and phrases, grouped by the space-separated tags they carry",
    orgWords: "words that end an organization's name when a capitalized name comes before them (compromise's orgWords)",
    placeWords: "words that end a place's name in the same way (compromise's placeWords)",
    irregularPlurals:
      "irregular plurals by singular ('child': 'children'), to read a plural through its base form (compromise's irregularPlurals)"
  },
  tags: TAGS,
  words: byTags,
  orgWords: words(world.model.two.orgWords),
  placeWords: words(world.model.two.placeWords),
  irregularPlurals: Object.fromEntries(
    Object.entries(world.model.two.irregularPlurals).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  )
}
const path = new URL("../src/lexicons/name-tags.json", import.meta.url).pathname
writeFileSync(path, `${JSON.stringify(out, null, 2)}\n`)
// Formatted as the repository's other JSON, so that the lint passes and a rerun changes nothing.
execFileSync("npx", ["biome", "format", "--write", path], { stdio: "ignore" })
console.log(`wrote ${path}: ${[...groups.values()].reduce((n, g) => n + g.length, 0)} words in ${groups.size} tag sets`)
