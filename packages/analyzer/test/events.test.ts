import type { ActorId, ActorKind, Role, SourceId, TimeExpression, TimeId } from "@diplo/model"
import { describe, expect, it } from "vitest"
import { mergeEvents } from "../src/align/4-events.js"
import type { EventMention, LocalActor, Reading, Segmented, Token } from "../src/Document.js"
import { extractEvents } from "../src/extract/events/index.js"
import { segment } from "../src/segment/index.js"

// Sources, actors and times are built by hand here, so these tests read only the event extractor.

const sourceOf = (text: string, publishedAt: string | null = "2024-05-10", id = "A") => ({
  id: id as SourceId,
  publishedAt,
  path: null,
  text
})

/** Offsets of the `nth` occurrence of `phrase` in `text`; fails loudly when it is not there. */
const at = (text: string, phrase: string, nth = 0): { start: number; end: number } => {
  let start = -1
  for (let k = 0; k <= nth; k++) start = text.indexOf(phrase, start + 1)
  if (start < 0) throw new Error(`"${phrase}" is not in the text`)
  return { start, end: start + phrase.length }
}

interface ActorSpec {
  readonly id: string
  readonly kind: ActorKind
  readonly country?: string
  readonly roles?: readonly Role[]
  /** Phrases naming the actor; each as [phrase, nth occurrence] or a phrase (first occurrence). */
  readonly names: readonly (string | readonly [string, number])[]
}

const actorsOf = (text: string, sourceId: string, specs: readonly ActorSpec[]): LocalActor[] =>
  specs.map((spec) => {
    const mentions = spec.names.map((name) => {
      const [phrase, nth] = typeof name === "string" ? [name, 0] : name
      return { ...at(text, phrase, nth), form: "name" as const }
    })
    const first = spec.names[0]!
    return {
      localId: `${sourceId}:${spec.id}`,
      name: typeof first === "string" ? first : first[0],
      kind: spec.kind,
      aliases: [],
      roles: spec.roles ?? [],
      ...(spec.country !== undefined ? { country: spec.country } : {}),
      mentions
    }
  })

const timeOf = (text: string, sourceId: string, phrase: string, value: string | null, n: number): TimeExpression => ({
  sourceId: sourceId as SourceId,
  ...at(text, phrase),
  text: phrase,
  id: `${sourceId}:t${n}` as TimeId,
  value,
  granularity: value === null ? "vague" : value.length === 10 ? "day" : value.length === 7 ? "month" : "year",
  resolution: "publication-relative"
})

interface Case {
  readonly text: string
  readonly publishedAt?: string
  readonly sourceId?: string
  readonly actors?: readonly ActorSpec[]
  readonly times?: readonly (readonly [string, string | null])[]
}

const read = (
  c: Case
): { segmented: Segmented; actors: LocalActor[]; times: TimeExpression[]; events: EventMention[] } => {
  const sourceId = c.sourceId ?? "A"
  const segmented = segment(sourceOf(c.text, c.publishedAt ?? "2024-05-10", sourceId))
  const actors = actorsOf(c.text, sourceId, c.actors ?? [])
  const times = (c.times ?? []).map(([phrase, value], i) => timeOf(c.text, sourceId, phrase, value, i + 1))
  return { segmented, actors, times, events: extractEvents(segmented, actors, times) }
}

const slice = (text: string, range: { start: number; end: number }): string => text.slice(range.start, range.end)

/** The one event of `type` whose trigger is `trigger`; fails when there is none. */
const eventOf = (text: string, events: readonly EventMention[], type: string, trigger: string): EventMention => {
  const found = events.find((e) => e.type === type && slice(text, e.trigger) === trigger)
  if (found === undefined) {
    const seen = events.map((e) => `${e.type}:${slice(text, e.trigger)}`).join(", ")
    throw new Error(`no ${type} event triggered by "${trigger}"; found ${seen}`)
  }
  return found
}

