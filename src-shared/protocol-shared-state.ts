/**
 * Tasks of the shared-vs-messages experiment (issue 15): one update to shared state held three
 * ways. Kept beside protocol.ts, which only lists them in its unions, so that file stays readable.
 * No Node import: ports are typed by the part of a `MessagePort` the kernels use.
 */

/**
 * Where a traced worker records what it does (src-workers/sync/trace-ring.ts's handle, repeated
 * here so the protocol imports nothing from the workers): present only in the one traced
 * repetition of a point, never in the measured ones.
 */
export interface TraceHandle {
  readonly buffer: SharedArrayBuffer
  readonly offset: number
}

/** The part of a worker_threads `MessagePort` an update client or owner uses (no import: protocol.ts imports this file). */
export interface UpdatePortLike {
  on(event: 'message', listener: (message: unknown) => void): unknown
  postMessage(message: unknown): void
  close(): void
}

/**
 * Where a client's updates go: `atomics`, an Int32 at index 0 of shared memory (`Value`); `port`,
 * an owner thread at the other end of a MessagePort (`Queue`); `socket`, an owner reached over a
 * local socket with the line protocol `add N` -> new value (an owner process, or the engine as
 * the tutorials' `Manager`).
 */
export type UpdateTarget = { type: 'atomics'; buffer: SharedArrayBuffer } | { type: 'port'; port: UpdatePortLike } | { type: 'socket'; path: string }

/**
 * One client: `updates` times "add 1" to the shared value, each one acknowledged before the next.
 * Threads first meet at a start gate (Int32 slots: arrived, abort) so that all contend at once;
 * processes have no shared memory for one and start as the engine hands out their tasks.
 */
export interface SharedUpdateTask {
  kind: 'shared-update'
  target: UpdateTarget
  updates: number
  gate: { buffer: SharedArrayBuffer; parties: number } | null
  /** A wait (gate, acknowledgement, connection) longer than this means a partner is gone. */
  timeoutMs: number
  /** Threads only, traced repetition: each wait for the owner's answer is recorded ('queue-wait', 'queue-get'). */
  trace?: TraceHandle
}

/**
 * The owner of the value in `port` and `socket` ways: starts at 0, adds what each message asks,
 * answers the new value, and returns once `clients` clients said they are done.
 */
export interface OwnerServeTask {
  kind: 'owner-serve'
  listen: { type: 'ports'; ports: UpdatePortLike[] } | { type: 'socket'; path: string }
  clients: number
  /** Fails when no update arrives for this long (a client died). */
  timeoutMs: number
}

export interface SharedUpdateResult {
  kind: 'shared-update'
  /** From passing the gate to the last acknowledgement, on the worker's clock. */
  loopMs: number
  /** Updates acknowledged (equals `updates` unless something is wrong). */
  acked: number
}

export interface OwnerServeResult {
  kind: 'owner-serve'
  value: number
  updates: number
}
