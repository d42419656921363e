import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { extractActors, type LocalActor, segment, unifyActors } from "@diplo/analyzer"
import type { Actor, SourceId } from "@diplo/model"
import { describe, expect, it } from "vitest"
import { growthOf, LINEAR_BOUND } from "./growth.js"

const source = (id: string, text: string) => ({ id: id as SourceId, text, publishedAt: null, path: null })
const actorsOf = (text: string, id = "A") => extractActors(segment(source(id, text)))
const unify = (texts: Record<string, string>) =>
  unifyActors(
    Object.entries(texts).map(([id, text]) => ({ sourceId: id as SourceId, text, actors: actorsOf(text, id) }))
  )

/** The actor whose mentions include `surface` (the n-th occurrence of it in `text`). */
const actorAt = (actors: readonly LocalActor[], text: string, surface: string, n = 1): LocalActor | undefined => {
  let at = -1
  for (let k = 0; k < n; k++) at = text.indexOf(surface, at + 1)
  if (at < 0) throw new Error(`"${surface}" is not in the text`)
  return actors.find((a) => a.mentions.some((m) => m.start < at + surface.length && at < m.end))
}
const surfaces = (actor: LocalActor | undefined, text: string) =>
  actor?.mentions.map((m) => text.slice(m.start, m.end)) ?? []

