/**
 * The race and shared-vs-messages on CPython, through runSuite with real interpreters (Debian's
 * python3 and pyenv's 3.9 and 3.13 where present): the locked variants are exact on every one,
 * the unlocked ones never above the total (whether they lose updates depends on the interpreter
 * and is never asserted), every final value of shared-vs-messages is exact, the interpreter's
 * version is recorded, and threads say why they have no Manager way. No duration is asserted.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runSuite } from '../../../src-main/engine/session'
import { raceCheck } from '../../../src-main/engine/experiments/shared-state/race-point'
import { formatReportTable } from '../../../src-main/engine/report/text/report-table'
import { notApplicable } from '../../../src-shared/not-applicable'
import { ONLY_PY_ASYNC, expectCompletedRuns, pythonRuntimeFindings } from '../../helpers/python-runtimes'

const PYENV = join(process.env.PYENV_ROOT || join(process.env.HOME ?? '', '.pyenv'), 'versions')
const PYTHONS = [
  ['/usr/bin/python3', '3.11'],
  [join(PYENV, '3.9.18', 'bin', 'python'), '3.9.18'],
  [join(PYENV, '3.13.0', 'bin', 'python'), '3.13.0'],
].filter(([path]) => existsSync(path!)) as Array<[string, string]>

describe('CPython race and shared-vs-messages', () => {
  it('offers py-thread and py-process for both experiments (py-async is not applicable)', () => {
    for (const workload of ['race', 'shared-vs-messages']) {
      expect(pythonRuntimeFindings(workload)).toEqual(ONLY_PY_ASYNC)
    }
    // Only Node variants chosen: nothing for CPython to run.
    expect(notApplicable({ workload: { workload: 'race', variants: ['atomic'] }, runtimes: ['py-thread'] }, [])).toContainEqual({ field: 'runtimes.py-thread', reason: 'no-python-kernel' })
  })

  it('checks the locked variants exact and lets the unlocked ones fall short', () => {
    expect(raceCheck('py-lock', 10, 9).ok).toBe(false)
    expect(raceCheck('py-value-lock', 10, 9).ok).toBe(false)
    expect(raceCheck('py-plus-equals', 10, 9).ok).toBe(true)
    expect(raceCheck('py-value', 10, 11).ok).toBe(false)
  })

  for (const [python, version] of PYTHONS) {
    it(`races on CPython ${version}: locked exact, the rest never above, version recorded`, async () => {
      const workload = { workload: 'race' as const, workerCounts: [2, 3], increments: 3000, gap: 5 }
      const report = await runSuite([{ workload, runtimes: ['thread', 'py-thread', 'py-process'], python, repeat: 2, warmup: 1 }])
      expectCompletedRuns(report, ['thread', 'py-thread', 'py-process'])
      const [thread, pyThread, pyProcess] = report.runs
      expect(thread!.points.every((p) => !p.variant?.startsWith('py-'))).toBe(true)
      expect(pyThread!.points.map((p) => `${p.variant}:${p.workers}`)).toEqual(['py-plus-equals:2', 'py-read-call-write:2', 'py-lock:2', 'py-plus-equals:3', 'py-read-call-write:3', 'py-lock:3'])
      expect(pyProcess!.points.map((p) => `${p.variant}:${p.workers}`)).toEqual(['py-value:2', 'py-value-lock:2', 'py-value:3', 'py-value-lock:3'])
      for (const run of [pyThread!, pyProcess!]) {
        expect(run.settings.python?.version.startsWith(version)).toBe(true)
        expect(run.unavailable).toBeUndefined()
        for (const p of run.points) {
          const race = p.race!
          expect(race.expected).toBe(p.workers * 3000 * 2)
          expect(race.actual).toBeLessThanOrEqual(race.expected)
          expect(race.actual + race.lost).toBe(race.expected)
          expect(p.samplesMs).toHaveLength(p.workers * 2)
          if (race.exact) expect(race.actual, `${run.runtime} ${p.variant}`).toBe(race.expected)
          expect(race.exact).toBe(p.variant === 'py-lock' || p.variant === 'py-value-lock')
        }
      }
      const table = formatReportTable(report)
      expect(table).toContain(`py-thread (CPython ${pyThread!.settings.python!.version})`)
    })

    it(`updates one value three ways on CPython ${version}: every final value exact`, async () => {
      const workload = { workload: 'shared-vs-messages' as const, updaters: [2], updates: 60 }
      const report = await runSuite([{ workload, runtimes: ['py-thread', 'py-process'], python, repeat: 2, warmup: 1 }])
      const [pyThread, pyProcess] = report.runs
      expect(report.runs.map((r) => [r.runtime, r.status, r.error])).toEqual([
        ['py-thread', 'completed', undefined],
        ['py-process', 'completed', undefined],
      ])
      expect(pyThread!.points.map((p) => p.variant)).toEqual(['shared-memory', 'owner-messages'])
      expect(pyThread!.unavailable?.map((u) => u.what)).toEqual(['main-owner'])
      expect(pyProcess!.points.map((p) => p.variant)).toEqual(['shared-memory', 'owner-messages', 'main-owner'])
      for (const run of report.runs) {
        expect(run.settings.python?.version.startsWith(version)).toBe(true)
        for (const p of run.points) {
          expect(p.check).toMatchObject({ expected: 120, actual: 120, ok: true })
          expect(p.samplesMs).toHaveLength(2)
          expect(p.perUpdateUs?.median).toBeGreaterThan(0)
        }
      }
      expect(pyProcess!.points.map((p) => p.settings?.transport)).toEqual(['multiprocessing-value', 'multiprocessing-queue', 'manager-proxy'])
      expect(formatReportTable(report)).toMatch(/main-owner|Main process owner/)
    })
  }
})
