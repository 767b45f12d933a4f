/**
 * What the engine and the crash-isolation host (src-workers/hazards/crash-host.ts) say to each
 * other: the host's configuration (one JSON argument) and the observations it sends over IPC as
 * they happen, so that a host which dies mid-way has still told what it saw before.
 */
import type { CRASH_FAULTS } from './crash-report'

export type CrashFault = (typeof CRASH_FAULTS)[number]
export type CrashWorkerKind = 'thread' | 'process'

export interface CrashHostConfig {
  kind: CrashWorkerKind
  /** The lab's worker entry for that kind (engine runtimes/worker-entries.ts). */
  entry: string
  fault: CrashFault
  /** Workers beside the faulty one, each sleeping `siblingMs` on a timer while the fault hits. */
  siblings: number
  siblingMs: number
  /** Heap limit of each worker: a thread's resourceLimits, a process's --max-old-space-size. */
  heapLimitMb: number
  /** Every wait of the host ends by then (ms from its start). */
  timeoutMs: number
}

export type CrashHostMessage =
  | { type: 'started'; pid: number }
  | { type: 'not-started' }
  | { type: 'sibling'; index: number; completed: boolean }
  | { type: 'fault'; outcome: 'worker-ended'; code: number | null; signal: string | null; error?: string }
  | { type: 'fault'; outcome: 'task-error' | 'task-returned' | 'no-end' }
  | { type: 'probe'; replaced: boolean; completed: boolean }
  | { type: 'done' }
