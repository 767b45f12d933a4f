/**
 * Routes one `LabApi` call that arrived by name (Electron IPC, WebSocket RPC) to the service,
 * after checking its arguments with zod: whatever the transport, the engine sees only calls it
 * can type. Returns the transport envelope; never throws.
 */
import { z } from 'zod'
import { EXPORT_FORMATS, type LabApi, type LabApiMethod, MAX_COMPARED_REPORTS } from '../../src-shared/api'
import { type RunConfigInput, describeZodError } from '../../src-shared/config'
import { type CallOutcome, assertNever } from '../../src-shared/protocol'
import { ReportSchema } from '../../src-shared/report'
import { MAX_REPORT_BYTES } from './report/read-report'
import { toError } from './runtimes/errors'

const id = z.string().min(1).max(200)
const none = z.tuple([])
/** Which machine the ratios are against: by position or by label (as the comparison names machines). */
const baselineChoice = z.union([z.strictObject({ index: z.number().int().min(0).max(MAX_COMPARED_REPORTS - 1) }), z.strictObject({ label: z.string().min(1).max(200) })])
/** Each config is judged by parseRunConfigs inside enqueueSuite, whose messages name the run. */
const configInput = z.custom<RunConfigInput>((value) => typeof value === 'object' && value !== null, 'each run configuration must be an object')

export const LAB_CALL_ARGS = {
  getMachine: none,
  getRuntimes: none,
  enqueueSuite: z.tuple([z.array(configInput).max(100), z.string().max(200).optional()]),
  cancelSuite: z.tuple([id]),
  listQueue: none,
  listHistory: none,
  openHistory: z.tuple([id]),
  renameHistory: z.tuple([id, z.string().trim().min(1).max(200)]),
  deleteHistory: z.tuple([id]),
  importReport: z.tuple([z.string().max(1000), z.string().max(MAX_REPORT_BYTES)]),
  exportReport: z.tuple([ReportSchema, z.enum(EXPORT_FORMATS)]),
  compareReports: z.tuple([z.array(ReportSchema).max(MAX_COMPARED_REPORTS), baselineChoice.optional()]),
} satisfies Record<LabApiMethod, z.ZodType>

/** The parts of LabApi a call can reach (events travel the other way). */
export type LabCallTarget = Omit<LabApi, 'onSuiteEvent'>

function parseArgs<S extends z.ZodType>(schema: S, method: LabApiMethod, args: unknown): z.infer<S> {
  const parsed = schema.safeParse(args)
  if (!parsed.success) throw new Error(`Bad arguments for ${method}: ${describeZodError(parsed.error)}`)
  return parsed.data
}

async function route(api: LabCallTarget, method: LabApiMethod, args: unknown): Promise<unknown> {
  switch (method) {
    case 'getMachine':
      parseArgs(LAB_CALL_ARGS.getMachine, method, args)
      return api.getMachine()
    case 'getRuntimes':
      parseArgs(LAB_CALL_ARGS.getRuntimes, method, args)
      return api.getRuntimes()
    case 'enqueueSuite': {
      const [configs, label] = parseArgs(LAB_CALL_ARGS.enqueueSuite, method, args)
      return api.enqueueSuite(configs, label)
    }
    case 'cancelSuite':
      return api.cancelSuite(...parseArgs(LAB_CALL_ARGS.cancelSuite, method, args))
    case 'listQueue':
      parseArgs(LAB_CALL_ARGS.listQueue, method, args)
      return api.listQueue()
    case 'listHistory':
      parseArgs(LAB_CALL_ARGS.listHistory, method, args)
      return api.listHistory()
    case 'openHistory':
      return api.openHistory(...parseArgs(LAB_CALL_ARGS.openHistory, method, args))
    case 'renameHistory':
      return api.renameHistory(...parseArgs(LAB_CALL_ARGS.renameHistory, method, args))
    case 'deleteHistory':
      return api.deleteHistory(...parseArgs(LAB_CALL_ARGS.deleteHistory, method, args))
    case 'importReport':
      return api.importReport(...parseArgs(LAB_CALL_ARGS.importReport, method, args))
    case 'exportReport':
      return api.exportReport(...parseArgs(LAB_CALL_ARGS.exportReport, method, args))
    case 'compareReports':
      return api.compareReports(...parseArgs(LAB_CALL_ARGS.compareReports, method, args))
    default:
      return assertNever(method, 'LabApi method')
  }
}

export async function dispatchLabCall(api: LabCallTarget, method: LabApiMethod, args: unknown): Promise<CallOutcome> {
  try {
    // A void result becomes null: JSON drops `undefined`, and a reply without `value` is malformed.
    return { ok: true, value: (await route(api, method, args)) ?? null }
  } catch (error) {
    return { ok: false, message: toError(error).message }
  }
}
