/**
 * Routes one `LabApi` call that arrived by name (Electron IPC, WebSocket RPC) to the service,
 * after checking its arguments with the method's zod schema (src-shared/lab-call-args.ts):
 * whatever the transport, the engine sees only calls it can type. Returns the transport
 * envelope; never throws.
 */
import type { LabApiArgs, LabApiMethod, LabApiResults, LabCalls } from '../../src-shared/api'
import { describeZodError } from '../../src-shared/config'
import { LAB_CALL_ARGS } from '../../src-shared/lab-call-args'
import type { CallOutcome } from '../../src-shared/protocol'
import { toError } from './runtimes/errors'

/** The parts of LabApi a call can reach (events travel the other way). */
export type LabCallTarget = LabCalls

/** One generic route for every method: the name picks both the schema and the service method. */
async function route<M extends LabApiMethod>(api: LabCallTarget, method: M, args: unknown): Promise<LabApiResults[M]> {
  const parsed = LAB_CALL_ARGS[method].safeParse(args)
  if (!parsed.success) throw new Error(`Bad arguments for ${method}: ${describeZodError(parsed.error)}`)
  // TypeScript cannot tie the union of parse results to M; LAB_CALL_ARGS[M], which matches M's signature exactly, made them.
  const checked = parsed.data as LabApiArgs[M]
  return api[method](...checked)
}

export async function dispatchLabCall(api: LabCallTarget, method: LabApiMethod, args: unknown): Promise<CallOutcome> {
  try {
    // A void result becomes null: JSON drops `undefined`, and a reply without `value` is malformed.
    return { ok: true, value: (await route(api, method, args)) ?? null }
  } catch (error) {
    return { ok: false, message: toError(error).message }
  }
}
