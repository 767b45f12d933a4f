/** The locks figures against hand-computed values: Jain's index, shares, cost per acquisition. */
import { describe, expect, it } from 'vitest'
import { costPerAcquisitionUs, fairnessOf, jainIndex } from '../../../src-main/engine/experiments/micro/locks-figures'
import type { LocksResult } from '../../../src-shared/protocol'

const result = (acquisitions: number, startUs: number, endUs: number): LocksResult => ({ kind: 'locks', outcome: 'done', acquisitions, waitsUs: Array.from({ length: acquisitions }, () => 2), startUs, endUs, sink: 0 })

describe('locks figures', () => {
  it("Jain's index: 1 for equal shares, 1/n when one thread takes all, (Σx)²/(nΣx²) between", () => {
    expect(jainIndex([5, 5, 5, 5])).toBe(1)
    expect(jainIndex([8, 0, 0, 0])).toBe(0.25)
    expect(jainIndex([3, 1])).toBeCloseTo(16 / 20, 12)
    expect(jainIndex([7])).toBe(1)
  })

  it('cost = first start to last end over all acquisitions; shares summed over repetitions', () => {
    const a = { results: [result(30, 100, 400), result(10, 150, 500)], taken: 40 }
    const b = { results: [result(20, 0, 200), result(20, 10, 100)], taken: 40 }
    expect(costPerAcquisitionUs(a)).toBe(10)
    const f = fairnessOf([a, b], 2)
    expect(f.acquisitionsPerWorker).toEqual([50, 30])
    expect(f.maxShare).toBe(50 / 80)
    expect(f.minShare).toBe(30 / 80)
    expect(f.fairness).toBeCloseTo(6400 / (2 * 3400), 12)
    expect(f.waitUs.count).toBe(80)
  })
})
