/**
 * The race from the command line: its flags come from its schema (tight bounds, one-line errors),
 * and the built CLI runs it on threads and processes and writes a report holding its figures.
 */
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { RunConfigSchema } from '../../src-shared/config'
import { ReportSchema } from '../../src-shared/report'
import { ensureBuilt, runCli } from '../helpers/built-cli'
import { onCleanup } from '../helpers/cleanup'
import { parseRun } from '../helpers/parse-run'

describe('race flags', () => {
  it('run the race from its own flags alone, with the schema defaults for the rest', async () => {
    const command = await parseRun(['--race-workers', '3,2', '--race-variants', 'add,unsafe'])
    expect(command.configs.map((c) => RunConfigSchema.parse(c).workload)).toEqual([
      { workload: 'race', workerCounts: [2, 3], increments: 100_000, messageIncrements: 2_000, gap: 20, variants: ['unsafe', 'add'] },
    ])
  })

  it('refuse values outside the bounds in one line naming the flag', async () => {
    await expect(parseRun(['--race-workers', '1'])).rejects.toThrow(/^--race-workers must be at least/)
    await expect(parseRun(['--race-workers', '17'])).rejects.toThrow(/^--race-workers must be at most/)
    await expect(parseRun(['--race-increments', '2000001'])).rejects.toThrow(/^--race-increments must be at most/)
    await expect(parseRun(['--race-gap', '-1'])).rejects.toThrow(/^--race-gap/)
    await expect(parseRun(['--race-variants', 'lol'])).rejects.toThrow(/--race-variants must be one of unsafe, atomic, mutex, get-set, add, py-plus-equals, [a-z, -]+; got "lol"/)
  })
})

describe('the built CLI', () => {
  beforeAll(() => ensureBuilt(), 120_000)

  it('conlab run --workload race --runtimes thread,process writes a report with every race figure', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'conlab-race-cli-'))
    onCleanup(cwd, (d) => rm(d, { recursive: true, force: true }))
    const out = join(cwd, 'race.json')
    const args = ['run', '--workload', 'race', '--runtimes', 'thread,process', '--race-workers', '2', '--race-increments', '2000', '--race-message-increments', '20', '--repeat', '2', '--warmup', '0', '--out', out, '--no-history', '--quiet']
    // The CLI's temp folder is one of the test's own, so what it leaves there is its own.
    const temp = join(cwd, 'tmp')
    await mkdir(temp)
    const result = await runCli(args, cwd, { TMPDIR: temp })
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('Race — N workers each add 1 to one counter K times')
    expect(result.stdout).toContain('check: every exact variant reached its expected total; no variant exceeded it ✓')
    const report = ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')))
    expect(report.runs.map((r) => [r.runtime, r.status])).toEqual([
      ['thread', 'completed'],
      ['process', 'completed'],
    ])
    const figures = report.runs.flatMap((r) => r.points.map((p) => ({ runtime: r.runtime, variant: p.variant, race: p.race })))
    expect(figures.map((f) => `${f.runtime}:${f.variant}`)).toEqual(['thread:unsafe', 'thread:atomic', 'thread:mutex', 'thread:get-set', 'thread:add', 'process:get-set', 'process:add'])
    for (const f of figures) {
      expect(f.race).toBeDefined()
      if (f.race!.exact) expect(f.race!.actual).toBe(f.race!.expected)
    }
    // The owner server's socket directory is gone with it.
    expect((await readdir(temp)).filter((name) => name.startsWith('conlab-owner-'))).toEqual([])
  })
})
