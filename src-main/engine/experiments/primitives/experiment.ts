/**
 * Synchronisation primitives (issue 15), a micro-experiment: it drives its worker threads itself
 * over shared buffers instead of timing tasks over worker counts, because what it measures lives
 * between the threads (how many are inside a semaphore at once, when each waiter woke, who waited
 * at a barrier) and a sweep's task timing would see none of it (the same reason context-switch.ts
 * runs its ping-pongs itself). One Run per runtime: threads run every part asked for; a process
 * run measures only the queue (over IPC) and answers each other part with "threads only" and why,
 * as a not-measured entry, never an error or silence.
 */
import type { PrimitivePart, PrimitivesOptions } from '../../../../src-shared/workloads/primitives'
import type { Run } from '../../../../src-shared/report'
import { RUNTIME_TRAITS } from '../../../../src-shared/runtime-traits'
import { translateEn } from '../../../../src-shared/i18n/translate'
import { AbortFlag } from '../../../../src-workers/sync/abort-flag'
import { type WorkerRuntimeName, adapterFor } from '../../executors'
import { assertNever } from '../../../../src-shared/protocol'
import type { Experiment } from '../experiment'
import { runMicro, runPerRuntime, workerRuntimes } from '../micro/micro-run'
import type { PartEnv } from './part-env'
import { queuePart } from './queue-part'
import { barrierPart, conditionPart, eventPart, semaphorePart } from './thread-parts'

/** Progress units of one part on one runtime. */
export function partUnits(part: PrimitivePart, o: PrimitivesOptions, sharesMemory: boolean): number {
  switch (part) {
    case 'semaphore':
      return sharesMemory ? o.threads * o.threads : 0
    case 'event':
      return sharesMemory ? o.waiters.reduce((s, w) => s + w + 1, 0) : 0
    case 'condition':
      return sharesMemory ? 2 : 0
    case 'barrier':
      return sharesMemory ? o.threads : 0
    case 'queue':
      return o.capacities.length * (sharesMemory ? 3 : 1)
    default:
      return assertNever(part, 'primitives part')
  }
}

/** The English reason stored in a process run for a part that exists only between threads. */
export function threadsOnlyReason(part: PrimitivePart): string {
  return translateEn('primitives.threadsOnly', { part: translateEn(`primitives.parts.${part}`) })
}

async function runPart(env: PartEnv, part: PrimitivePart, sharesMemory: boolean): Promise<void> {
  if (part === 'queue') return queuePart(env, sharesMemory)
  if (!sharesMemory) return env.run.addUnavailable(part, threadsOnlyReason(part))
  switch (part) {
    case 'semaphore':
      return semaphorePart(env)
    case 'event':
      return eventPart(env)
    case 'condition':
      return conditionPart(env)
    case 'barrier':
      return barrierPart(env)
    default:
      return assertNever(part, 'primitives part')
  }
}

export function primitivesExperiment(options: PrimitivesOptions): Experiment {
  const sharesMemory = (r: WorkerRuntimeName) => RUNTIME_TRAITS[r].sharesMemory
  return {
    options,
    units: (runtimes) => workerRuntimes(runtimes).reduce((sum, r) => sum + options.parts.reduce((s, p) => s + partUnits(p, options, sharesMemory(r)), 0), 0),
    run(ctx): Promise<Run[]> {
      return runPerRuntime(ctx, workerRuntimes(ctx.runtimes), (runtime) =>
        runMicro(ctx, { options, runtime, serialization: adapterFor(runtime, ctx.config, ctx.runtimeDeps).serialization }, async (run) => {
          // One flag per run: a cancel reaches every thread blocked on any primitive of any part.
          const abort = AbortFlag.create()
          const onAbort = () => abort.set()
          ctx.signal.addEventListener('abort', onAbort, { once: true })
          try {
            const env: PartEnv = { ctx, run, options, abort, timeoutMs: Math.min(options.waitTimeoutMs, ctx.config.taskTimeoutMs), lockRounds: [] }
            for (const part of options.parts) await runPart(env, part, sharesMemory(runtime))
          } finally {
            ctx.signal.removeEventListener('abort', onAbort)
          }
        }),
      )
    },
  }
}
