/** The race chart's numbers: categories by variant then workers, each runtime's share of the expected total. */
import { describe, expect, it } from 'vitest'
import { raceBars, raceRows } from '../../../src-renderer/charts/race-series'
import type { ShownRun } from '../../../src-renderer/charts/shown-run'
import type { Point } from '../../../src-shared/report'

function point(variant: string, workers: number, expected: number, actual: number): Point {
  return {
    workers,
    oversubscribed: false,
    samplesMs: [1],
    stats: { n: 1, mean: 1, median: 1, stddev: 0, min: 1, max: 1, ci95: [1, 1] },
    speedup: null,
    efficiency: null,
    check: { expected, actual, ok: true, source: 'known-value' },
    variant,
    race: {
      incrementsPerWorker: expected / workers,
      repetitions: 1,
      expected,
      actual,
      lost: expected - actual,
      lostShare: (expected - actual) / expected,
      lostByRepetition: [expected - actual],
      exact: variant !== 'unsafe' && variant !== 'get-set',
      overlapShare: 0.9,
      nsPerIncrement: { median: 10, ci95: [9, 11] },
    },
  }
}

function run(runtime: 'thread' | 'process', points: Point[]): ShownRun {
  return { id: runtime, workload: 'race', runtime, status: 'completed', overhead: null, points, amdahl: null }
}

describe('race series', () => {
  it('orders categories by variant then workers and gives each runtime its kept share', () => {
    const runs = [
      run('thread', [point('atomic', 2, 200, 200), point('unsafe', 4, 400, 100), point('unsafe', 2, 200, 150), point('get-set', 2, 20, 10)]),
      run('process', [point('get-set', 2, 20, 15), point('add', 2, 20, 20)]),
    ]
    const bars = raceBars(runs)
    expect(bars.categories).toEqual([
      { variant: 'unsafe', workers: 2 },
      { variant: 'unsafe', workers: 4 },
      { variant: 'atomic', workers: 2 },
      { variant: 'get-set', workers: 2 },
      { variant: 'add', workers: 2 },
    ])
    expect(bars.runtimes).toEqual([
      { runtime: 'thread', keptShares: [0.75, 0.25, 1, 0.5, null] },
      { runtime: 'process', keptShares: [null, null, null, 0.75, 1] },
    ])
    expect(raceRows(runs).map((r) => `${r.variant}:${r.workers}:${r.runtime}:${r.lost}`)).toEqual([
      'unsafe:2:thread:50',
      'unsafe:4:thread:300',
      'atomic:2:thread:0',
      'get-set:2:thread:10',
      'get-set:2:process:5',
      'add:2:process:0',
    ])
  })

  it('draws nothing for runs without race figures', () => {
    const plain = point('atomic', 2, 4, 4)
    delete plain.race
    expect(raceBars([run('thread', [plain])])).toEqual({ categories: [], runtimes: [] })
  })
})