describe("extractEvents", () => {
  it("reads a recall for consultations with its agent and its date", () => {
    const text = "Germany recalled its ambassador to Turkey for consultations on Monday."
    const { events } = read({
      text,
      actors: [
        { id: "a1", kind: "state", country: "DE", names: ["Germany"] },
        { id: "a2", kind: "state", country: "TR", names: ["Turkey"] }
      ],
      times: [["on Monday", "2024-05-06"]]
    })
    const recall = eventOf(text, events, "recall-envoy", "recalled")
    expect(recall).toMatchObject({ agent: "A:a1", date: "2024-05-06", tense: "past", negated: false, sentence: 0 })
    // "to Turkey" is where the ambassador is posted, not where the event happens.
    expect(recall.place).toBeUndefined()
    expect(recall.localId).toBe("A:e1")
    expect(events.some((e) => e.type === "consult")).toBe(false)
  })

  it("reads sanctions with who imposed them and on whom", () => {
    const text = "The U.S. Treasury imposed sanctions on five officials."
    const { events } = read({
      text,
      actors: [
        { id: "a1", kind: "organization", country: "US", names: ["The U.S. Treasury"] },
        { id: "a2", kind: "group", names: ["five officials"] }
      ]
    })
    const sanction = eventOf(text, events, "sanction", "sanctions")
    expect(sanction).toMatchObject({ agent: "A:a1", patient: "A:a2", tense: "past", negated: false })
    expect(slice(text, sanction.extent)).toBe("The U.S. Treasury imposed sanctions on five officials")
  })

  it("reads a planned trip: future, departing, to a place no actor names", () => {
    const text = "Pompeo will travel to Pyongyang next week."
    const { events, times } = read({
      text,
      actors: [{ id: "a1", kind: "person", country: "US", names: ["Pompeo"] }],
      times: [["next week", null]]
    })
    const trip = eventOf(text, events, "travel", "travel")
    expect(trip).toMatchObject({ agent: "A:a1", direction: "depart", tense: "future", date: null })
    expect(trip.timeId).toBe(times[0]!.id)
    expect(slice(text, trip.placeWords!)).toBe("Pyongyang")
  })

  it("reads a summons of a foreign envoy, and a summons of one's own envoy as a recall", () => {
    const text = "China summoned the U.S. ambassador on Friday to protest. Moscow summoned Ambassador Ivan Petrov."
    const { events } = read({
      text,
      actors: [
        { id: "a1", kind: "state", country: "CN", names: ["China"] },
        {
          id: "a2",
          kind: "person",
          country: "US",
          roles: [{ title: "ambassador", of: "US", to: "CN" }],
          names: ["the U.S. ambassador"]
        },
        { id: "a3", kind: "state", country: "RU", names: ["Moscow"] },
        { id: "a4", kind: "person", country: "RU", roles: [{ title: "ambassador", of: "RU" }], names: ["Ivan Petrov"] }
      ],
      times: [["on Friday", "2024-05-03"]]
    })
    expect(eventOf(text, events, "summon-envoy", "summoned")).toMatchObject({
      agent: "A:a1",
      patient: "A:a2",
      date: "2024-05-03",
      tense: "past"
    })
    // "to protest": the summoner protests, not the one summoned.
    expect(eventOf(text, events, "protest", "protest")).toMatchObject({ agent: "A:a1" })
    expect(events.find((e) => e.agent === "A:a3")).toMatchObject({ type: "recall-envoy", patient: "A:a4" })
  })

  it("does not give a statement to an actor outside its own comma-clause, and reads persona non grata as expulsion", () => {
    const text =
      "Norway expelled a diplomat from Iran and declared him persona non grata, a spokesman said. Oslo later confirmed it."
    const { events } = read({
      text,
      actors: [
        { id: "a1", kind: "state", country: "NO", names: ["Norway", "Oslo"] },
        { id: "a2", kind: "person", names: ["a diplomat from Iran", "him"] }
      ]
    })
    // Both verbs name the expulsion, by Norway, of the diplomat; align merges them.
    expect(events.filter((e) => e.type === "expel").map((e) => [slice(text, e.trigger), e.agent, e.patient])).toEqual([
      ["expelled", "A:a1", "A:a2"],
      ["declared", "A:a1", "A:a2"]
    ])
    expect(eventOf(text, events, "statement", "said").agent).toBeUndefined()
    expect(eventOf(text, events, "statement", "confirmed")).toMatchObject({ agent: "A:a1", sentence: 1 })
  })

  it("marks what did not happen as negated", () => {
    const text = "The minister did not attend the talks."
    const { events } = read({ text, actors: [{ id: "a1", kind: "person", names: ["The minister"] }] })
    expect(eventOf(text, events, "negotiate", "talks")).toMatchObject({ agent: "A:a1", negated: true, tense: "past" })
  })

  it("reads a passive: the one summoned is the patient, the one after 'by' the agent", () => {
    const text = "The envoy had been summoned by France."
    const { events } = read({
      text,
      actors: [
        { id: "a1", kind: "person", names: ["The envoy"] },
        { id: "a2", kind: "state", country: "FR", names: ["France"] }
      ]
    })
    expect(eventOf(text, events, "summon-envoy", "summoned")).toMatchObject({ agent: "A:a2", patient: "A:a1" })
  })

  it("tells a call for dialogue from an appeal, and recalling a fact from recalling an envoy", () => {
    const text =
      "Brazil called for talks with Argentina. The spokeswoman recalled that the leaders had spoken. Chile urged calm."
    const { events } = read({
      text,
      actors: [
        { id: "a1", kind: "state", country: "BR", names: ["Brazil"] },
        { id: "a2", kind: "state", country: "AR", names: ["Argentina"] },
        { id: "a3", kind: "person", names: ["The spokeswoman"] },
        { id: "a4", kind: "state", country: "CL", names: ["Chile"] }
      ]
    })
    expect(eventOf(text, events, "call-for-dialogue", "called for")).toMatchObject({
      agent: "A:a1",
      recipient: "A:a2"
    })
    expect(eventOf(text, events, "statement", "recalled")).toMatchObject({ agent: "A:a3" })
    expect(eventOf(text, events, "appeal", "urged")).toMatchObject({ agent: "A:a4" })
    expect(events.some((e) => e.type === "recall-envoy")).toBe(false)
  })

  it("dates an attribution by its own time and a future trip by its own", () => {
    const text =
      "Kenya will send its foreign minister, who will fly to Nairobi on June 2, the ministry said on Tuesday."
    const { events } = read({
      text,
      actors: [
        { id: "a1", kind: "person", names: ["its foreign minister"] },
        { id: "a2", kind: "organization", names: ["the ministry"] }
      ],
      times: [
        ["on June 2", "2024-06-02"],
        ["on Tuesday", "2024-05-07"]
      ]
    })
    expect(eventOf(text, events, "travel", "fly")).toMatchObject({ agent: "A:a1", date: "2024-06-02", tense: "future" })
    expect(eventOf(text, events, "statement", "said")).toMatchObject({ agent: "A:a2", date: "2024-05-07" })
  })

  it("reads words no tagger has seen: irregular pasts and plain inflections", () => {
    const text = "Rutte flew to Kyiv and met Zelensky. Officials denied the accusations."
    const words = [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)]
    const tokens: Token[] = words.map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      lower: m[0].toLowerCase(),
      kind: /\p{L}/u.test(m[0]) ? "word" : "punct",
      pos: "X",
      lemma: m[0].toLowerCase(),
      negated: false
    }))
    const cut = tokens.findIndex((t) => t.lower === ".") + 1
    const segmented: Segmented = {
      source: sourceOf(text),
      paragraphs: [{ start: 0, end: text.length }],
      sentences: [
        { index: 0, paragraph: 0, start: 0, end: tokens[cut - 1]!.end, tokenStart: 0, tokenEnd: cut },
        {
          index: 1,
          paragraph: 0,
          start: tokens[cut]!.start,
          end: text.length,
          tokenStart: cut,
          tokenEnd: tokens.length
        }
      ],
      tokens,
      dateline: null,
      headline: null,
      quotations: []
    }
    const actors = actorsOf(text, "A", [
      { id: "a1", kind: "person", names: ["Rutte"] },
      { id: "a2", kind: "person", names: ["Zelensky"] },
      { id: "a3", kind: "group", names: ["Officials"] }
    ])
    const events = extractEvents(segmented, actors, [])
    expect(eventOf(text, events, "travel", "flew")).toMatchObject({ agent: "A:a1", tense: "past", direction: "depart" })
    expect(eventOf(text, events, "meet", "met")).toMatchObject({ patient: "A:a2", tense: "past" })
    expect(eventOf(text, events, "deny", "denied")).toMatchObject({ agent: "A:a3", sentence: 1 })
  })

  it("never throws on odd text, and every range stays inside it", () => {
    const odd = [
      `${"word ".repeat(10_000)}said`,
      "“Unbalanced quote said the minister, who flew to 🇫🇷 Paris\u0000\u0007 and met",
      "\u202Eשלום said صباح الخير met visited ",
      '"""""" said " " " sanctions \u200B\u200B',
      ""
    ]
    for (const text of odd) {
      const segmented = segment(sourceOf(text))
      const events = extractEvents(segmented, [], [])
      for (const e of events) {
        for (const r of [e.trigger, e.extent]) {
          expect(r.start).toBeGreaterThanOrEqual(0)
          expect(r.end).toBeLessThanOrEqual(text.length)
          expect(r.start).toBeLessThan(r.end)
        }
      }
    }
  })
})

