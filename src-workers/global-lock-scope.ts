/**
 * How a kernel runs under the global lock (issue 16), when its task carries one: the task holds the
 * lock while it computes, `tick()` at the kernel's safe points lets a waiter in, and every wait for
 * I/O runs with the lock released (CPython's Py_BEGIN_ALLOW_THREADS around a blocking call, and
 * asyncio's select()). A task without a lock gets `NO_LOCK`, whose calls cost nothing.
 * While a locked task runs, the sync library's waits (sync/wait.ts WaitHook) let the lock go around
 * every sleep on a primitive and hand it over at their spin safe points, as CPython releases the
 * GIL around a blocking `Lock.acquire()`: a thread blocked on a Mutex never holds the global lock.
 */
import type { GlobalLockSpec } from '../src-shared/protocol'
import type { GlobalLockTrace } from '../src-shared/protocol-global-lock'
import { GlobalLock } from './sync/global-lock'
import { TraceRing } from './sync/trace-ring'
import { type WaitHook, setWaitHook } from './sync/wait'

export interface LockScope {
  /** A safe point of a CPU loop: hands the lock over if another thread asked for it. */
  tick(): void
  /** Runs a blocking call (synchronous I/O) with the lock released. */
  blocking<T>(run: () => T): T
  /** Starts an asynchronous operation under the lock and awaits it with the lock released. */
  around<T>(start: () => Promise<T>): Promise<T>
}

export const NO_LOCK: LockScope = {
  tick: () => undefined,
  blocking: (run) => run(),
  around: (start) => start(),
}

/** A process's own lock (no buffer comes from the engine): nobody else in this process takes it. */
let ownBuffer: SharedArrayBuffer | undefined

/** This thread's ring of the latest traced repetition it took part in (a buffer's identity does not survive postMessage: the id does). */
let claimed: { id: number; ring: TraceRing | undefined } | undefined

function ringOf(trace: GlobalLockTrace | undefined): TraceRing | undefined {
  if (trace === undefined) return undefined
  if (claimed?.id !== trace.id) {
    const index = Atomics.add(new Int32Array(trace.claim, 0, 1), 0, 1)
    const handle = trace.rings[index]
    claimed = { id: trace.id, ring: handle ? TraceRing.from(handle) : undefined }
  }
  return claimed.ring
}

class HeldScope implements LockScope {
  private idleReleaseQueued = false

  constructor(readonly gil: GlobalLock) {}

  /**
   * The sync library's side: a sleep lets the lock go only when this thread holds it (the global
   * lock's own Mutex sleeps through the same waitWhile while not holding it: no recursion), and a
   * spin hands it over only when held (a tick by a non-holder would release a lock it lacks).
   */
  readonly waitHook: WaitHook = {
    beforeSleep: () => {
      if (!this.gil.heldByMe) return false
      this.gil.release()
      return true
    },
    afterSleep: () => this.hold(),
    spin: () => {
      if (this.gil.heldByMe) this.gil.tick()
    },
  }

  tick(): void {
    this.gil.tick()
  }

  /** Holds the lock: a no-op when this thread already does (tasks on one thread share it). */
  hold(): void {
    if (!this.gil.heldByMe) this.gil.acquire()
  }

  releaseIfHeld(): void {
    if (this.gil.heldByMe) this.gil.release()
  }

  blocking<T>(run: () => T): T {
    this.releaseIfHeld()
    try {
      return run()
    } finally {
      this.hold()
    }
  }

  async around<T>(start: () => Promise<T>): Promise<T> {
    this.hold()
    const pending = start()
    this.releaseIfHeld()
    try {
      return await pending
    } finally {
      this.hold()
      this.releaseWhenIdle()
    }
  }

  /**
   * A safety net for an await the kernel did not wrap: the lock goes back before this thread's
   * event loop sleeps (setImmediate runs before the loop blocks), so an idle thread never holds it.
   */
  private releaseWhenIdle(): void {
    if (this.idleReleaseQueued) return
    this.idleReleaseQueued = true
    setImmediate(() => {
      this.idleReleaseQueued = false
      this.releaseIfHeld()
    })
  }
}

/**
 * Runs a kernel under the task's lock (or without one) and adds what the task saw of the lock to
 * its result. A synchronous kernel's answer stays synchronous (the worker loop replies at once).
 */
export function runLocked<R extends object>(spec: GlobalLockSpec | undefined, run: (scope: LockScope) => R | Promise<R>): R | Promise<R> {
  if (spec === undefined) return run(NO_LOCK)
  const buffer = spec.buffer ?? (ownBuffer ??= GlobalLock.create())
  const scope = new HeldScope(GlobalLock.from(buffer, { switchIntervalMs: spec.switchIntervalMs, timeoutMs: spec.timeoutMs, trace: ringOf(spec.trace) }))
  const withFigures = (result: R): R => ({ ...result, globalLock: scope.gil.snapshot() })
  const previousHook = setWaitHook(scope.waitHook)
  const done = () => {
    setWaitHook(previousHook)
    scope.releaseIfHeld()
  }
  let outcome: R | Promise<R>
  try {
    scope.hold()
    outcome = run(scope)
  } catch (error) {
    done()
    throw error
  }
  if (!(outcome instanceof Promise)) {
    done()
    return withFigures(outcome)
  }
  return outcome.then(withFigures).finally(done)
}

/** runLocked for a synchronous kernel: its answer stays a value (callers and tests read it at once). */
export function runLockedSync<R extends object>(spec: GlobalLockSpec | undefined, run: (scope: LockScope) => R): R {
  const outcome = runLocked<R>(spec, run)
  if (outcome instanceof Promise) throw new Error('Impossible: a synchronous kernel answered a promise under the global lock')
  return outcome
}

/**
 * The lock a task carries, for the task kinds whose protocol type lists no `globalLock` field of
 * its own (protocol.ts's RaceTask, LocksTask): the engine adds it (global-lock-executor.ts) and
 * structured cloning keeps it.
 */
export function lockSpecOf(task: object): GlobalLockSpec | undefined {
  return (task as { globalLock?: GlobalLockSpec }).globalLock
}
