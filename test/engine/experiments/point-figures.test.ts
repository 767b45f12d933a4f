/** Speedup intervals, Karp-Flatt and the Amdahl fit only where they mean something, else the reason. */
import { describe, expect, it } from 'vitest'
import type { Point } from '../../../src-shared/report'
import { derivePointFigures, fitRun } from '../../../src-main/engine/experiments/point-figures'
import { summarizeTimes } from '../../../src-main/engine/stats/summary'

function point(workers: number, samplesMs: number[], oversubscribed = false): Point {
  return {
    workers,
    oversubscribed,
    samplesMs,
    samplesRound: samplesMs.map((_, i) => i),
    stats: summarizeTimes(samplesMs, workers),
    speedup: null,
    efficiency: null,
    check: { expected: 1, actual: 1, ok: true, source: 'known-value' },
  }
}

const times = (median: number) => [0.97, 1.02, 0.99, 1.01, 1.0, 0.98, 1.03].map((f) => f * median)
const ctx = (key: string) => ({ seed: 3, key })

describe('derivePointFigures', () => {
  const one = point(1, times(100))

  it('gives no interval of the reference against itself', () => {
    expect(derivePointFigures(one, one, undefined, ctx('thread:1'))).toMatchObject({ speedup: 1, speedupCi95: null, speedupCiUnavailable: 'reference-itself', karpFlatt: null, karpFlattUnavailable: 'one-worker' })
  })

  it('gives a positive speedup interval around the speedup and Karp-Flatt in (0, 1) when 1 < S < p', () => {
    const two = derivePointFigures(point(2, times(60)), one, undefined, ctx('thread:2'))
    expect(two.speedup).toBeCloseTo(100 / 60, 10)
    const [lo, hi] = two.speedupCi95!
    expect(lo).toBeGreaterThan(0)
    expect(lo).toBeLessThanOrEqual(two.speedup!)
    expect(hi).toBeGreaterThanOrEqual(two.speedup!)
    // e = (1/S - 1/p) / (1 - 1/p) = (0.6 - 0.5) / 0.5
    expect(two.karpFlatt).toBeCloseTo(0.2, 10)
    expect(two.efficiency).toBeCloseTo(100 / 60 / 2, 10)
  })

  it('says why Karp-Flatt is missing outside 1 < S < p', () => {
    expect(derivePointFigures(point(2, times(110)), one, undefined, ctx('a'))).toMatchObject({ karpFlatt: null, karpFlattUnavailable: 'no-speedup' })
    expect(derivePointFigures(point(2, times(45)), one, undefined, ctx('b'))).toMatchObject({ karpFlatt: null, karpFlattUnavailable: 'superlinear' })
    expect(derivePointFigures(point(4, times(60), true), one, undefined, ctx('c'))).toMatchObject({ karpFlatt: null, karpFlattUnavailable: 'oversubscribed' })
    expect(derivePointFigures(point(2, times(60)), point(2, times(60)), undefined, ctx('d'))).toMatchObject({ speedup: null, karpFlattUnavailable: 'no-reference' })
  })

  it('gives no interval from fewer than 5 samples', () => {
    expect(derivePointFigures(point(2, [60, 61, 59]), one, one, ctx('e'))).toMatchObject({ speedupCi95: null, speedupCiUnavailable: 'few-samples', speedupVsBaselineCi95: null, speedupVsBaselineCiUnavailable: 'few-samples' })
  })
})

describe('fitRun', () => {
  const with1 = (p: Point, reference: Point) => derivePointFigures(p, reference, undefined, ctx(String(p.workers)))
  const one = point(1, times(100))

  it('fits only points with 1 < S < p within the cores, strictly inside (0, 1)', () => {
    const fit = fitRun([with1(one, one), with1(point(2, times(60)), one), with1(point(4, times(20), true), one)], 2)
    expect(fit.amdahl!.fittedWorkers).toEqual([2])
    expect(fit.amdahl!.serialFraction).toBeCloseTo(0.2, 10)
  })

  it('says why there is no fit', () => {
    expect(fitRun([with1(one, one)], 2)).toEqual({ amdahl: null, amdahlUnavailable: 'too-few-points' })
    expect(fitRun([with1(one, one), with1(point(2, times(120)), one)], 2)).toEqual({ amdahl: null, amdahlUnavailable: 'speedup-out-of-range' })
  })
})
