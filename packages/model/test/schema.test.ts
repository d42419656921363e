import { existsSync, readFileSync } from "node:fs"
import { comparisonJsonSchema, storiesIndexJsonSchema } from "@diplo/model"
import { describe, expect, it } from "vitest"

const committedPath = new URL("../../../docs/schema/comparison.schema.json", import.meta.url)
const regenerate = "docs/schema/comparison.schema.json is stale: run `npm run schema -w @diplo/model` and commit it"

describe("docs/schema/comparison.schema.json", () => {
  it("is the JSON Schema of Comparison as the package makes it now", () => {
    const expected = `${JSON.stringify(comparisonJsonSchema(), null, 2)}\n`
    expect(existsSync(committedPath), regenerate).toBe(true)
    expect(readFileSync(committedPath, "utf8"), regenerate).toBe(expected)
  })

  it("is a draft 2020-12 schema whose root is the Comparison", () => {
    const schema = comparisonJsonSchema()
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema")
    expect(schema.$ref).toBe("#/$defs/Comparison")
    const defs = schema.$defs as Record<string, { required?: string[] }>
    expect(defs.Comparison?.required).toEqual(
      expect.arrayContaining(["schemaVersion", "sources", "actors", "timeExpressions", "events", "claims", "findings"])
    )
    for (const name of ["Span", "Source", "Actor", "TimeExpression", "Event", "Claim", "Alignment", "Finding"])
      expect(defs, `$defs.${name}`).toHaveProperty(name)
  })
})

const storiesPath = new URL("../../../docs/schema/stories-index.schema.json", import.meta.url)
const regenerateStories =
  "docs/schema/stories-index.schema.json is stale: run `npm run schema -w @diplo/model` and commit it"

describe("docs/schema/stories-index.schema.json", () => {
  it("is the JSON Schema of the stories index as the package makes it now", () => {
    const expected = `${JSON.stringify(storiesIndexJsonSchema(), null, 2)}\n`
    expect(existsSync(storiesPath), regenerateStories).toBe(true)
    expect(readFileSync(storiesPath, "utf8"), regenerateStories).toBe(expected)
  })

  it("requires what scripts read: every story's id and articles, each article's id", () => {
    const schema = storiesIndexJsonSchema()
    expect(schema.$ref).toBe("#/$defs/StoriesIndex")
    const defs = schema.$defs as Record<string, { required?: string[] }>
    expect(defs.StoriesIndex?.required).toEqual(expect.arrayContaining(["schemaVersion", "stories", "outlets"]))
    expect(defs.Story?.required).toEqual(expect.arrayContaining(["id", "articles", "why", "comparison"]))
    expect(defs.StoryArticle?.required).toEqual(["id"])
  })
})
