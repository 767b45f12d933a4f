import { describe, expect, it } from 'vitest'
import { byteUnitFor, niceLinearTicks, niceLogTicks, sizeLabel, spacedTicks, timeUnitFor } from '../../../src-renderer/charts/axis-units'

describe('timeUnitFor', () => {
  it('picks the unit in which the largest value reads between 1 and 1000', () => {
    expect(timeUnitFor([0.012, 0.15]).unit).toBe('µs')
    expect(timeUnitFor([0.15, 2.4]).unit).toBe('ms')
    expect(timeUnitFor([900, 1500]).unit).toBe('s')
    expect(timeUnitFor([0.0004]).unit).toBe('ns')
  })
  it('scales ms into that unit', () => {
    const u = timeUnitFor([0.25])
    expect(u.unit).toBe('µs')
    expect(0.25 * u.scale).toBe(250)
  })
  it('falls back to ms with nothing to show', () => expect(timeUnitFor([]).unit).toBe('ms'))
})

describe('byteUnitFor', () => {
  it('reads memory per worker in MiB, not millions of bytes', () => {
    const u = byteUnitFor([5_000_000, 10_000_000])
    expect(u.unit).toBe('MiB')
    expect(10_000_000 * u.scale).toBeCloseTo(9.54, 2)
  })
  it('small payloads stay in bytes or KiB', () => {
    expect(byteUnitFor([64, 512]).unit).toBe('B')
    expect(byteUnitFor([64, 65_536]).unit).toBe('KiB')
  })
})

describe('niceLinearTicks', () => {
  it('gives round steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceLinearTicks(0, 9.54)).toEqual([0, 2, 4, 6, 8, 10])
    expect(niceLinearTicks(0, 0.37)).toEqual([0, 0.1, 0.2, 0.3, 0.4])
  })
})

describe('niceLogTicks', () => {
  it('labels 1, 2, 5 per decade over a few decades, only powers of ten over many', () => {
    expect(niceLogTicks(10, 1000)).toEqual([10, 20, 50, 100, 200, 500, 1000])
    expect(niceLogTicks(1, 100_000)).toEqual([1, 10, 100, 1000, 10_000, 100_000])
  })
  it('keeps two ticks on an axis narrower than a decade', () => {
    const ticks = niceLogTicks(101, 149)
    expect(ticks.length).toBeGreaterThanOrEqual(2)
    expect(ticks[0]).toBeLessThan(ticks[ticks.length - 1]!)
  })
})

describe('spacedTicks', () => {
  it('drops ticks whose labels would overlap the previous one', () => {
    // 100 and 150 on a log axis 40 px apart: the second goes when labels need 50 px.
    const position = (v: number) => Math.log10(v) * 230
    expect(spacedTicks([100, 150, 1000], position, 50)).toEqual([100, 1000])
  })
})

describe('sizeLabel', () => {
  it('writes measured payload sizes without padding zeros', () => {
    const f = (n: number) => n.toLocaleString('en')
    expect([64, 4096, 65_536, 1_048_576].map((b) => sizeLabel(b, f))).toEqual(['64 B', '4 KiB', '64 KiB', '1 MiB'])
  })
})
