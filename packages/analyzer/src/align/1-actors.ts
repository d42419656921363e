/**
 * Cross-source actor unification: the same actor gets one id in every source of a comparison.
 * Ids come from the canonical name (`person:angela-merkel`, `state:RU`), so they do not depend on the
 * order of the sources or on how many there are.
 */
import type { Actor, ActorId, ActorKind, ActorMention, Role, SourceId } from "@diplo/model"
import type { LocalActor } from "../Document.js"
import { titleInfoOf } from "../extract/actors/2-gazetteer.js"
import { nameKey } from "../extract/actors/3-candidates/index.js"
import { isOrgWord } from "../extract/actors/2-name-tags.js"
import { bareNameKey, familyNameOf, fullNameKey, givenNamesMatch, sameFamilyName } from "../extract/actors/4-resolve.js"

/** One source's actors, with the text their mention offsets point into. */
export interface SourceActors {
  readonly sourceId: SourceId
  readonly text: string
  readonly actors: readonly LocalActor[]
}

export interface UnifiedActors {
  readonly actors: Actor[]
  /** Local id (`A:a3`) to global id. */
  readonly idOf: Map<string, ActorId>
}

interface Item {
  readonly sourceId: SourceId
  readonly text: string
  readonly actor: LocalActor
  /** How the source names it: a proper name, or only descriptions. */
  readonly named: boolean
  readonly words: readonly string[]
}

const NAMED_FORMS = new Set(["name", "surname", "metonym", "demonym"])

const slug = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "") || "unnamed"

const KIND_ORDER: readonly ActorKind[] = ["state", "person", "media", "organization", "group", "other"]

/**
 * Unifies the local actors of several sources. Actors merge when they share a key (the same country,
 * outlet, organization or full name); a surname alone joins the one full name it ends (or starts), an
 * organization named without its country joins the one named with it, and a person known only by a
 * role ("the Russian ambassador") joins the one named person with that role, each only when exactly
 * one candidate fits. Every mention becomes a span whose text is sliced from its source.
 */
