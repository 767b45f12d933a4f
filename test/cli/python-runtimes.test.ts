/**
 * The built CLI with the CPython runtimes: Node and CPython threads and processes side by side in
 * one report (with the interpreter recorded), and the usage errors: a py-* runtime asked for on a
 * machine without Python (PATH and pyenv hidden), a bad --python path. Never timed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ReportSchema } from '../../src-shared/report'
import { ensureBuilt, runCli } from '../helpers/built-cli'
import { onCleanup } from '../helpers/cleanup'

function tempDir(): string {
  return onCleanup(mkdtempSync(join(tmpdir(), 'conlab-cli-py-')), (dir) => rmSync(dir, { recursive: true, force: true }))
}

/** An environment in which no interpreter can be found: nothing on PATH, no pyenv. */
const noPython = (dir: string) => ({ PATH: dir, HOME: dir, PYENV_ROOT: join(dir, 'no-pyenv') })

beforeAll(() => ensureBuilt())

describe('conlab run with CPython runtimes', () => {
  it.runIf(existsSync('/usr/bin/python3'))('writes a report with Node and CPython threads and processes side by side', async () => {
    const dir = tempDir()
    const out = join(dir, 'report.json')
    const result = await runCli(['run', '--workload', 'prime', '--runtimes', 'thread,process,py-thread,py-process', '--prime-hi', '20000000', '--workers', '1,2', '--repeat', '2', '--warmup', '0', '--python', '/usr/bin/python3', '--start-method', 'spawn', '--out', out, '--quiet'], dir)
    expect(result.stderr).not.toMatch(/Error|Traceback/)
    expect(result.code).toBe(0)
    const report = ReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')))
    expect(report.runs.map((r) => [r.runtime, r.status])).toEqual([
      ['thread', 'completed'],
      ['process', 'completed'],
      ['py-thread', 'completed'],
      ['py-process', 'completed'],
    ])
    const py = report.runs.filter((r) => r.runtime.startsWith('py-'))
    for (const run of py) expect(run.settings.python).toMatchObject({ executable: '/usr/bin/python3.11', implementation: 'CPython', gilEnabled: true })
    expect(py[1]!.settings.python?.startMethod).toBe('spawn')
    expect(py.every((r) => r.points.every((p) => p.check.ok && p.check.actual === 1_270_607))).toBe(true)
    expect(report.machine.pythons?.[0]).toMatchObject({ source: 'flag', command: '/usr/bin/python3' })
  })

  it('refuses a py-* runtime when no interpreter is found: exit 2, one line that says how to get one', async () => {
    const dir = tempDir()
    const result = await runCli(['run', '--workload', 'prime', '--runtimes', 'thread,py-thread', '--prime-hi', '100000'], dir, noPython(dir))
    expect(result.code).toBe(2)
    const lines = result.stderr.trim().split('\n')
    expect(lines[0]).toMatch(/^conlab: No Python 3\.8\+ interpreter was found .*--python PATH\.$/)
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/)
  })

  it('refuses a bad --python path in one line', async () => {
    const dir = tempDir()
    const result = await runCli(['run', '--workload', 'prime', '--runtimes', 'py-thread', '--python', join(dir, 'nope'), '--prime-hi', '100000'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[0]).toBe(`conlab: --python ${join(dir, 'nope')}: no such program`)
  })
})
