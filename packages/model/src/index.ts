/**
 * @diplo/model: the typed domain model of diplo. Each schema and its type share one name:
 * `Comparison.parse(x)` validates, `Comparison` as a type describes.
 */
export * from "./Actor.js"
export * from "./Alignment.js"
export * from "./Claim.js"
export * from "./Comparison.js"
export * from "./Event.js"
export * from "./Finding.js"
export * from "./Ids.js"
export * from "./JsonSchema.js"
export * from "./Parse.js"
export * from "./Source.js"
export * from "./Span.js"
export * from "./Story.js"
export * from "./Time.js"
export * from "./Views.js"
