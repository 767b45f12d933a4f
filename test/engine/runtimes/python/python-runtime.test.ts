/**
 * The CPython runtimes through the runtime suite's assertions, with real interpreters (Debian's
 * python3 and a pyenv version): the same answers as the Node kernels, a throwing task, a crash
 * with the interpreter's stderr, a timeout, and a cancel that leaves no process of the
 * interpreter's group behind, the pool's children included.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PythonExecutorOptions } from '../../../../src-main/engine/runtimes/python/python-executor'
import { countPrimes } from '../../../../src-workers/kernels/prime'
import { survivors } from '../../../helpers/processes'
import { groupMembers, startPython as start } from './python-helpers'

const PYENV = join(process.env.PYENV_ROOT || join(process.env.HOME ?? '', '.pyenv'), 'versions')
const pyenv313 = existsSync(PYENV) ? readdirSync(PYENV).find((v) => v.startsWith('3.13')) : undefined
const PATHS = ['/usr/bin/python3', ...(pyenv313 ? [join(PYENV, pyenv313, 'bin', 'python')] : [])].filter(existsSync)

const variants: Array<[string, Pick<PythonExecutorOptions, 'runtime' | 'startMethod'>]> = [
  ['py-thread', { runtime: 'py-thread' }],
  ['py-process (spawn)', { runtime: 'py-process', startMethod: 'spawn' }],
  ['py-process (fork)', { runtime: 'py-process', startMethod: 'fork' }],
]

describe.runIf(PATHS.length > 0).each(PATHS)('CPython %s', (path) => {
  describe.each(variants)('%s', (_, variant) => {
    it('counts primes like the Node kernels, sieve and trial, and records the interpreter', async () => {
      const executor = await start(path, { ...variant, size: 2 })
      const ranges: Array<[number, number, 'sieve' | 'trial']> = [
        [0, 1_000_000, 'sieve'],
        [1_234_567, 2_345_678, 'sieve'],
        [0, 3, 'sieve'],
        [999_000, 1_000_000, 'trial'],
        [0, 20_000, 'trial'],
      ]
      const outcomes = await Promise.all(ranges.map(([lo, hi, method]) => executor.run({ kind: 'prime', lo, hi, method })))
      expect(outcomes.map((o) => o.result.count)).toEqual(ranges.map(([lo, hi, method]) => countPrimes(lo, hi, method)))
      expect(new Set(outcomes.map((o) => o.slot))).toEqual(new Set([0, 1]))
      expect(executor.python).toMatchObject({ implementation: 'CPython', gilEnabled: true, ...(variant.startMethod ? { startMethod: variant.startMethod } : {}) })
      expect(executor.pids).toHaveLength(variant.runtime === 'py-process' ? 3 : 1)
    })

    it('turns a throwing task into a TaskFailedError and keeps the interpreter', async () => {
      const executor = await start(path, { ...variant, size: 1 })
      const before = executor.pids
      await expect(executor.run({ kind: 'fault', mode: 'throw' })).rejects.toMatchObject({ name: 'TaskFailedError', message: /deliberate throw/ })
      expect((await executor.run({ kind: 'prime', lo: 0, hi: 1000, method: 'sieve' })).result.count).toBe(168)
      expect(executor.pids).toEqual(before)
    })

    it('surfaces a crash as a WorkerCrashedError with the interpreter stderr, then starts a new one', async () => {
      const executor = await start(path, { ...variant, size: 1 })
      const before = executor.pids
      await expect(executor.run({ kind: 'fault', mode: 'exit' })).rejects.toMatchObject({ name: 'WorkerCrashedError', exitCode: 3, stderr: expect.stringContaining('conlab fault task') })
      expect((await executor.run({ kind: 'prime', lo: 0, hi: 10_000, method: 'sieve' })).result.count).toBe(1229)
      expect(executor.pids).not.toEqual(before)
      expect(await survivors(before)).toEqual([])
    })

    it('times out a hanging task with a TaskTimeoutError and leaves no process of the old interpreter', async () => {
      const executor = await start(path, { ...variant, size: 1, taskTimeoutMs: 500 })
      const before = executor.pids
      await expect(executor.run({ kind: 'fault', mode: 'hang' })).rejects.toMatchObject({ name: 'TaskTimeoutError', timeoutMs: 500 })
      expect(await survivors(before)).toEqual([])
      expect((await executor.run({ kind: 'prime', lo: 0, hi: 100, method: 'sieve' })).result.count).toBe(25)
    })

    it('cancels: running and queued tasks fail with AbortError, no process of the group is left', async () => {
      const executor = await start(path, { ...variant, size: 2 })
      const group = executor.pids[0]!
      // The interpreter leads its group; the pool's processes (and spawn's resource tracker) are in it.
      expect(groupMembers(group)).toEqual(expect.arrayContaining(executor.pids))
      const controller = new AbortController()
      const hanging = [0, 1, 2].map(() => executor.run({ kind: 'fault', mode: 'hang' }, controller.signal))
      const settled = Promise.allSettled(hanging)
      await new Promise((resolve) => setTimeout(resolve, 200))
      controller.abort('user pressed cancel')
      await executor.destroy('user pressed cancel')
      for (const outcome of await settled) expect(outcome).toMatchObject({ status: 'rejected', reason: { name: 'AbortError' } })
      expect(await survivors(executor.pids)).toEqual([])
      expect(groupMembers(group)).toEqual([])
    })
  })

  it('py-async runs timer waits interleaved on one event loop', async () => {
    const executor = await start(path, { runtime: 'py-async', size: 4 })
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => executor.run({ kind: 'sleep', ms: 50 })))
    for (const o of outcomes) expect(o.result.waitedMs).toBeGreaterThanOrEqual(49)
    expect(executor.pids).toHaveLength(1)
  })
})
