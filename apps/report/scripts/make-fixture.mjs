// Writes test/fixtures/antonov-2021.comparison.json: a hand-built Comparison of the example pair in
// examples/antonov-2021 with something in every section of the report (findings of every kind, events,
// time expressions, actors, claims and views), modelled on shared/gold/antonov-2021.gold.json.
// It builds on the model's fixture of the same pair (packages/model/test/fixtures/make-fixture.mjs): the same
// sources, time expressions, claims and alignments, with more mentions, events and findings, and views.
// Every span is found by searching its words in the article body, never counted by hand.
// Run after building @diplo/model: node apps/report/scripts/make-fixture.mjs
import { writeFileSync } from "node:fs"
import { parseComparison } from "@diplo/model"
import * as model from "../../../packages/model/test/fixtures/make-fixture.mjs"

const { mention, span } = model
const out = new URL("../test/fixtures/antonov-2021.comparison.json", import.meta.url)

/** The model fixture's item of a section by id. */
const byId = (section, id) => {
  const item = model.comparison[section].find((x) => x.id === id)
  if (!item) throw new Error(`make-fixture: the model's fixture has no ${section} ${id}`)
  return item
}
const actor = (id) => byId("actors", id)
const finding = (id) => byId("findings", id)

// The model's actors but Russia, with more of Antonov's and Biden's mentions.
const actors = [
  {
    ...actor("anatoly-antonov"),
    mentions: [
      mention("A", "name", "Anatoly Antonov", "States Anatoly Antonov will fly"),
      mention("A", "name", "Anatoly Antonov", "US Anatoly Antonov will fly"),
      mention("A", "title", "Ambassador Antonov", "that Ambassador Antonov had been"),
      mention("B", "name", "Anatoly Antonov"),
      mention("B", "surname", "Antonov", "completion, Antonov left"),
      mention("B", "description", "the diplomat"),
      mention("B", "title", "The Russian ambassador to Washington")
    ]
  },
  actor("russian-embassy-us"),
  actor("maria-zakharova"),
  {
    ...actor("joe-biden"),
    mentions: [
      mention("B", "name", "Joe Biden"),
      mention("B", "surname", "Biden", "Biden said that he allegedly"),
      mention("B", "surname", "Biden", "Biden did not answer"),
      mention("B", "description", "his American colleague")
    ]
  },
  actor("us-odni"),
  actor("united-states")
]

const events = [
  // Russia is no actor here, so the recall has only its patient.
  { ...byId("events", "E1"), participants: [{ actorId: "anatoly-antonov", role: "patient" }] },
  byId("events", "E2"),
  {
    id: "E3",
    type: "publish-report",
    cameo: null,
    date: "2021-03-16",
    participants: [{ actorId: "us-odni", role: "agent" }],
    sourceIds: ["B"],
    mentions: [span("B", "the publication on March 16 report")]
  },
  {
    id: "E4",
    type: "consult",
    cameo: "040",
    date: "2021-03-22",
    participants: [{ actorId: "anatoly-antonov", role: "agent" }],
    sourceIds: ["B"],
    mentions: [span("B", "The consultations lasted over two hours")]
  }
]

// The model's claims, without the channel of Zakharova's commentary (C3).
const claims = model.comparison.claims.map(({ channel: _, ...claim }) => claim)

// The model's findings (renumbered) among more of every kind.
const findings = [
  finding("F1"),
  {
    id: "F2",
    kind: "agreement",
    type: "purpose",
    severity: "info",
    salience: 0.2,
    summary: "Both sources say the consultations are about the future course of Russian-US relations.",
    evidence: [
      span("A", "consultations concerning future bilateral relations"),
      span(
        "B",
        "the purpose of which is to determine the further direction of development of Russian-American relations"
      )
    ],
    sourceIds: ["A", "B"]
  },
  { ...finding("F2"), id: "F3" },
  {
    id: "F4",
    kind: "discrepancy",
    type: "cause",
    severity: "major",
    salience: 0.8,
    summary:
      "A blames the crisis on Washington's deliberate policy; B ties the tension to a US intelligence report and new sanctions.",
    evidence: [
      span("A", "The current situation stems from Washington’s deliberate policy"),
      span("B", "Tensions in relations between Russia and the United States arose after the publication")
    ],
    sourceIds: ["A", "B"],
    values: [
      { sourceIds: ["A"], value: "US policy", text: "stems from Washington’s deliberate policy" },
      { sourceIds: ["B"], value: "US intelligence report", text: "arose after the publication" }
    ],
    compatible: false
  },
  { ...finding("F3"), id: "F5" },
  {
    id: "F6",
    kind: "framing",
    type: "hedge",
    severity: "minor",
    salience: 0.5,
    summary: "B hedges the US claims with “allegedly”; A uses no hedge.",
    evidence: [
      span("A", "certain statements by US senior officials pose threats of collapse"),
      span("B", "the Russian side allegedly interfered"),
      span("B", "Biden said that he allegedly warned")
    ],
    sourceIds: ["A", "B"],
    wordings: [
      { sourceIds: ["A"], words: [] },
      { sourceIds: ["B"], words: ["allegedly"] }
    ]
  },
  {
    ...finding("F4"),
    id: "F7",
    summary: "Only B mentions the US intelligence report of 16 March on Russian interference in the 2020 election."
  },
  {
    id: "F8",
    kind: "omission",
    type: "later-event",
    severity: "info",
    salience: 0.2,
    summary: "Only B reports the consultations of 22 March themselves; A appeared four days earlier.",
    evidence: [span("B", "The consultations lasted over two hours")],
    sourceIds: ["B"],
    presentIn: ["B"],
    absentFrom: ["A"]
  }
]

const words = (text) => text.split(/\s+/).filter(Boolean).length
const views = {
  voice: [
    {
      sourceId: "A",
      speakerId: "russian-embassy-us",
      country: "RU",
      quotes: 2,
      indirect: 0,
      words: words(claims[0].text) + words(claims[1].text)
    },
    {
      sourceId: "A",
      speakerId: "maria-zakharova",
      country: "RU",
      quotes: 1,
      indirect: 0,
      words: words(claims[2].text)
    },
    {
      sourceId: "B",
      speakerId: "maria-zakharova",
      country: "RU",
      quotes: 0,
      indirect: 1,
      words: words(claims[3].text)
    },
    { sourceId: "B", speakerId: "us-odni", country: "US", quotes: 0, indirect: 1, words: words(claims[4].text) },
    { sourceId: "B", speakerId: "joe-biden", country: "US", quotes: 0, indirect: 1, words: words(claims[5].text) }
  ],
  naming: [],
  distance: [
    { sourceId: "A", hedges: 0, hedgeWords: [], scareQuotes: 0, loadedWords: 3 },
    { sourceId: "B", hedges: 2, hedgeWords: ["allegedly"], scareQuotes: 4, loadedWords: 1 }
  ]
}

const comparison = { ...model.comparison, actors, events, claims, findings, views }

const parsed = parseComparison(comparison)
if (!parsed.success) throw parsed.error
writeFileSync(out, `${JSON.stringify(parsed.data, null, 2)}\n`)
console.log(`wrote ${out.pathname}`)
