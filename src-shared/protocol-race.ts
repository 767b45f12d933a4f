/**
 * The task of the race experiment (one worker's increments of the shared counter), with its result.
 * Kept beside protocol.ts, which only lists them in its unions (and re-exports them).
 */
import type { TraceHandle } from './protocol-shared-state'

/**
 * One worker's part of the race (src-workers/kernels/race.ts): `increments` additions of 1 to one
 * counter, in shared memory (`shared`: counter, start gate, abort flag and mutex words, in the
 * kernel's layout) or at the engine's owner server (`owner`: its socket address). Threads meet at
 * the gate in `shared` before starting, so they race from the same moment.
 */
export interface RaceTask {
  kind: 'race'
  variant: 'unsafe' | 'atomic' | 'mutex' | 'get-set' | 'add'
  increments: number
  /** Busy-loop steps between reading the counter and writing it back. */
  gap: number
  /** Workers that meet at the start gate (threads only; 0 = no gate). */
  gate: number
  shared: SharedArrayBuffer | null
  owner: string | null
  /** Bound of every wait: the gate, one lock acquisition, one owner reply. */
  timeoutMs: number
  /** Threads, the traced repetition only: this worker's trace ring (gate, lock, owner replies). */
  trace?: TraceHandle
}

export interface RaceResult {
  kind: 'race'
  /** The worker's own loop, from leaving the start gate to its last increment, on its clock. */
  loopMs: number
  /** The loop's start and end in epoch ms (performance.timeOrigin + now), to see how the workers overlapped. */
  loopStartEpochMs: number
  loopEndEpochMs: number
  /** Increments it made (all of them, or it threw). */
  done: number
  /** The gap work's checksum, returned so the loop cannot be optimised away. */
  sink: number
}
