import type { ActorKind } from "@diplo/model"
import type { LocalActor, Range } from "../../Document.js"
import { DOCUMENT_HEADS, INSIDE_NOUN_PHRASE, PRONOUNS } from "./lexicon.js"

/** A speaker already resolved, remembered so that "it noted" can find the embassy that spoke before. */
interface Spoken {
  readonly actor: LocalActor
  readonly at: number
}

interface Mention extends Range {
  readonly actor: LocalActor
}

// Speakers further back than this many characters are not taken for a pronoun.
const PRONOUN_REACH = 2_000

/** Possessive determiners: "her doctor" is not she. */
const POSSESSIVES: ReadonlySet<string> = new Set(["his", "her", "its", "their", "our", "my", "your"])

/** Relative pronouns that head a speaker ("X, who said"), with the kinds of actor each can stand for. */
const RELATIVES: ReadonlyMap<string, readonly ActorKind[]> = new Map<string, readonly ActorKind[]>([
  ["who", ["person", "group", "organization", "media"]],
  ["which", ["organization", "group", "media", "state", "other"]]
])

// Between a relative pronoun and the name it follows: a comma, or one description between commas with no clause
// mark in it ("X, a research group, which said").
const RELATIVE_GAP = /^\s*(?:,[^,.;:!?"“”()]{0,80})?,\s*$/

/**
 * Maps the words naming a speaker to a local actor: the actor whose mention heads those words, or, for a
 * pronoun, the most recent compatible speaker (else the most recent compatible mention before it).
 */
export class SpeakerResolver {
  private readonly mentions: readonly Mention[]
  private readonly spoken: Spoken[] = []

  constructor(
    private readonly text: string,
    actors: readonly LocalActor[]
  ) {
    this.mentions = actors
      .flatMap((actor) => actor.mentions.map((m) => ({ start: m.start, end: m.end, actor })))
      .sort((a, b) => a.start - b.start || b.end - a.end)
  }

  /** The actor a speaker span names, or null; remembers it as the latest speaker. */
  resolve(speaker: Range | null): LocalActor | null {
    if (speaker === null) return null
    // A pronoun the actor finder resolved (gender, the sentence's own names, the subject before) is that actor; the
    // latest compatible speaker is the fallback where it did not.
    const word = this.text.slice(speaker.start, speaker.end).toLowerCase()
    const actor = RELATIVES.has(word)
      ? this.byRelative(speaker, RELATIVES.get(word)!)
      : this.isPronoun(speaker)
        ? (this.byMention(speaker) ?? this.byPronoun(speaker))
        : this.byMention(speaker)
    if (actor !== null) this.spoken.push({ actor, at: speaker.start })
    return actor
  }

  /** Remembers a speaker known otherwise (a quote that goes on in the next paragraph). */
  remember(actor: LocalActor, at: number): void {
    this.spoken.push({ actor, at })
  }

  private byMention(speaker: Range): LocalActor | null {
    const overlapping = this.mentions.filter((m) => m.start < speaker.end && speaker.start < m.end)
    if (overlapping.length === 0) return null
    // The head of "the embassy in the United States" or "Washington's envoy" is not the modifier's actor.
    const heads = overlapping.filter((m) => !this.modifier(m, speaker))
    // "BuzzFeed's report claimed", "Zapnet's statement said": a document speaks for its owner, named before it.
    if (heads.length === 0 && this.documentHead(speaker)) return this.owner(overlapping, speaker)?.actor ?? null
    const best = heads.reduce<Mention | null>(
      (a, m) => (a === null || m.end > a.end || (m.end === a.end && m.start < a.start) ? m : a),
      null
    )
    if (best === null) return null
    // "America Rising, a research group, said": a country's name that begins a longer capitalised name no actor
    // covers is part of that name (a group, a programme, a newspaper), not the country speaking.
    if (
      best.actor.kind === "state" &&
      best.end < speaker.end &&
      /^\s+\p{Lu}/u.test(this.text.slice(best.end, speaker.end))
    )
      return null
    return best.actor
  }

  private documentHead(speaker: Range): boolean {
    const last = /([\p{L}-]+)\W*$/u.exec(this.text.slice(speaker.start, speaker.end))?.[1]?.toLowerCase()
    return last !== undefined && DOCUMENT_HEADS.has(last)
  }

  /** The possessive owner of a speaker phrase ("BuzzFeed's" in "BuzzFeed's Thursday report", "her"), if named. */
  private owner(mentions: readonly Mention[], speaker: Range): Mention | null {
    const possessive = (m: Mention) =>
      /^['’]s?\b/u.test(this.text.slice(m.end, m.end + 2)) ||
      POSSESSIVES.has(this.text.slice(m.start, m.end).toLowerCase())
    return mentions.find((m) => m.end < speaker.end && possessive(m)) ?? null
  }

  private modifier(mention: Mention, speaker: Range): boolean {
    // "her doctor said", "their lawyer said": a possessive pronoun before the head names whose, not who.
    if (mention.end < speaker.end && POSSESSIVES.has(this.text.slice(mention.start, mention.end).toLowerCase()))
      return true
    const before = this.text.slice(Math.max(speaker.start, mention.start - 12), mention.start).toLowerCase()
    const preposition = before.match(/([a-z]+)\s+(?:the\s+)?$/)?.[1]
    if (preposition !== undefined && INSIDE_NOUN_PHRASE.has(preposition) && mention.start > speaker.start) return true
    return /^['’]s?\b/.test(this.text.slice(mention.end, mention.end + 2)) && mention.end < speaker.end
  }

  /** "X, who said" or "X, a group, which said": the nearest fitting mention the relative clause is attached to. */
  private byRelative(speaker: Range, kinds: readonly ActorKind[]): LocalActor | null {
    let best: Mention | null = null
    for (const m of this.mentions) {
      if (m.end > speaker.start) break
      if (kinds.includes(m.actor.kind) && RELATIVE_GAP.test(this.text.slice(m.end, speaker.start))) best = m
    }
    return best?.actor ?? null
  }

  private isPronoun(speaker: Range): boolean {
    return PRONOUNS.has(this.text.slice(speaker.start, speaker.end).toLowerCase())
  }

  private byPronoun(speaker: Range): LocalActor | null {
    const kinds = PRONOUNS.get(this.text.slice(speaker.start, speaker.end).toLowerCase())
    if (kinds === undefined) return null
    const fits = (kind: ActorKind) => kinds.includes(kind)
    // "it" stands for many things no actor names (the indictment, the report, the ad): unless the actor finder
    // resolved it, it is an organisation that spoke in this paragraph or the one before, or one named in this one.
    const word = this.text.slice(speaker.start, speaker.end).toLowerCase()
    const paragraphStart = (at: number) => {
      let i = this.text.lastIndexOf("\n", at - 1)
      while (i > 0 && /\s/.test(this.text[i - 1]!)) i--
      return i < 0 ? 0 : i
    }
    const floor = word === "it" ? this.text.lastIndexOf("\n", speaker.start) + 1 : 0
    const spokenFloor = word === "it" ? paragraphStart(paragraphStart(speaker.start)) : 0
    for (let i = this.spoken.length - 1; i >= 0; i--) {
      const s = this.spoken[i]!
      if (speaker.start - s.at > PRONOUN_REACH || s.at < spokenFloor) break
      if (s.at < speaker.start && fits(s.actor.kind)) return s.actor
    }
    let best: Mention | null = null
    for (const m of this.mentions) {
      if (m.start >= speaker.start) break
      if (m.end > speaker.start) continue
      if (fits(m.actor.kind) && speaker.start - m.end <= PRONOUN_REACH && m.start >= floor) best = m
    }
    return best?.actor ?? null
  }
}
