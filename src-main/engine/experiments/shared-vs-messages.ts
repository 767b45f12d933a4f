/**
 * Shared memory against message passing (README.md, "Shared memory vs messages"): what one update
 * to a shared value costs when it lives in shared memory (Atomics), with an owner worker asked by
 * messages, or with the engine's main process asked over a socket. A micro-experiment: it drives
 * its own workers (clients plus an owner), because tasks carry MessagePorts to chosen workers and
 * a point is a set of tasks that must all run at once, which the sweep's task queue does not give.
 * Processes share no memory: their `shared-memory` way is reported as not applicable, with why.
 * Threads run one more, traced repetition per way and point for the live timeline (the clients
 * record their waits for the owner themselves); processes have no timeline, no ring to share.
 */
import { rm } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { translateEn } from '../../../src-shared/i18n/translate'
import { sharedVsMessagesLaneLabel } from '../../../src-shared/lane-labels'
import type { Run } from '../../../src-shared/report'
import { RUNTIME_TRAITS, type WorkerRuntimeName } from '../../../src-shared/runtime-traits'
import type { SharedStateWay, SharedVsMessagesOptions } from '../../../src-shared/workloads/shared-vs-messages'
import { abortGate, gateBuffer } from '../../../src-workers/kernels/start-gate'
import { adapterFor } from '../executors'
import { deriveSeed, freshSeed } from '../stats/random'
import type { Experiment, ExperimentContext } from './experiment'
import { type MicroRun, runMicro, runPerRuntime, workerAndPythonRuntimes } from './micro/micro-run'
import { pyUnavailable, pyUpdatesAt } from './shared-state/py-updates'
import { makeOwnedTempDir } from './owned-temp-dir'
import { Crew } from './shared-state/crew'
import type { GlobalLockSpec } from '../../../src-shared/protocol-global-lock'
import { GlobalLock } from '../../../src-workers/sync/global-lock'
import { type OwnerServer, startOwnerServer } from './shared-state/owner-server'
import { measureWay } from './shared-state/update-point'
import { type WaySettings, runRepetition } from './shared-state/update-ways'
import { tracedRepetition } from './shared-state/traced-repetition'

/** Bound on each wait inside a worker: a partner silent this long is gone. */
const MAX_WAIT_MS = 30_000
const OWNER_PROCESS_DIR_PREFIX = 'conlab-svm-'

/** What carries an update and who owns the value, per way and runtime kind (recorded in each point). */
function transportOf(way: SharedStateWay, sharesMemory: boolean): { transport: string; owner: string } {
  const socket = process.platform === 'win32' ? 'named-pipe' : 'unix-socket'
  if (way === 'shared-memory') return { transport: 'atomics', owner: 'none' }
  if (way === 'owner-messages') return sharesMemory ? { transport: 'message-port', owner: 'worker-thread' } : { transport: socket, owner: 'child-process' }
  return { transport: socket, owner: 'engine-main-thread' }
}

/** Where owner processes listen: a fresh address per repetition, in a directory this run owns. */
class OwnerAddresses {
  private dir: string | undefined
  private count = 0
  async prepare(): Promise<void> {
    if (process.platform !== 'win32') this.dir = await makeOwnedTempDir(tmpdir(), OWNER_PROCESS_DIR_PREFIX)
  }
  next(): string {
    this.count++
    if (this.dir === undefined) return `\\\\.\\pipe\\conlab-svm-${randomBytes(8).toString('hex')}`
    return join(this.dir, `owner-${this.count}.sock`)
  }
  async dispose(): Promise<void> {
    if (this.dir !== undefined) await rm(this.dir, { recursive: true, force: true })
  }
}

