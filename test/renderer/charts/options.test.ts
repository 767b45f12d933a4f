import { describe, expect, it } from 'vitest'
import { logTickFilter } from '../../../src-renderer/charts/options'

describe('logTickFilter', () => {
  it('labels only powers of ten on an axis spanning many decades', () => {
    const labelled = [1, 2, 5, 10, 20, 50, 100, 1000, 3000].filter((v) => logTickFilter(v, 1, 100_000))
    expect(labelled).toEqual([1, 10, 100, 1000])
  })

  it('adds 2 and 5 when the axis spans only a couple of decades', () => {
    const labelled = [10, 20, 30, 50, 100, 200, 700].filter((v) => logTickFilter(v, 10, 1000))
    expect(labelled).toEqual([10, 20, 50, 100, 200])
  })

  it('never labels zero or negative values', () => {
    expect(logTickFilter(0, 1, 10)).toBe(false)
  })
})