describe("extractActors", () => {
  it("reads title, country and name off a title phrase, and links surname, pronoun and description", () => {
    const text =
      "North Korean leader Kim Jong Un met U.S. Secretary of State Mike Pompeo in Pyongyang on Wednesday. Kim said he was ready to talk. The secretary of state later flew home."
    const actors = actorsOf(text)
    const kim = actorAt(actors, text, "Kim Jong Un")
    expect(kim).toMatchObject({
      name: "Kim Jong Un",
      kind: "person",
      country: "KP",
      roles: [{ title: "leader", of: "KP" }]
    })
    expect(surfaces(kim, text)).toEqual(["North Korean leader", "Kim Jong Un", "Kim", "he"])
    const pompeo = actorAt(actors, text, "Mike Pompeo")
    expect(pompeo).toMatchObject({
      name: "Mike Pompeo",
      country: "US",
      roles: [{ title: "secretary of state", of: "US" }]
    })
    expect(actorAt(actors, text, "The secretary of state")).toBe(pompeo)
    // Where someone goes is a place, not an agent.
    expect(actorAt(actors, text, "Pyongyang")).toBeUndefined()
    expect(actors.find((a) => a.kind === "state" && a.country === "US")).toMatchObject({ name: "United States" })
  })

  it("maps seats of power and capitals used as agents to their states", () => {
    const text =
      "The Kremlin said on Tuesday that it had not been told. Beijing denied the report, and the White House declined to comment on Washington's plans."
    const actors = actorsOf(text)
    expect(actorAt(actors, text, "The Kremlin")).toMatchObject({ kind: "state", country: "RU" })
    expect(actorAt(actors, text, "Beijing")).toMatchObject({ kind: "state", country: "CN" })
    const us = actorAt(actors, text, "the White House")
    expect(us).toMatchObject({ kind: "state", country: "US" })
    expect(actorAt(actors, text, "Washington")).toBe(us)
    expect(us?.mentions.map((m) => m.form)).toEqual(["metonym", "metonym"])
  })

  it("keeps a chancellor one person through surname, pronoun and role description", () => {
    const text =
      "German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin. Merkel said she was hopeful. Later the chancellor told reporters that Germany would not back down."
    const actors = actorsOf(text)
    const merkel = actorAt(actors, text, "Angela Merkel")
    expect(surfaces(merkel, text)).toEqual(["German Chancellor", "Angela Merkel", "Merkel", "she", "the chancellor"])
    expect(actorAt(actors, text, "Emmanuel Macron")).toMatchObject({
      country: "FR",
      roles: [{ title: "president", of: "FR" }]
    })
    expect(actorAt(actors, text, "Germany")).toMatchObject({ kind: "state", country: "DE" })
    expect(actors.filter((a) => a.kind === "person")).toHaveLength(2)
  })

  it("links a bare 'the ministry' or 'the department' to the ministry last named, and an outlet's 'the agency'", () => {
    const text =
      "China's foreign ministry said the ambassador had been summoned. The ministry called the move provocative. Chinese Foreign Ministry spokesman Zhao Lijian told Reuters that talks at the department building went on. The agency said Mr. Zhao spoke for Beijing."
    const actors = actorsOf(text)
    const ministry = actorAt(actors, text, "foreign ministry")
    expect(ministry).toMatchObject({ kind: "organization", country: "CN", name: "Chinese Foreign Ministry" })
    expect(actorAt(actors, text, "The ministry")).toBe(ministry)
    expect(actorAt(actors, text, "Chinese Foreign Ministry")).toBe(ministry)
    expect(actorAt(actors, text, "department")).toBe(ministry)
    const zhao = actorAt(actors, text, "Zhao Lijian")
    expect(zhao?.roles).toEqual([{ title: "spokesman", of: "Chinese Foreign Ministry" }])
    expect(actorAt(actors, text, "Zhao", 2)).toBe(zhao)
    const reuters = actorAt(actors, text, "Reuters")
    expect(reuters).toMatchObject({ kind: "media", name: "Reuters" })
    expect(actorAt(actors, text, "The agency")).toBe(reuters)
  })

  it("resolves 'his American counterpart' only when one person of that rank and country fits", () => {
    const text =
      "French President Emmanuel Macron hosted U.S. President Joe Biden and U.S. Secretary of State Antony Blinken. Macron thanked his American counterpart for the visit."
    const actors = actorsOf(text)
    expect(actorAt(actors, text, "American counterpart")?.name).toBe("Joe Biden")
    const ambiguous =
      "French President Emmanuel Macron met U.S. President Joe Biden and former U.S. President Barack Obama, who is also called the American leader Obama. Macron thanked his American counterpart."
    const others = actorsOf(ambiguous)
    expect(actorAt(others, ambiguous, "American counterpart")).toBeUndefined()
  })

  it("gives each organization named by a state's demonym its own actor, and a later bare 'the embassy' the last one", () => {
    const text =
      "The Iranian embassy in London and the Russian embassy in the United States issued statements. The embassy said it would respond."
    const actors = actorsOf(text)
    const iranian = actorAt(actors, text, "Iranian embassy")
    const russian = actorAt(actors, text, "Russian embassy")
    expect(iranian).toMatchObject({ country: "IR", kind: "organization" })
    expect(russian).toMatchObject({ country: "RU", kind: "organization" })
    expect(iranian).not.toBe(russian)
    expect(actorAt(actors, text, "The embassy")).toBe(russian)
  })

  it("survives odd text: emoji, right-to-left script, control characters, unbalanced quotes, a 10,000-word sentence", () => {
    const odd = `😀 President 👍🏽 Joe Biden said “unfinished \u0000\u0007 النص العربي Moscow ${"and Russia and the Kremlin said ".repeat(1_500)}`
    const actors = actorsOf(odd)
    const long = (n: number) => `President Joe Biden said ${"and Russia and the Kremlin said ".repeat(n)}`
    expect(growthOf((n) => actorsOf(long(n)), 1_500)).toBeLessThan(LINEAR_BOUND)
    for (const a of actors)
      for (const m of a.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0)
        expect(m.end).toBeLessThanOrEqual(odd.length)
        expect(m.end).toBeGreaterThan(m.start)
      }
    expect(actors.find((a) => a.country === "RU" && a.kind === "state")?.mentions.length).toBeGreaterThan(1_000)
    expect(actorsOf("")).toEqual([])
  })

  it("reads a party tag ('(D-Calif.)', 'R-Ky.') as the member's, and a US state written as a place as no actor", () => {
    const text =
      "Rep. Ann Keller (D-Calif.) and Sen. Tom Ruiz, R-Ky., spoke. Sen. Eve Long (I-Vt.) of Vermont agreed, as did Rep. Paul Dunn, D-N.Y. The Albany, N.Y., office said nothing."
    const actors = actorsOf(text)
    expect(actors.filter((a) => a.kind === "person").map((a) => a.name)).toEqual([
      "Ann Keller",
      "Tom Ruiz",
      "Eve Long",
      "Paul Dunn"
    ])
    for (const junk of ["D", "R", "I", "Calif", "Ky", "Vt", "Vermont", "N.Y."])
      expect(actors.map((a) => a.name)).not.toContain(junk)
  })

  it("starts no name with a function word that opens a sentence ('And Sen.', 'And Senate Democrats', 'But Democrats')", () => {
    const text =
      "Voters are tired. And Senate Democrats have crushed most plans. And Sen. Ann Keller spoke. “Republicans fear primaries more than elections. But Democrats are still operating,” an aide said."
    const actors = actorsOf(text)
    expect(actors.map((a) => a.name)).toEqual(["Senate Democrats", "Ann Keller", "Democrats"])
    expect(surfaces(actorAt(actors, text, "Ann Keller"), text)).toEqual(["Sen.", "Ann Keller"])
  })

  it("takes no capitalized common word, plural or compound for a name ('Strength', 'Water Quality', 'Ardmore Liberals', 'Reagan-era')", () => {
    const text =
      "He wrote that the plan puts a focus on Strength, and on Children too. Tax Relief and Water Quality, he said. Critics said the Ardmore Liberals would act, and the Ardmore Republicans agreed. The Reagan-era program ended."
    expect(actorsOf(text).map((a) => a.name)).toEqual(["Reagan"])
  })

  it("links a name nothing explains where it stands to the person the source names in full later", () => {
    const text = "Officials said Zbrowski was late. Later, Adam Zbrowski arrived."
    const actors = actorsOf(text)
    expect(actors.map((a) => a.name)).toEqual(["Adam Zbrowski"])
    expect(surfaces(actors[0], text)).toEqual(["Zbrowski", "Adam Zbrowski"])
  })

  it("reads no name into a word that opens a sentence before it ('Following Keller's visit')", () => {
    const text = "Officials met on Monday. Following Keller's visit, aides left."
    expect(actorsOf(text).map((a) => [a.name, a.kind])).toEqual([["Keller", "person"]])
  })

  it("reads a title-case headline as a headline: no description, a name ends at its first common word, a surname joins the body's full name", () => {
    const fume =
      "Critics Fume At 'Weak Leader' Ann Keller After Vote\n\nSen. Ann Keller said on Monday that cuts were coming."
    expect(actorsOf(fume).map((a) => a.name)).toEqual(["Ann Keller"])
    const warns = "Keller Warns Of Deep Cuts To Schools\n\nSen. Ann Keller said on Monday that cuts were coming."
    const actors = actorsOf(warns)
    expect(actors.map((a) => a.name)).toEqual(["Ann Keller"])
    expect(surfaces(actors[0], warns)).toEqual(["Keller", "Sen.", "Ann Keller"])
  })

  it("reads an acronym with the capitalized words after it, and a country between capitalized words, as one organization", () => {
    const text = "CREDO Action objected. The ad is by Secure America Now, a group. Members of the House voted."
    expect(actorsOf(text).map((a) => [a.name, a.kind])).toEqual([
      ["CREDO Action", "organization"],
      ["Secure America Now", "organization"],
      ["House of Representatives", "organization"]
    ])
  })

  it("keeps titles, suffixes and familiar given names out of who a person is", () => {
    const text =
      "Roger J. Keller Jr., an adviser, was arrested. Mr. Keller denied it. Paul R. Dunn III charged him; later Paul Dunn spoke. Tom Ruiz spoke; Tom Ruiz Jr. did not. William Long spoke, and later Bill Long left. The talks with Mr. Jordan ended. Senators Ann Vale and Eve Marsh objected. House Majority Whip Rob Hale agreed, and Majority Whip Hale said so."
    const actors = actorsOf(text)
    const names = actors.filter((a) => a.kind === "person").map((a) => a.name)
    expect(names).toEqual([
      "Roger J. Keller Jr",
      "Paul R. Dunn III",
      "Tom Ruiz",
      "Tom Ruiz Jr",
      "William Long",
      "Jordan",
      "Ann Vale",
      "Rob Hale"
    ])
    expect(surfaces(actorAt(actors, text, "Roger J. Keller"), text)).toEqual(["Roger J. Keller Jr.", "Keller"])
    expect(surfaces(actorAt(actors, text, "William Long"), text)).toEqual(["William Long", "Bill Long"])
    expect(actorAt(actors, text, "Paul Dunn")).toBe(actorAt(actors, text, "Paul R. Dunn"))
    expect(actorAt(actors, text, "Hale said")).toBe(actorAt(actors, text, "Rob Hale"))
    expect(actorAt(actors, text, "Rob Hale")?.roles).toEqual([
      { title: "majority whip", of: "House of Representatives" }
    ])
    expect(actors.find((a) => a.kind === "state")).toBeUndefined()
  })

  it("resolves 'he' and 'she' to the subject of the sentence, never to a person named only inside a quotation", () => {
    const subject = "With Mr. Long at the table, Mr. Keller spoke on Friday. He said the talks failed."
    expect(surfaces(actorAt(actorsOf(subject), subject, "Keller"), subject)).toEqual(["Keller", "He"])
    const quoted = "Mr. Keller spoke. “Mr. Long is wrong,” he said."
    expect(surfaces(actorAt(actorsOf(quoted), quoted, "Keller"), quoted)).toEqual(["Keller", "he"])
    const back = "Mr. Keller spoke on Friday.\n\nThe talks with Iran had failed. He left."
    expect(surfaces(actorAt(actorsOf(back), back, "Keller"), back)).toEqual(["Keller", "He"])
  })

  it("gives the same actors twice for the same text", () => {
    const text =
      "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi. Lavrov said Moscow was ready."
    expect(JSON.stringify(actorsOf(text))).toBe(JSON.stringify(actorsOf(text)))
  })
})

