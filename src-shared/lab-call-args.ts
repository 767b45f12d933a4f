/**
 * The engine's check of every `LabApi` call's arguments, one zod tuple per method of `LAB_API`
 * (api.ts): whatever the transport, the dispatcher hands the service only what these accept.
 * Each schema must produce exactly its method's parameters (checked below), so a signature and
 * its schema cannot drift. Kept apart from api.ts because the preload cannot load zod.
 */
import { z } from 'zod'
import { COMPARISON_EXPORT_FORMATS, EXPORT_FORMATS, type LabApiArgs, type LabApiMethod, MAX_COMPARED_REPORTS, MAX_REPORT_BYTES, MAX_SUITE_RUNS } from './api'
import type { BaselineChoice } from './comparison'
import type { RunConfigInput } from './config'
import { LOCALES } from './i18n/locales'
import { CLAIM_IDS } from './claims/claim-ids'
import { ReportSchema } from './report'

const id = z.string().min(1).max(200)
const none = z.tuple([])
/** Which machine the ratios are against: by position or by label (as the comparison names machines). */
const baselineChoice = z.union([
  z.strictObject({ index: z.number().int().min(0).max(MAX_COMPARED_REPORTS - 1) }),
  z.strictObject({ label: z.string().min(1).max(200) }),
]) satisfies z.ZodType<BaselineChoice>
/** Each config is judged by parseRunConfigs inside enqueueSuite, whose messages name the run. */
const configInput = z.custom<RunConfigInput>((value) => typeof value === 'object' && value !== null, 'each run configuration must be an object')

export const LAB_CALL_ARGS = {
  getMachine: none,
  getRuntimes: none,
  enqueueSuite: z.tuple([z.array(configInput).max(MAX_SUITE_RUNS), z.string().max(200).optional()]),
  enqueueClaims: z.tuple([z.union([z.literal('all'), z.array(z.enum(CLAIM_IDS)).min(1).max(CLAIM_IDS.length)]), z.string().max(200).optional()]),
  getClaimVerdicts: none,
  cancelSuite: z.tuple([id]),
  listQueue: none,
  clearFinished: none,
  listHistory: none,
  openHistory: z.tuple([id]),
  renameHistory: z.tuple([id, z.string().trim().min(1).max(200)]),
  deleteHistory: z.tuple([id]),
  importReport: z.tuple([z.string().max(1000), z.string().max(MAX_REPORT_BYTES)]),
  exportReport: z.tuple([ReportSchema, z.enum(EXPORT_FORMATS), z.enum(LOCALES).optional(), z.boolean().optional()]),
  compareReports: z.tuple([z.array(ReportSchema).max(MAX_COMPARED_REPORTS), baselineChoice.optional()]),
  exportComparison: z.tuple([z.array(ReportSchema).max(MAX_COMPARED_REPORTS), z.enum(COMPARISON_EXPORT_FORMATS), baselineChoice.optional(), z.enum(LOCALES).optional()]),
} satisfies Record<LabApiMethod, z.ZodType<readonly unknown[]>>

// Compile-time guard: each schema's output is exactly its method's parameter list. A mismatch
// names the method in the error ("Type 'true' is not assignable to type '"cancelSuite"'").
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
type Mismatched = { [M in LabApiMethod]: Equals<z.output<(typeof LAB_CALL_ARGS)[M]>, LabApiArgs[M]> extends true ? never : M }[LabApiMethod]
const _schemasMatchSignatures: [Mismatched] extends [never] ? true : Mismatched = true
void _schemasMatchSignatures
