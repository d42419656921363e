/**
 * The word lists the claim reader uses, loaded once from src/lexicons (each file names its source).
 * Verb forms are generated from lemmas here so the data stays a list of lemmas.
 */
import type { ActorKind, CueSense, Modality, VerbClass } from "@diplo/model"
import grammar from "../../lexicons/attribution-grammar.json" with { type: "json" }
import verbs from "../../lexicons/attribution-verbs.json" with { type: "json" }
import channels from "../../lexicons/channels.json" with { type: "json" }
import hedgesExtra from "../../lexicons/hedges-extra.json" with { type: "json" }
import infinitiveCues from "../../lexicons/infinitive-cues.json" with { type: "json" }
import { HEDGES, REPORT_VERBS } from "../../lexicons/index.js"
import modality from "../../lexicons/modality.json" with { type: "json" }
import negation from "../../lexicons/negation.json" with { type: "json" }

/** How an attribution verb takes its content. */
export interface CueVerb {
  readonly lemma: string
  readonly verbClass: VerbClass
  /** May frame content anywhere ("X said.", next to a quote); otherwise only with that/wh/colon/quote. */
  readonly speech: boolean
  /** Takes an addressee before its content ("told reporters that"). */
  readonly object: boolean
  /** Takes a clause without "that" ("said Russia would pay"). */
  readonly bare: boolean
  /** Its object is almost always a clause: any word may open it ("says rival X accepted"). */
  readonly clauseOnly: boolean
  /** May take a noun phrase as what is said ("announced new sanctions"). */
  readonly nounContent: boolean
  /** Words one of which must follow the verb for it to be a cue ("point out", "call for"); empty for most. */
  readonly particles: readonly string[]
  /** Takes its addressee, then "of" before what is said ("accused the lawmakers of betrayal"). */
  readonly ofContent: boolean
  /** Takes its addressee, then "for" before what is said of them ("praised the senators for their courage"). */
  readonly forContent: boolean
  /** Takes a to-infinitive as content ("plans to visit", "urged voters to reject"): what it reports, and whether an addressee may stand before "to". */
  readonly toContent: { readonly sense: CueSense; readonly object: boolean } | null
  /** A verb of saying or a reporting verb; false for a cue of intention only ("plan", "want"), which is often a noun. */
  readonly reporting: boolean
}

/** Lemma -> how it takes a to-infinitive (lexicons/infinitive-cues.json). */
const TO_CONTENT: ReadonlyMap<string, { sense: CueSense; object: boolean }> = new Map(
  infinitiveCues.entries.map((e) => [
    e.lemma,
    { sense: e.sense as CueSense, object: "object" in e && e.object === true }
  ])
)

export interface VerbForm {
  readonly verb: CueVerb
  /** The -ing form, which opens a participial attribution (", noting that ..."). */
  readonly participle: boolean
}

const consonant = /[bcdfghjklmnpqrstvz]$/

