/** Options of a comparison; every field has a documented default. */
export interface CompareOptions {
  /** Title of the comparison. */
  readonly title?: string
  /** Language of the articles; only English ("en") is analysed, others are read with a warning. Default "en". */
  readonly language?: string
  /** Most sources in one comparison. Default 256. */
  readonly maxSources?: number
  /** Most bytes per article (UTF-8 bytes for a string). Default 1 MiB. */
  readonly maxBytes?: number
  /** Least relatedness for two statements to align; default calibrated on STS-B news (see docs/evaluation.md). */
  readonly alignThreshold?: number
  /** Use the bundled word vectors for soft word matches when aligning. Default true. */
  readonly useVectors?: boolean
  /** Replaces tuned numbers of classify by name (see src/lexicons/tuning.json); for evaluation sweeps. */
  readonly tuning?: Readonly<Partial<Record<string, number>>>
}

/** 200 short sources compare in ~12 s (their findings grow with the pairs of sources); more is a batch job. */
export const DEFAULT_MAX_SOURCES = 256

/**
 * The pipeline's alignment threshold: statements about the same matter across outlets share fewer words
 * than paraphrases. 0.3 is where cross-document alignment on ECB+ dev topics still has precision ~0.7
 * (P 0.696, R 0.515, F1 0.592; at the STS-B threshold 0.389: P 0.768, R 0.389). Weak alignments
 * (below the STS-B threshold) only yield findings when the statements share a typed event.
 */
export const DEFAULT_ALIGN_THRESHOLD = 0.3
/**
 * A long news article is 50-100 KB; 1 MiB is ten times that, and a comparison of two 1 MB articles of any text
 * (prose, or runs of quotes, dots, capitals) finishes in seconds to tens of seconds. Larger inputs are refused.
 */
export const DEFAULT_MAX_BYTES = 1024 * 1024
