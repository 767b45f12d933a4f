import { PrimeOptionsSchema } from '../../../src-shared/workloads/prime'
import { describe, expect, it } from 'vitest'
import { WarningSchema, type Point, type Run } from '../../../src-shared/report'
import { collectWarnings } from '../../../src-main/engine/report/warnings'
import { summarize } from '../../../src-main/engine/stats/summary'

// Median 100, MAD 0.5: no outliers, coefficient of variation under 1%.
const STEADY = [100, 101, 99, 100.5, 99.5]

function point(workers: number, samplesMs: number[] = STEADY, overrides: Partial<Point> = {}): Point {
  return {
    workers,
    oversubscribed: false,
    samplesMs,
    stats: summarize(samplesMs),
    speedup: null,
    efficiency: null,
    check: { expected: 42, actual: 42, ok: true, source: 'known-value' },
    ...overrides,
  }
}

function run(points: Point[]): Run {
  return {
    id: 'thread-prime',
    workload: 'prime',
    runtime: 'thread',
    config: PrimeOptionsSchema.parse({ workload: 'prime' }),
    settings: { serialization: 'structured-clone', warmup: 1, repeat: 5, taskTimeoutMs: 0 },
    status: 'completed',
    startedAt: '2025-01-01T00:00:00.000Z',
    finishedAt: '2025-01-01T00:01:00.000Z',
    overhead: null,
    points,
  }
}

const quiet = { logicalCores: 4, loadAverage1m: 0.5 }
const codes = (ws: { code: string }[]) => ws.map((w) => w.code)

describe('collectWarnings', () => {
  it('says nothing about a clean run', () => {
    expect(collectWarnings(run([point(1), point(2), point(4)]), quiet)).toEqual([])
  })

  it('reports outliers at the point where they occurred', () => {
    const ws = collectWarnings(run([point(1), point(2, [...STEADY, 500])]), quiet)
    const outliers = ws.filter((w) => w.code === 'outliers')
    expect(outliers).toHaveLength(1)
    expect(outliers[0]).toMatchObject({ runId: 'thread-prime', workers: 2 })
    expect(outliers[0]?.message).toContain('500.0 ms')
  })

  it('reports a slow first run once, not again as an outlier', () => {
    // first / median(rest) = 200 / 100 = 2 > 1.5
    const ws = collectWarnings(run([point(1, [200, ...STEADY.slice(1)])]), quiet)
    expect(codes(ws)).toContain('slow-first-run')
    expect(codes(ws)).not.toContain('outliers')
    expect(ws.find((w) => w.code === 'slow-first-run')?.message).toContain('2.0 times')
  })

  it('does not call a first run slow at 1.5x the median of the rest', () => {
    expect(codes(collectWarnings(run([point(1, [150, 100, 100, 100, 100])]), quiet))).not.toContain('slow-first-run')
  })

  it('flags a coefficient of variation above 10%', () => {
    // mean 100, sample stddev sqrt(1000 / 4) = 15.8 -> 16%
    const ws = collectWarnings(run([point(1, [80, 120, 100, 90, 110])]), quiet)
    expect(codes(ws)).toEqual(['high-variance'])
    expect(ws[0]?.message).toContain('16%')
    // the same spread on a 10x longer time is 1.6%
    expect(collectWarnings(run([point(1, [980, 1020, 1000, 990, 1010])]), quiet)).toEqual([])
  })

  it('reports oversubscription once per run, from the first oversubscribed point', () => {
    const ws = collectWarnings(run([point(1), point(2), point(4), point(8, STEADY, { oversubscribed: true })]), {
      logicalCores: 2,
    })
    expect(codes(ws)).toEqual(['oversubscribed'])
    expect(ws[0]).toMatchObject({ runId: 'thread-prime', workers: 4 })
    expect(ws[0]?.message).toContain('4 and 8 workers')
    expect(ws[0]?.message).toContain('time-shares')
  })

  it('never calls main-async oversubscribed: its "workers" are tasks in flight on one thread', () => {
    const ws = collectWarnings({ ...run([point(1), point(4), point(16)]), runtime: 'main-async' }, { logicalCores: 2 })
    expect(codes(ws)).toEqual([])
  })

  it('warns about a busy machine above half a load unit per core', () => {
    expect(codes(collectWarnings(run([point(1)]), { logicalCores: 4, loadAverage1m: 2.5 }))).toEqual(['machine-busy'])
    expect(collectWarnings(run([point(1)]), { logicalCores: 4, loadAverage1m: 2 })).toEqual([])
    expect(collectWarnings(run([point(1)]), { logicalCores: 4 })).toEqual([])
  })

  it('reports a failed check with both answers', () => {
    const bad = point(2, STEADY, { check: { expected: 5, actual: 4, ok: false, source: 'single-thread' } })
    const ws = collectWarnings(run([point(1), bad]), quiet)
    expect(codes(ws)).toEqual(['check-failed'])
    expect(ws[0]).toMatchObject({ workers: 2 })
    expect(ws[0]?.message).toContain('expected 5, got 4')
    expect(ws[0]?.message).toContain('1-worker answer')
  })

  it('warns once per run when points have fewer than 3 samples', () => {
    const ws = collectWarnings(run([point(1, [100, 101]), point(2, [50])]), quiet)
    expect(codes(ws)).toEqual(['few-samples'])
    expect(ws[0]?.message).toContain('only 1 time ')
  })

  it('orders run-wide warnings first and produces schema-valid warnings', () => {
    const ws = collectWarnings(
      run([point(1, [200, 100]), point(4, [80, 120, 100, 90, 110], { check: { expected: null, actual: 3, ok: false, source: 'none' } })]),
      { logicalCores: 2, loadAverage1m: 8 },
    )
    expect(codes(ws)).toEqual(['machine-busy', 'few-samples', 'oversubscribed', 'slow-first-run', 'high-variance', 'check-failed', 'high-variance'])
    for (const w of ws) expect(WarningSchema.parse(w)).toEqual(w)
  })

  it('rejects a nonsensical core count', () => {
    expect(() => collectWarnings(run([]), { logicalCores: 0 })).toThrow(/logicalCores/)
  })
})

describe('drift', () => {
  // One sample a second; the times climb 100 -> 130 ms (a machine getting busy or throttling).
  const starts = [0, 1000, 2000, 3000, 4000, 5000, 6000].map((t) => 1_700_000_000_000 + t)
  const climbing = [100, 104, 109, 113, 120, 125, 130]

  it('warns when a point trends over the run, significantly and by more than 10%', () => {
    const ws = collectWarnings(run([point(1, climbing, { samplesStartedAtMs: starts })]), quiet)
    const found = ws.filter((w) => w.code === 'drift')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ workers: 1 })
    expect(found[0]!.message).toMatch(/slower over the run, from about 100\.0 ms to 130\.0 ms/)
    expect(() => WarningSchema.parse(found[0])).not.toThrow()
  })

  it('stays quiet for a trend too small to matter, for noise without a trend, and without start times', () => {
    const small = climbing.map((t) => 100 + (t - 100) / 10)
    expect(codes(collectWarnings(run([point(1, small, { samplesStartedAtMs: starts })]), quiet))).not.toContain('drift')
    const noisy = [100, 130, 104, 125, 109, 120, 113]
    expect(codes(collectWarnings(run([point(1, noisy, { samplesStartedAtMs: starts })]), quiet))).not.toContain('drift')
    expect(codes(collectWarnings(run([point(1, climbing)]), quiet))).not.toContain('drift')
  })
})