describe("unifyActors", () => {
  const texts = {
    A: "German Chancellor Angela Merkel met French President Emmanuel Macron on Monday. Merkel said Berlin would act.",
    B: "The German chancellor spoke after talks in Paris. Germany and France agreed, Macron said.",
    C: "Angela Merkel flew home; the Élysée said the talks had gone well."
  }

  it("gives one actor one id across sources: full name, surname, role description, capital, state", () => {
    const { actors, idOf } = unify(texts)
    const byId = new Map(actors.map((a) => [a.id, a]))
    const merkel = byId.get("person:angela-merkel" as Actor["id"])
    expect(merkel?.mentions.map((m) => `${m.sourceId}:${m.text}`)).toEqual([
      "A:German Chancellor",
      "A:Angela Merkel",
      "A:Merkel",
      "B:The German chancellor",
      "C:Angela Merkel"
    ])
    expect(byId.get("person:emmanuel-macron" as Actor["id"])?.mentions.map((m) => m.sourceId)).toEqual(["A", "A", "B"])
    expect(byId.get("state:DE" as Actor["id"])?.mentions.map((m) => `${m.sourceId}:${m.text}:${m.form}`)).toEqual([
      "A:Berlin:metonym",
      "B:Germany:name"
    ])
    expect(byId.get("state:FR" as Actor["id"])?.mentions.map((m) => m.text)).toEqual(["France", "the Élysée"])
    for (const a of actors)
      for (const m of a.mentions) expect(m.text).toBe(texts[m.sourceId as keyof typeof texts].slice(m.start, m.end))
    expect([...idOf.values()].every((id) => byId.has(id))).toBe(true)
  })

  it("joins an outlet named without its generic last word to the outlet (“Sky” and “Sky News”)", () => {
    const { actors } = unify({
      A: "Ann Lee told Sky on Thursday that she met Bo Dunn. The report by Sky said more.",
      B: "Ann Lee told Sky News on Thursday that she met Bo Dunn. Sky News stood by its reporting."
    })
    const outlets = actors.filter((a) => a.mentions.some((m) => m.text.startsWith("Sky")))
    expect(outlets.map((a) => a.id)).toEqual(["media:sky-news"])
    expect(outlets[0]!.mentions.map((m) => `${m.sourceId}:${m.text}`)).toContain("A:Sky")
  })

  it("gives the same ids whatever the order of the sources", () => {
    const forward = unify(texts)
    const backward = unify({ C: texts.C, B: texts.B, A: texts.A })
    const ids = (r: ReturnType<typeof unify>) => [...r.idOf.entries()].sort(([a], [b]) => a.localeCompare(b))
    expect(ids(backward)).toEqual(ids(forward))
  })

  it("gives one person one id under a suffix or a familiar given name, unless a source tells them apart", () => {
    const { actors } = unify({
      A: "Roger Keller was arrested. Officials said William Long spoke.",
      B: "Roger J. Keller Jr. was arrested. Officials said Bill Long spoke.",
      C: "Officials said Ann Keller spoke, and Roger Keller Jr. did not."
    })
    const ids = (text: string, source: string) =>
      actors.filter((a) => a.mentions.some((m) => m.sourceId === source && m.text === text)).map((a) => a.id)
    expect(ids("Bill Long", "B")).toEqual(ids("William Long", "A"))
    // C names a Keller and Roger Keller Jr. apart: the suffix tells two people, so Jr. stays his own.
    expect(ids("Roger J. Keller Jr.", "B")).toEqual(ids("Roger Keller Jr.", "C"))
    expect(ids("Roger J. Keller Jr.", "B")).not.toEqual(ids("Roger Keller", "A"))
  })

  it("joins a bare surname to the full name it ends, or to the far more often named of several", () => {
    const { actors } = unify({
      A: "President Donald Trump spoke. Trump said more.",
      B: "On Monday, Trump flew to London.",
      C: "Melania Trump stayed behind; Donald Trump and Melania Trump will return."
    })
    const donald = actors.find((a) => a.id === "person:donald-trump")
    expect(donald?.mentions.filter((m) => m.text === "Trump").map((m) => m.sourceId)).toEqual(["A", "B"])
    expect(actors.find((a) => a.id === "person:melania-trump")?.mentions.map((m) => m.text)).toEqual(["Melania Trump"])
  })
})

