import { describe, expect, it } from 'vitest'
import { systemClock } from '../../../src-main/engine/measure/clock'

describe('systemClock', () => {
  it('is monotonic', () => {
    let previous = systemClock.now()
    for (let i = 0; i < 1000; i++) {
      const next = systemClock.now()
      expect(next).toBeGreaterThanOrEqual(previous)
      previous = next
    }
  })

  it('gives epoch times near Date.now()', () => {
    // Loose bound: timeOrigin + now() and Date.now() may drift apart by NTP slew, never by minutes.
    expect(Math.abs(systemClock.epochMs() - Date.now())).toBeLessThan(60_000)
  })
})
