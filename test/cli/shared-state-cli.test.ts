/**
 * Issue 15's "done when", with tiny options: the built CLI runs race, locks, primitives and
 * shared-vs-messages on threads and processes in one command and writes one report holding every
 * figure: the race's totals, the locks' cost and fairness, each primitive part, each way of
 * holding shared state, the lanes of the thread runs (one per part for primitives), and for
 * processes the reason where a concept does not exist. Asserts on no duration.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ReportSchema, type Run } from '../../src-shared/report'
import { ensureBuilt, runCli } from '../helpers/built-cli'
import { onCleanup } from '../helpers/cleanup'

const TINY = [
  ['--race-workers', '2', '--race-increments', '1000', '--race-message-increments', '10'],
  ['--lock-threads', '1,2', '--lock-waits', 'block', '--lock-orders', 'fifo,barging', '--critical-work', '10', '--acquisitions', '100', '--max-repetition-ms', '5000'],
  ['--threads', '2', '--acquires-per-thread', '10', '--section-spins', '50', '--waiters', '1', '--items', '20', '--capacities', '1', '--barrier-phases', '2', '--phase-spins', '500'],
  ['--updaters', '2', '--updates', '20'],
].flat()

describe('the built CLI runs the four shared-state experiments together', () => {
  beforeAll(() => ensureBuilt(), 120_000)

  it('conlab run --workload race,locks,primitives,shared-vs-messages --runtimes thread,process', { timeout: 300_000 }, async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'conlab-shared-state-cli-'))
    onCleanup(cwd, (d) => rm(d, { recursive: true, force: true }))
    const out = join(cwd, 'report.json')
    const args = ['run', '--workload', 'race,locks,primitives,shared-vs-messages', '--runtimes', 'thread,process', ...TINY, '--repeat', '1', '--warmup', '0', '--out', out, '--no-history', '--quiet']
    const result = await runCli(args, cwd)
    expect(result.code, result.stderr).toBe(0)
    const report = ReportSchema.parse(JSON.parse(await readFile(out, 'utf8')))
    const runOf = (workload: string, runtime: string): Run => report.runs.find((r) => r.workload === workload && r.runtime === runtime)!
    for (const w of ['race', 'locks', 'primitives', 'shared-vs-messages']) {
      for (const rt of ['thread', 'process']) expect(runOf(w, rt)?.status, `${w}/${rt}`).toBe('completed')
    }

    // race: every variant's totals; processes only the owner's, with the reason for the rest.
    expect(runOf('race', 'thread').points.map((p) => p.variant)).toEqual(['unsafe', 'atomic', 'mutex', 'get-set', 'add'])
    for (const p of [...runOf('race', 'thread').points, ...runOf('race', 'process').points]) {
      expect(p.race).toBeDefined()
      if (p.race!.exact) expect(p.race!.actual).toBe(p.race!.expected)
    }
    expect(runOf('race', 'process').unavailable?.map((u) => u.what)).toEqual(['unsafe', 'atomic', 'mutex'])

    // locks: cost, harness and fairness per mode and thread count; processes: threads only.
    const locks = runOf('locks', 'thread').points
    expect(locks.map((p) => `${p.workers}:${p.variant}`)).toEqual(['1:fifo/block', '1:barging/block', '2:fifo/block', '2:barging/block'])
    for (const p of locks) expect(Object.keys(p.locks!)).toEqual(expect.arrayContaining(['costUs', 'harnessUs', 'fairness']))
    expect(runOf('locks', 'process').unavailable?.map((u) => u.what)).toEqual(['threads-only'])

    // primitives: each part on threads, the queue over IPC on processes, the rest said unavailable.
    expect(new Set(runOf('primitives', 'thread').points.map((p) => p.primitive!.part))).toEqual(new Set(['semaphore', 'event', 'condition', 'barrier', 'queue']))
    expect(runOf('primitives', 'process').points.every((p) => p.primitive?.part === 'queue')).toBe(true)
    expect(runOf('primitives', 'process').unavailable?.map((u) => u.what)).toEqual(['semaphore', 'event', 'condition', 'barrier'])

    // shared-vs-messages: every way on threads; processes cannot hold shared memory.
    expect(runOf('shared-vs-messages', 'thread').points.map((p) => p.variant)).toEqual(['shared-memory', 'owner-messages', 'main-owner'])
    expect(runOf('shared-vs-messages', 'process').points.length).toBeGreaterThan(0)

    // The live timeline of each thread run is kept; primitives keeps one per part; processes have none.
    for (const w of ['race', 'locks', 'primitives', 'shared-vs-messages']) {
      expect(runOf(w, 'thread').lanes?.spans.length, w).toBeGreaterThan(0)
      expect(runOf(w, 'process').lanes, w).toBeUndefined()
    }
    expect(runOf('primitives', 'thread').lanesByPart).toHaveLength(5)
  })
})
