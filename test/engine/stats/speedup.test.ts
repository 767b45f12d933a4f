import { describe, expect, it } from 'vitest'
import {
  amdahlSpeedup,
  efficiency,
  fitAmdahl,
  karpFlatt,
  speedup,
} from '../../../src-main/engine/stats/speedup'

describe('speedup and efficiency', () => {
  it('divides the baseline median by the point median', () => {
    expect(speedup(100, 25)).toBe(4)
    expect(speedup(30, 40)).toBe(0.75)
  })

  it('divides speedup by workers', () => {
    expect(efficiency(4, 8)).toBe(0.5)
    expect(efficiency(1, 1)).toBe(1)
  })

  it('rejects impossible inputs', () => {
    expect(() => speedup(100, 0)).toThrow(/medianMs/)
    expect(() => speedup(Number.NaN, 1)).toThrow(/baselineMedianMs/)
    expect(() => efficiency(2, 0)).toThrow(/workers/)
    expect(() => efficiency(2, 1.5)).toThrow(/workers/)
  })
})

describe('karpFlatt', () => {
  it('is null for one worker', () => {
    expect(karpFlatt(1, 1)).toBeNull()
  })

  it('matches a hand computation: S = 3.2, p = 4 gives (0.3125 - 0.25) / 0.75 = 1/12', () => {
    expect(karpFlatt(3.2, 4)).toBeCloseTo(1 / 12, 12)
  })

  it('is 0 for perfect speedup and 1 for none', () => {
    expect(karpFlatt(4, 4)).toBeCloseTo(0, 12)
    expect(karpFlatt(1, 4)).toBeCloseTo(1, 12)
  })

  it('recovers the serial fraction of an exact Amdahl speedup', () => {
    // f = 0.1, p = 8: S = 1 / (0.1 + 0.9 / 8) = 1 / 0.2125
    expect(karpFlatt(1 / 0.2125, 8)).toBeCloseTo(0.1, 12)
  })
})

describe('fitAmdahl', () => {
  const exact = (f: number, ps: number[]) => ps.map((p) => ({ workers: p, speedup: 1 / (f + (1 - f) / p) }))

  it('recovers f = 0.1 from exact speedups', () => {
    const fit = fitAmdahl(exact(0.1, [1, 2, 4, 8]), 8)
    expect(fit).not.toBeNull()
    expect(fit?.serialFraction).toBeCloseTo(0.1, 12)
    expect(fit?.maxSpeedup).toBeCloseTo(10, 10)
    expect(fit?.rmse).toBeCloseTo(0, 12)
    expect(fit?.fittedWorkers).toEqual([1, 2, 4, 8])
  })

  it('leaves out oversubscribed points', () => {
    const points = [...exact(0.1, [4, 1, 2]), { workers: 16, speedup: 1.2 }]
    const fit = fitAmdahl(points, 4)
    expect(fit?.serialFraction).toBeCloseTo(0.1, 12)
    expect(fit?.fittedWorkers).toEqual([1, 2, 4])
  })

  it('matches a hand-computed least-squares fit of inexact data', () => {
    // p = 2, S = 1.9: x = 1/2, y - 1/p = 10/19 - 1/2 = 1/38
    // p = 4, S = 3:   x = 3/4, y - 1/p = 1/3 - 1/4 = 1/12
    // f = (1/76 + 1/16) / (1/4 + 9/16) = (23/304) / (13/16) = 23/247
    const fit = fitAmdahl([{ workers: 2, speedup: 1.9 }, { workers: 4, speedup: 3 }], 4)
    const f = 23 / 247
    expect(fit?.serialFraction).toBeCloseTo(f, 12)
    expect(fit?.maxSpeedup).toBeCloseTo(247 / 23, 10)
    // fitted S(2) = 2 / (1 + f) = 494/270, S(4) = 4 / (1 + 3f) = 988/316
    const r2 = 494 / 270 - 1.9
    const r4 = 988 / 316 - 3
    expect(fit?.rmse).toBeCloseTo(Math.sqrt((r2 * r2 + r4 * r4) / 2), 12)
    expect(fit?.rmse).toBeCloseTo(0.1024086, 6)
  })

  it('gives f = 0 and no speedup limit for perfect scaling', () => {
    const fit = fitAmdahl([{ workers: 1, speedup: 1 }, { workers: 2, speedup: 2 }, { workers: 4, speedup: 4 }], 4)
    expect(fit?.serialFraction).toBeCloseTo(0, 12)
    expect(fit?.maxSpeedup).toBeNull()
  })

  it('clamps superlinear speedups to f = 0 and total slowdowns to f = 1', () => {
    const superlinear = fitAmdahl([{ workers: 2, speedup: 2.5 }], 2)
    expect(superlinear?.serialFraction).toBe(0)
    expect(superlinear?.maxSpeedup).toBeNull()
    expect(superlinear?.rmse).toBeCloseTo(0.5, 12)

    const slower = fitAmdahl([{ workers: 2, speedup: 0.5 }], 2)
    expect(slower?.serialFraction).toBe(1)
    expect(slower?.maxSpeedup).toBe(1)
  })

  it('is null without a point above one worker within the cores', () => {
    expect(fitAmdahl([], 4)).toBeNull()
    expect(fitAmdahl([{ workers: 1, speedup: 1 }], 4)).toBeNull()
    expect(fitAmdahl([{ workers: 1, speedup: 1 }, { workers: 8, speedup: 1.5 }], 4)).toBeNull()
  })

  it('amdahlSpeedup is the law itself', () => {
    expect(amdahlSpeedup(0.1, 1)).toBeCloseTo(1, 12)
    expect(amdahlSpeedup(0.1, 8)).toBeCloseTo(1 / 0.2125, 12)
    expect(amdahlSpeedup(0, 8)).toBeCloseTo(8, 12)
  })
})
