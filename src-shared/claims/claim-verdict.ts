/**
 * A claim's verdict as a report keeps it (report.ts `Report.claims`): the verdict, why (a coded
 * sentence of the `claims` catalogue area, with its parameters), the figures it cites (each
 * coded, with the numbers it rests on), the runs those figures come from, and what was tested
 * (CPython's own API, or the lab's equivalent where no interpreter was found). The English text
 * is stored beside the codes, as everywhere the engine composes words: old readers and plain
 * tools keep a sentence; a display in another language translates the codes.
 */
import { z } from 'zod'
import { CLAIM_IDS, VERDICTS } from './claim-ids'

const params = z.record(z.string().max(100), z.union([z.string().max(1000), z.number()]))

/** One coded sentence of the `claims` area: `claims.because.<code>` or `claims.figure.<code>`. */
export const ClaimTextSchema = z.object({
  code: z.string().min(1).max(100),
  params: params.optional(),
})
export type ClaimText = z.infer<typeof ClaimTextSchema>

/** The unit of a verdict's evidence bars. */
export const EVIDENCE_UNITS = ['ms', 'us', 'ratio', 'count', 'percent', 'mb'] as const

/**
 * What the Claims screen and the HTML handout draw beside a verdict: one bar per compared thing
 * (a runtime, a variant), its value and, where the samples support one, its interval; a count
 * bar says `of` how many repetitions (e.g. deadlocked 5 of 5).
 */
export const ClaimEvidenceSchema = z.object({
  unit: z.enum(EVIDENCE_UNITS),
  bars: z
    .array(
      z.object({
        /** `claims.bar.<code>` with its params (e.g. a runtime's name). */
        label: ClaimTextSchema,
        value: z.number().finite(),
        interval: z.tuple([z.number().finite(), z.number().finite()]).optional(),
        of: z.number().int().min(1).optional(),
      }),
    )
    .max(16),
})
export type ClaimEvidence = z.infer<typeof ClaimEvidenceSchema>

export const CLAIM_TESTED_WITH = ['cpython', 'lab'] as const

export const ClaimVerdictSchema = z.object({
  claim: z.enum(CLAIM_IDS),
  verdict: z.enum(VERDICTS),
  /** Why this verdict, in one sentence (`claims.because.<code>`): the condition for `depends`, what overlapped for `inconclusive`, what is missing for `cannot-run`. */
  because: ClaimTextSchema,
  /** The figures the verdict rests on (`claims.figure.<code>`), each with its numbers and interval. */
  figures: z.array(ClaimTextSchema).max(16),
  /** The bars drawn beside the verdict (absent: nothing to draw, e.g. cannot-run). */
  evidence: ClaimEvidenceSchema.optional(),
  /** The runs (Run.id) the figures come from. */
  runIds: z.array(z.string().max(100)).max(64),
  /** A claim about a Python API: tested with CPython's own (`cpython`) or the lab's equivalent (`lab`). */
  testedWith: z.enum(CLAIM_TESTED_WITH).optional(),
  /** The interpreter(s) it was tested with, e.g. "CPython 3.11.2". */
  python: z.string().max(200).optional(),
  /** The verdict, its reason and figures in English, as stored text (never changes once written). */
  english: z.string().max(4000),
})
export type ClaimVerdict = z.infer<typeof ClaimVerdictSchema>

/** Most verdicts one report holds: one per claim. */
export const MAX_REPORT_CLAIMS = CLAIM_IDS.length
