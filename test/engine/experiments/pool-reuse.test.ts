/**
 * Pool reuse through runSuite with real workers: Node threads and processes, and CPython's
 * threads and processes where /usr/bin/python3 exists. Asserted: the structure (one run per
 * runtime, the two ways in order), every task checked, the counts, that every point carries its
 * per-task cost and interval and the spawn point its ratio, the start method recorded, the text
 * table, and that no process started for a task or a pool outlives the run or a cancel. Never a
 * duration, and never which way is faster (the machine is shared and noisy).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runSuite } from '../../../src-main/engine/session'
import { poolReusePoints } from '../../../src-main/engine/experiments/pool-reuse/figures'
import { formatReportTable } from '../../../src-main/engine/report/text/report-table'
import type { RuntimeName } from '../../../src-shared/config'
import { ReportSchema, type Report } from '../../../src-shared/report'
import { PoolReuseOptionsSchema } from '../../../src-shared/workloads/pool-reuse'
import { childPidsOf, survivors } from '../../helpers/processes'
import { ONLY_PY_ASYNC, pythonRuntimeFindings } from '../../helpers/python-runtimes'

const PYTHON = '/usr/bin/python3'
const hasPython = existsSync(PYTHON)
const REPEAT = 5
const TASKS = 2

/** Every child of the test process seen while measuring, for the "nothing left behind" check. */
function watchChildren(seen: Set<number>) {
  return (event: { type: string }) => {
    if (event.type === 'progress' || event.type === 'point') for (const pid of childPidsOf(process.pid)) seen.add(pid)
  }
}

function expectFigures(report: Report, runtimes: string[]) {
  expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
  expect(report.runs.map((r) => [r.runtime, r.status, r.error])).toEqual(runtimes.map((r) => [r, 'completed', undefined]))
  for (const run of report.runs) {
    expect(run.points.map((p) => p.variant), run.runtime).toEqual(['spawn-per-task', 'warm-pool'])
    for (const p of run.points) {
      const f = p.poolReuse!
      expect(f.way).toBe(p.variant)
      expect([f.task, f.tasksPerRepetition, f.repetitions]).toEqual(['prime', TASKS, REPEAT])
      expect([f.expected, f.answered]).toEqual([TASKS * REPEAT, TASKS * REPEAT])
      expect(p.check).toMatchObject({ ok: true, expected: TASKS * REPEAT, actual: TASKS * REPEAT })
      expect(p.samplesMs).toHaveLength(REPEAT)
      expect(f.perTaskMs.median).toBeGreaterThan(0)
      expect(f.perTaskMs.ciMethod).toBe('bootstrap-percentile-median')
      expect(f.perTaskMs.ci95[0]).toBeLessThanOrEqual(f.perTaskMs.median)
      expect(f.perTaskMs.ci95[1]).toBeGreaterThanOrEqual(f.perTaskMs.median)
      if (f.way === 'spawn-per-task') {
        const r = f.spawnOverPool!
        expect(r.median).toBeGreaterThan(0)
        expect(r.ciMethod).toBe('bootstrap-percentile-median')
        expect(r.ci95[0]).toBeLessThanOrEqual(r.ci95[1])
      } else {
        expect(f.spawnOverPool).toBeUndefined()
      }
      expect(f.startMethod !== undefined).toBe(run.runtime === 'py-process')
    }
  }
}

let dir: string | undefined
const saved = { PATH: process.env.PATH, HOME: process.env.HOME, PYENV_ROOT: process.env.PYENV_ROOT }
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

