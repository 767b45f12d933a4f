/**
 * Typed failures of workers and tasks. Each says what happened in words a user can act on, and
 * carries the facts (exit code, signal, timeout) a caller may branch on.
 */
import type { SerializedError } from '../../../src-shared/protocol'

/** What users read about workers that failed, in one place. */
export const WORKER_TEXT = {
  couldNotStart: (runtime: string, why: string) => `Could not start a ${runtime} worker: ${why}`,
  exitedBeforeReady: (how: string) => `it exited before it was ready (${how})`,
  /** Started, then gone without being asked: killed from outside, crashed, or ran out of memory. */
  lost: (runtime: string, how: string) => `A ${runtime} worker was lost during the run: it exited unexpectedly (${how})`,
  lostBeforeReady: (runtime: string, how: string) => `A ${runtime} worker was lost during the run, before it was ready: it exited unexpectedly (${how})`,
  how: (exitCode: number | null, signal: string | null) => (signal ? `signal ${signal}` : `exit code ${exitCode}`),
} as const

export class WorkerSpawnError extends Error {
  override name = 'WorkerSpawnError'
  constructor(runtime: string, cause: unknown) {
    super(WORKER_TEXT.couldNotStart(runtime, cause instanceof Error ? cause.message : String(cause)), { cause })
  }
}

/**
 * A worker that had started (its process or thread existed) and then ended without being asked.
 * `beforeReady`: it was killed by a signal while still loading, which says nothing against
 * starting workers; an exit code while loading is a WorkerSpawnError instead.
 */
export class WorkerCrashedError extends Error {
  override name = 'WorkerCrashedError'
  constructor(
    readonly runtime: string,
    readonly exitCode: number | null,
    readonly signal: string | null,
    readonly beforeReady = false,
  ) {
    const how = WORKER_TEXT.how(exitCode, signal)
    super(beforeReady ? WORKER_TEXT.lostBeforeReady(runtime, how) : WORKER_TEXT.lost(runtime, how))
  }
}

export class TaskTimeoutError extends Error {
  override name = 'TaskTimeoutError'
  constructor(readonly timeoutMs: number) {
    super(`The task did not finish within ${timeoutMs} ms; its worker was stopped and replaced`)
  }
}

/** The kernel threw inside the worker; the worker itself is fine and stays in the pool. */
export class TaskFailedError extends Error {
  override name = 'TaskFailedError'
  constructor(readonly remote: SerializedError) {
    super(`The task failed in the worker: ${remote.name}: ${remote.message}`)
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
