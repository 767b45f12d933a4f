/**
 * The built CLI runs the race with Node threads beside CPython threads and processes (pyenv's
 * 3.9 where present): the report has the CPython shapes with the interpreter's version, the
 * locked ones exact, and the table names the version beside the py rows. Never timed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ReportSchema } from '../../src-shared/report'
import { ensureBuilt, runCli } from '../helpers/built-cli'
import { onCleanup } from '../helpers/cleanup'

const PY39 = join(process.env.PYENV_ROOT || join(process.env.HOME ?? '', '.pyenv'), 'versions', '3.9.18', 'bin', 'python')

beforeAll(() => ensureBuilt())

describe('conlab run --workload race with CPython runtimes', () => {
  it.runIf(existsSync(PY39))('writes a report with the CPython shapes and the version beside their counts', async () => {
    const dir = onCleanup(mkdtempSync(join(tmpdir(), 'conlab-cli-pyrace-')), (d) => rmSync(d, { recursive: true, force: true }))
    const out = join(dir, 'report.json')
    const args = ['run', '--workload', 'race', '--runtimes', 'thread,py-thread,py-process', '--python', PY39, '--race-workers', '2', '--race-increments', '2000', '--race-message-increments', '20', '--repeat', '2', '--warmup', '0', '--out', out, '--quiet']
    const result = await runCli(args, dir)
    expect(result.stderr).not.toMatch(/Error|Traceback/)
    expect(result.code).toBe(0)
    const report = ReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')))
    expect(report.runs.map((r) => [r.runtime, r.status])).toEqual([
      ['thread', 'completed'],
      ['py-thread', 'completed'],
      ['py-process', 'completed'],
    ])
    for (const run of report.runs.slice(1)) {
      expect(run.settings.python?.version).toBe('3.9.18')
      for (const p of run.points) {
        expect(p.race!.actual).toBeLessThanOrEqual(p.race!.expected)
        if (p.race!.exact) expect(p.race!.actual).toBe(p.race!.expected)
      }
    }
    expect(report.runs[1]!.points.map((p) => p.variant)).toEqual(['py-plus-equals', 'py-read-call-write', 'py-lock'])
    expect(result.stdout).toContain('py-thread (CPython 3.9.18)')
    expect(result.stdout).toContain('py-process (CPython 3.9.18)')
  })
})
