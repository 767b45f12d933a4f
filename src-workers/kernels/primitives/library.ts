/**
 * The one place the primitives experiment meets the synchronisation library (src-workers/sync):
 * how the engine creates each primitive and how a worker thread re-attaches to it from its
 * handle, behind small interfaces of what the experiment calls. A primitive the library does not
 * offer yet is absent here, and the engine reports its part as not measured with that reason
 * instead of failing (parts land one by one as the library grows).
 */
import type { SyncHandle } from '../../../src-shared/primitives-task'
import type { AbortFlag } from '../../sync/abort-flag'
import { Barrier, type BarrierHandle } from '../../sync/barrier'
import { Condition, type ConditionHandle } from '../../sync/condition'
import { Event, type EventHandle } from '../../sync/event'
import { Mutex, type MutexHandle } from '../../sync/mutex'
import { BlockingQueue, type QueueHandle } from '../../sync/queue'
import { Semaphore, type SemaphoreHandle } from '../../sync/semaphore'
import type { TraceRing } from '../../sync/trace-ring'

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
  /** `trace`: the traced round's ring, where the primitive records this thread's waits. */
  attach(handle: SyncHandle, trace?: TraceRing): Like
}

export interface PrimitiveLibrary {
  semaphore?: Kind<SemaphoreLike, [value: number]>
  event?: Kind<EventLike, []>
  mutex: Kind<MutexLike, []>
  condition?: Kind<ConditionLike, []>
  barrier?: Kind<BarrierLike, [parties: number]>
  queue?: Kind<QueueLike, [capacity: number]>
}

// Handles cross the task protocol typed as SyncHandle; each kind re-reads its own shape.
export const LIBRARY: PrimitiveLibrary = {
  mutex: {
    create: () => Mutex.create({ order: 'barging', wait: 'spin-then-block' }).handle,
    attach: (handle, trace) => Mutex.from(handle as MutexHandle, { trace }),
  },
  semaphore: {
    create: (value) => Semaphore.create({ value }).handle,
    attach: (handle, trace) => Semaphore.from(handle as SemaphoreHandle, { trace }),
  },
  event: {
    create: () => Event.create().handle,
    attach: (handle, trace) => Event.from(handle as EventHandle, { trace }),
  },
  condition: {
    create: () => Condition.create().handle,
    attach: (handle, trace) => Condition.from(handle as ConditionHandle, { trace }),
  },
  barrier: {
    create: (parties) => Barrier.create({ parties }).handle,
    attach: (handle, trace) => Barrier.from(handle as BarrierHandle, { trace }),
  },
  queue: {
    create: (capacity) => BlockingQueue.create({ capacity, kind: 'int32' }).handle,
    attach: (handle, trace) => {
      const q = BlockingQueue.from(handle as QueueHandle, { trace })
      // 'shut-down' (nobody shuts this queue down) reads as a broken queue.
      const stop = (o: 'timeout' | 'aborted' | 'shut-down'): Stop => (o === 'shut-down' ? 'broken' : o)
      return {
        put: (value, w) => {
          const r = q.put(value, w)
          return r.outcome === 'ok' ? 'ok' : stop(r.outcome)
        },
        get: (w) => {
          const r = q.get(w)
          return r.outcome === 'ok' ? r : { outcome: stop(r.outcome) }
        },
      }
    },
  },
}
