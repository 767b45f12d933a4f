/**
 * A suite that includes py-* runtimes runs everything else when they cannot run: no interpreter
 * here (PATH and pyenv hidden) or no Python kernel for the workload. Each leaves a warning.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runSuite } from '../../src-main/engine/session'
import { notApplicable } from '../../src-shared/not-applicable'

const saved = { PATH: process.env.PATH, HOME: process.env.HOME, PYENV_ROOT: process.env.PYENV_ROOT }
let dir: string | undefined

afterEach(() => {
  Object.assign(process.env, saved)
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

describe('the Python plan of a suite', () => {
  it('runs the Node runtimes and says how to get an interpreter when none is found', async () => {
    dir = mkdtempSync(join(tmpdir(), 'conlab-nopy-'))
    Object.assign(process.env, { PATH: dir, HOME: dir, PYENV_ROOT: join(dir, 'none') })
    const report = await runSuite([{ workload: { workload: 'prime', hi: 100_000 }, runtimes: ['thread', 'py-thread', 'py-process'], workers: [1], repeat: 1, warmup: 0 }], { machineWatch: undefined })
    expect(report.runs.map((r) => [r.runtime, r.status])).toEqual([['thread', 'completed']])
    expect(report.warnings.find((w) => w.code === 'python-not-found')?.message).toMatch(/No Python 3\.8\+ interpreter was found.*--python PATH/)
  })

  it('leaves a py-* runtime out of a workload it has no kernel for, as not applicable', async () => {
    const report = await runSuite([{ workload: { workload: 'sleep', tasks: 2, ms: 5 }, runtimes: ['thread', 'py-async'], workers: [1], repeat: 1, warmup: 0 }, { workload: { workload: 'context-switch', rounds: 100, oversubscription: [1], busyIterations: 100_000, perf: false }, runtimes: ['thread', 'py-thread'], repeat: 1, warmup: 0 }])
    expect(report.runs.map((r) => [r.workload, r.runtime, r.status])).toEqual([
      ['sleep', 'thread', 'completed'],
      ['sleep', 'py-async', 'completed'],
      ['context-switch', 'thread', 'completed'],
    ])
    expect(report.runs[1]!.settings.python?.implementation).toBe('CPython')
    expect(report.warnings.find((w) => w.code === 'python-not-applicable')?.message).toMatch(/py-thread: no Python kernel for context-switch/)
    expect(notApplicable({ workload: { workload: 'context-switch' }, runtimes: ['py-thread'] }, [])).toContainEqual({ field: 'runtimes.py-thread', reason: 'no-python-kernel' })
  })
})
