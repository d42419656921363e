/**
 * @diplo/stories: groups a collection of news articles into stories (one story, one event) and builds the index
 * of a collection: stories ranked by coverage, blindspots, and each outlet's distancing devices and voices.
 *
 * Read a collection into a `ProfileBuilder` (texts are not kept), `clusterProfiles` the profiles it finishes,
 * `planStories` the clusters, compare the stories that need it, then `buildIndex` with their summaries.
 */
export * from "./Agglomerate.js"
export * from "./Blocking.js"
export * from "./Cluster.js"
export * from "./StoriesIndex.js"
export * from "./IndexReport.js"
export * from "./JsonLines.js"
export * from "./Plan.js"
export * from "./Profile.js"
export * from "./Similarity.js"
export * from "./Summary.js"
export * from "./Words.js"
