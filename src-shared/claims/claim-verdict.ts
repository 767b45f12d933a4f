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

export const CLAIM_TESTED_WITH = ['cpython', 'lab'] as const

export const ClaimVerdictSchema = z.object({
  claim: z.enum(CLAIM_IDS),
  verdict: z.enum(VERDICTS),
  /** Why this verdict, in one sentence (`claims.because.<code>`): the condition for `depends`, what overlapped for `inconclusive`, what is missing for `cannot-run`. */
  because: ClaimTextSchema,
  /** The figures the verdict rests on (`claims.figure.<code>`), each with its numbers and interval. */
  figures: z.array(ClaimTextSchema).max(16),
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
