/**
 * The same assertions under both runtimes (tinypool `test/runtime.test.ts`): real worker threads
 * and real child processes, spawned from the built worker entries.
 */
import { describe, expect, it } from 'vitest'
import { WorkerPool } from '../../../src-main/engine/pool'
import { processRuntime } from '../../../src-main/engine/runtimes/process-runtime'
import { threadRuntime } from '../../../src-main/engine/runtimes/thread-runtime'
import type { RuntimeAdapter } from '../../../src-main/engine/runtimes/types'
import { onCleanup } from '../../helpers/cleanup'
import { survivors } from '../../helpers/processes'

const runtimes: Array<[string, () => RuntimeAdapter]> = [
  ['thread', () => threadRuntime()],
  ['process (advanced)', () => processRuntime('advanced')],
  ['process (json)', () => processRuntime('json')],
]

async function startPool(adapter: RuntimeAdapter, size: number, taskTimeoutMs?: number): Promise<WorkerPool> {
  const pool = await WorkerPool.start({ runtime: adapter, size, stopGraceMs: 300, ...(taskTimeoutMs ? { taskTimeoutMs } : {}) })
  return onCleanup(pool, (p) => p.destroy('test cleanup'))
}

describe.each(runtimes)('%s runtime', (kind, makeAdapter) => {
  it('spawns workers that report ready and count primes correctly', async () => {
    const pool = await startPool(makeAdapter(), 2)
    expect(pool.spawns).toHaveLength(2)
    for (const spawn of pool.spawns) {
      expect(spawn.identity.runtime).toBe(kind.startsWith('thread') ? 'thread' : 'process')
      expect(spawn.spawnMs).toBeGreaterThan(0)
    }
    const [a, b] = await Promise.all([
      pool.run({ kind: 'prime', lo: 0, hi: 500_000, method: 'sieve' }),
      pool.run({ kind: 'prime', lo: 500_000, hi: 1_000_000, method: 'trial' }),
    ])
    expect(a.result.count + b.result.count).toBe(78498)
    expect(a.timing.wallMs).toBeGreaterThanOrEqual(0)
  })

  it('records the serialization the runtime uses', () => {
    const adapter = makeAdapter()
    expect(adapter.serialization).toBe(kind === 'thread' ? 'structured-clone' : kind.includes('json') ? 'json' : 'advanced')
  })

  it('turns a throwing task into a TaskFailedError and keeps the worker', async () => {
    const pool = await startPool(makeAdapter(), 1)
    const pidsBefore = pool.pids
    await expect(pool.run({ kind: 'fault', mode: 'throw' })).rejects.toMatchObject({ name: 'TaskFailedError', message: /deliberate throw/ })
    const after = await pool.run({ kind: 'prime', lo: 0, hi: 1000, method: 'sieve' })
    expect(after.result.count).toBe(168)
    expect(pool.pids).toEqual(pidsBefore)
  })

  it('turns a worker that exits into a WorkerCrashedError, replaces it, and goes on', async () => {
    const pool = await startPool(makeAdapter(), 1)
    const crashed = pool.run({ kind: 'fault', mode: 'exit' })
    const queued = pool.run({ kind: 'prime', lo: 0, hi: 10_000, method: 'sieve' })
    await expect(crashed).rejects.toMatchObject({ name: 'WorkerCrashedError', exitCode: 3 })
    expect((await queued).result.count).toBe(1229)
  })

  it('times out a hanging task with a TaskTimeoutError and replaces the worker', async () => {
    const pool = await startPool(makeAdapter(), 1, 300)
    const firstPids = pool.pids
    await expect(pool.run({ kind: 'fault', mode: 'hang' })).rejects.toMatchObject({ name: 'TaskTimeoutError', timeoutMs: 300 })
    expect((await pool.run({ kind: 'prime', lo: 0, hi: 100, method: 'sieve' })).result.count).toBe(25)
    if (kind !== 'thread') {
      expect(pool.pids).not.toEqual(firstPids)
      expect(await survivors(firstPids)).toEqual([])
    }
  })

  it('cancels: queued tasks are dropped, running ones terminated, AbortError, no process left', async () => {
    const pool = await startPool(makeAdapter(), 2)
    const pids = pool.pids
    const controller = new AbortController()
    const hanging = [0, 1, 2, 3].map(() => pool.run({ kind: 'fault', mode: 'hang' }, controller.signal))
    const settled = Promise.allSettled(hanging)
    controller.abort('user pressed cancel')
    const results = await settled
    for (const result of results) {
      expect(result.status).toBe('rejected')
      if (result.status === 'rejected') expect(result.reason).toMatchObject({ name: 'AbortError' })
    }
    await pool.destroy('done')
    if (kind !== 'thread') expect(await survivors(pids)).toEqual([])
  })

  it('destroy rejects everything in flight with AbortError and stops every worker', async () => {
    const pool = await startPool(makeAdapter(), 2)
    const pids = pool.pids
    const inFlight = Promise.allSettled([0, 1, 2].map(() => pool.run({ kind: 'fault', mode: 'hang' })))
    await pool.destroy('cancel')
    for (const result of await inFlight) expect(result).toMatchObject({ status: 'rejected', reason: { name: 'AbortError' } })
    await expect(pool.run({ kind: 'empty' })).rejects.toThrow(/closed/)
    if (kind !== 'thread') expect(await survivors(pids)).toEqual([])
  })

  it('closes gracefully: every worker exits on its own', async () => {
    const pool = await WorkerPool.start({ runtime: makeAdapter(), size: 2 })
    const pids = pool.pids
    await pool.run({ kind: 'empty' })
    await pool.close()
    if (kind !== 'thread') expect(await survivors(pids)).toEqual([])
  })
})

describe('spawn failure', () => {
  it('surfaces as a WorkerSpawnError and leaves nothing running', async () => {
    await expect(WorkerPool.start({ runtime: processRuntime('json', '/nonexistent/entry.js'), size: 2, spawnTimeoutMs: 10_000 })).rejects.toMatchObject({
      name: 'WorkerSpawnError',
    })
    await expect(WorkerPool.start({ runtime: threadRuntime('/nonexistent/entry.js'), size: 1, spawnTimeoutMs: 10_000 })).rejects.toMatchObject({
      name: 'WorkerSpawnError',
    })
  })
})
