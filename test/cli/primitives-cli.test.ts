/**
 * The built CLI runs the primitives experiment on threads and processes and writes a report that
 * holds every part's figure (threads) and the queue over IPC plus the "threads only" answers
 * (processes); the exporters carry the figures too. Needs `npm run build`.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ReportSchema } from '../../src-shared/report'
import { EXPORTERS } from '../../src-main/engine/report/exporters'
import { ensureBuilt, runCli } from '../helpers/built-cli'
import { onCleanup } from '../helpers/cleanup'

describe('conlab run --workload primitives', () => {
  beforeAll(() => ensureBuilt(), 120_000)

  it('writes a report with every part on threads and the queue over IPC on processes', async () => {
    const dir = onCleanup(await mkdtemp(join(tmpdir(), 'conlab-primitives-')), (d) => rm(d, { recursive: true, force: true }))
    const out = join(dir, 'report.json')
    const result = await runCli(
      ['run', '--workload', 'primitives', '--runtimes', 'thread,process', '--repeat', '2', '--warmup', '0',
        '--threads', '3', '--acquires-per-thread', '20', '--waiters', '1,2', '--items', '200', '--capacities', '1,8', '--barrier-phases', '2', '--quiet', '--out', out],
      dir,
    )
    expect(result.stderr).not.toMatch(/Error/)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Semaphore: at most limit threads inside/)
    expect(result.stdout).toMatch(/process: Barrier not measured \(threads only/)
    const report = ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')))
    const [thread, processRun] = report.runs
    expect(thread?.status).toBe('completed')
    expect(new Set(thread!.points.map((p) => p.primitive?.part))).toEqual(new Set(['semaphore', 'event', 'condition', 'barrier', 'queue']))
    expect(processRun!.points.map((p) => (p.primitive?.part === 'queue' ? p.primitive.mechanism : '?'))).toEqual(['ipc', 'ipc'])
    expect(processRun!.unavailable?.map((u) => u.what)).toEqual(['semaphore', 'event', 'condition', 'barrier'])

    for (const format of ['md', 'html', 'csv'] as const) {
      const text = String(await EXPORTERS[format].export(report, {}))
      expect(text, format).toMatch(/primitive\.maxInFlight/)
      expect(text, format).toMatch(/queue-ipc/)
    }
  }, 120_000)
})
