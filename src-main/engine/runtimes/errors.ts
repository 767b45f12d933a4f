/**
 * Typed failures of workers and tasks. Each says what happened in words a user can act on, and
 * carries the facts (exit code, signal, timeout) a caller may branch on.
 */
import type { SerializedError } from '../../../src-shared/protocol'

export class WorkerSpawnError extends Error {
  override name = 'WorkerSpawnError'
  constructor(runtime: string, cause: unknown) {
    super(`Could not start a ${runtime} worker: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
  }
}

export class WorkerCrashedError extends Error {
  override name = 'WorkerCrashedError'
  constructor(
    readonly runtime: string,
    readonly exitCode: number | null,
    readonly signal: string | null,
  ) {
    super(`The ${runtime} worker exited unexpectedly (${signal ? `signal ${signal}` : `exit code ${exitCode}`})`)
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
