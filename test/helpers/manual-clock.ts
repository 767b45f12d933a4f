/** A scripted clock for tests: time moves only when the test says so, never by waiting. */
import type { Clock } from '../../src-main/engine/measure/clock'

export interface ManualClock extends Clock {
  /** Moves time forward; throws on negative or non-finite steps, as a monotonic clock can't go back. */
  advance(ms: number): void
}

/** A clock that moves only when told to. `epochOrigin` is the epoch time at monotonic 0. */
export function manualClock(start = 0, epochOrigin = 0): ManualClock {
  if (!Number.isFinite(start) || !Number.isFinite(epochOrigin)) {
    throw new RangeError(`manualClock: start and epochOrigin must be finite, got ${start}, ${epochOrigin}`)
  }
  let current = start
  return {
    now: () => current,
    epochMs: () => epochOrigin + current,
    advance(ms: number): void {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new RangeError(`manualClock.advance: step must be a finite number >= 0, got ${ms}`)
      }
      current += ms
    },
  }
}
