import { describe, expect, it } from 'vitest'
import { manualClock } from './manual-clock'

describe('manualClock', () => {
  it('moves only when advanced', () => {
    const clock = manualClock(10, 1_700_000_000_000)
    expect(clock.now()).toBe(10)
    expect(clock.epochMs()).toBe(1_700_000_000_010)
    clock.advance(2.5)
    clock.advance(0)
    expect(clock.now()).toBe(12.5)
    expect(clock.epochMs()).toBe(1_700_000_000_012.5)
  })

  it('starts at 0 by default', () => {
    expect(manualClock().now()).toBe(0)
  })

  it('refuses to go backwards or to non-finite times', () => {
    const clock = manualClock()
    expect(() => clock.advance(-1)).toThrow(RangeError)
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError)
    expect(() => clock.advance(Number.POSITIVE_INFINITY)).toThrow(RangeError)
    expect(() => manualClock(Number.NaN)).toThrow(RangeError)
    expect(clock.now()).toBe(0)
  })
})
