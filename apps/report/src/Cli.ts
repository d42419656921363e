import { readFileSync } from "node:fs"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Argument from "effect/cli/Argument"
import * as CliOutput from "effect/cli/CliOutput"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import { CliEnvironment } from "./CliEnvironment.js"
import { outcomeOf } from "./Exit.js"

/** The version in this package's package.json (dist/Cli.js sits one level below it). */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
).version

const format = Flag.Literals("format", ["md", "json", "html", "csv"]).pipe(
  Flag.withAlias("f"),
  Flag.withDescription(
    "md: a Markdown report (the default); json: the comparison as JSON; html: one self-contained page with the sources side by side; csv: the findings, one row each"
  ),
  Flag.withDefault("md" as const)
)
const out = Flag.String("out").pipe(
  Flag.withAlias("o"),
  Flag.withMetavar("PATH"),
  Flag.withDescription("Write the report to PATH (atomically; never onto an input) instead of standard output"),
  Flag.optional
)
const title = Flag.String("title").pipe(
  Flag.withMetavar("TEXT"),
  Flag.withDescription("Title of the report"),
  Flag.optional
)

const orUndefined = <A>(option: Option.Option<A>): A | undefined => Option.getOrUndefined(option)

const compare = Command.make(
  "compare",
  {
    files: Argument.String("FILE").pipe(
      Argument.withDescription(
        "Articles to compare (two or more): a file, - for standard input, or a directory of .txt .md .markdown .json .html .htm files"
      ),
      Argument.variadic({ min: 1 })
    ),
    format,
    out,
    title,
    maxSources: Flag.Int("max-sources").pipe(
      Flag.withMetavar("N"),
      Flag.withDescription("Most articles in one comparison (default: the analyzer's limit, 256)"),
      Flag.optional
    ),
    maxBytes: Flag.Int("max-bytes").pipe(
      Flag.withMetavar("N"),
      Flag.withDescription("Largest article in bytes (default: the analyzer's limit, 1 MiB)"),
      Flag.optional
    ),
    publishedAt: Flag.String("published-at").pipe(
      Flag.withMetavar("YYYY-MM-DD"),
      Flag.withDescription("Publication date for articles that do not carry one"),
      Flag.optional
    )
  },
  (flags) =>
    Effect.flatMap(
      Effect.promise(() => import("./commands/compare.js")),
      ({ runCompare }) =>
        runCompare({
          files: flags.files,
          format: flags.format,
          out: orUndefined(flags.out),
          title: orUndefined(flags.title),
          maxSources: orUndefined(flags.maxSources),
          maxBytes: orUndefined(flags.maxBytes),
          publishedAt: orUndefined(flags.publishedAt)
        })
    )
).pipe(
  Command.withDescription("Compare two or more articles about one event and print the report"),
  Command.withExamples([
    { command: "diplo compare a.txt b.txt", description: "Markdown report on standard output" },
    {
      command: "diplo compare articles/ --format json --out comparison.json",
      description: "Every article in a directory, as JSON"
    },
    {
      command: "diplo compare a.txt b.txt --format html --out report.html",
      description: "A page to open in a browser"
    },
    { command: "diplo compare a.txt b.txt --format csv > findings.csv", description: "The findings as a table" },
    { command: "diplo compare - b.txt < a.txt", description: "One article from standard input" }
  ])
)

const demo = Command.make("demo", { format, out, title }, (flags) =>
  Effect.flatMap(
    Effect.promise(() => import("./commands/demo.js")),
    ({ runDemo }) => runDemo({ format: flags.format, out: orUndefined(flags.out), title: orUndefined(flags.title) })
  )
).pipe(Command.withDescription("Compare the bundled example pair (the folder examples/examples.json names)"))

const schema = Command.make("schema", {}, () =>
  Effect.flatMap(
    Effect.promise(() => import("./commands/schema.js")),
    ({ runSchema }) => runSchema()
  )
).pipe(Command.withDescription("Print the JSON Schema of the comparison that --format json prints"))