// The example pair: two reports on one recall, told with different words and dates.
const A_TEXT =
  "Russian Ambassador to the United States Anatoly Antonov will fly to Moscow on March 20 for consultations concerning future bilateral relations, the Russian embassy said on Wednesday. " +
  "Russian Foreign Ministry Spokeswoman Maria Zakharova said in a commentary earlier on Wednesday that Ambassador Antonov had been summoned to Moscow for consultations."
const B_TEXT =
  "The Russian ambassador to Washington returned to Moscow the day before. It became known on March 17 that Antonov had been invited for consultations. " +
  "Tensions in relations between Russia and the United States arose after the publication on March 16 report of the American Office of National Intelligence. " +
  "In this regard, Washington also announced the adoption of new anti-Russian sanctions."

const readA = () =>
  read({
    text: A_TEXT,
    publishedAt: "2021-03-18",
    sourceId: "A",
    actors: [
      { id: "a1", kind: "person", country: "RU", names: ["Anatoly Antonov", "Ambassador Antonov"] },
      { id: "a2", kind: "organization", country: "RU", names: ["the Russian embassy"] },
      { id: "a3", kind: "person", country: "RU", names: ["Maria Zakharova"] },
      { id: "a4", kind: "state", country: "US", names: ["the United States"] }
    ],
    times: [
      ["on March 20", "2021-03-20"],
      ["on Wednesday", "2021-03-17"],
      ["earlier on Wednesday", "2021-03-17"]
    ]
  })

