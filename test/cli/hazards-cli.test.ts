/**
 * Deadlock and livelock from the command line: their flags come from their schemas (one-line
 * errors naming the flag), and the built CLI runs both in bounded time and writes a report with
 * their figures, leaving no process behind.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { RunConfigSchema } from '../../src-shared/config'
import { ReportSchema } from '../../src-shared/report'
import { ensureBuilt, runCli } from '../helpers/built-cli'
import { onCleanup } from '../helpers/cleanup'
import { parseRun } from '../helpers/parse-run'

describe('hazard flags', () => {
  it('run the deadlock from its own flags, and refuse values outside the bounds in one line', async () => {
    const command = await parseRun(['--deadlock-workers', '3', '--deadlock-variants', 'ordered,naive'])
    expect(command.configs.map((c) => RunConfigSchema.parse(c).workload)).toMatchObject([{ workload: 'deadlock', workers: 3, variants: ['naive', 'ordered'] }])
    await expect(parseRun(['--deadlock-workers', '9'])).rejects.toThrow(/^--deadlock-workers: Too big/)
    await expect(parseRun(['--livelock-hold-us', '5'])).rejects.toThrow(/^--livelock-hold-us: Too small/)
    await expect(parseRun(['--livelock-variants', 'lol'])).rejects.toThrow(/--livelock-variants must be one of fixed, random; got "lol"/)
  })
})

describe('the built CLI', () => {
  beforeAll(() => ensureBuilt(), 300_000)

  it('conlab run --workload deadlock,livelock finishes and writes a report with both', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'conlab-hazards-cli-'))
    onCleanup(cwd, (d) => rm(d, { recursive: true, force: true }))
    const out = join(cwd, 'hazards.json')
    const args = ['run', '--workload', 'deadlock,livelock', '--deadlock-pairs', '3', '--livelock-duration-ms', '100', '--repeat', '2', '--warmup', '0', '--out', out, '--no-history', '--quiet']
    const result = await runCli(args, cwd)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('Deadlock — workers take two locks each, in a ring')
    expect(result.stdout).toContain('check: the fixed variants never deadlocked ✓')
    expect(result.stdout).toContain('Livelock — two polite workers')
    const report = ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')))
    expect(report.runs.map((r) => [r.workload, r.runtime, r.status])).toEqual([
      ['deadlock', 'thread', 'completed'],
      ['livelock', 'thread', 'completed'],
    ])
    const naive = report.runs[0]!.points.find((p) => p.variant === 'naive')!.deadlock!
    expect(naive.foundByGraph).toBe(2)
    expect(report.runs[1]!.points.map((p) => p.variant)).toEqual(['fixed', 'random'])
  })
})