const gold = fileURLToPath(new URL("../../../examples/antonov-2021.gold.json", import.meta.url))
const example = (name: string) => fileURLToPath(new URL(`../../../examples/antonov-2021/${name}`, import.meta.url))

describe.skipIf(!existsSync(gold))("actors on the example gold (examples/antonov-2021.gold.json)", () => {
  it("finds at least 90% of the gold actor mentions, and 9 of the 10 gold actors sit on one id", () => {
    const goldFile = JSON.parse(readFileSync(gold, "utf8")) as {
      actors: { name: string; mentions: Record<string, string[]> }[]
    }
    const texts: Record<string, string> = {}
    for (const [id, file] of [
      ["A", "a-2021-03-18.txt"],
      ["B", "b-2021-03-22.txt"]
    ] as const) {
      const raw = readFileSync(example(file), "utf8")
      const header = /^\s*date \d{4}-\d{2}-\d{2} /.exec(raw)
      texts[id] = header ? raw.slice(header[0].length) : raw
    }
    const { actors } = unify(texts)
    const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c)
    let total = 0
    let found = 0
    let unified = 0
    const split: string[] = []
    for (const actor of goldFile.actors) {
      const ids = new Set<string>()
      for (const [sourceId, anchors] of Object.entries(actor.mentions)) {
        const text = texts[sourceId]!
        for (const anchor of anchors)
          for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
            if (isWordChar(text[at - 1]) || isWordChar(text[at + anchor.length])) continue
            total++
            // The mention of ours that overlaps this occurrence most (the shorter one on a tie) decides its actor.
            let best: { id: string; overlap: number; length: number } | null = null
            for (const a of actors)
              for (const m of a.mentions) {
                if (m.sourceId !== sourceId) continue
                const overlap = Math.min(at + anchor.length, m.end) - Math.max(at, m.start)
                if (overlap <= 0) continue
                if (!best || overlap > best.overlap || (overlap === best.overlap && m.end - m.start < best.length))
                  best = { id: a.id, overlap, length: m.end - m.start }
              }
            if (best) {
              found++
              ids.add(best.id)
            }
          }
      }
      if (ids.size === 1) unified++
      else split.push(`${actor.name}: ${[...ids].join(", ")}`)
    }
    expect(found / total).toBeGreaterThanOrEqual(0.9)
    expect(unified, `split over several ids: ${split.join("; ")}`).toBeGreaterThanOrEqual(9)
    expect(actors.map((a) => a.id)).toEqual(
      expect.arrayContaining([
        "person:anatoly-antonov",
        "person:maria-zakharova",
        "state:RU",
        "state:US",
        "organization:russian-foreign-ministry"
      ])
    )
  })
})

