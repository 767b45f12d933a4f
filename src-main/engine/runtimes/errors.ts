/**
 * Typed failures of workers and tasks. Each says what happened in words a user can act on, and
 * carries the facts (exit code, signal, timeout) a caller may branch on.
 */
import { CodedError, type EngineMessage, message, messageOf } from '../../../src-shared/engine-message'
import type { SerializedError } from '../../../src-shared/protocol'

/** What users read about workers that failed, in one place: codes of the `engine` catalogue area. */
export const WORKER_TEXT = {
  couldNotStart: (runtime: string, why: EngineMessage) => message('workerCouldNotStart', { runtime }, why),
  exitedBeforeReady: (how: EngineMessage) => message('workerExitedBeforeReady', {}, how),
  /** Started, then gone without being asked: killed from outside, crashed, or ran out of memory. */
  lost: (runtime: string, how: EngineMessage) => message('workerLost', { runtime }, how),
  lostBeforeReady: (runtime: string, how: EngineMessage) => message('workerLostBeforeReady', { runtime }, how),
  how: (exitCode: number | null, signal: string | null) => (signal ? message('signal', { signal }) : message('exitCode', { code: String(exitCode) })),
} as const

export class WorkerSpawnError extends CodedError {
  override name = 'WorkerSpawnError'
  constructor(runtime: string, cause: unknown) {
    super(WORKER_TEXT.couldNotStart(runtime, messageOf(cause)), { cause })
  }
}

/**
 * A worker that had started (its process or thread existed) and then ended without being asked.
 * `beforeReady`: it was killed by a signal while still loading, which says nothing against
 * starting workers; an exit code while loading is a WorkerSpawnError instead.
 */
export class WorkerCrashedError extends CodedError {
  override name = 'WorkerCrashedError'
  constructor(
    readonly runtime: string,
    readonly exitCode: number | null,
    readonly signal: string | null,
    readonly beforeReady = false,
    /** What the worker said last before it went (its own error), when it said anything. */
    detail?: string,
  ) {
    const how = WORKER_TEXT.how(exitCode, signal)
    const lost = beforeReady ? WORKER_TEXT.lostBeforeReady(runtime, how) : WORKER_TEXT.lost(runtime, how)
    super(detail === undefined ? lost : message('withDetail', { detail }, lost))
  }
}

export class TaskTimeoutError extends CodedError {
  override name = 'TaskTimeoutError'
  constructor(readonly timeoutMs: number) {
    super(message('taskTimeout', { ms: timeoutMs }))
  }
}

/** The kernel threw inside the worker; the worker itself is fine and stays in the pool. */
export class TaskFailedError extends CodedError {
  override name = 'TaskFailedError'
  constructor(readonly remote: SerializedError) {
    super(message('taskFailed', { name: remote.name }, messageOf(remote)))
    if (remote.stack) this.stack = `${this.name}: ${this.message}\n--- worker stack ---\n${remote.stack}`
  }
}

/** Rejection of everything a cancel interrupts; `name` is `AbortError` like DOM and piscina. */
export class AbortError extends Error {
  override name = 'AbortError'
  constructor(readonly reason?: unknown) {
    super(reason instanceof Error ? `Cancelled: ${reason.message}` : typeof reason === 'string' ? `Cancelled: ${reason}` : 'Cancelled')
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError'
}

/** Anything thrown, as an Error (tinybench `toError`). */
export function toError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(typeof thrown === 'string' ? thrown : JSON.stringify(thrown))
}
