/**
 * Deadlock on real processes: the locks are held by the engine's lock server, which keeps the
 * wait-for graph; the naive ring deadlocks and the graph finds the cycle (never the wait bound),
 * the fixed variants never deadlock over many repetitions, a cancel in the middle of a deadlock
 * ends it, and no worker process nor socket directory outlives a run. Counts only, never a duration.
 */
import { existsSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import { ReportSchema } from '../../../../src-shared/report'
import { runSuite } from '../../../../src-main/engine/session'
import { formatReportTable } from '../../../../src-main/engine/report/text/report-table'
import { LOCK_DIR_PREFIX } from '../../../../src-main/engine/experiments/hazards/lock-server'
import { childPidsOf, survivors } from '../../../helpers/processes'

/** Every child this process started while `run` ran, as seen from /proc now and then. */
async function watchingChildren<T>(run: () => Promise<T>): Promise<{ value: T; seen: number[] }> {
  const seen = new Set<number>()
  const timer = setInterval(() => childPidsOf(process.pid).forEach((pid) => seen.add(pid)), 20)
  try {
    return { value: await run(), seen: [...seen] }
  } finally {
    clearInterval(timer)
  }
}

const ourSocketDirs = () => readdirSync(tmpdir()).filter((name) => name.startsWith(`${LOCK_DIR_PREFIX}${process.pid}-`))

describe('deadlock on processes (lock server)', () => {
  it('detects the naive ring’s deadlock from the server’s wait-for graph, and leaves no process behind', async () => {
    const { value: report, seen } = await watchingChildren(() =>
      runSuite([{ workload: { workload: 'deadlock', workers: 3, variants: ['naive'], pairs: 5, detectBoundMs: 20_000 }, runtimes: ['process'], repeat: 3, warmup: 0 }]),
    )
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
    const run = report.runs[0]!
    expect(run.status, run.error).toBe('completed')
    expect(run.unavailable ?? []).toEqual([])
    const d = run.points[0]!.deadlock!
    expect(d.deadlocked).toBe(3)
    // Found by the graph every time: within the bound, never by a wait running out.
    expect(d.foundByGraph).toBe(3)
    expect(d.foundByTimeout).toBe(0)
    expect([...d.cycle!.workers].sort()).toEqual([0, 1, 2])
    d.cycle!.workers.forEach((w, i) => expect(d.cycle!.locks[i]).toBe((w + 1) % 3))
    expect(run.lanes?.graph?.cycle?.workers).toHaveLength(3)
    // As it stood when the cycle was confirmed: every worker holds one lock and waits for the next (a read after the abort would be bare).
    expect(run.lanes?.graph?.holds).toHaveLength(3)
    expect(run.lanes?.graph?.waits).toHaveLength(3)
    expect(formatReportTable(report)).toMatch(/cycle worker \d waits for lock [ABC]/)
    // Worker processes were really started (3 per repetition, traced one included), and all are gone.
    expect(seen.length).toBeGreaterThan(0)
    expect(await survivors(seen)).toEqual([])
    expect(childPidsOf(process.pid)).toEqual([])
    expect(ourSocketDirs()).toEqual([])
  })

  it('the fixed variants never deadlock over many repetitions, and every pair completes', async () => {
    const report = await runSuite([{ workload: { workload: 'deadlock', workers: 3, variants: ['ordered', 'try-backoff'], pairs: 3, pauseMs: 1 }, runtimes: ['process'], repeat: 8, warmup: 0 }])
    const run = report.runs[0]!
    expect(run.status, run.error).toBe('completed')
    expect(run.points.map((p) => p.variant)).toEqual(['ordered', 'try-backoff'])
    for (const p of run.points) {
      expect(p.deadlock!.deadlocked).toBe(0)
      expect(p.deadlock!.pairs).toBe(3 * 3 * 8)
      expect(p.check.ok).toBe(true)
    }
    expect(childPidsOf(process.pid)).toEqual([])
  })

  it('a cancel in the middle of a deadlock ends it, every process is gone and the socket directory removed', async () => {
    const abort = new AbortController()
    let cancelled = false
    let dir: string | undefined
    const { value: report, seen } = await watchingChildren(() =>
      runSuite(
        // Read every 100 ms: the cycle stands a whole poll before it is confirmed, and the cancel lands first.
        [{ workload: { workload: 'deadlock', workers: 2, variants: ['naive'], pairs: 5, pollMs: 100, detectBoundMs: 60_000 }, runtimes: ['process'], repeat: 1, warmup: 0 }],
        {
          signal: abort.signal,
          onEvent: (event) => {
            const graph = event.type === 'lanes' ? event.lanes.graph : undefined
            if (!cancelled && graph && graph.waits.length === 2 && graph.cycle === undefined) {
              cancelled = true
              dir = ourSocketDirs()[0]
              abort.abort()
            }
          },
        },
      ),
    )
    expect(cancelled).toBe(true)
    expect(dir).toBeDefined()
    expect(report.runs[0]!.status).toBe('aborted')
    expect(await survivors(seen)).toEqual([])
    expect(existsSync(`${tmpdir()}/${dir}`)).toBe(false)
  })
})