describe("extractActors: words read from the document store", () => {
  it("makes no actor of a capitalised function word that opens a sentence inside a quotation", () => {
    const text =
      "A song plays as the minister continues. “The council tells Poland, ‘Wait. There’s still time.’ And I say wait for what? Wait until when?” Then a voice concludes."
    expect(actorsOf(text).map((a) => a.name)).not.toContain("And I")
  })

  it("reads a state written with dots after a party letter (D-N.Y.) as no actor of its own letters", () => {
    const text = "The hearing was set by Chairman Ann Lee (D-N.Y.), oversight chairman Bo Dunn (D-Md.) and others."
    const names = actorsOf(text).map((a) => a.name)
    expect(names).toContain("Ann Lee")
    expect(names.filter((n) => n.replace(".", "").length < 2)).toEqual([])
  })
})

describe("extractActors: a speaker's pronoun after a quotation that began a paragraph earlier", () => {
  const text =
    "Bo Dunn also praised the office.\n\nIn a statement, spokesman Al Lee doubled down on the report.\n\n" +
    '“As we have said, we have seen no sign that any part of our story is wrong.\n\nWe remain confident in what we have reported," he said.'
  it("resolves “…,” he said to the person named before the quotation began", () => {
    const lee = actorAt(actorsOf(text), text, "Al Lee")
    expect(surfaces(lee, text)).toContain("he")
  })

  it("does not look that far back for a pronoun that is no speaker", () => {
    const far = "Ann Lee defended the report.\n\n“We have seen nothing wrong.”\n\nShe left the room."
    const lee = actorAt(actorsOf(far), far, "Ann Lee")
    expect(surfaces(lee, far)).not.toContain("She")
  })
})

