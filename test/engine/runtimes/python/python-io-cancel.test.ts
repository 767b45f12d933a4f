/**
 * Cancelling the CPython runtimes while their I/O kernels block (in write/read/fsync, in recv):
 * the interpreter's whole group goes (pool processes included), and through the engine the run's
 * temp directory too. A real interpreter, real files, a real loopback server that answers slowly.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PythonExecutorOptions } from '../../../../src-main/engine/runtimes/python/python-executor'
import { startLoopbackServer } from '../../../../src-main/engine/loopback/controller'
import { runSuite } from '../../../../src-main/engine/session'
import type { RunConfigInput } from '../../../../src-shared/config'
import { onCleanup } from '../../../helpers/cleanup'
import { childPidsOf, survivors } from '../../../helpers/processes'
import { PYTHONS, groupMembers, startPython } from './python-helpers'

const PYTHON = PYTHONS[0]
const variants: Array<[string, Pick<PythonExecutorOptions, 'runtime' | 'startMethod'>]> = [
  ['py-thread', { runtime: 'py-thread' }],
  ['py-process', { runtime: 'py-process', startMethod: 'spawn' }],
  ['py-async', { runtime: 'py-async' }],
]

describe.runIf(PYTHON !== undefined)('cancelling CPython I/O', () => {
  it.each(variants)('%s mid-fetch: every request fails with AbortError, nothing of the group is left', async (_, variant) => {
    // Answers come after 20 s: the cancel lands while every lane waits in recv().
    const server = onCleanup(await startLoopbackServer({ payloadSize: 100, latencyMs: 20_000, jitterMs: 0, seed: 1 }), (s) => s.stop())
    const executor = await startPython(PYTHON!, { ...variant, size: 2 })
    const group = executor.pids[0]!
    const controller = new AbortController()
    const runs = [0, 1, 2].map((t) => executor.run({ kind: 'fetch', url: server.url, requests: 4, inFlight: 2, firstId: t * 4, timeoutMs: 60_000, maxBodyBytes: 1000, expect: { length: 100, crc32: 0 } }, controller.signal))
    const settled = Promise.allSettled(runs)
    await new Promise((resolve) => setTimeout(resolve, 500))
    controller.abort('user pressed cancel')
    await executor.destroy('user pressed cancel')
    for (const outcome of await settled) expect(outcome).toMatchObject({ status: 'rejected', reason: { name: 'AbortError' } })
    expect(await survivors(executor.pids)).toEqual([])
    expect(groupMembers(group)).toEqual([])
  })

  it.each(['py-thread', 'py-process', 'py-async'] as const)('%s mid-file-io through the engine: run aborted, no process, no temp file', async (runtime) => {
    const parent = onCleanup(mkdtempSync(join(tmpdir(), 'conlab-test-py-parent-')), (d) => rmSync(d, { recursive: true, force: true }))
    const controller = new AbortController()
    const seen: number[] = []
    const config = {
      workload: { workload: 'file-io', tasks: 4, files: 6, fileSize: 1024 * 1024, blockSize: 16 * 1024, fsync: true, directory: parent },
      runtimes: [runtime],
      workers: [2],
      repeat: 3,
      warmup: 0,
      python: PYTHON,
      startMethod: 'fork',
    } as RunConfigInput
    const report = await runSuite([config], {
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type !== 'progress' || event.progress.phase !== 'measure' || controller.signal.aborted) return
        seen.push(...childPidsOf(process.pid))
        // The repetition's tasks were sent this turn: a few milliseconds later they are writing.
        setTimeout(() => controller.abort('test cancel'), 30)
      },
    })
    expect(report.runs.map((r) => [r.runtime, r.status])).toEqual([[runtime, 'aborted']])
    expect(seen.length).toBeGreaterThan(0)
    expect(await survivors(seen)).toEqual([])
    expect(readdirSync(parent)).toEqual([])
  })
})
