/**
 * A run configuration's `cores` (the app's and web mode's Cores field) inside the engine's own
 * process: real runs restricted with taskset, the report recording what the kernel allowed, every
 * thread of this process given its cores back afterwards (also after a cancel), a missing taskset
 * said in the report instead of pretended, and a request above the lab's cores refused.
 * Vitest runs this file in its own forked process, so the restriction touches nothing else.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { ReportSchema } from '../../src-shared/report'
import { parseCpuList, readAllowedCpus } from '../../src-main/engine/measure/cpu-affinity'
import { coreControl, findOnPath, inheritedCpuCount, parseTasksetList } from '../../src-main/engine/measure/process-affinity'
import { ConfigError, runSuite } from '../../src-main/engine/session'
import { childPidsOf } from '../helpers/processes'

const linux = process.platform === 'linux'
const withTaskset = linux && findOnPath('taskset') !== null

const tiny = {
  workload: { workload: 'prime' as const, hi: 2_000_000, chunking: 'dynamic' as const, chunksPerWorker: 2 },
  workers: [1, 2],
  repeat: 2,
  warmup: 0,
}

function allowedOf(path: string): string | null {
  try {
    return /^Cpus_allowed_list:\s*(.+)$/m.exec(readFileSync(path, 'utf8'))?.[1]?.trim() ?? null
  } catch {
    return null
  }
}

/** Cpus_allowed_list of every thread of this process, and of its children. */
function everyMask(): string[] {
  const threads = readdirSync('/proc/self/task').map((tid) => allowedOf(`/proc/self/task/${tid}/status`))
  const children = childPidsOf(process.pid).map((pid) => allowedOf(`/proc/${pid}/status`))
  return [...threads, ...children].filter((m): m is string => m !== null)
}

const original = linux ? allowedOf('/proc/self/status') : null
const originalPath = process.env.PATH
afterEach(() => {
  process.env.PATH = originalPath
})

describe('taskset output', () => {
  it('is read as the list of CPUs, recorded output of util-linux 2.38', () => {
    expect(parseTasksetList("pid 21186's current affinity list: 0,1\n")).toEqual([0, 1])
    expect(parseTasksetList("pid 7's current affinity list: 0-3,8\npid 7's new affinity list: 0\n")).toEqual([0, 1, 2, 3, 8])
    expect(parseTasksetList("pid 7's current affinity mask: 3\n")).toBeNull()
    expect(parseTasksetList('taskset: failed to get pid 7\'s affinity: No such process')).toBeNull()
  })

  it('says where the limit cannot be applied, as the CLI does', () => {
    expect(coreControl('darwin')).toMatchObject({ available: false, reason: 'macos-no-affinity' })
    expect(coreControl('win32', '/nonexistent-dir')).toMatchObject({ available: false, reason: 'no-powershell' })
    expect(coreControl('linux', '/nonexistent-dir')).toMatchObject({ available: false, reason: 'no-taskset' })
  })
})

describe.runIf(withTaskset)('a run limited to 1 core (Linux, taskset)', () => {
  const first = Number(original!.split(/[-,]/)[0])

  it('restricts every thread and worker process during the run, records 1 core, and restores the mask after', async () => {
    const during: string[][] = []
    const report = await runSuite([{ ...tiny, runtimes: ['thread', 'process'], cores: 1 }], {
      onEvent: (event) => {
        if (event.type === 'point') during.push(everyMask())
      },
    })
    expect(() => ReportSchema.parse(report)).not.toThrow()
    const expected = { cpus: { value: [first] }, setBy: 'cores-field', requested: 1, requestedBy: 'cores-field' }
    for (const run of report.runs) {
      expect(run.status).toBe('completed')
      expect(run.cpusAllowed).toEqual(expected)
      // `auto` is not asked here, but the oversubscription flag follows the cores given: 2 workers on 1 core.
      expect(run.points.map((p) => [p.workers, p.oversubscribed])).toEqual([
        [1, false],
        [2, true],
      ])
    }
    expect(report.machine.cpusAllowed).toEqual(expected)
    expect(report.warnings.map((w) => w.code)).not.toContain('cores-not-applied')
    expect(during.length).toBeGreaterThan(0)
    for (const masks of during) expect(new Set(masks)).toEqual(new Set([String(first)]))
    // Given back: every thread of this process as before the run.
    expect(new Set(everyMask())).toEqual(new Set([original]))
    expect(readAllowedCpus()).toEqual({ value: parseCpuList(original!) })
    expect(inheritedCpuCount()).toBe(parseCpuList(original!)!.length)
  })

  it('restores the mask after a cancel, with the aborted run recording the limit', async () => {
    const controller = new AbortController()
    const report = await runSuite([{ ...tiny, workload: { workload: 'prime', hi: 20_000_000 }, runtimes: ['process'], repeat: 3, cores: 1 }], {
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'point' || (event.type === 'progress' && event.progress.phase === 'measure')) controller.abort('test cancel')
      },
    })
    expect(report.runs[0]!.status).toBe('aborted')
    expect(report.runs[0]!.cpusAllowed).toMatchObject({ setBy: 'cores-field', requested: 1 })
    expect(new Set(everyMask())).toEqual(new Set([original]))
  })

  it('runs on every core with a warning when taskset cannot be found', async () => {
    process.env.PATH = '/nonexistent-dir'
    const report = await runSuite([{ ...tiny, workers: [1], runtimes: ['thread'], cores: 1 }])
    process.env.PATH = originalPath
    expect(report.runs[0]!.status).toBe('completed')
    expect(report.runs[0]!.cpusAllowed).toMatchObject({ setBy: 'inherited', requested: 1, requestedBy: 'cores-field', notApplied: 'no-taskset' })
    expect(report.warnings.map((w) => w.code)).toContain('cores-not-applied')
    expect(new Set(everyMask())).toEqual(new Set([original]))
  })
})

describe.runIf(linux)('a request above the lab\'s cores', () => {
  it('is refused before anything runs, with one line', async () => {
    const most = inheritedCpuCount()
    await expect(runSuite([{ ...tiny, runtimes: ['thread'], cores: most + 1 }])).rejects.toThrow(ConfigError)
    await expect(runSuite([{ ...tiny, runtimes: ['thread'], cores: most + 1 }])).rejects.toThrow(`Run 1: cores: at most ${most} here`)
  })
})