describe("extractActors: the subject a pronoun refers back to", () => {
  it("prefers the main clause's subject to that of a clause opened by 'after' (“After X …, Y charged … He …”)", () => {
    const text =
      "After Attorney General Bo Dunn released a summary, former Rep. Al Lee charged that the inquiry was unfair. He did not comment on Sunday."
    const lee = actorAt(actorsOf(text), text, "Al Lee")
    expect(surfaces(lee, text)).toContain("He")
  })

  it("reads a subordinator inside the clause too (“On Saturday, a day before X …, Y charged”)", () => {
    const text =
      "On Saturday, a day before Attorney General Bo Dunn released a summary, former Rep. Al Lee charged that the inquiry was unfair. He did not comment on Sunday."
    expect(surfaces(actorAt(actorsOf(text), text, "Al Lee"), text)).toContain("He")
  })

  it("ranks the main clause's subject above the subject of a clause “that” opens (“the day that X stood …, Y bashed …”)", () => {
    const text =
      "On Friday, the day that Mr. Dunn stood on the courthouse steps, Mr. Lee bashed the inquiry.\n\n“A disgrace!” he wrote."
    const actors = actorsOf(text)
    expect(surfaces(actorAt(actors, text, "Mr. Lee"), text)).toContain("he")
    expect(surfaces(actorAt(actors, text, "Mr. Dunn"), text)).not.toContain("he")
  })

  it("ranks a subordinate clause's subject above a person named as an object (“calls for X …, when Y suggested”)", () => {
    const text =
      "Activists renewed their calls for Bo Dunn to stand firm on Sunday, when Senate leader Al Lee suggested a deal was near.\n\n" +
      "“The talks will continue,” he said."
    const actors = actorsOf(text)
    expect(surfaces(actorAt(actors, text, "Al Lee"), text)).toContain("he")
    expect(surfaces(actorAt(actors, text, "Bo Dunn"), text)).not.toContain("he")
  })

  it("reads a name with a party tag or an age between commas as the subject of the verb after them", () => {
    for (const tag of ["R-Ky.", "66"]) {
      const text = `Activists renewed their calls for Bo Dunn to stand firm, when Al Lee, ${tag}, suggested a deal was near.\n\n“The talks will continue,” he said.`
      expect(surfaces(actorAt(actorsOf(text), text, "Al Lee"), text)).toContain("he")
    }
  })

  it("does not take a name used as a modifier (“the Lee-era program”) as a pronoun's antecedent", () => {
    const text =
      "Former Sen. Rosa Dunn spoke on Monday. The Ann Lee-era program was popular with voters. It is an important issue, she said."
    const actors = actorsOf(text)
    expect(surfaces(actorAt(actors, text, "Ann Lee"), text)).not.toContain("she")
    expect(surfaces(actorAt(actors, text, "Rosa Dunn"), text)).toContain("she")
  })
})

