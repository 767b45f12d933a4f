/**
 * An injectable clock, so timing code can be tested with scripted times instead of sleeps
 * (tinybench injects `now` in test/duration.test.ts; hyperfine has a debug executor). The tests'
 * scripted clock is test/helpers/manual-clock.ts.
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
