import { describe, expect, it } from 'vitest'
import { modifiedZScores, outlierIndices } from '../../../src-main/engine/stats/outliers'

describe('modifiedZScores', () => {
  it('scales deviations from the median by 0.6745 / MAD', () => {
    // median 2, absolute deviations 1 1 0 0 2 4 7 -> MAD 1
    const z = modifiedZScores([1, 1, 2, 2, 4, 6, 9])
    const expected = [-0.6745, -0.6745, 0, 0, 1.349, 2.698, 4.7215]
    z.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? Number.NaN, 10))
  })

  it('throws on empty input', () => {
    expect(() => modifiedZScores([])).toThrow(/empty/)
  })
})

// The cases of hyperfine's own tests (src/outlier_detection.rs), with the counts it expects.
describe('outlierIndices (hyperfine reference cases)', () => {
  it('finds nothing in tiny samples', () => {
    expect(outlierIndices([])).toEqual([])
    expect(outlierIndices([50])).toEqual([])
    expect(outlierIndices([1000, 0])).toEqual([])
  })

  it('finds nothing in low-variance samples', () => {
    expect(outlierIndices([-0.2, 0.0, 0.2])).toEqual([])
  })

  it('finds a single outlier', () => {
    expect(outlierIndices([-0.2, 0.0, 0.2, 4.0])).toEqual([3])
    expect(outlierIndices([0.5, 0.3, 0.29, 0.31, 0.3])).toEqual([0])
  })

  const normal = [
    2.33269488, 1.42195907, -0.57527698, -0.31293437, 2.2948158, 0.75813273, -1.0712388, -0.96394741, -1.15897446,
    1.10976285,
  ]

  it('finds nothing in a sample drawn from a normal distribution', () => {
    expect(outlierIndices(normal)).toEqual([])
  })

  it('finds two outliers added by hand, on both sides', () => {
    expect(outlierIndices([...normal, 20.0, -500.0])).toEqual([10, 11])
  })

  it('still finds outliers when the MAD is 0', () => {
    expect(outlierIndices([10, 10, 10, 10, 10, 10, 10, 100])).toEqual([7])
    expect(outlierIndices([10, 10, 10, 10, 10, 10, 10, 100, 100])).toEqual([7, 8])
    expect(outlierIndices([10, 10, 10])).toEqual([])
  })
})
