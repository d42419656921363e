import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import type { ActorKind, Claim, SourceId } from "@diplo/model"
import { describe, expect, it } from "vitest"
import { growthOf, LINEAR_BOUND } from "./growth.js"
import type { LocalActor } from "../src/Document.js"
import { extractClaims } from "../src/extract/claims/index.js"
import { segment } from "../src/segment/index.js"

const sourceOf = (text: string, id = "T") => ({ id: id as SourceId, publishedAt: null, path: null, text })

/** An actor whose mentions are every occurrence of the given words in the text. */
const actor = (text: string, localId: string, kind: ActorKind, ...names: string[]): LocalActor => ({
  localId,
  name: names[0]!,
  kind,
  aliases: [],
  roles: [],
  mentions: names.flatMap((name) => {
    const found: { start: number; end: number; form: "name" }[] = []
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      found.push({ start: at, end: at + name.length, form: "name" })
    return found
  })
})

const claimsOf = (text: string, actors: (text: string) => LocalActor[] = () => []) =>
  extractClaims(segment(sourceOf(text)), actors(text))

const covering = (claims: readonly Claim[], words: string) => claims.find((c) => c.text.includes(words))

const example = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../examples/antonov-2021/${name}`, import.meta.url)), "utf8").replace(
    /^ date \d{4}-\d{2}-\d{2} /,
    ""
  )

describe("extractClaims: direct quotes", () => {
  const text =
    "The ministry will meet on Friday.\n\n" +
    "“Our ambassador will fly to Moscow for consultations. He will hold meetings there,” the embassy wrote on its Facebook account."
  const claims = claimsOf(text, (t) => [actor(t, "T:a1", "organization", "the embassy")])

  it("attributes a quote to the speaker named after it, with verb, class, cue and channel", () => {
    const quote = covering(claims, "Our ambassador will fly")!
    expect(quote).toMatchObject({
      attribution: "direct-quote",
      speakerId: "T:a1",
      verb: "write",
      verbClass: "neutral",
      channel: "on its Facebook account"
    })
    expect(quote.cue?.text).toBe("wrote")
    expect(quote.speakerSpan?.text).toBe("the embassy")
    expect(quote.text.startsWith("“")).toBe(false)
  })

  it("covers the quoted words, not the attribution frame", () => {
    for (const c of claims.filter((c) => c.attribution === "direct-quote")) {
      expect(c.text).not.toContain("wrote")
      expect(text.slice(c.start, c.end)).toBe(c.text)
    }
    expect(covering(claims, "He will hold meetings there")?.attribution).toBe("direct-quote")
  })

  it("gives the narrator the sentences nobody is quoted in", () => {
    expect(covering(claims, "The ministry will meet on Friday")).toMatchObject({
      attribution: "narrator",
      speakerId: null,
      modality: "future"
    })
    expect(claims.map((c) => c.id)).toEqual(claims.map((_, n) => `T:c${n + 1}`))
  })

  it("pairs straight, curly and mismatched marks, and reads an inverted frame", () => {
    const mixed = claimsOf('"We will not back down," said Maria Lopez. Critics disagreed.')
    expect(covering(mixed, "We will not back down")).toMatchObject({
      attribution: "direct-quote",
      polarity: "negative"
    })
    expect(covering(mixed, "We will not back down")?.speakerSpan?.text).toBe("Maria Lopez")
  })

  it("reads quotes typed as two apostrophes, and no cue inside them", () => {
    const got = claimsOf("''She has been saying that I am not qualified,'' Mr. Adams said.")
    expect(got).toHaveLength(1)
    expect(got[0]).toMatchObject({ attribution: "direct-quote", verb: "say" })
    expect(got[0]!.text).toBe("She has been saying that I am not qualified")
    expect(got[0]!.speakerSpan?.text).toBe("Mr. Adams")
  })

  it("lets a later quote with no cue go on the latest quoted speaker", () => {
    const t = "“Talks are over,” the minister said. “We are leaving now.”"
    const got = claimsOf(t, (x) => [actor(x, "T:m", "person", "the minister")])
    expect(covering(got, "We are leaving now")).toMatchObject({ attribution: "direct-quote", speakerId: "T:m" })
  })

  it("reads a colon at a paragraph's end as introducing the next paragraph's quote", () => {
    const t = "The spokesman said:\n\n“We reject every word of this report.”"
    const got = claimsOf(t, (x) => [actor(x, "T:s", "person", "The spokesman")])
    expect(covering(got, "We reject every word")).toMatchObject({ attribution: "direct-quote", speakerId: "T:s" })
  })
})

describe("extractClaims: indirect speech", () => {
  it("splits a long partial quote out of indirect speech, both on the same speaker", () => {
    const text =
      'Foreign Ministry Spokeswoman Anna Berg said in a commentary on Wednesday that the envoy had been summoned for consultations “in order to analyse what needs to be done next."'
    const claims = claimsOf(text, (t) => [
      actor(t, "T:berg", "person", "Anna Berg"),
      actor(t, "T:fm", "organization", "Foreign Ministry")
    ])
    const reported = covering(claims, "the envoy had been summoned")!
    const quoted = covering(claims, "in order to analyse")!
    expect(reported).toMatchObject({ attribution: "indirect", speakerId: "T:berg", channel: "in a commentary" })
    expect(reported.text).not.toContain("in order to")
    expect(quoted).toMatchObject({ attribution: "direct-quote", speakerId: "T:berg" })
  })

  it("keeps short quoted fragments inside the reported claim (scare quotes stay visible)", () => {
    const claims = claimsOf("The president said that the rival must “pay” for “meddling” in the vote.")
    expect(claims).toHaveLength(1)
    expect(claims[0]).toMatchObject({ attribution: "indirect", modality: "necessary" })
    expect(claims[0]!.text).toBe("the rival must “pay” for “meddling” in the vote.")
  })

  it("reads an intention, a commitment or an appeal with its to-infinitive as content, typed apart from saying", () => {
    const people = (t: string) => [
      actor(t, "T:lee", "person", "Ann Lee", "Lee"),
      actor(t, "T:dunn", "person", "Bo Dunn", "Dunn")
    ]
    const plans = claimsOf("Ann Lee plans to visit the steel mills of the north next week.", people)
    expect(plans).toHaveLength(1)
    expect(plans[0]).toMatchObject({
      attribution: "indirect",
      speakerId: "T:lee",
      verb: "plan",
      cueSense: "intention",
      modality: "future"
    })
    expect(plans[0]!.text).toBe("to visit the steel mills of the north next week.")
    // The addressee before "to" is part of what is asked, as PolNeAR marks it.
    const urged = claimsOf("Bo Dunn urged the voters of the canton to reject the measure.", people)
    expect(urged[0]).toMatchObject({ speakerId: "T:dunn", cueSense: "appeal" })
    expect(urged[0]!.text).toBe("the voters of the canton to reject the measure.")
    expect(claimsOf("Ann Lee vowed to fight the ruling in the courts.", people)[0]).toMatchObject({
      cueSense: "commitment"
    })
    // A verb of saying keeps no sense.
    expect(claimsOf("Ann Lee said the mills would close.", people)[0]!.cueSense).toBeUndefined()
  })

  it("takes an addressee only where the verb has one, and only a short noun phrase of it, before 'to'", () => {
    const people = (t: string) => [actor(t, "T:lee", "person", "Ann Lee", "Lee")]
    // "agree" takes no addressee: "the terms to end" is no infinitive of hers.
    expect(claimsOf("Ann Lee agreed the terms to end the strike at the mills.", people)[0]!.cueSense).toBeUndefined()
    // A relative clause is no addressee's noun phrase.
    expect(claimsOf("Ann Lee wants voters who left the party to return.", people)[0]!.cueSense).toBeUndefined()
    // "to be" opens an infinitive as any verb does.
    expect(claimsOf("Ann Lee plans to be in Bern on Monday.", people)[0]).toMatchObject({ cueSense: "intention" })
  })

  it("reads no intention in a passive ('is expected to') or before a noun ('agreed to the terms')", () => {
    expect(claimsOf("Bo Dunn is expected to resign from the council this week.")).toMatchObject([
      { attribution: "narrator" }
    ])
    expect(claimsOf("The two delegations agreed to the terms of the accord on Tuesday.")).toMatchObject([
      { attribution: "narrator" }
    ])
  })

  it("takes a relative pronoun before the speaker (“…,” which she claimed …) for the verb's object, not a quote's frame", () => {
    const claims = claimsOf(
      'Ann Lee said that she was leaving the race because she would not "give up my right to run again," which she claimed the party had asked of her.',
      (t) => [actor(t, "T:lee", "person", "Ann Lee", "she")]
    )
    expect(covering(claims, "give up my right")).toMatchObject({ attribution: "direct-quote", verb: "say" })
    expect(covering(claims, "she was leaving the race")).toMatchObject({ verb: "say" })
  })

  it("reads a cue-verb form right after a verb as that verb's object ('rejected reports that'), not a cue", () => {
    const rejected = claimsOf("The minister also rejected reports that the envoy had refused a meeting.")
    expect(rejected.filter((c) => c.cue?.text === "reports")).toEqual([])
    const denied = claimsOf("The minister denied claims that the envoy had refused a meeting.")
    expect(denied[0]).toMatchObject({ attribution: "indirect", verb: "deny" })
  })

  it("gives what a document says to its owner ('Zapnet’s statement said'), not what a person's aide says", () => {
    const zapnet = (t: string) => [actor(t, "T:zapnet", "organization", "Zapnet")]
    expect(claimsOf("Zapnet’s statement said the talks had failed.", zapnet)[0]).toMatchObject({
      attribution: "indirect",
      speakerId: "T:zapnet"
    })
    expect(claimsOf("Zapnet’s spokesman said the talks had failed.", zapnet)[0]!.speakerId).toBeNull()
  })

  it("never takes the addressee after 'told' (or a verb's noun object) for an inverted speaker", () => {
    const claims = claimsOf(
      "Ann Lee, the executive director at the center and whose work is also featured in the film, told The Daily Planet that the talks had failed."
    )
    expect(covering(claims, "the talks had failed")!.speakerSpan?.text).not.toBe("The Daily Planet")
    // A verb of saying without an object inverts as before.
    expect(claimsOf("The talks had failed, said Ann Lee.")[0]!.speakerSpan?.text).toBe("Ann Lee")
  })

  it("reads what someone cites or mentions as a noun phrase they say ('cited concerns about the budget')", () => {
    const claims = claimsOf("Ann Lee cited concerns about the budget of the steel mills.", (t) => [
      actor(t, "T:lee", "person", "Ann Lee")
    ])
    expect(claims[0]).toMatchObject({ attribution: "indirect", speakerId: "T:lee", verb: "cite" })
    expect(claims[0]!.text).toBe("concerns about the budget of the steel mills.")
  })

  it("reads the object of a verb of judging ('criticized the plan') as what is said, and ends it where a subordinate clause ends", () => {
    const lee = (t: string) => [actor(t, "T:lee", "person", "Ann Lee")]
    const criticized = claimsOf("Ann Lee criticized the plan to cut tariffs on steel.", lee)
    expect(criticized[0]).toMatchObject({ attribution: "indirect", speakerId: "T:lee", verb: "criticize" })
    expect(criticized[0]!.text).toBe("the plan to cut tariffs on steel.")
    const though = claimsOf(
      "Even though Ann Lee decried the use of her name in the campaign, the minister stars in a new ad by the group.",
      lee
    )
    expect(covering(though, "the use of her name")).toMatchObject({ attribution: "indirect", verb: "decry" })
    expect(covering(though, "the minister stars")).toMatchObject({ attribution: "narrator" })
  })

  it("reads 'according to' before and after the content", () => {
    const before = claimsOf("According to the embassy, the crisis stems from a deliberate policy.")
    expect(before[0]).toMatchObject({ attribution: "indirect", verb: "according to" })
    expect(before[0]!.speakerSpan?.text).toBe("the embassy")
    expect(before[0]!.text).toBe("the crisis stems from a deliberate policy.")
    const after = claimsOf("The talks failed over the weekend, according to two officials.")
    expect(after[0]!.text).toBe("The talks failed over the weekend")
    expect(after[0]!.speakerSpan?.text).toBe("two officials")
  })

  it("reads a frame at the end of the sentence and keeps its content whole", () => {
    const claims = claimsOf("The ambassador will fly to Moscow on Saturday, the embassy said on Wednesday.")
    expect(claims).toHaveLength(1)
    expect(claims[0]!.text).toBe("The ambassador will fly to Moscow on Saturday")
    expect(claims[0]!.speakerSpan?.text).toBe("the embassy")
  })

  it("takes that-less clauses after say and tell", () => {
    const claims = claimsOf("The senator told reporters he would vote against the bill.")
    expect(claims[0]).toMatchObject({ attribution: "indirect", verb: "tell" })
    expect(claims[0]!.text).toBe("he would vote against the bill.")
  })

  it("takes a noun phrase as what is announced or called for", () => {
    const claims = claimsOf("In this regard, the government also announced new sanctions against the bank.")
    expect(claims[0]).toMatchObject({
      attribution: "indirect",
      verb: "announce",
      text: "new sanctions against the bank."
    })
    expect(claimsOf("The envoy called for talks without conditions.")[0]).toMatchObject({ verb: "call" })
  })

  it("classes loaded attribution verbs apart from neutral ones", () => {
    expect(claimsOf("The minister insisted that the sanctions were illegal.")[0]?.verbClass).toBe("loaded")
    expect(claimsOf("The minister claimed that the sanctions were illegal.")[0]?.verbClass).toBe("loaded")
    expect(claimsOf("The minister stated that the sanctions were illegal.")[0]?.verbClass).toBe("neutral")
  })

  it("does not take speech that was not made as a claim of the speaker", () => {
    const claims = claimsOf("The ambassador did not say whether the consultations would go on.")
    expect(claims).toHaveLength(1)
    expect(claims[0]).toMatchObject({ attribution: "narrator", polarity: "negative" })
  })

  it("leaves nested speech to the outer speaker", () => {
    const claims = claimsOf(
      "Russia calls for dialogue and insists that good relations serve both nations, the embassy said."
    )
    expect(claims).toHaveLength(1)
    expect(claims[0]!.speakerSpan?.text).toBe("the embassy")
  })
})

describe("extractClaims: speakers", () => {
  it("resolves 'it' to the latest compatible speaker, not to a state named in between", () => {
    const text =
      "“We stand for dialogue,” the embassy stressed.\n\n" +
      "The Russian side is convinced that “good ties between the two countries serve everyone,” it noted."
    const claims = claimsOf(text, (t) => [
      actor(t, "T:emb", "organization", "the embassy"),
      actor(t, "T:ru", "state", "The Russian side")
    ])
    expect(covering(claims, "good ties between")).toMatchObject({ attribution: "direct-quote", speakerId: "T:emb" })
  })

  it("gives “…,” he said to the latest person, never to an organisation that spoke after him", () => {
    const text =
      "Ambassador Ivan Petrov arrived in Geneva. “We stand for dialogue,” the embassy said.\n\n“We are ready,” he said."
    const claims = claimsOf(text, (t) => [
      actor(t, "T:petrov", "person", "Ivan Petrov"),
      actor(t, "T:emb", "organization", "the embassy")
    ])
    expect(covering(claims, "We stand for dialogue")).toMatchObject({ speakerId: "T:emb" })
    expect(covering(claims, "We are ready")).toMatchObject({ attribution: "direct-quote", speakerId: "T:petrov" })
  })

  it("resolves 'according to him' to the last person speaking and a participle to the sentence's speaker", () => {
    const text =
      "The next day, President Joe Walker said that the rival must pay. " +
      "According to him, he had a long conversation with Ivan Petrov, noting that he knew him well."
    const claims = claimsOf(text, (t) => [
      actor(t, "T:walker", "person", "Joe Walker"),
      actor(t, "T:petrov", "person", "Ivan Petrov")
    ])
    expect(covering(claims, "he had a long conversation")).toMatchObject({
      attribution: "indirect",
      speakerId: "T:walker"
    })
    expect(covering(claims, "he knew him well")).toMatchObject({ attribution: "indirect", speakerId: "T:walker" })
  })

  it("gives the narrator the main clause before a participial attribution", () => {
    const text =
      "On March 18, Ivan Petrov invited his colleague to an open conversation, noting that such a format would interest many."
    const claims = claimsOf(text, (t) => [actor(t, "T:petrov", "person", "Ivan Petrov")])
    expect(covering(claims, "invited his colleague")).toMatchObject({ attribution: "narrator", speakerId: null })
    expect(covering(claims, "such a format")).toMatchObject({ attribution: "indirect", speakerId: "T:petrov" })
  })

  it("takes the head of the speaker words, not an actor named inside a modifier", () => {
    const text = "Relations are at a low point, the Russian embassy in the United States said."
    const claims = claimsOf(text, (t) => [
      actor(t, "T:emb", "organization", "the Russian embassy"),
      actor(t, "T:us", "state", "the United States")
    ])
    expect(claims[0]).toMatchObject({ speakerId: "T:emb" })
  })

  it("takes the head of a possessive speaker ('Russia’s envoy said'), never the country that modifies it", () => {
    const text = "Relations are at a low point, Russia’s envoy said."
    const claims = claimsOf(text, (t) => [actor(t, "T:ru", "state", "Russia")])
    expect(claims[0]).toMatchObject({ attribution: "indirect", speakerId: null })
    expect(claims[0]!.speakerSpan?.text).toBe("Russia’s envoy")
  })

  it("gives a pronoun no speaker when the last person named or speaking is further back than a long article page", () => {
    const filler = "The talks went on through the night. ".repeat(60)
    const text = `“We stand for dialogue,” Ivan Petrov said in Geneva.\n\n${filler}\n\n“We are ready,” he said.`
    const claims = claimsOf(text, (t) => [actor(t, "T:petrov", "person", "Ivan Petrov")])
    expect(covering(claims, "We are ready")).toMatchObject({ attribution: "direct-quote", speakerId: null })
    const near = "Ambassador Ivan Petrov arrived in Geneva.\n\n“We are ready,” he said."
    const nearClaims = claimsOf(near, (t) => [actor(t, "T:petrov", "person", "Ivan Petrov")])
    expect(covering(nearClaims, "We are ready")).toMatchObject({ speakerId: "T:petrov" })
  })

  it("reads a headline colon as attribution", () => {
    const claims = claimsOf("Lavrov: Moscow is ready to talk to Washington\n\nThe minister spoke in Geneva.")
    expect(claims[0]).toMatchObject({ attribution: "indirect", text: "Moscow is ready to talk to Washington" })
    expect(claims[0]!.speakerSpan?.text).toBe("Lavrov")
    expect(claims[0]!.verb).toBeUndefined()
  })
})

describe("extractClaims: hedges, polarity, modality", () => {
  it("collects hedges in the claim and in its frame", () => {
    const claims = claimsOf("The agency reportedly said that the side allegedly interfered in the so-called vote.")
    expect(claims[0]!.hedges).toEqual(["allegedly", "so-called", "reportedly"])
  })

  it("does not take 'not only' for negation", () => {
    expect(claimsOf("The format is of interest not only to them but also to many.")[0]!.polarity).toBe("positive")
  })

  it("marks questions", () => {
    expect(claimsOf("The reporter asked whether the talks would resume.")[0]!.modality).toBe("question")
  })
})

describe("extractClaims on odd text", () => {
  const odd = [
    "",
    "“unbalanced quote that never closes and goes on",
    "He said “ and then ” nothing “",
    "🙂🙂 emoji said that 🙂 works.",
    "قال الوزير إن المحادثات انتهت. The minister said that talks ended.",
    "\u0000\u0007 control said \u0001 that",
    `${"word ".repeat(10_000)}said that ${"more ".repeat(200)}`
  ]
  it("never throws, keeps spans equal to the text they point at, and is deterministic", () => {
    const long = (n: number) => `${"word ".repeat(n)}said that ${"more ".repeat(n / 50)}`
    expect(growthOf((n) => claimsOf(long(n)), 10_000)).toBeLessThan(LINEAR_BOUND)
    for (const text of odd) {
      const first = claimsOf(text)
      for (const c of first) {
        expect(text.slice(c.start, c.end)).toBe(c.text)
        if (c.cue) expect(text.slice(c.cue.start, c.cue.end)).toBe(c.cue.text)
        if (c.speakerSpan) expect(text.slice(c.speakerSpan.start, c.speakerSpan.end)).toBe(c.speakerSpan.text)
      }
      expect(JSON.stringify(claimsOf(text))).toBe(JSON.stringify(first))
    }
  })
})

interface GoldFile {
  actors: { name: string; kind: ActorKind; mentions: Record<string, string[]> }[]
  claims: { speaker: string; source: string; anchor: string; attribution: string }[]
}

const goldPath = fileURLToPath(new URL("../../../examples/antonov-2021.gold.json", import.meta.url))

describe.skipIf(!existsSync(goldPath))("extractClaims on the example gold (examples/antonov-2021.gold.json)", () => {
  it("gives at least 6 of the 7 gold claims the right speaker and attribution kind", () => {
    const gold = JSON.parse(readFileSync(goldPath, "utf8")) as GoldFile
    const texts: Record<string, string> = { A: example("a-2021-03-18.txt"), B: example("b-2021-03-22.txt") }
    const claimsBySource: Record<string, Claim[]> = {}
    for (const [id, text] of Object.entries(texts)) {
      const actors = gold.actors
        .filter((a) => (a.mentions[id] ?? []).length > 0)
        .map((a) => actor(text, `${id}:${a.name}`, a.kind, ...(a.mentions[id] ?? [])))
      claimsBySource[id] = extractClaims(segment(sourceOf(text, id)), actors)
    }
    const right = gold.claims.filter((g) => {
      const text = texts[g.source]!
      const at = text.indexOf(g.anchor)
      expect(at).toBeGreaterThanOrEqual(0)
      const anchor = { start: at, end: at + g.anchor.length }
      const overlap = (c: Claim) => Math.min(c.end, anchor.end) - Math.max(c.start, anchor.start)
      const match = claimsBySource[g.source]!.filter((c) => overlap(c) > 0).sort((a, b) => overlap(b) - overlap(a))[0]
      return match?.speakerId === `${g.source}:${g.speaker}` && match.attribution === g.attribution
    })
    expect(right.length).toBeGreaterThanOrEqual(6)
  })
})

describe("the narrator's part of sentences with a frame", () => {
  it("keeps a sentence whose frame says too little to be a claim as the narrator's", () => {
    const claims = claimsOf(
      "After the vote on Friday, the senator deleted his account and the page where he first announced his decision."
    )
    expect(claims.map((c) => [c.attribution, c.text])).toEqual([
      [
        "narrator",
        "After the vote on Friday, the senator deleted his account and the page where he first announced his decision."
      ]
    ])
  })

  it("keeps the main clause before a relative frame as the narrator's", () => {
    const claims = claimsOf("The president met the party leaders, who said they would not fund the wall.")
    expect(claims.map((c) => [c.attribution, c.text])).toEqual([
      ["narrator", "The president met the party leaders"],
      ["indirect", "they would not fund the wall."]
    ])
  })

  it("makes no narrator claim of a sentence that only attributes a quotation of another sentence", () => {
    const claims = claimsOf("“We will win the vote. We are sure of it.” the embassy wrote on its Facebook account.")
    expect(claims.every((c) => c.attribution === "direct-quote")).toBe(true)
  })
})

describe("extractClaims: a pronoun speaker the actor finder resolved", () => {
  it("gives “…,” she wrote to the woman the actors step resolved the pronoun to, not to the latest speaker", () => {
    const text =
      "“We need the full report,” Sen. Kamala Harris said. Sen. Elizabeth Warren pointed to a unanimous House vote. “The American people deserve to see it,” she wrote."
    const she = text.lastIndexOf("she")
    const harris = actor(text, "T:harris", "person", "Kamala Harris")
    const warren = actor(text, "T:warren", "person", "Elizabeth Warren")
    // The actor finder resolved this "she" to Warren (the subject of the sentence before).
    const resolved = {
      ...warren,
      mentions: [...warren.mentions, { start: she, end: she + 3, form: "pronoun" as const }]
    }
    const claims = claimsOf(text, () => [harris, resolved])
    expect(covering(claims, "The American people deserve")).toMatchObject({ speakerId: "T:warren" })
  })
})

describe("extractClaims: a speaker with an appositive", () => {
  const lee = (text: string) => [actor(text, "T:a1", "person", "Ann Lee", "Lee")]
  const speakerOf = (text: string, words: string) => covering(claimsOf(text, lee), words)?.speakerId

  it("gives “X, the group's director, said” to X, not to the words after the cue", () => {
    const text = "Ann Lee, the group's executive director, said the talks failed."
    expect(speakerOf(text, "the talks failed")).toBe("T:a1")
  })

  it("gives “the group's director, X, said” after a quotation to X", () => {
    const text = "“The ad is wrong,” the group's executive director, Ann Lee, said in a statement."
    expect(speakerOf(text, "The ad is wrong")).toBe("T:a1")
  })

  it("reads a number between commas as an appositive too (“Lee, 45, said”)", () => {
    expect(speakerOf("Lee, 45, said the talks failed.", "the talks failed")).toBe("T:a1")
  })

  it("keeps a participial frame after two commas of adverbs (“…, in fact, online, noting that …”)", () => {
    const text = "On Friday, Ann Lee held an open talk, in fact, online, noting that such a format would help."
    const claims = claimsOf(text, lee)
    expect(covering(claims, "held an open talk")?.attribution).toBe("narrator")
    expect(covering(claims, "such a format would help")?.speakerId).toBe("T:a1")
  })

  it("never makes a speaker of the subject of what is said (“…, said Ann Lee had resigned”)", () => {
    // "…, citing sources, said": no appositive (a verb between the commas), and Lee is inside the content.
    const text = "The ministry, citing sources, said Ann Lee had resigned."
    expect(speakerOf(text, "had resigned")).not.toBe("T:a1")
  })
})

describe("extractClaims: a lawmaker's party tag as the appositive", () => {
  it("gives “Sen. Ann Lee, D-N.Y., said …” to Lee", () => {
    const text = "Sen. Ann Lee, D-N.Y., said the report must be released."
    const claims = claimsOf(text, (t) => [actor(t, "T:a1", "person", "Ann Lee")])
    expect(covering(claims, "must be released")?.speakerId).toBe("T:a1")
  })

  it("reads the tagged name as the speaker when a subordinate clause opens before it (“…, when Sen. Ann Lee, D-N.Y., suggested …”)", () => {
    for (const opener of ["when", "after", "and"]) {
      const text = `Activists rallied outside on Sunday, ${opener} Sen. Ann Lee, D-N.Y., suggested a compromise had been reached.`
      const claims = claimsOf(text, (t) => [actor(t, "T:a1", "person", "Ann Lee")])
      expect(covering(claims, "compromise had been reached")?.speakerId, opener).toBe("T:a1")
    }
  })

  it("still leaves a name after an ordinary word alone (“a deal with Ann Lee, D-N.Y., said …” has no such subject)", () => {
    const text = "Activists rallied for a deal with Ann Lee, D-N.Y., the aide said on Sunday."
    const claims = claimsOf(text, (t) => [actor(t, "T:a1", "person", "Ann Lee")])
    expect(claims.every((c) => c.speakerId !== "T:a1")).toBe(true)
  })
})

describe("extractClaims: a relative pronoun as the speaker", () => {
  const actors = (t: string) => [
    actor(t, "T:a1", "person", "Ann Lee"),
    actor(t, "T:o1", "organization", "the Civic League")
  ]
  it("gives “X, who said “…”” to the person the clause is attached to", () => {
    const text = "The plan drew scrutiny, even from Ann Lee, who said “the plan is a disgrace.”"
    expect(covering(claimsOf(text, actors), "is a disgrace")?.speakerId).toBe("T:a1")
  })

  it("gives “X, a description, which said …” to the organization, over the description", () => {
    const text = "The ad was denounced by the Civic League, a voters' group, which said it was “wrong to assume so.”"
    expect(covering(claimsOf(text, actors), "wrong to assume so")?.speakerId).toBe("T:o1")
  })

  it("does not give “which said” to a person, nor “who said” across a clause", () => {
    const which = "The ad was praised by Ann Lee, which said it was “right to assume so.”"
    expect(covering(claimsOf(which, actors), "right to assume so")?.speakerId ?? null).toBeNull()
    const across = "Ann Lee left early. The man who said “the plan is a disgrace” stayed."
    expect(covering(claimsOf(across, actors), "is a disgrace")?.speakerId ?? null).toBeNull()
  })
})

describe("extractClaims: a long relative clause between a quotation and its speaker", () => {
  it("gives ““…,” X, who …(fifteen words)…, told Y.” to X, not to Y", () => {
    const text =
      "“I am appalled,” Ann Lee, who has informally been an adviser to the president throughout the long investigation, told the Daily Ledger."
    const claims = claimsOf(text, (t) => [
      actor(t, "T:a1", "person", "Ann Lee"),
      actor(t, "T:m1", "media", "the Daily Ledger")
    ])
    expect(covering(claims, "I am appalled")?.speakerId).toBe("T:a1")
  })

  it("reads a surname written with a solid particle as a name (“…,” deLuca, who …, said)", () => {
    const text = "“I am appalled,” deLuca, who has long advised the president, said."
    const claims = claimsOf(text, (t) => [actor(t, "T:a1", "person", "deLuca")])
    expect(covering(claims, "I am appalled")?.speakerId).toBe("T:a1")
  })
})

describe("extractClaims: verbs that give their reason after “for”, and time adjuncts before the verb", () => {
  const lee = (t: string) => [actor(t, "T:a1", "person", "Ann Lee")]
  it("reads “X went on to praise Y for “…”” as X's words", () => {
    const text = 'Ann Lee went on to praise the senators for "having the courage" to agree to the talks.'
    expect(covering(claimsOf(text, lee), "having the courage")?.speakerId).toBe("T:a1")
  })

  it("reads “X demanded Y “…”” as X's quotation, the addressee between", () => {
    const text = "Ann Lee demanded Bo Dunn “release the full report to the public.”"
    const claim = covering(claimsOf(text, lee), "release the full report")
    expect(claim?.speakerId).toBe("T:a1")
    expect(claim?.attribution).toBe("direct-quote")
  })

  it("reads “X affirmed that …” as X's claim", () => {
    const text = "Ann Lee also affirmed that she does not plan to testify."
    expect(covering(claimsOf(text, lee), "does not plan to testify")?.speakerId).toBe("T:a1")
  })

  it("takes the speaker from before a time adjunct (“X on Friday also praised …”, “X last week said …”)", () => {
    const friday = "Ann Lee on Friday also praised the office for “correcting the story.”"
    const claim = covering(claimsOf(friday, lee), "correcting the story")
    expect(claim?.speakerSpan?.text).toBe("Ann Lee")
    expect(claim?.speakerId).toBe("T:a1")
    expect(covering(claimsOf("Ann Lee last week said the plan would fail.", lee), "would fail")?.speakerId).toBe("T:a1")
  })
})

describe("extractClaims: nested closing marks, parentheticals and particle verbs", () => {
  const people = (t: string) => [actor(t, "T:a1", "person", "Ann Lee"), actor(t, "T:a2", "person", "Bo Dunn")]
  it("attaches a quotation that ends in a nested quotation's comma (“As X said, ’…,’” Y wrote) to Y, and the next one too", () => {
    const text = "“As Bo Dunn said, ’Let it come out,’” Ann Lee wrote on Twitter. “I call on the office to publish it.”"
    const claims = claimsOf(text, people)
    expect(covering(claims, "Let it come out")?.speakerId).toBe("T:a1")
    expect(covering(claims, "I call on the office")?.speakerId).toBe("T:a1")
  })

  it("gives “X, in addition to calling for …, called on Y to “…”” to X, never to the addressee Y", () => {
    const text =
      "Ann Lee, in addition to calling for the report to be released “immediately,” called on Bo Dunn to “testify under oath.”"
    const claims = claimsOf(text, people)
    expect(covering(claims, "testify under oath")?.speakerId).toBe("T:a1")
    expect(claims.some((c) => c.speakerId === "T:a2")).toBe(false)
  })

  it("reads the quotation after “called on X to” as the caller's", () => {
    const text = "Ann Lee called on Bo Dunn to “release the full report.”"
    const claim = covering(claimsOf(text, people), "release the full report")
    expect(claim?.speakerId).toBe("T:a1")
    expect(claim?.attribution).toBe("direct-quote")
  })
})

describe("extractClaims: a possessive inside the speaker's words", () => {
  it("does not give “…, her doctor said” to the woman the possessive refers to", () => {
    const text = "Ann Lee is in good health. She also swims and walks, her doctor said."
    const lee = (t: string) => {
      const a = actor(t, "T:a1", "person", "Ann Lee")
      const at = t.indexOf("her doctor")
      return [{ ...a, mentions: [...a.mentions, { start: at, end: at + 3, form: "pronoun" as const }] }]
    }
    const claim = covering(claimsOf(text, lee), "swims and walks")
    expect(claim?.speakerSpan?.text).toBe("her doctor")
    expect(claim?.speakerId ?? null).toBeNull()
  })
})

describe("extractClaims: a quotation over two paragraphs, its speaker named at the end", () => {
  it("gives the first paragraph's words to the speaker the second one names", () => {
    const text = "Ann Lee spoke on Friday.\n\n“We have seen nothing wrong.\n\n“We remain confident,” she said."
    const claims = claimsOf(text, (t) => [actor(t, "T:a1", "person", "Ann Lee", "she")])
    expect(covering(claims, "seen nothing wrong")?.speakerId).toBe("T:a1")
    expect(covering(claims, "remain confident")?.speakerId).toBe("T:a1")
  })

  it("leaves the open quotation unattributed when the next paragraph opens no continuation", () => {
    const text = "Ann Lee spoke on Friday.\n\n“We have seen nothing wrong.\n\nThe talks went on, she said."
    const claims = claimsOf(text, (t) => [actor(t, "T:a1", "person", "Ann Lee", "she")])
    expect(covering(claims, "seen nothing wrong")?.speakerId ?? null).toBeNull()
  })
})

describe("extractClaims: more that stands between a speaker and the cue", () => {
  const lee = (text: string) => [actor(text, "T:a1", "person", "Ann Lee", "she")]
  const speakerOf = (text: string, words: string) => covering(claimsOf(text, lee), words)?.speakerId

  it("skips a lawmaker's tag in brackets (“Sen. Ann Lee (D-N.Y.) said that …”)", () => {
    expect(speakerOf("Sen. Ann Lee (D-N.Y.) said that the report must be released.", "must be released")).toBe("T:a1")
  })

  it("skips a relative clause between commas (“Ann Lee, who …, also called for …”)", () => {
    const text = "Ann Lee, who has seen her campaign surge, also called for the report to be released."
    expect(speakerOf(text, "the report to be released")).toBe("T:a1")
  })

  it("finds the subject after a coordinator and an introductory phrase (“And in an interview, she …, saying”)", () => {
    const text =
      "Ann Lee spoke on Friday. And in an interview on the radio, she pointed to the vote, saying, “It is the best way.”"
    expect(speakerOf(text, "It is the best way")).toBe("T:a1")
  })

  it("reads an emphatic auxiliary as part of the verb (“but did say … that”)", () => {
    const text =
      "Ann Lee spoke in Ohio. She did not comment at length on Sunday, but did say at a stop in Ohio that the plan “is a disgrace.”"
    expect(speakerOf(text, "is a disgrace")).toBe("T:a1")
  })
})

describe("extractClaims: a country's name inside a longer name", () => {
  it("does not give the words of “America Rising, a research group,” to the United States", () => {
    const text =
      "America Rising, a research group, took aim at Ann Lee, saying the candidate made false claims. Russia said it would respond."
    const actors = (t: string) => [actor(t, "T:a1", "state", "America"), actor(t, "T:a2", "state", "Russia")]
    const claims = claimsOf(text, actors)
    expect(covering(claims, "made false claims")?.speakerId ?? null).toBeNull()
    expect(covering(claims, "it would respond")?.speakerId).toBe("T:a2")
  })
})

describe("extractClaims: a charge after “accused X of”", () => {
  it("reads the words after “of” as the accusers' charge, not the writer's", () => {
    const text = "The deal enraged liberals, who accused the lawmakers of betrayal and threatened to mount primaries."
    const claim = covering(claimsOf(text), "betrayal")
    expect(claim?.attribution).toBe("indirect")
    expect(claim?.cue?.text).toBe("accused")
  })

  it("leaves a passive “the man accused of murder” as the writer's", () => {
    expect(covering(claimsOf("The man accused of murder was freed on Monday."), "murder")?.attribution).toBe("narrator")
  })
})

describe("extractClaims: “it” as a speaker", () => {
  const actors = (t: string) => [
    actor(t, "T:a1", "organization", "Fox News"),
    actor(t, "T:a2", "organization", "embassy")
  ]
  it("takes no organisation from an earlier paragraph for “it” (the indictment, not the outlet, accuses)", () => {
    const text =
      "Fox News reported the arrest.\n\nThe indictment does not charge Stone with conspiring.\n\nInstead, it accuses him of witness tampering."
    expect(covering(claimsOf(text, actors), "witness tampering")?.speakerId ?? null).toBeNull()
  })

  it("still takes the organisation of its own paragraph (“The embassy issued a note. It said …”)", () => {
    const text = "The embassy issued a note. It said the talks failed."
    expect(covering(claimsOf(text, actors), "the talks failed")?.speakerId).toBe("T:a2")
  })
})

describe("extractClaims: a longer description between the speaker's name and the cue", () => {
  it("gives “Rep. Ann Lee, Republican of Ohio and the chair of the committee, also said …” to Lee", () => {
    const text =
      "Rep. Ann Lee, Republican of Ohio and the chair of the budget committee, also said that the deal was fair."
    const claims = claimsOf(text, (t) => [actor(t, "T:a1", "person", "Ann Lee")])
    expect(covering(claims, "the deal was fair")?.speakerId).toBe("T:a1")
  })
})

describe("extractClaims: a verb phrase between the speaker and the verb of saying", () => {
  const lee = (text: string) => [actor(text, "T:a1", "person", "Ann Lee", "she")]
  it("reads “…,” she went on to say and “…,” Ann Lee is shown saying as the speaker's", () => {
    const text =
      "Ann Lee spoke to reporters. “The plan is a disgrace,” she went on to say. “We will fight it,” Ann Lee is shown saying."
    const claims = claimsOf(text, lee)
    expect(covering(claims, "The plan is a disgrace")?.speakerId).toBe("T:a1")
    expect(covering(claims, "We will fight it")?.speakerId).toBe("T:a1")
  })
})

describe("extractClaims: an adverb between the comma and a participle", () => {
  it("reads “…, first telling CNN, “…”” as the subject's quotation, and “the first reporting” as a noun", () => {
    const text =
      "Ann Lee pushed back on Sunday, first telling CNN, “I know that people are trying to draw me in.” The first reporting of the deal came from CNN."
    const claims = claimsOf(text, (t) => [actor(t, "T:a1", "person", "Ann Lee")])
    expect(covering(claims, "draw me in")?.speakerId).toBe("T:a1")
    expect(covering(claims, "The first reporting")?.attribution).toBe("narrator")
  })
})

describe("extractClaims: an unnamed speaker's postmodifier", () => {
  it("keeps “familiar with …” and “briefed on …” in the speaker, before and after the verb", () => {
    const text =
      "Two officials familiar with the talks said the accord was dead. The border stays shut, two people briefed on the plan told reporters. The deal is off, said a person familiar with the matter."
    const claims = claimsOf(text)
    expect(covering(claims, "the accord was dead")?.speakerSpan?.text).toBe("Two officials familiar with the talks")
    expect(covering(claims, "The border stays shut")?.speakerSpan?.text).toBe("two people briefed on the plan")
    expect(covering(claims, "The deal is off")?.speakerSpan?.text).toBe("a person familiar with the matter")
  })
})

describe("extractClaims: a subject with a reduced relative clause", () => {
  it("takes the noun before “investigating …” for the speaker, not the participle's object", () => {
    const text =
      "The panel investigating the collapse of the bridge said on Monday that the steel had corroded. " +
      "BERLIN — The agency reviewing tariff fraud in the port told reporters that two firms would be fined."
    const claims = claimsOf(text)
    expect(covering(claims, "the steel had corroded")?.speakerSpan?.text).toBe("The panel")
    expect(covering(claims, "two firms would be fined")?.speakerSpan?.text).toBe("The agency")
  })
})

describe("extractClaims: a participial clause between the verb and “that”", () => {
  it("reads “X reported, citing two officials, that …” and “he said, pointing at the map, that …” as speech", () => {
    const text =
      "The paper reported on Monday, citing two officials, that the accord was dead. Ann Lee said, pointing at the map, that the border was closed."
    const claims = claimsOf(text, (t) => [actor(t, "T:a1", "person", "Ann Lee")])
    expect(covering(claims, "the accord was dead")?.attribution).toBe("indirect")
    expect(covering(claims, "the border was closed")?.speakerId).toBe("T:a1")
  })
})
