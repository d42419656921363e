import { averageLink, type Edge } from "@diplo/stories"
import { describe, expect, it } from "vitest"

describe("averageLink", () => {
  it("does not chain: a pair strong to a third item only through one member stays apart from it", () => {
    // 0-1 and 1-2 are strong, 0-2 was never proposed: the mean of {0,1} with 2 is (0 + 0.9) / 2.
    const edges: Edge[] = [
      { a: 0, b: 1, p: 0.95 },
      { a: 1, b: 2, p: 0.9 }
    ]
    expect(averageLink(3, edges, 0.6)).toEqual([[0, 1], [2]])
    expect(averageLink(3, edges, 0.4)).toEqual([[0, 1, 2]])
  })

  it("merges a group whose members are all alike, and leaves items with no edge alone", () => {
    const edges: Edge[] = [
      { a: 0, b: 2, p: 0.8 },
      { a: 0, b: 3, p: 0.7 },
      { a: 2, b: 3, p: 0.9 },
      { a: 1, b: 4, p: 0.3 }
    ]
    expect(averageLink(5, edges, 0.5)).toEqual([[0, 2, 3], [1], [4]])
  })

  it("gives the same groups whatever the order of the edges", () => {
    const edges: Edge[] = []
    for (let a = 0; a < 12; a++) for (let b = a + 1; b < 12; b++) edges.push({ a, b, p: ((a * 7 + b * 13) % 10) / 10 })
    const groups = averageLink(12, edges, 0.55)
    expect(averageLink(12, [...edges].reverse(), 0.55)).toEqual(groups)
    expect(groups.flat().sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i))
  })
})
