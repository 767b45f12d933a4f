/**
 * The built CLI runs shared-vs-messages on threads and processes from its generated flags, prints
 * its table (each way beside the Python API it stands for) and writes a report whose totals are
 * exact. `npm run build` first (ensureBuilt builds when the bundle is missing).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ReportSchema } from '../../src-shared/report'
import { ensureBuilt, runCli } from '../helpers/built-cli'
import { onCleanup } from '../helpers/cleanup'

describe('conlab run --workload shared-vs-messages', () => {
  beforeAll(() => ensureBuilt(), 120_000)

  it('writes a report with every way checked, threads and processes', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'conlab-svm-cli-'))
    onCleanup(cwd, (d) => rm(d, { recursive: true, force: true }))
    const out = join(cwd, 'report.json')
    const result = await runCli(['run', '--workload', 'shared-vs-messages', '--runtimes', 'thread,process', '--updaters', '2', '--updates', '300', '--repeat', '2', '--warmup', '0', '--no-history', '--quiet', '--out', out, '--format', 'md,html,csv'], cwd)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('Shared memory vs message passing: the cost of one update')
    expect(result.stdout).toContain('multiprocessing.Value / Array')
    expect(result.stdout).toMatch(/process: Shared memory \(Atomics\) not applicable/)
    expect(result.stdout).toMatch(/check: every final value exactly N × K ✓/)
    const report = ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')))
    const points = report.runs.flatMap((r) => r.points.map((p) => `${r.runtime}/${p.variant}:${p.check.actual}`))
    // Every exporter carries the figures: the per-update time and the ways by name.
    for (const ext of ['md', 'html', 'csv']) expect(await readFile(join(cwd, `report.${ext}`), 'utf8')).toMatch(/owner-messages/)
    expect(points).toEqual(['thread/shared-memory:600', 'thread/owner-messages:600', 'thread/main-owner:600', 'process/owner-messages:600', 'process/main-owner:600'])
  }, 120_000)
})
