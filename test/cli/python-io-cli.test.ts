/**
 * The built CLI with the CPython I/O kernels: file I/O and network fetch on Node threads and on
 * py-thread, py-process and py-async in one report, every byte checked, the interpreter recorded,
 * and the run's files gone. Never timed.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ReportSchema } from '../../src-shared/report'
import { ensureBuilt, runCli } from '../helpers/built-cli'
import { onCleanup } from '../helpers/cleanup'

const tempDir = () => onCleanup(mkdtempSync(join(tmpdir(), 'conlab-cli-py-io-')), (dir) => rmSync(dir, { recursive: true, force: true }))

beforeAll(() => ensureBuilt())

describe('conlab run with the CPython I/O kernels', () => {
  it.runIf(existsSync('/usr/bin/python3'))('file-io and network-fetch on thread, py-thread, py-process, py-async: checked, recorded, cleaned up', async () => {
    const dir = tempDir()
    const files = tempDir()
    const out = join(dir, 'report.json')
    const flags = ['--tasks', '3', '--files', '2', '--file-size', '32k', '--block-size', '8k', '--requests', '4', '--in-flight', '2', '--latency-ms', '2', '--payload-size', '3000']
    const result = await runCli(['run', '--workload', 'file-io,network-fetch', '--runtimes', 'thread,py-thread,py-process,py-async', ...flags, '--workers', '1,2', '--repeat', '2', '--warmup', '0', '--python', '/usr/bin/python3', '--dir', files, '--out', out, '--quiet'], dir)
    expect(result.stderr).not.toMatch(/Error|Traceback/)
    expect(result.code).toBe(0)
    const report = ReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')))
    const runtimes = ['thread', 'py-thread', 'py-process', 'py-async']
    expect(report.runs.map((r) => [r.workload, r.runtime, r.status])).toEqual([
      ...runtimes.map((r) => ['file-io', r, 'completed']),
      ...runtimes.map((r) => ['network-fetch', r, 'completed']),
    ])
    for (const run of report.runs) {
      const expected = run.workload === 'file-io' ? 3 * 2 * 32 * 1024 : 3 * 4 * 3000
      expect(run.points.map((p) => [p.workers, p.check.ok, p.check.actual])).toEqual([
        [1, true, expected],
        [2, true, expected],
      ])
      if (run.runtime.startsWith('py-')) expect(run.settings.python).toMatchObject({ implementation: 'CPython', executable: '/usr/bin/python3.11' })
    }
    expect(report.warnings.filter((w) => w.code.startsWith('python'))).toEqual([])
    expect(readdirSync(files)).toEqual([])
  })
})
