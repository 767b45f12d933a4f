/**
 * Settings a run would ignore: a runtime this front door does not have, the main thread in an
 * experiment that times workers, a worker-count list an experiment does not sweep, chunks per
 * worker with static chunking. The form disables each with its reason, and the results list
 * those present in what was run, so no setting is silently dropped.
 */
import { RUNTIME_NAMES } from './runtime-names'
import { RUNTIME_TRAITS } from './runtime-traits'
import { isPythonRuntime, pythonRuns } from './python'
import { WORKLOADS } from './workloads'
import { globalLockApplies } from './global-lock-mode'

export const NOT_APPLICABLE_REASONS = ['desktop-only', 'workers-only', 'own-worker-counts', 'static-chunking', 'threads-only', 'no-python-kernel', 'no-global-lock'] as const
export type NotApplicableReason = (typeof NOT_APPLICABLE_REASONS)[number]

export interface NotApplicable {
  /** The form's path: `runtimes.<name>` for one runtime, `workers`, or `workload.<option>`. */
  field: string
  reason: NotApplicableReason
}

/** What a configuration (a form draft or a run's recorded options) needs to be judged. */
export interface ApplicabilityInput {
  workload: Record<string, unknown>
  /** The runtimes to judge (all of them when judging the form's choices). */
  runtimes?: readonly string[]
  /** The global-lock switch as asked; the form passes true to judge the switch itself. */
  globalLock?: boolean
}

export function notApplicable(input: ApplicabilityInput, offered: readonly string[]): NotApplicable[] {
  const name = input.workload.workload
  const definition = typeof name === 'string' && Object.hasOwn(WORKLOADS, name) ? WORKLOADS[name as keyof typeof WORKLOADS] : undefined
  const found: NotApplicable[] = []
  for (const runtime of input.runtimes ?? RUNTIME_NAMES) {
    if (!Object.hasOwn(RUNTIME_TRAITS, runtime)) continue
    const traits = RUNTIME_TRAITS[runtime as keyof typeof RUNTIME_TRAITS]
    if (traits.desktopOnly && !offered.includes(runtime)) found.push({ field: `runtimes.${runtime}`, reason: 'desktop-only' })
    else if (definition?.workersOnly && traits.onEngineThread) found.push({ field: `runtimes.${runtime}`, reason: 'workers-only' })
    else if (definition?.sharedMemoryOnly && !traits.sharesMemory) found.push({ field: `runtimes.${runtime}`, reason: 'threads-only' })
    else if (isPythonRuntime(runtime) && definition && !pythonRuns(runtime, input.workload)) found.push({ field: `runtimes.${runtime}`, reason: 'no-python-kernel' })
  }
  if (definition?.shape === 'micro') found.push({ field: 'workers', reason: 'own-worker-counts' })
  if (input.globalLock === true && typeof name === 'string' && !globalLockApplies(name)) found.push({ field: 'globalLock', reason: 'no-global-lock' }, { field: 'switchIntervalMs', reason: 'no-global-lock' })
  if (name === 'prime' && input.workload.chunking === 'static') found.push({ field: 'workload.chunksPerWorker', reason: 'static-chunking' })
  return found
}