const stories = Command.make(
  "stories",
  {
    inputs: Argument.String("INPUT").pipe(
      Argument.withDescription(
        "The collection: folders (walked for .txt .md .markdown .json .html .htm .jsonl .ndjson files), article files, or JSON Lines files of one article a line ({ id, outlet, publishedAt, title, url, text }; only text is needed)"
      ),
      Argument.variadic({ min: 1 })
    ),
    out: Flag.String("out").pipe(
      Flag.withAlias("o"),
      Flag.withMetavar("DIR"),
      Flag.withDescription(
        "Folder for index.json, index.md, findings.csv, findings.jsonl and stories/<id>/; a rerun skips the stories whose inputs did not change"
      )
    ),
    skipBad: Flag.Boolean("skip-bad").pipe(
      Flag.withDescription(
        "Report a bad article (file:line) on stderr and go on without it, instead of stopping (exit 2)"
      ),
      Flag.withDefault(false)
    ),
    shard: Flag.String("shard").pipe(
      Flag.withMetavar("i/n"),
      Flag.withDescription("Compare only the i-th of n shares of the stories (the same share on every run)"),
      Flag.optional
    ),
    queue: Flag.String("queue").pipe(
      Flag.withMetavar("redis://HOST:PORT"),
      Flag.withDescription("Run the comparisons as jobs on this Redis, for `diplo worker --queue` processes to take"),
      Flag.optional
    ),
    threads: Flag.Int("threads").pipe(
      Flag.withMetavar("N"),
      Flag.withDescription("Worker threads comparing stories (default: one per core)"),
      Flag.optional
    ),
    windowDays: Flag.Int("window").pipe(
      Flag.withMetavar("DAYS"),
      Flag.withDescription("Most days between two dated articles of one story (default 7)"),
      Flag.optional
    ),
    maxPerStory: Flag.Int("max-per-story").pipe(
      Flag.withMetavar("N"),
      Flag.withDescription("Most articles in one story's comparison, every outlet first (default 12)"),
      Flag.optional
    ),
    maxBytes: Flag.Int("max-bytes").pipe(
      Flag.withMetavar("N"),
      Flag.withDescription("Largest article (or JSON Lines line) in bytes (default: the analyzer's limit, 1 MiB)"),
      Flag.optional
    )
  },
  (flags) =>
    Effect.flatMap(
      Effect.promise(() => import("./commands/stories.js")),
      ({ runStoriesCommand }) =>
        runStoriesCommand({
          inputs: flags.inputs,
          out: flags.out,
          skipBad: flags.skipBad,
          shard: orUndefined(flags.shard),
          queue: orUndefined(flags.queue),
          threads: orUndefined(flags.threads),
          windowDays: orUndefined(flags.windowDays),
          maxPerStory: orUndefined(flags.maxPerStory),
          maxBytes: orUndefined(flags.maxBytes)
        })
    )
).pipe(
  Command.withDescription(
    "Group a collection of articles into stories (one event each), compare every story two or more outlets carry, and write an index"
  ),
  Command.withExamples([
    { command: "diplo stories feeds/ --out stories/", description: "Every article under feeds/" },
    { command: "diplo stories day.jsonl --out stories/ --skip-bad", description: "JSON Lines, bad lines skipped" },
    { command: "diplo stories day.jsonl --out stories/ --shard 2/4", description: "The second of four shares" }
  ])
)

const worker = Command.make(
  "worker",
  {
    queue: Flag.String("queue").pipe(
      Flag.withMetavar("redis://HOST:PORT"),
      Flag.withDescription("The Redis whose stories queue to serve")
    ),
    threads: Flag.Int("threads").pipe(
      Flag.withMetavar("N"),
      Flag.withDescription("Stories compared at once, each in a thread (default: one per core)"),
      Flag.optional
    ),
    stallSeconds: Flag.Int("stall-seconds").pipe(
      Flag.withMetavar("S"),
      Flag.withDescription(
        "A job whose worker stops renewing its lock for S seconds runs again elsewhere (default 30)"
      ),
      Flag.optional
    )
  },
  (flags) =>
    Effect.flatMap(
      Effect.promise(() => import("./commands/worker.js")),
      ({ runWorker }) =>
        runWorker({
          queue: flags.queue,
          threads: orUndefined(flags.threads),
          stallSeconds: orUndefined(flags.stallSeconds)
        })
    )
).pipe(
  Command.withDescription(
    "Take story comparisons from a Redis queue (diplo stories --queue) until stopped; run one on each machine"
  )
)

/** The `diplo` command tree. */
export const diplo = Command.make("diplo").pipe(
  Command.withDescription(
    "Compare how news outlets report the same event: agreements, discrepancies, framing, omissions. In a clone of the repository (after npm ci and npm run build) run it as npx diplo"
  ),
  Command.withSubcommands([compare, demo, schema, stories, worker])
)

/** Help and version on stdout; a parse error as one `diplo:` line on stderr, without the help dump. */
const presenter: CliOutput.Presenter = {
  present: (event) => {
    const formatter = CliOutput.defaultFormatter({ colors: false })
    switch (event._tag) {
      case "Help":
        return Console.log(formatter.formatHelpDoc(event.helpDoc))
      case "Version":
        return Console.log(formatter.formatVersion(event.name, event.version))
      case "InvalidInvocation":
        return Console.error(
          `diplo: ${event.errors.map((e) => e.message).join("; ")} (see ${event.commandPath.join(" ")} --help)`
        )
    }
  }
}

/** Runs `diplo` on the arguments (without `node` and the script) and returns the exit code; never throws. */
export const main = async (argv: readonly string[]): Promise<number> => {
  const program = Command.runWith(diplo, { version: VERSION })(argv).pipe(
    Effect.provide(CliOutput.layerPresenter(presenter)),
    Effect.provide(CliEnvironment)
  )
  const outcome = outcomeOf(await Effect.runPromiseExit(program))
  if (outcome.stderr !== null) process.stderr.write(`${outcome.stderr}\n`)
  return outcome.code
}
