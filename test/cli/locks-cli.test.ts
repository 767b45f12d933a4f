/**
 * `conlab run --workload locks --runtimes thread,process` through the built CLI: it writes a
 * report holding the locks figures for threads and the "threads only" answer for processes, and
 * the Markdown, HTML and CSV exports carry the figures. No duration is asserted.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ReportSchema } from '../../src-shared/report'
import { onCleanup } from '../helpers/cleanup'
import { ensureBuilt, runCli } from '../helpers/built-cli'

describe('conlab run --workload locks', () => {
  beforeAll(() => ensureBuilt(), 120_000)

  it('writes a report with every locks figure, threads only for processes, and its exports', { timeout: 120_000 }, async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'conlab-locks-cli-'))
    onCleanup(cwd, (d) => rm(d, { recursive: true, force: true }))
    const out = join(cwd, 'locks.json')
    const args = ['run', '--workload', 'locks', '--runtimes', 'thread,process', '--lock-threads', '1,2', '--lock-waits', 'spin,block', '--critical-work', '0,50', '--acquisitions', '500']
    const result = await runCli([...args, '--repeat', '2', '--warmup', '0', '--out', out, '--format', 'md,html,csv', '--no-history', '--quiet'], cwd)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/Locks — cost per acquire\+release, and who got the lock/)
    expect(result.stdout).toMatch(/process: not measured — threads only/)
    expect(result.stdout).toMatch(/check: mutual exclusion held .* ✓/)

    const report = ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')))
    const [thread, proc] = report.runs
    expect(thread?.runtime).toBe('thread')
    // 2 thread counts x 2 critical lengths x 2 orders x 2 waits.
    expect(thread?.points).toHaveLength(16)
    for (const p of thread!.points) {
      const l = p.locks!
      expect(l.acquisitionsPerWorker.reduce((a, b) => a + b, 0)).toBe(p.check.actual)
      expect(l.fairness).toBeGreaterThan(0)
      expect(l.fairness).toBeLessThanOrEqual(1 + 1e-12)
    }
    expect(proc?.runtime).toBe('process')
    expect(proc?.points).toEqual([])
    expect(proc?.unavailable?.[0]?.what).toBe('threads-only')

    for (const ext of ['md', 'html', 'csv']) {
      const text = await readFile(join(cwd, `locks.${ext}`), 'utf8')
      expect(text, ext).toMatch(/fairness/)
      expect(text, ext).toMatch(/fifo\/block/)
    }
  })
})
