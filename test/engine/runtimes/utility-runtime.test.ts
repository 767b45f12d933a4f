/**
 * The utility-process adapter, driven through a stand-in for Electron's `utilityProcess.fork`
 * (stubs are allowed for Electron only) that forks a real child process, so the adapter, the pool
 * and the worker entry are all exercised for real.
 */
import { fork } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { WorkerPool } from '../../../src-main/engine/pool'
import { type UtilityForkFn, type UtilityProcessLike, utilityRuntime } from '../../../src-main/engine/runtimes/utility-runtime'
import { onCleanup } from '../../helpers/cleanup'
import { survivors } from '../../helpers/processes'

/** Electron's UtilityProcess surface over a Node child process. */
const fakeUtilityFork: UtilityForkFn = (modulePath) => {
  const child = fork(modulePath, [], { serialization: 'advanced', execArgv: [] })
  const proxy: UtilityProcessLike = {
    get pid() {
      return child.pid
    },
    postMessage: (message) => void child.send(message as object),
    on(event: 'message' | 'exit' | 'error', listener: (...args: never[]) => void) {
      if (event === 'exit') child.on('exit', (code) => (listener as (code: number) => void)(code ?? 1))
      else if (event === 'message') child.on('message', listener as (m: unknown) => void)
      else child.on('error', listener as () => void)
      return proxy
    },
    kill: () => child.kill(),
  } as UtilityProcessLike
  return proxy
}

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
