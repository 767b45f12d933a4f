/**
 * Tasks of the context-switch and ipc-latency experiments (the counted busy loop, ping-pong), the
 * switch counters they report, and their results.
 * Kept beside protocol.ts, which only lists them in its unions (and re-exports them).
 */
import type { EngineMessage } from './engine-message'

/**
 * Context-switch counters as the OS reports them. A platform or scope without them says so with a
 * reason: a missing counter is never written as 0, which would read as "no switches".
 */
export type SwitchCount = { available: true; voluntary: number; involuntary: number } | { available: false; reason: string; reasonMessage?: EngineMessage }

/** Counters of the calling thread (Linux /proc/thread-self) and of its whole OS process (getrusage). */
export interface SwitchCounts {
  thread: SwitchCount
  process: SwitchCount
}

/** The busy loop, reporting the context switches its own thread and process saw meanwhile. */
export interface BusyCountedTask {
  kind: 'busy-counted'
  iterations: number
}

/**
 * One side of a ping-pong (context-switch and ipc-latency experiments). `ping` times every round
 * trip, `pong` answers `rounds` times, `self` does both halves on one thread (the mechanism's cost
 * without any switch). The channel is a futex over a SharedArrayBuffer (threads only) or a pair of
 * named pipes (FIFOs, POSIX) that both sides open.
 */
export interface PingPongTask {
  kind: 'pingpong'
  role: 'ping' | 'pong' | 'self'
  channel: PingPongChannel
  rounds: number
  /** A wait longer than this means the partner is gone: fail instead of blocking forever. */
  timeoutMs: number
}

export type PingPongChannel =
  /** Layout: Int32 turn flag, then `payloadBytes` ping->pong, then `payloadBytes` pong->ping. */
  | { type: 'futex'; buffer: SharedArrayBuffer; payloadBytes: number }
  /** One byte per message; `self` uses `sendPath` only. */
  | { type: 'pipe'; sendPath: string; receivePath: string }

export interface BusyCountedResult {
  kind: 'busy-counted'
  checksum: number
  /** Switch counts during the loop (deltas). */
  switches: SwitchCounts
}

export interface PingPongResult {
  kind: 'pingpong'
  /** Every round trip in microseconds, as the `ping` or `self` side timed it; empty for `pong`. */
  roundTripsUs: number[]
  /** Round trips whose answer was verified byte for byte (ping, self); answers counted (pong). */
  intact: number
  switches: SwitchCounts
}