/** Regular English inflections of a verb lemma; over-generating is harmless (a form that never occurs). */
const inflect = (lemma: string): { form: string; participle: boolean }[] => {
  const out = [lemma, `${lemma}s`, `${lemma}es`, `${lemma}ed`, `${lemma}d`]
  const ing = [`${lemma}ing`]
  if (lemma.endsWith("e")) ing.push(`${lemma.slice(0, -1)}ing`)
  if (/[^aeiou]y$/.test(lemma)) out.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`)
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(lemma) && consonant.test(lemma)) {
    const last = lemma.at(-1)
    out.push(`${lemma}${last}ed`)
    ing.push(`${lemma}${last}ing`)
  }
  return [...out.map((form) => ({ form, participle: false })), ...ing.map((form) => ({ form, participle: true }))]
}

const buildForms = (): ReadonlyMap<string, VerbForm> => {
  const forms = new Map<string, VerbForm>()
  const known = new Set<string>()
  for (const entry of verbs.entries) {
    const head = entry.lemma
    const verb: CueVerb = {
      lemma: entry.lemma,
      verbClass: entry.class === "loaded" ? "loaded" : "neutral",
      speech: entry.use === "speech",
      object: "object" in entry && entry.object === true,
      bare: "bare" in entry && entry.bare === true,
      clauseOnly: "clauseOnly" in entry && entry.clauseOnly === true,
      nounContent: "nounContent" in entry && entry.nounContent === true,
      particles: "particles" in entry ? entry.particles : [],
      ofContent: "ofContent" in entry && entry.ofContent === true,
      forContent: "forContent" in entry && entry.forContent === true,
      toContent: TO_CONTENT.get(entry.lemma) ?? null,
      reporting: true
    }
    known.add(head)
    // "according to" is read as a phrase, not a verb form.
    if (head === "according") continue
    for (const { form, participle } of inflect(head)) if (!forms.has(form)) forms.set(form, { verb, participle })
    for (const [form, lemma] of Object.entries(verbs.irregular))
      if (lemma === head && !forms.has(form)) forms.set(form, { verb, participle: false })
  }
  // Reporting verbs of Recasens et al. without a class in our data still frame content, with a that-clause only, and
  // so do the cues of intention, commitment and appeal, which also take a to-infinitive.
  const notCues = new Set(verbs.notCues)
  for (const lemma of [...REPORT_VERBS.entries, ...TO_CONTENT.keys()]) {
    if (known.has(lemma) || (notCues.has(lemma) && !TO_CONTENT.has(lemma)) || lemma.includes(" ")) continue
    known.add(lemma)
    const verb: CueVerb = {
      lemma,
      verbClass: "neutral",
      speech: false,
      object: false,
      bare: false,
      clauseOnly: false,
      nounContent: false,
      particles: [],
      ofContent: false,
      forContent: false,
      toContent: TO_CONTENT.get(lemma) ?? null,
      reporting: REPORT_VERBS.entries.has(lemma)
    }
    for (const { form, participle } of inflect(lemma)) if (!forms.has(form)) forms.set(form, { verb, participle })
    for (const [form, head] of Object.entries(infinitiveCues.irregular))
      if (head === lemma && !forms.has(form)) forms.set(form, { verb, participle: false })
  }
  return forms
}

/** Lower-cased word form -> the attribution verb it inflects. */
export const VERB_FORMS: ReadonlyMap<string, VerbForm> = buildForms()

const according = verbs.entries.find((e) => e.lemma === "according to")
export const ACCORDING_TO: CueVerb = {
  lemma: "according to",
  verbClass: according?.class === "loaded" ? "loaded" : "neutral",
  speech: true,
  object: false,
  bare: false,
  clauseOnly: false,
  nounContent: false,
  particles: ["to"],
  ofContent: false,
  forContent: false,
  toContent: null,
  reporting: true
}

/** "Dunn: ..." in a headline: a colon after a name attributes what follows. It has no verb. */
export const COLON: CueVerb = {
  lemma: "",
  verbClass: "neutral",
  speech: true,
  object: false,
  bare: false,
  clauseOnly: false,
  nounContent: false,
  particles: [],
  ofContent: false,
  forContent: false,
  toContent: null,
  reporting: true
}

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words)

export const BETWEEN_SPEAKER_AND_VERB = set(grammar.betweenSpeakerAndVerb)
/** "went on to", "is shown": phrases between a speaker and the verb of saying, as word lists. */
export const SPEECH_CHAINS: readonly (readonly string[])[] = grammar.speechChains.map((c) => c.split(" "))
export const END_NOUN_PHRASE = set(grammar.endNounPhrase)
export const INSIDE_NOUN_PHRASE = set(grammar.insideNounPhrase)
/** "familiar with", "briefed on": the adjective and preposition of an unnamed speaker's postmodifier, as "adjective preposition". */
export const SPEAKER_POSTMODIFIERS = set(grammar.speakerPostmodifiers)
export const DOCUMENT_HEADS = set(grammar.documentHeads)
export const PHRASE_PREPOSITIONS = set(grammar.phrasePrepositions)
export const CLAUSE_OPENERS = set(grammar.clauseOpeners)
export const NOT_CLAUSE_OPENERS = set(grammar.notClauseOpeners)
/** "when", "after", "because": words that open a subordinate clause. */
export const SUBORDINATORS = set(grammar.subordinators)
export const WH_WORDS = set(grammar.whWords)
export const OBJECT_WORDS = set(grammar.objectWords)
export const TIME_WORDS = set(grammar.timeWords)
export const NEGATED_SPEECH = set(grammar.negatedSpeech)
export const DETERMINERS = set(grammar.determiners)
export const BE_FORMS = set(grammar.beForms)
export const AUXILIARIES = set(grammar.auxiliaries)
/** Words that open an introductory phrase before a sentence's subject ("On June 5, ..."). */
export const INTRODUCERS = set(grammar.introducers)
/** Pronoun -> the actor kinds it may refer to. */
export const PRONOUNS: ReadonlyMap<string, readonly ActorKind[]> = new Map(
  Object.entries(grammar.pronouns).map(([pronoun, kinds]) => [pronoun, kinds as ActorKind[]])
)

export const CHANNEL_PREPOSITIONS = set(channels.prepositions)
export const CHANNEL_NOUNS = set(channels.entries)

const ignoredHedges = set(hedgesExtra.ignore)
/** Hedge phrases (Hyland 2005 plus news additions, minus the ones too ambiguous in news), lower-cased. */
export const HEDGE_PHRASES: readonly string[] = [
  ...new Set([...[...HEDGES.entries].filter((h) => !ignoredHedges.has(h)), ...hedgesExtra.add])
]

export const NEGATORS = set(negation.entries)
export const NON_NEGATING: readonly string[] = negation.nonNegating

/** Modality markers in the order they are tried when two start at the same word. */
export const MODALITY_MARKERS: readonly { readonly modality: Modality; readonly phrases: readonly string[] }[] = [
  { modality: "conditional", phrases: modality.conditional },
  { modality: "necessary", phrases: modality.necessary },
  { modality: "possible", phrases: modality.possible },
  { modality: "future", phrases: modality.future }
]
