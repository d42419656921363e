import type { ArticleText } from "@diplo/stories"

/**
 * Three made-up events: a treaty reported by three outlets, a port strike by two, a flood by one. Written for these
 * tests; any resemblance of names to real ones is chance.
 */
export const ARTICLES: readonly ArticleText[] = [
  {
    id: "courier-treaty",
    outlet: "Daily Courier",
    publishedAt: "2024-05-02",
    title: "Talvia and Morrun sign Sella water treaty",
    text: "Talvia and Morrun signed a treaty on Thursday that shares the water of the Sella river. Foreign Minister Edda Kross of Talvia called it a turning point. Morrun's envoy Piet Varga said the deal ends a decade of quarrels over the dams on the Sella."
  },
  {
    id: "post-treaty",
    outlet: "Northern Post",
    publishedAt: "2024-05-02",
    title: "Sella treaty: Morrun and Talvia settle dam dispute",
    text: "After ten years of talks, Morrun and Talvia agreed to share the Sella river. Edda Kross, Talvia's foreign minister, and Piet Varga signed the water treaty in the capital. Critics in Morrun say the dams will still hold back too much water."
  },
  {
    id: "wire-treaty",
    outlet: "Wire",
    publishedAt: "2024-05-03",
    text: "The Sella water treaty signed by Talvia and Morrun allots each country half of the river's summer flow, Kross told reporters. Varga said Morrun would open two of its dams within a month."
  },
  {
    id: "courier-strike",
    outlet: "Daily Courier",
    publishedAt: "2024-05-02",
    title: "Dockworkers strike at Caldera port",
    text: "Four thousand dockworkers walked out at the port of Caldera on Thursday. Union leader Jonas Pell said the strike would last until the port authority raised wages. Ships queued outside Caldera harbour by the evening."
  },
  {
    id: "post-strike",
    outlet: "Northern Post",
    publishedAt: "2024-05-03",
    title: "Caldera strike leaves ships waiting",
    text: "The strike at Caldera port entered its second day as Jonas Pell's union refused the port authority's wage offer. Dozens of ships waited off the Caldera harbour, and the dockworkers vowed to stay out."
  },
  {
    id: "wire-flood",
    outlet: "Wire",
    publishedAt: "2024-05-02",
    title: "Storm floods the town of Brisk",
    text: "A storm flooded the lowland town of Brisk overnight, forcing hundreds of families from their homes. Mayor Lina Oster asked the army for boats as the Haller stream burst its banks."
  }
]