describe("extractActors: name shapes and places", () => {
  it("reads a surname with its particle written solid (“Bo deLuca”, then “deLuca”) as one person", () => {
    const text = "Former prosecutor Bo deLuca criticized the raid. “It was needless,” deLuca said."
    const deluca = actorAt(actorsOf(text), text, "Bo deLuca")
    expect(deluca?.name).toBe("Bo deLuca")
    expect(surfaces(deluca, text)).toContain("deLuca")
  })

  it("does not make an actor of a state named after “for the” or “in the” (“attorney for the District of Columbia Bo Dunn”)", () => {
    const text = "The former attorney for the District of Columbia Bo Dunn spoke in the District of Columbia on Friday."
    const names = actorsOf(text).map((a) => a.name)
    expect(names).toContain("Bo Dunn")
    expect(names.filter((n) => n.includes("Columbia"))).toEqual([])
  })
})

describe("extractActors: organizations an appositive names, and places a generic word opens", () => {
  it("makes an organization of capitalized words an appositive calls a group (“Sentinel Watch, a conservative advocacy group,”)", () => {
    const text =
      "Sentinel Watch, a conservative advocacy group, said on Sunday it would sue. America Forward, a pro-labor research group, took aim at Ann Lee. The ad was denounced by the Harbor Democrats, a men and women group, which said it was wrong."
    const actors = actorsOf(text)
    expect(actorAt(actors, text, "Sentinel Watch")).toMatchObject({ name: "Sentinel Watch", kind: "organization" })
    // A country's name inside it is no country; a party's name inside it is no party.
    expect(actorAt(actors, text, "America Forward")).toMatchObject({ name: "America Forward", kind: "organization" })
    expect(actors.map((a) => a.name)).not.toContain("United States")
    expect(actorAt(actors, text, "Harbor Democrats")).toMatchObject({ name: "Harbor Democrats", kind: "organization" })
  })

  it("does not read a person with an appositive of another head as an organization (“Ann Lee, a member of the group,”)", () => {
    const text = "Ann Lee, a member of the group, spoke. Bo Dunn, a group leader, spoke too."
    const actors = actorsOf(text)
    expect(actorAt(actors, text, "Ann Lee")?.kind).toBe("person")
    expect(actorAt(actors, text, "Bo Dunn")?.kind).toBe("person")
  })

  it("reads a name that opens a sentence as the actor the source names with it elsewhere (“Zapnet published …”, “a Zapnet report”)", () => {
    const text =
      "Zapnet published the story on Thursday. Ann Lee criticized a Zapnet news report. Zapnet also reported it."
    const zapnet = actorAt(actorsOf(text), text, "Zapnet", 2)
    expect(surfaces(zapnet, text)).toEqual(["Zapnet", "Zapnet", "Zapnet"])
  })

  it("makes no actor of a place its generic word opens (“Fort Lenox”, “Mount Avery”)", () => {
    const text = "The ad airs in Miami and Fort Lenox. Bo Dunn later spoke near Mount Avery."
    const names = actorsOf(text).map((a) => a.name)
    expect(names).toContain("Bo Dunn")
    expect(names.filter((n) => /Lenox|Avery/.test(n))).toEqual([])
  })
})

describe("extractActors: names inside a quotation continued in the next paragraph", () => {
  it("takes no antecedent for a speaker's pronoun from a name quoted in the continued paragraph", () => {
    const text =
      "Bo Dunn spoke on Friday.\n\nHe added: “These tactics are kept for the worst of criminals.\n\nNot for a man like Al Lee.”\n\n“Make no mistake,” he said."
    const actors = actorsOf(text)
    expect(surfaces(actorAt(actors, text, "Al Lee"), text)).toEqual(["Al Lee"])
    expect(surfaces(actorAt(actors, text, "Bo Dunn"), text)).toEqual(["Bo Dunn", "He", "he"])
  })
})
