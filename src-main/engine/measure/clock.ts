/**
 * An injectable clock, so timing code can be tested with scripted times instead of sleeps
 * (tinybench injects `now` in test/duration.test.ts; hyperfine has a debug executor).
 */

export interface Clock {
  /** Milliseconds on a monotonic clock; only differences are meaningful. */
  now(): number
  /** Milliseconds since the Unix epoch, for timestamps in reports. */
  epochMs(): number
}

/**
 * performance.now() never goes backwards, unlike Date.now() under NTP adjustments. epochMs() is
 * derived from the same clock (timeOrigin + now) so timestamps and durations agree with each other.
 */
export const systemClock: Clock = {
  now: () => performance.now(),
  epochMs: () => performance.timeOrigin + performance.now(),
}

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