const readB = () =>
  read({
    text: B_TEXT,
    publishedAt: "2021-03-22",
    sourceId: "B",
    actors: [
      { id: "a1", kind: "person", country: "RU", names: ["The Russian ambassador to Washington", "Antonov"] },
      { id: "a2", kind: "state", country: "US", names: ["Washington", ["the United States", 0], ["Washington", 1]] },
      { id: "a3", kind: "state", country: "RU", names: [["Russia", 0]] },
      { id: "a4", kind: "organization", country: "US", names: ["American Office of National Intelligence"] }
    ],
    times: [
      ["the day before", "2021-03-21"],
      ["on March 17", "2021-03-17"],
      ["on March 16", "2021-03-16"]
    ]
  })

describe("extractEvents on the example pair", () => {
  it("types the first report's trip, statement and summons", () => {
    const { events } = readA()
    expect(eventOf(A_TEXT, events, "travel", "fly")).toMatchObject({
      agent: "A:a1",
      direction: "depart",
      tense: "future",
      date: "2021-03-20"
    })
    expect(eventOf(A_TEXT, events, "statement", "said")).toMatchObject({ agent: "A:a2", date: "2021-03-17" })
    // The summons is dated by the statement that reports it, in the clause before.
    expect(eventOf(A_TEXT, events, "recall-envoy", "summoned")).toMatchObject({
      patient: "A:a1",
      date: "2021-03-17",
      tense: "past"
    })
  })

  it("types the second report's return, invitation, report and sanctions", () => {
    const { events } = readB()
    expect(eventOf(B_TEXT, events, "travel", "returned")).toMatchObject({
      agent: "B:a1",
      direction: "arrive",
      date: "2021-03-21"
    })
    expect(eventOf(B_TEXT, events, "recall-envoy", "invited")).toMatchObject({ patient: "B:a1", date: "2021-03-17" })
    expect(eventOf(B_TEXT, events, "publish-report", "publication")).toMatchObject({
      agent: "B:a4",
      date: "2021-03-16"
    })
    expect(eventOf(B_TEXT, events, "sanction", "sanctions")).toMatchObject({ agent: "B:a2", tense: "past" })
  })

  it("merges the two reports' trip and recall into events told by both", () => {
    const a = readA()
    const b = readB()
    const readings: Reading[] = [a, b].map((r) => ({ ...r, claims: [] }))
    const ids = new Map<string, ActorId>([
      ["A:a1", "actor:antonov" as ActorId],
      ["B:a1", "actor:antonov" as ActorId],
      ["A:a2", "actor:embassy" as ActorId],
      ["A:a3", "actor:zakharova" as ActorId],
      ["A:a4", "actor:us" as ActorId],
      ["B:a2", "actor:us" as ActorId],
      ["B:a3", "actor:russia" as ActorId],
      ["B:a4", "actor:odni" as ActorId]
    ])
    const events = mergeEvents(readings, ids)
    const trip = events.find((e) => e.type === "travel")!
    expect(trip).toMatchObject({ id: "event:travel:1", cameo: null, date: "2021-03-20", sourceIds: ["A", "B"] })
    expect(trip.participants).toContainEqual({ actorId: "actor:antonov", role: "agent" })
    expect(trip.mentions.map((m) => [m.sourceId, m.text])).toEqual([
      ["A", "Anatoly Antonov will fly to Moscow on March 20"],
      ["B", "The Russian ambassador to Washington returned to Moscow the day before"]
    ])
    const recall = events.find((e) => e.type === "recall-envoy")!
    expect(recall).toMatchObject({ cameo: "161", date: "2021-03-17", sourceIds: ["A", "B"] })
    expect(recall.participants).toEqual([{ actorId: "actor:antonov", role: "patient" }])
    for (const e of events)
      for (const m of e.mentions) {
        const text = m.sourceId === "A" ? A_TEXT : B_TEXT
        expect(text.slice(m.start, m.end)).toBe(m.text)
      }
    expect(JSON.stringify(mergeEvents(readings, ids))).toBe(JSON.stringify(events))
  })
})

