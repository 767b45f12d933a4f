/**
 * The one place the primitives experiment meets the synchronisation library (src-workers/sync):
 * how the engine creates each primitive and how a worker thread re-attaches to it from its
 * handle, behind small interfaces of what the experiment calls. A primitive the library does not
 * offer yet is absent here, and the engine reports its part as not measured with that reason
 * instead of failing (parts land one by one as the library grows).
 */
import type { SyncHandle } from '../../../src-shared/primitives-task'
import type { AbortFlag } from '../../sync/abort-flag'
import { Mutex } from '../../sync/mutex'

export interface Waits {
  timeoutMs: number
  abort?: AbortFlag
}
export type Stop = 'timeout' | 'aborted' | 'broken'

export interface SemaphoreLike {
  acquire(w: Waits): 'acquired' | Stop
  release(): void
}
export interface EventLike {
  wait(w: Waits): 'set' | Stop
  set(): void
}
export interface MutexLike {
  acquire(w: Waits): 'acquired' | Stop
  release(): void
}
/** A Condition with its own lock (Python's default `threading.Condition()`). */
export interface ConditionLike {
  acquire(w: Waits): 'acquired' | Stop
  release(): void
  /** Called holding the lock: releases it, sleeps until notified, takes it back. */
  wait(w: Waits): 'notified' | Stop
  notify(): void
}
export interface BarrierLike {
  wait(w: Waits): 'passed' | Stop
}
export interface QueueLike {
  put(value: number, w: Waits): 'ok' | Stop
  get(w: Waits): { outcome: 'ok'; value: number } | { outcome: Stop }
}

export interface Kind<Like, CreateArgs extends unknown[]> {
  create(...args: CreateArgs): SyncHandle
  attach(handle: SyncHandle): Like
}

export interface PrimitiveLibrary {
  semaphore?: Kind<SemaphoreLike, [value: number]>
  event?: Kind<EventLike, []>
  mutex: Kind<MutexLike, []>
  condition?: Kind<ConditionLike, []>
  barrier?: Kind<BarrierLike, [parties: number]>
  queue?: Kind<QueueLike, [capacity: number]>
}

export const LIBRARY: PrimitiveLibrary = {
  mutex: {
    create: () => Mutex.create({ order: 'barging', wait: 'spin-then-block' }).handle,
    attach: (handle) => Mutex.from(handle as Parameters<typeof Mutex.from>[0]),
  },
}
