import { describe, expect, it } from 'vitest'
import { amdahl, speedupSeries } from '../../../src-renderer/charts/speedup-series'
import { makePoint, makeRun } from '../../fixtures/report-fixture'

const mainRun = () =>
  makeRun({ id: 'main', runtime: 'main', points: [makePoint(1, { stats: { n: 3, median: 90, mean: 90, stddev: 1, min: 89, max: 91, ci95: [88, 92] } })] })

describe('speedupSeries', () => {
  it('draws each worker runtime against its own 1-worker point', () => {
    const thread = makeRun({ points: [makePoint(1), makePoint(2, { speedupCi95: [1.9, 2.0] })] })
    const s = speedupSeries([thread], 2, 'own')
    expect(s.mode).toBe('own')
    expect(s.lines).toHaveLength(1)
    expect(s.lines[0]!.points).toEqual([
      { x: 1, y: 1 },
      { x: 2, y: 1.961 },
    ])
    expect(s.lines[0]!.intervals).toEqual([null, [1.9, 2.0]])
  })

  it('falls back to the own mode when no main-thread run exists', () => {
    expect(speedupSeries([makeRun()], 2, 'baseline').mode).toBe('own')
  })

  it('against the main thread, scales points, intervals and the fit by T_main / T_runtime(1)', () => {
    const thread = makeRun({ points: [makePoint(1), makePoint(2, { speedupCi95: [1.9, 2.0] })], amdahl: { serialFraction: 0.1, maxSpeedup: 10, fittedWorkers: [1, 2], rmse: 0 } })
    const s = speedupSeries([mainRun(), thread], 2, 'baseline')
    expect(s.mode).toBe('baseline')
    expect(s.baselineMedianMs).toBe(90)
    expect(s.lines.map((l) => l.runtime)).toEqual(['thread'])
    // 90 ms on the main thread, 100 ms and 51 ms on one and two threads.
    expect(s.lines[0]!.points[0]!.y).toBeCloseTo(0.9)
    expect(s.lines[0]!.points[1]!.y).toBeCloseTo(90 / 51)
    expect(s.lines[0]!.intervals[1]![0]).toBeCloseTo(1.9 * 0.9)
    const fitAt2 = s.fits[0]!.curve.at(-1)!
    expect(fitAt2.x).toBe(2)
    expect(fitAt2.y).toBeCloseTo(amdahl(0.1, 2) * 0.9)
  })

  it('keeps the ideal and the fit flat past the core count', () => {
    const thread = makeRun({ points: [makePoint(1), makePoint(2), makePoint(2, { workers: 4, oversubscribed: true })], amdahl: { serialFraction: 0, maxSpeedup: null, fittedWorkers: [1, 2], rmse: 0 } })
    const s = speedupSeries([thread], 2, 'own')
    expect(s.ideal).toEqual([
      { x: 1, y: 1 },
      { x: 2, y: 2 },
      { x: 4, y: 2 },
    ])
    expect(s.fits[0]!.curve.at(-1)).toEqual({ x: 4, y: 2 })
    expect(s.lines[0]!.oversubscribed).toEqual([false, false, true])
  })
})