describe("mergeEvents", () => {
  const text =
    "France expelled two diplomats on May 2. Italy expelled two diplomats on May 2. Spain did not expel anyone."
  const reading = (): Reading => {
    const r = read({
      text,
      actors: [
        { id: "a1", kind: "state", country: "FR", names: ["France"] },
        { id: "a2", kind: "state", country: "IT", names: ["Italy"] },
        { id: "a3", kind: "state", country: "ES", names: ["Spain"] }
      ],
      times: [["on May 2", "2024-05-02"]]
    })
    return { ...r, claims: [] }
  }
  const ids = new Map<string, ActorId>([
    ["A:a1", "actor:france" as ActorId],
    ["A:a2", "actor:italy" as ActorId],
    ["A:a3", "actor:spain" as ActorId]
  ])

  it("keeps apart events with different agents and leaves out what did not happen", () => {
    const events = mergeEvents([reading()], ids)
    expect(events.map((e) => [e.id, e.type, e.participants.map((p) => `${p.role}:${p.actorId}`)])).toEqual([
      ["event:expel:1", "expel", ["agent:actor:france"]],
      ["event:expel:2", "expel", ["agent:actor:italy"]]
    ])
  })

  it("leaves out events with neither a known participant nor a date", () => {
    // Without actor ids only the dated expulsion is left.
    expect(mergeEvents([reading()], new Map()).map((e) => [e.type, e.date, e.participants])).toEqual([
      ["expel", "2024-05-02", []]
    ])
  })
})
