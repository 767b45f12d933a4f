/**
 * The utility-process adapter, driven through a stand-in for Electron's `utilityProcess.fork`
 * (stubs are allowed for Electron only) that forks a real child process, so the adapter, the pool
 * and the worker entry are all exercised for real.
 */
import { describe, expect, it } from 'vitest'
import { WorkerPool } from '../../../src-main/engine/pool'
import { type UtilityForkFn, utilityRuntime } from '../../../src-main/engine/runtimes/utility-runtime'
import { fakeUtilityFork } from '../../fakes/utility-fork'
import { onCleanup } from '../../helpers/cleanup'
import { survivors } from '../../helpers/processes'

describe('utility runtime adapter', () => {
  it('runs tasks, survives a crash by replacing the worker, and stops every process', async () => {
    const pool = onCleanup(await WorkerPool.start({ runtime: utilityRuntime(fakeUtilityFork), size: 2 }), (p) => p.destroy())
    expect(pool.runtime).toBe('utility')
    const pids = pool.pids
    const counts = await Promise.all([pool.run({ kind: 'prime', lo: 0, hi: 50_000, method: 'sieve' }), pool.run({ kind: 'prime', lo: 50_000, hi: 100_000, method: 'sieve' })])
    expect(counts[0].result.count + counts[1].result.count).toBe(9592)
    await expect(pool.run({ kind: 'fault', mode: 'exit' })).rejects.toMatchObject({ name: 'WorkerCrashedError' })
    expect((await pool.run({ kind: 'empty' })).result.kind).toBe('empty')
    const all = [...new Set([...pids, ...pool.pids])]
    await pool.close()
    expect(await survivors(all)).toEqual([])
  })

  it('reports a fork that throws as a WorkerSpawnError', async () => {
    const broken: UtilityForkFn = () => {
      throw new Error('utility process service unavailable')
    }
    await expect(WorkerPool.start({ runtime: utilityRuntime(broken), size: 1 })).rejects.toMatchObject({
      name: 'WorkerSpawnError',
      message: /service unavailable/,
    })
  })
})