describe('pool reuse', () => {
  it('bounds its options tightly and has a CPython kernel for threads and processes only', () => {
    expect(PoolReuseOptionsSchema.safeParse({ workload: 'pool-reuse', tasks: 0 }).success).toBe(false)
    expect(PoolReuseOptionsSchema.safeParse({ workload: 'pool-reuse', tasks: 201 }).success).toBe(false)
    expect(PoolReuseOptionsSchema.safeParse({ workload: 'pool-reuse', task: 'sleep' }).success).toBe(false)
    expect(pythonRuntimeFindings('pool-reuse')).toEqual(ONLY_PY_ASYNC)
  })

  it('turns paired repetitions into per-task costs, a ratio on the spawn point, and a failed check when an answer is wrong', () => {
    const points = poolReusePoints({ tasks: 4, task: 'empty', seed: 1 }, {
      'spawn-per-task': { perTaskMs: [10, 12, 11, 9, 10], answered: 20, expected: 20 },
      'warm-pool': { perTaskMs: [1, 1.2, 1.1, 0.9, 1], answered: 19, expected: 20 },
    })
    expect(points.map((p) => [p.variant, p.check.ok])).toEqual([['spawn-per-task', true], ['warm-pool', false]])
    expect(points[0]!.poolReuse!.spawnOverPool!.median).toBeCloseTo(10, 5)
    expect(points[1]!.poolReuse!.spawnOverPool).toBeUndefined()
    // Below 5 repetitions: the range, said so.
    const few = poolReusePoints({ tasks: 1, task: 'empty', seed: 1 }, {
      'spawn-per-task': { perTaskMs: [4, 6], answered: 2, expected: 2 },
      'warm-pool': { perTaskMs: [1, 2], answered: 2, expected: 2 },
    })
    expect(few[0]!.poolReuse!.spawnOverPool).toEqual({ median: 10 / 3, ci95: [3, 4], ciMethod: 'range' })
  })

  it('measures both ways on Node threads and processes (and CPython where found), every task checked, nothing left running', async () => {
    const runtimes: RuntimeName[] = ['thread', 'process', ...(hasPython ? (['py-thread', 'py-process'] as const) : [])]
    const seen = new Set<number>()
    const report = await runSuite([{ workload: { workload: 'pool-reuse', tasks: TASKS, task: 'prime' }, runtimes, ...(hasPython ? { python: PYTHON } : {}), repeat: REPEAT, warmup: 1 }], { onEvent: watchChildren(seen) })
    expectFigures(report, runtimes)
    if (hasPython) expect(report.runs.find((r) => r.runtime === 'py-process')!.settings.python?.startMethod).toBeDefined()
    const table = formatReportTable(report)
    expect(table).toContain('Pool reuse — per-task cost')
    expect(table).toContain('check: every task answered with its known result')
    expect(seen.size).toBeGreaterThan(0)
    expect(await survivors([...seen])).toEqual([])
  }, 120_000)

  for (const runtime of ['process', 'py-process'] as const) {
    it.skipIf(runtime === 'py-process' && !hasPython)(`stops on cancel mid-measure on ${runtime} and leaves no worker, pool or interpreter behind`, async () => {
      const controller = new AbortController()
      const seen = new Set<number>()
      const watch = watchChildren(seen)
      let timer: ReturnType<typeof setTimeout> | undefined
      const report = await runSuite([{ workload: { workload: 'pool-reuse', tasks: 40 }, runtimes: [runtime], ...(hasPython ? { python: PYTHON } : {}), repeat: 20, warmup: 0 }], {
        signal: controller.signal,
        onEvent: (event) => {
          watch(event)
          // Well inside the first round of 40 starts: a worker started for one task is likely alive.
          if (event.type === 'run-started') timer = setTimeout(() => controller.abort('test cancel'), 1500)
        },
      })
      clearTimeout(timer)
      expect(report.runs.map((r) => [r.runtime, r.status])).toEqual([[runtime, 'aborted']])
      expect(() => ReportSchema.parse(report)).not.toThrow()
      for (const pid of childPidsOf(process.pid)) seen.add(pid)
      expect(seen.size).toBeGreaterThan(0)
      expect(await survivors([...seen])).toEqual([])
    }, 60_000)
  }

  it('leaves CPython out with its coded reason when no interpreter is found, and runs the rest', async () => {
    dir = mkdtempSync(join(tmpdir(), 'conlab-nopy-'))
    Object.assign(process.env, { PATH: dir, HOME: dir, PYENV_ROOT: join(dir, 'none') })
    const report = await runSuite([{ workload: { workload: 'pool-reuse', tasks: 1, task: 'empty' }, runtimes: ['thread', 'py-thread', 'py-process'], repeat: 1, warmup: 0 }], { machineWatch: undefined })
    expect(report.runs.map((r) => [r.runtime, r.status, r.points.length])).toEqual([['thread', 'completed', 2]])
    expect(report.warnings.map((w) => w.code)).toContain('python-not-found')
  }, 60_000)
})