async function measureAt(ctx: ExperimentContext, run: MicroRun, options: SharedVsMessagesOptions, runtime: WorkerRuntimeName, updaters: number, seed: number): Promise<void> {
  const sharesMemory = RUNTIME_TRAITS[runtime].sharesMemory
  const ways = options.ways.filter((w) => sharesMemory || w !== 'shared-memory')
  if (ways.length === 0) return
  const adapter = adapterFor(runtime, ctx.config, ctx.runtimeDeps)
  const crew = await Crew.start(adapter, updaters + (ways.includes('owner-messages') ? 1 : 0), ctx.clock, ctx.signal)
  const gate = sharesMemory ? gateBuffer() : null
  // Global-lock mode: one lock for the point's threads (clients and owner); none from here for
  // processes, each makes its own (each CPython process has its own interpreter and GIL).
  const lockBuffer = ctx.config.globalLock && sharesMemory ? GlobalLock.create() : null
  const globalLock: GlobalLockSpec | undefined = ctx.config.globalLock ? { switchIntervalMs: ctx.config.switchIntervalMs, timeoutMs: Math.min(ctx.config.taskTimeoutMs, MAX_WAIT_MS), buffer: lockBuffer } : undefined
  // Threads waiting at the gate or for the lock leave within one slice once the run is cancelled.
  const onAbort = () => {
    if (gate) abortGate(gate)
    if (lockBuffer) GlobalLock.abortFlagOf(lockBuffer).set()
  }
  ctx.signal.addEventListener('abort', onAbort, { once: true })
  const addresses = new OwnerAddresses()
  let server: OwnerServer | undefined
  let clean = false
  try {
    if (!sharesMemory) await addresses.prepare()
    const settings: WaySettings = {
      crew,
      updaters,
      updates: options.updates,
      waitTimeoutMs: Math.min(ctx.config.taskTimeoutMs, MAX_WAIT_MS),
      taskTimeoutMs: ctx.config.taskTimeoutMs,
      gate,
      ownerAddress: () => addresses.next(),
      mainOwner: async () => (server ??= await startOwnerServer({ signal: ctx.signal })),
      ...(globalLock ? { globalLock } : {}),
    }
    for (const way of ways) {
      const point = await measureWay(settings, {
        way,
        sharesMemory,
        warmup: ctx.config.warmup,
        repeat: ctx.config.repeat,
        logicalCores: ctx.logicalCores,
        seed: deriveSeed(seed, `${runtime}/${way}/${updaters}`),
        signal: ctx.signal,
        ...transportOf(way, sharesMemory),
      }, () => runRepetition(way, settings, sharesMemory))
      run.addPoint(point)
      // Threads: one more repetition, traced, in no figure. Processes cannot share a trace ring.
      if (sharesMemory) {
        const label = sharedVsMessagesLaneLabel(translateEn, updaters, way)
        await tracedRepetition(ctx, run, { workers: updaters, label }, (trace) => runRepetition(way, { ...settings, trace }, true))
      }
      run.step('measure', updaters)
    }
    clean = true
  } finally {
    ctx.signal.removeEventListener('abort', onAbort)
    await crew.stop(!clean)
    await server?.close()
    await addresses.dispose()
  }
}

export function sharedVsMessagesExperiment(options: SharedVsMessagesOptions): Experiment {
  return {
    options,
    units: (runtimes) => workerAndPythonRuntimes(runtimes).length * options.updaters.length * options.ways.length,
    run(ctx): Promise<Run[]> {
      const seed = ctx.config.seed ?? freshSeed()
      return runPerRuntime(ctx, workerAndPythonRuntimes(ctx.runtimes), (runtime) => {
        if (runtime === 'py-thread' || runtime === 'py-process') {
          return runMicro(ctx, { options, runtime, serialization: 'json' }, async (run) => {
            pyUnavailable(run, options)
            for (const updaters of options.updaters) await pyUpdatesAt(ctx, run, options, updaters, seed, Math.min(ctx.config.taskTimeoutMs, MAX_WAIT_MS))
          })
        }
        const adapter = adapterFor(runtime, ctx.config, ctx.runtimeDeps)
        return runMicro(ctx, { options, runtime, serialization: adapter.serialization }, async (run) => {
          run.step('measure', options.updaters[0] ?? 1, 0)
          if (!RUNTIME_TRAITS[runtime].sharesMemory && options.ways.includes('shared-memory')) {
            // Said once per run, and counted as done for every worker count it stands for.
            run.addUnavailable('shared-memory', translateEn('sharedVsMessages.notApplicable.sharedMemory'))
            run.step('measure', options.updaters[0] ?? 1, options.updaters.length)
          }
          for (const updaters of options.updaters) await measureAt(ctx, run, options, runtime, updaters, seed)
        })
      })
    },
  }
}