export const unifyActors = (perSource: readonly SourceActors[]): UnifiedActors => {
  const items: Item[] = perSource.flatMap((s) =>
    s.actors.map((actor) => ({
      sourceId: s.sourceId,
      text: s.text,
      actor,
      named: actor.kind !== "person" || actor.mentions.some((m) => NAMED_FORMS.has(m.form)),
      words: actor.name.split(/[\s-]+/).filter((w) => w.length > 0)
    }))
  )
  // Union-find over items.
  const parent = items.map((_, k) => k)
  const find = (k: number): number => {
    let r = k
    while (parent[r] !== r) r = parent[r]!
    while (parent[k] !== r) {
      const next = parent[k]!
      parent[k] = r
      k = next
    }
    return r
  }
  const union = (a: number, b: number) => {
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
  const clusters = () => {
    const map = new Map<number, number[]>()
    items.forEach((_, k) => {
      const r = find(k)
      map.set(r, [...(map.get(r) ?? []), k])
    })
    return [...map.values()]
  }

  // 1. Shared keys.
  const keyOf = (item: Item): string | null => {
    const a = item.actor
    if (a.kind === "state" && a.country) return `state:${a.country}`
    if (a.kind === "media") return `media:${nameKey(a.name)}`
    // An unexplained single name ("Macron" in a text that never gives it in full) meets the surnames.
    if (a.kind === "other" && item.words.length === 1) return `surname:${nameKey(a.name)}`
    if (a.kind === "person") {
      if (!item.named) return `description:${nameKey(a.name)}:${a.country ?? ""}`
      return item.words.length > 1 ? `person:${fullNameKey(item.words)}` : `surname:${nameKey(a.name)}`
    }
    return `${a.kind}:${nameKey(a.name)}:${a.country ?? ""}`
  }
  const byKey = new Map<string, number>()
  items.forEach((item, k) => {
    const key = keyOf(item)
    if (key === null) return
    const first = byKey.get(key)
    if (first === undefined) byKey.set(key, k)
    else union(first, k)
  })

  // Decisions of one step are taken on the clusters as they were before it, so input order cannot matter.
  const step = (
    decide: (cluster: readonly number[], all: readonly (readonly number[])[]) => readonly number[] | null
  ) => {
    const all = clusters()
    const merges: [number, number][] = []
    for (const cluster of all) {
      const target = decide(cluster, all)
      if (target) merges.push([cluster[0]!, target[0]!])
    }
    for (const [a, b] of merges) union(a, b)
  }
  const fullNamePersons = (all: readonly (readonly number[])[]) =>
    all.filter((c) => c.some((k) => items[k]!.actor.kind === "person" && items[k]!.named && items[k]!.words.length > 1))
  const mentionCount = (c: readonly number[]) => c.reduce((n, k) => n + items[k]!.actor.mentions.length, 0)

  // 2. A surname joins the one full name it ends (or starts: "Kim" for "Kim Jong Un").
  step((cluster, all) => {
    const single = (k: number) => items[k]!.words.length === 1 && items[k]!.named
    if (!cluster.every((k) => (items[k]!.actor.kind === "person" || items[k]!.actor.kind === "other") && single(k)))
      return null
    const word = nameKey(items[cluster[0]!]!.words[0] ?? "")
    const full = fullNamePersons(all)
    const byLast = full.filter((c) =>
      c.some((k) => nameKey(familyNameOf(items[k]!.words)) === word && items[k]!.words.length > 1)
    )
    const pool =
      byLast.length > 0
        ? byLast
        : full.filter((c) => c.some((k) => nameKey(items[k]!.words[0] ?? "") === word && items[k]!.words.length > 1))
    if (pool.length === 1) return pool[0]!
    // Several: the one named far more often (twice the next) is the one a bare surname means.
    const ranked = [...pool].sort((a, b) => mentionCount(b) - mentionCount(a))
    if (ranked.length > 1 && mentionCount(ranked[0]!) >= 2 * mentionCount(ranked[1]!)) return ranked[0]!
    return null
  })

  // 2b. One person under two full names: "Alan J. Dunn Jr" and "Alan Dunn" (a suffix no source needs to tell
  // two people apart: no source names both), "William Keller" and "Bill Keller" (a formal given name and its
  // familiar form, the same family name). Each joins only the one cluster that fits.
  const fullNamed = (c: readonly number[]) =>
    c.filter((k) => items[k]!.actor.kind === "person" && items[k]!.named && items[k]!.words.length > 1)
  // Per source, the people of each family name: a source that keeps "Alan Dunn Jr" apart from another Dunn
  // ("President Dunn") tells the suffixed name from the bare one.
  const familiesBySource = new Map<string, Map<string, number>>()
  for (const item of items) {
    if (item.actor.kind !== "person" || !item.named) continue
    const families = familiesBySource.get(item.sourceId) ?? new Map<string, number>()
    const family = nameKey(familyNameOf(item.words))
    families.set(family, (families.get(family) ?? 0) + 1)
    familiesBySource.set(item.sourceId, families)
  }
  const toldApart = (suffixed: Item) =>
    [...familiesBySource.entries()].some(
      ([source, families]) =>
        (families.get(nameKey(familyNameOf(suffixed.words))) ?? 0) > 1 &&
        items.some(
          (i) => i.sourceId === source && i.words.length > 1 && fullNameKey(i.words) === fullNameKey(suffixed.words)
        )
    )
  step((cluster, all) => {
    const mine = fullNamed(cluster)
    if (mine.length === 0 || mine.length !== cluster.filter((k) => items[k]!.actor.kind === "person").length)
      return null
    const pool = all.filter((c) => {
      if (c === cluster) return false
      const theirs = fullNamed(c)
      return (
        theirs.length > 0 &&
        mine.every((k) =>
          theirs.some((t) => {
            const a = items[k]!.words
            const b = items[t]!.words
            if (fullNameKey(a) === fullNameKey(b)) return false
            if (bareNameKey(a) === bareNameKey(b))
              return !toldApart(fullNameKey(a) !== bareNameKey(a) ? items[k]! : items[t]!)
            return sameFamilyName(a, b) && givenNamesMatch(a[0]!, b[0]!)
          })
        )
      )
    })
    return pool.length === 1 ? pool[0]! : null
  })

  // 2c. An outlet named without its generic last word: "Vox" and "Vox News", "Sky" and "Sky News" (the word ends
  // organization names in compromise's orgWords). The bare name joins the one outlet it starts, only where no person
  // is in its cluster (a surname "Fox" that step 2 gave a full name stays a person).
  step((cluster, all) => {
    const members = cluster.map((k) => items[k]!)
    if (!members.every((i) => i.words.length === 1 && i.actor.kind !== "person" && i.actor.kind !== "state"))
      return null
    const key = nameKey(members[0]!.words[0]!)
    if (key.length < 3) return null
    const pool = all.filter(
      (c) =>
        c !== cluster &&
        c.some((k) => {
          const { actor, words } = items[k]!
          return (
            actor.kind === "media" &&
            words.length === 2 &&
            nameKey(words[0]!) === key &&
            isOrgWord(words[1]!.toLowerCase())
          )
        })
    )
    return pool.length === 1 ? pool[0]! : null
  })

  // 3. An organization named without its country joins the one named with it ("foreign ministry", "Russian Foreign Ministry").
  step((cluster, all) => {
    const items0 = cluster.map((k) => items[k]!)
    if (!items0.every((i) => (i.actor.kind === "organization" || i.actor.kind === "group") && !i.actor.country))
      return null
    const key = nameKey(items0[0]!.actor.name)
    if (key.length < 3) return null
    const pool = all.filter(
      (c) =>
        c !== cluster &&
        c.some((k) => {
          const a = items[k]!.actor
          return (
            (a.kind === "organization" || a.kind === "group") &&
            a.country !== undefined &&
            nameKey(a.name).endsWith(key)
          )
        })
    )
    return pool.length === 1 ? pool[0]! : null
  })

  // 4. A person known only by a role joins the one named person with that role.
  step((cluster, all) => {
    const members = cluster.map((k) => items[k]!)
    if (!members.every((i) => i.actor.kind === "person" && !i.named)) return null
    const roles = members.flatMap((i) => i.actor.roles)
    const country = members.find((i) => i.actor.country)?.actor.country
    const pool = all.filter((c) => {
      if (c === cluster) return false
      const others = c.map((k) => items[k]!)
      if (!others.some((i) => i.actor.kind === "person" && i.named)) return false
      const otherCountry = others.find((i) => i.actor.country)?.actor.country
      if (country && otherCountry && country !== otherCountry) return false
      const otherRoles = others.flatMap((i) => i.actor.roles)
      return roles.some((r) => {
        const info = titleInfoOf(r.title)
        return otherRoles.some((o) => {
          const otherInfo = titleInfoOf(o.title)
          const same = o.title === r.title || (info !== undefined && otherInfo?.refs.includes(info.title) === true)
          return same && (r.to === undefined || o.to === undefined || r.to === o.to)
        })
      })
    })
    return pool.length === 1 ? pool[0]! : null
  })

  // Build the actors.
  const built = clusters().map((cluster) => {
    const members = cluster.map((k) => items[k]!)
    const kindVotes = new Map<ActorKind, number>()
    for (const m of members) kindVotes.set(m.actor.kind, (kindVotes.get(m.actor.kind) ?? 0) + m.actor.mentions.length)
    // "other" (an unexplained name) yields to any known kind it was joined to.
    const known = [...kindVotes.entries()].filter(([k]) => k !== "other")
    const kind = (known.length > 0 ? known : [...kindVotes.entries()]).sort(
      (a, b) => b[1] - a[1] || KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0])
    )[0]![0]
    const countryVotes = new Map<string, number>()
    for (const m of members)
      if (m.actor.country) countryVotes.set(m.actor.country, (countryVotes.get(m.actor.country) ?? 0) + 1)
    const country = [...countryVotes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0]
    // Canonical name: from named members, the most used, then the longest, then the first in code-point order.
    const nameVotes = new Map<string, number>()
    const pool = members.some((m) => m.named && m.words.length > 1)
      ? members.filter((m) => m.named && m.words.length > 1)
      : members.some((m) => m.named)
        ? members.filter((m) => m.named)
        : members
    for (const m of pool) nameVotes.set(m.actor.name, (nameVotes.get(m.actor.name) ?? 0) + 1)
    const name = [...nameVotes.entries()].sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)
    )[0]![0]
    const aliases = [...new Set(members.flatMap((m) => [m.actor.name, ...m.actor.aliases]))]
      .filter((a) => a !== name)
      .sort()
    const roles: Role[] = []
    for (const role of members.flatMap((m) => m.actor.roles)) {
      const richer = roles.findIndex(
        (r) =>
          r.title === role.title && (r.of === undefined || r.of === role.of) && (r.to === undefined || r.to === role.to)
      )
      const covered = roles.some(
        (r) =>
          r.title === role.title &&
          (role.of === undefined || r.of === role.of) &&
          (role.to === undefined || r.to === role.to)
      )
      if (covered) continue
      if (richer >= 0) roles.splice(richer, 1, role)
      else roles.push(role)
    }
    const mentions: ActorMention[] = members.flatMap((m) =>
      m.actor.mentions.map((x) => ({
        sourceId: m.sourceId,
        start: x.start,
        end: x.end,
        text: m.text.slice(x.start, x.end),
        form: x.form
      }))
    )
    const sourceOrder = new Map(perSource.map((s, k) => [s.sourceId as string, k]))
    mentions.sort(
      (a, b) =>
        (sourceOrder.get(a.sourceId) ?? 0) - (sourceOrder.get(b.sourceId) ?? 0) || a.start - b.start || a.end - b.end
    )
    const base = kind === "state" && country ? `state:${country}` : `${kind}:${slug(name)}`
    const signature = members
      .map((m) => `${m.actor.kind}|${m.actor.name}|${m.actor.country ?? ""}`)
      .sort()
      .join("\n")
    return { cluster, kind, name, aliases, roles, country, mentions, base, signature }
  })

  // Ids: the base, numbered only where two different actors would share it (in an order the input cannot change).
  const byBase = new Map<string, typeof built>()
  for (const b of built) byBase.set(b.base, [...(byBase.get(b.base) ?? []), b])
  const idOf = new Map<string, ActorId>()
  const actors: (Actor & { readonly first: number })[] = []
  for (const [base, group] of byBase) {
    const ordered = [...group].sort((a, b) => (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0))
    ordered.forEach((b, n) => {
      const id = (n === 0 ? base : `${base}-${n + 1}`) as ActorId
      for (const k of b.cluster) idOf.set(items[k]!.actor.localId, id)
      actors.push({
        id,
        name: b.name,
        kind: b.kind,
        aliases: b.aliases,
        roles: b.roles,
        ...(b.country ? { country: b.country } : {}),
        mentions: b.mentions,
        first: Math.min(...b.cluster)
      })
    })
  }
  actors.sort((a, b) => a.first - b.first)
  return { actors: actors.map(({ first: _first, ...actor }) => actor), idOf }
}
