import type { Suite } from "../Suite.js"
import { basil } from "./basil.js"
import { controlled } from "./controlled.js"
import { ecbplus } from "./ecbplus.js"
import { example } from "./example.js"
import { mrpc } from "./mrpc.js"
import { newswcl50 } from "./newswcl50.js"
import { polnear } from "./polnear.js"
import { real } from "./real.js"
import { stories } from "./stories.js"
import { stsb } from "./stsb.js"

/** Every suite `npm run eval` runs, in the order they appear in docs/evaluation.md. */
export const suites: readonly Suite[] = [
  example,
  basil,
  controlled,
  real,
  polnear,
  newswcl50,
  mrpc,
  stsb,
  ecbplus,
  stories
]
