/**
 * One interface over every way to run a worker (tinypool's `TinypoolWorker` idea): the pool and
 * the scheduler only ever see `RuntimeAdapter` and `WorkerChannel`, never the kind behind them.
 */
import type { Serialization } from '../../../src-shared/report'
import type { Transferable } from 'node:worker_threads'
import type { MainToWorker, WorkerRuntimeKind, WorkerToMain } from '../../../src-shared/protocol'

export interface ExitInfo {
  code: number | null
  signal: string | null
}

/** A live connection to one spawned worker, as thin as each runtime allows. */
export interface WorkerChannel {
  /** OS process id hosting the worker (the engine's own pid for a thread). */
  readonly pid: number | undefined
  /** `transfer` moves buffers and ports instead of copying them where the runtime can (threads). */
  post(message: MainToWorker, transfer?: readonly Transferable[]): void
  onMessage(listener: (message: WorkerToMain) => void): void
  /** Called once, when the thread or process has ended for whatever reason. */
  onExit(listener: (exit: ExitInfo) => void): void
  /** An error the runtime reports outside any task (uncaught exception in a thread, spawn failure). */
  onError(listener: (error: Error) => void): void
  /** Ask the OS to stop it (SIGTERM, `worker.terminate()`). */
  terminate(): void
  /** Stop it now (SIGKILL; for a thread, `terminate()` is already final). */
  kill(): void
}

export interface RuntimeAdapter {
  readonly kind: WorkerRuntimeKind
  /** How messages are encoded, recorded next to every figure this runtime produces. */
  readonly serialization: Serialization
  /** Starts one worker. May throw `WorkerSpawnError`; may also fail later through `onExit`. */
  open(): WorkerChannel
}
