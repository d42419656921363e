/**
 * Average-link agglomerative clustering over a sparse graph: two groups merge while the mean probability over all
 * their cross pairs (pairs that blocking never proposed count as 0) is at least the threshold. Unlike single link,
 * one strong pair cannot chain two stories together; a story of many articles must be alike throughout.
 */

/** A scored pair of items `a < b`. */
export interface Edge {
  readonly a: number
  readonly b: number
  readonly p: number
}

interface Group {
  size: number
  version: number
  /** Neighbour group id → sum of the edge probabilities between the two groups. */
  links: Map<number, number>
}

type Entry = readonly [score: number, a: number, b: number, versionA: number, versionB: number]

// Higher score first; ties by the lower group ids, so the result never depends on the heap's internal order.
const before = (x: Entry, y: Entry): boolean =>
  x[0] !== y[0] ? x[0] > y[0] : x[1] !== y[1] ? x[1] < y[1] : x[2] < y[2]

class Heap {
  private readonly items: Entry[] = []
  get size(): number {
    return this.items.length
  }
  push(entry: Entry): void {
    const items = this.items
    items.push(entry)
    let i = items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!before(items[i]!, items[parent]!)) break
      ;[items[i], items[parent]] = [items[parent]!, items[i]!]
      i = parent
    }
  }
  pop(): Entry | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (top === undefined || last === undefined || items.length === 0) return top
    items[0] = last
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let best = i
      if (l < items.length && before(items[l]!, items[best]!)) best = l
      if (r < items.length && before(items[r]!, items[best]!)) best = r
      if (best === i) break
      ;[items[i], items[best]] = [items[best]!, items[i]!]
      i = best
    }
    return top
  }
}

/**
 * Groups `n` items by average link over `edges` at `threshold`. Returns each group's items in increasing order,
 * groups ordered by their first item; a group's id throughout is its smallest item.
 */
export const averageLink = (n: number, edges: readonly Edge[], threshold: number): number[][] => {
  const groups: (Group | null)[] = Array.from({ length: n }, () => ({ size: 1, version: 0, links: new Map() }))
  const members: number[][] = Array.from({ length: n }, (_, i) => [i])
  for (const e of edges) {
    if (e.a === e.b) continue
    const [a, b] = e.a < e.b ? [e.a, e.b] : [e.b, e.a]
    const ga = groups[a]!
    ga.links.set(b, (ga.links.get(b) ?? 0) + e.p)
    groups[b]!.links.set(a, (groups[b]!.links.get(a) ?? 0) + e.p)
  }
  const heap = new Heap()
  for (let a = 0; a < n; a++)
    for (const [b, sum] of groups[a]!.links) if (a < b && sum >= threshold) heap.push([sum, a, b, 0, 0])
  while (heap.size > 0) {
    const [score, a, b, va, vb] = heap.pop()!
    const ga = groups[a]
    const gb = groups[b]
    if (!ga || !gb || ga.version !== va || gb.version !== vb) continue
    if (score < threshold) break
    // b joins a (a < b, so the group keeps its smallest item as its id).
    groups[b] = null
    ga.links.delete(b)
    gb.links.delete(a)
    for (const [c, sum] of gb.links) {
      ga.links.set(c, (ga.links.get(c) ?? 0) + sum)
      const gc = groups[c]!
      gc.links.set(a, (gc.links.get(a) ?? 0) + sum)
      gc.links.delete(b)
    }
    ga.size += gb.size
    ga.version++
    members[a] = members[a]!.concat(members[b]!)
    members[b] = []
    for (const [c, sum] of ga.links) {
      const gc = groups[c]!
      const mean = sum / (ga.size * gc.size)
      if (mean >= threshold)
        heap.push(a < c ? [mean, a, c, ga.version, gc.version] : [mean, c, a, gc.version, ga.version])
    }
  }
  return members.filter((m) => m.length > 0).map((m) => m.sort((x, y) => x - y))
}
