/**
 * The three measurements of the spawn experiment, on one runtime adapter: cold spawns (request to
 * `ready`, and to the first task answered), tasks taken by a warm pool, and the memory a worker
 * adds (the engine's RSS growth per thread; each child's own RSS for processes).
 */
import { median } from 'simple-statistics'
import type { Memory } from '../../../../src-shared/micro-report'
import { RUNTIME_TRAITS } from '../../../../src-shared/runtime-traits'
import type { Clock } from '../../measure/clock'
import { WorkerPool } from '../../pool'
import type { ManagedWorker } from '../../runtimes/managed-worker'
import type { RuntimeAdapter } from '../../runtimes/types'
import { EchoClient } from './echo-client'
import { startWorker, stopWorkers } from './workers'

export interface SpawnDeps {
  adapter: RuntimeAdapter
  clock: Clock
  signal: AbortSignal
  taskTimeoutMs: number
  /** The engine's own RSS; injectable so the thread method can be tested with scripted values. */
  engineRss?: () => number
}

export interface ColdSpawns {
  readyMs: number[]
  firstTaskMs: number[]
  /** Spawns whose worker identified itself as the runtime asked for. */
  identified: number
}

/** Spawns not kept: the first start pays for loading the entry file from disk into the cache. */
export const SPAWN_WARMUP = 1
export const WARM_POOL_WARMUP = 10

export async function measureColdSpawns(deps: SpawnDeps, samples: number): Promise<ColdSpawns> {
  const out: ColdSpawns = { readyMs: [], firstTaskMs: [], identified: 0 }
  for (let i = 0; i < SPAWN_WARMUP + samples; i++) {
    const { worker, ready } = await startWorker(deps.adapter, deps.clock, deps.signal)
    try {
      const t0 = deps.clock.now()
      await worker.run({ kind: 'empty' }, deps.taskTimeoutMs)
      const taskMs = deps.clock.now() - t0
      if (i < SPAWN_WARMUP) continue
      out.readyMs.push(ready.spawnMs)
      out.firstTaskMs.push(ready.spawnMs + taskMs)
      if (ready.identity.runtime === deps.adapter.kind) out.identified++
    } finally {
      await stopWorkers([worker], deps.signal.aborted)
    }
  }
  return out
}

/** Empty tasks through a warm one-worker pool: what taking a ready worker costs. */
export async function measureWarmPool(deps: SpawnDeps, samples: number, warmup = WARM_POOL_WARMUP): Promise<{ roundTripsMs: number[]; answered: number }> {
  const pool = await WorkerPool.start({ runtime: deps.adapter, size: 1, taskTimeoutMs: deps.taskTimeoutMs, clock: deps.clock }, deps.signal)
  try {
    for (let i = 0; i < warmup; i++) await pool.run({ kind: 'empty' }, deps.signal)
    const roundTripsMs: number[] = []
    let answered = 0
    for (let i = 0; i < samples; i++) {
      const outcome = await pool.run({ kind: 'empty' }, deps.signal)
      roundTripsMs.push(outcome.roundTripMs)
      if (outcome.result.kind === 'empty') answered++
    }
    return { roundTripsMs, answered }
  } finally {
    await (deps.signal.aborted ? pool.destroy() : pool.close())
  }
}

/**
 * Starts `count` workers one after another and keeps them all alive while measuring, so that a
 * thread's memory is not hidden by pages its terminated predecessor gave back.
 */
export async function measureMemory(deps: SpawnDeps, count: number): Promise<Memory> {
  const engineRss = deps.engineRss ?? (() => process.memoryUsage().rss)
  const workers: ManagedWorker[] = []
  const rss: number[] = []
  const heapUsed: number[] = []
  const heapTotal: number[] = []
  const inEngineProcess = RUNTIME_TRAITS[deps.adapter.kind].inEngineProcess
  try {
    let before = engineRss()
    for (let i = 0; i < count; i++) {
      const { worker } = await startWorker(deps.adapter, deps.clock, deps.signal)
      workers.push(worker)
      const client = new EchoClient(worker, deps.signal)
      const usage = await client.memory()
      client.close()
      heapUsed.push(usage.heapUsedBytes)
      heapTotal.push(usage.heapTotalBytes)
      if (inEngineProcess) {
        const after = engineRss()
        rss.push(Math.max(0, after - before))
        before = after
      } else {
        rss.push(usage.rssBytes)
      }
    }
  } finally {
    await stopWorkers(workers, deps.signal.aborted)
  }
  return {
    method: inEngineProcess ? 'process-rss-delta' : 'child-rss',
    rssBytes: median(rss),
    heapUsedBytes: median(heapUsed),
    heapTotalBytes: median(heapTotal),
    workersMeasured: count,
  }
}
