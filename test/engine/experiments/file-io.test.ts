/**
 * The file-I/O workload through the whole engine, on real files: verified bytes on every runtime,
 * and the run's temp directory gone after success, cancel, a worker crash and a refused config.
 */
import { mkdtempSync, readdirSync, rmSync, statfsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RunConfigInput } from '../../../src-shared/config'
import { GIB } from '../../../src-shared/sizes'
import { ReportSchema } from '../../../src-shared/report'
import { runSuite } from '../../../src-main/engine/session'
import { currentUvThreadpoolSize } from '../../../src-workers/kernels/uv-pool'
import { onCleanup } from '../../helpers/cleanup'
import { childPidsOf, survivors } from '../../helpers/processes'
import { crashWorkersHoldingTasks } from './io-helpers'

/** A parent directory of this test's own, so "nothing left" can be checked without neighbours. */
function parentDir(): string {
  return onCleanup(mkdtempSync(join(tmpdir(), 'conlab-test-parent-')), (dir) => rmSync(dir, { recursive: true, force: true }))
}

function config(directory: string, overrides: Partial<RunConfigInput> = {}, workload: Record<string, unknown> = {}): RunConfigInput {
  return {
    workload: { workload: 'file-io', tasks: 4, files: 3, fileSize: 48 * 1024, blockSize: 16 * 1024, directory, ...workload },
    runtimes: ['main-async', 'thread', 'process'],
    workers: [1, 2],
    repeat: 2,
    warmup: 0,
    ...overrides,
  } as RunConfigInput
}

describe('file-io workload', () => {
  it('verifies every byte on main-async, thread and process, records the figures, and removes its files', async () => {
    const parent = parentDir()
    const report = await runSuite([config(parent, { uvThreadpoolSize: 3 })])
    expect(() => ReportSchema.parse(report)).not.toThrow()
    expect(report.runs.map((r) => r.runtime)).toEqual(['main-async', 'thread', 'process'])
    for (const run of report.runs) {
      expect(run.status).toBe('completed')
      expect(run.points.map((p) => p.workers)).toEqual([1, 2])
      for (const point of run.points) {
        expect(point.check).toEqual({ expected: 4 * 3 * 48 * 1024, actual: 4 * 3 * 48 * 1024, ok: true, source: 'checksum' })
        expect(point.throughput?.unit).toBe('MB/s')
        expect(point.throughput!.value).toBeGreaterThan(0)
        // 2 repetitions × 4 tasks × 3 files, written and read.
        expect(point.latencyUs?.count).toBe(48)
        expect(point.latencyByOpUs?.write?.count).toBe(24)
        expect(point.latencyByOpUs?.read?.count).toBe(24)
        expect(point.latencyUs!.p99).toBeGreaterThanOrEqual(point.latencyUs!.p50)
        expect(point.cpu).toBeDefined()
        expect(point.oversubscribed).toBe(false)
      }
    }
    // Only child processes get the configured pool; threads and main-async share the lab's own.
    const uv = Object.fromEntries(report.runs.map((r) => [r.runtime, r.settings.uvThreadpoolSize]))
    expect(uv).toEqual({ 'main-async': currentUvThreadpoolSize(), thread: currentUvThreadpoolSize(), process: 3 })
    expect(readdirSync(parent)).toEqual([])
  })

  it('reads prepared files in read-only mode with the sync API, then removes them', async () => {
    const parent = parentDir()
    const report = await runSuite([config(parent, { runtimes: ['main', 'thread'], workers: [2] }, { readOnly: true, fsApi: 'sync', fsync: true })])
    for (const run of report.runs) {
      expect(run.status).toBe('completed')
      expect(run.points[0]!.check.ok).toBe(true)
      expect(run.points[0]!.latencyUs?.count).toBe(24)
      expect(run.points[0]!.latencyByOpUs).toBeUndefined()
    }
    expect(readdirSync(parent)).toEqual([])
  })

  it('removes the directory and leaves no worker when cancelled with tasks in flight', async () => {
    const parent = parentDir()
    const controller = new AbortController()
    const seen: number[] = []
    const report = await runSuite([config(parent, { runtimes: ['main-async', 'process'], repeat: 3, order: 'sequential' }, { files: 6 })], {
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type !== 'progress' || event.progress.phase !== 'measure' || controller.signal.aborted) return
        seen.push(...childPidsOf(process.pid))
        // A turn later, the repetition's tasks are running.
        if (event.progress.runtime === 'process') setImmediate(() => controller.abort('test cancel'))
      },
    })
    expect(report.runs.map((r) => [r.runtime, r.status])).toEqual([
      ['main-async', 'completed'],
      ['process', 'aborted'],
    ])
    expect(readdirSync(parent)).toEqual([])
    expect(await survivors(seen)).toEqual([])
  })

  it('cancels main-async with tasks in flight and removes the directory after they stopped', async () => {
    const parent = parentDir()
    const controller = new AbortController()
    const report = await runSuite([config(parent, { runtimes: ['main-async'], workers: [4] }, { files: 6 })], {
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'progress' && event.progress.phase === 'measure') setImmediate(() => controller.abort('test cancel'))
      },
    })
    expect(report.runs[0]!.status).toBe('aborted')
    expect(readdirSync(parent)).toEqual([])
  })

  it('fails the run, removes the directory and leaves no worker when the workers crash mid-task', async () => {
    const parent = parentDir()
    const crashed: number[] = []
    const report = await runSuite([config(parent, { runtimes: ['process'] })], {
      onEvent: (event) => {
        if (event.type === 'progress' && event.progress.phase === 'measure' && crashed.length === 0) crashed.push(...crashWorkersHoldingTasks())
      },
    })
    expect(crashed.length).toBeGreaterThan(0)
    expect(report.runs[0]!.status).toBe('failed')
    expect(report.runs[0]!.error).toMatch(/exited unexpectedly/)
    expect(readdirSync(parent)).toEqual([])
    expect(await survivors(crashed)).toEqual([])
  })

  it('refuses a configuration bigger than a quarter of the free space before writing anything', async () => {
    const parent = parentDir()
    const free = statfsSync(parent).bavail * statfsSync(parent).bsize
    const files = Math.ceil(free / GIB) + 1
    const report = await runSuite([config(parent, { runtimes: ['thread', 'process'] }, { tasks: 1, files, fileSize: GIB })])
    expect(report.runs.map((r) => r.status)).toEqual(['failed', 'failed'])
    expect(report.runs[0]!.error).toMatch(/needs .* GiB on disk, but .* free .* at most 25%.*Nothing was written/)
    expect(report.runs[0]!.points).toEqual([])
    expect(readdirSync(parent)).toEqual([])
  })
})
