import * as z from "zod"
import { IsoDate, SourceId } from "./Ids.js"

/** Something about a source the reader of a report should know, though the source was analysed. */
export const SourceWarning = z
  .strictObject({
    kind: z.enum(["language", "no-date"]).meta({
      description:
        "language: the text does not look English, so findings on it may be missing or wrong; no-date: no publication date was found or given, so relative dates stay unresolved."
    }),
    message: z.string().min(1).meta({ description: "What was found, in one sentence, without the file's name." })
  })
  .meta({ id: "SourceWarning", description: "A warning about a source, e.g. that it does not look English." })
export type SourceWarning = z.infer<typeof SourceWarning>

/** One article as analysed. */
export const Source = z
  .strictObject({
    id: SourceId,
    outlet: z.string().min(1).optional().meta({ description: "The outlet that published it, e.g. TASS." }),
    title: z.string().optional().meta({ description: "The headline, where known." }),
    url: z.url().optional().meta({ description: "Where it was published, where known." }),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: "expected a BCP 47 language tag such as en or en-US" })
      .optional()
      .meta({ description: "BCP 47 language tag of the text." }),
    publishedAt: IsoDate.nullable().meta({
      description: "Publication date; relative time expressions resolve against it. Null when unknown."
    }),
    path: z.string().nullable().meta({ description: "The file it was read from, as given; null for stdin or memory." }),
    text: z.string().meta({ description: "The article body exactly as analysed; every span offsets into it." }),
    warnings: z
      .array(SourceWarning)
      .min(1)
      .optional()
      .meta({ description: "Warnings about this source, in a fixed order (language, then date); absent when none." })
  })
  .meta({ id: "Source", description: "An article as analysed: its metadata and its body text." })
export type Source = z.infer<typeof Source>
