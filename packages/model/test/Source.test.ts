import { Source } from "@diplo/model"
import { describe, expect, it } from "vitest"

const source = { id: "A", publishedAt: null, path: "a.txt", text: "Text." }

describe("a source's warnings", () => {
  it("are optional, so a comparison written before them still parses", () => {
    expect(Source.safeParse(source).success).toBe(true)
  })

  it("hold a kind and a message", () => {
    const warned = { ...source, warnings: [{ kind: "no-date", message: "no publication date: the page states none" }] }
    expect(Source.parse(warned).warnings).toEqual(warned.warnings)
  })

  it("refuse an unknown kind, an empty message and an empty list", () => {
    for (const warnings of [[{ kind: "spelling", message: "x" }], [{ kind: "language", message: "" }], []])
      expect(Source.safeParse({ ...source, warnings }).success).toBe(false)
  })
})
