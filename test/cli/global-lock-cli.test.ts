/** --global-lock on the command line: parsed, refused where it does not apply, recorded by the built CLI. */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ReportSchema } from '../../src-shared/report'
import { ensureBuilt, runCli } from '../helpers/built-cli'
import { onCleanup } from '../helpers/cleanup'
import { parseRun } from '../helpers/parse-run'

describe('--global-lock flags', () => {
  it('sets the mode and its interval; the default suite takes it only where it applies', async () => {
    const named = await parseRun(['--workload', 'prime', '--global-lock', '--switch-interval-ms', '2'])
    expect(named.configs[0]).toMatchObject({ globalLock: true, switchIntervalMs: 2 })
    const suite = await parseRun(['--global-lock'])
    for (const config of suite.configs) expect(config.globalLock === true).toBe(['prime', 'file-io', 'network-fetch', 'sleep', 'race', 'locks', 'primitives', 'shared-vs-messages'].includes(config.workload.workload))
  })

  it.each([
    [['--workload', 'context-switch', '--global-lock'], /--global-lock: the global lock applies to prime, file-io, network-fetch, sleep and the shared-state experiments \(race, locks, primitives, shared-vs-messages\) only/],
    [['--workload', 'prime', '--global-lock', '--switch-interval-ms', '5000'], /--switch-interval-ms/],
  ])('refuses %j with one line naming the flag', async (args, message) => {
    await expect(parseRun(args)).rejects.toThrow(message)
  })
})

describe('conlab run --global-lock', () => {
  beforeAll(() => ensureBuilt(), 120_000)

  it('writes a report recording the setting and each point\'s hand-overs', async () => {
    const dir = onCleanup(await mkdtemp(join(tmpdir(), 'conlab-cli-gil-')), (d) => rm(d, { recursive: true, force: true }))
    const out = join(dir, 'report.json')
    const result = await runCli(['run', '--workload', 'prime', '--runtimes', 'main,thread,process', '--global-lock', '--prime-hi', '2000000', '--workers', '1,2', '--repeat', '1', '--warmup', '0', '--quiet', '--no-history', '--out', out], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/global lock on \(CPython GIL emulation, switch interval 5 ms\)/)
    expect(result.stdout).toMatch(/process: 1 workers: 0 hand-overs/)
    const report = ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')))
    for (const run of report.runs) {
      expect(run.status).toBe('completed')
      expect(run.settings.globalLock).toEqual({ switchIntervalMs: 5 })
      for (const point of run.points) expect(point.check.ok).toBe(true)
    }
  })
})
