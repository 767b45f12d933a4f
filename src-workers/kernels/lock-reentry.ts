/**
 * One repetition of a lock-reentry probe on the lab's own locks (workloads/lock-reentry.ts):
 * `lock` is the Mutex (Python's Lock), `rlock` the RecursiveMutex (Python's RLock). The owner takes
 * the lock; for `reenter` it probes itself, otherwise it says so in the phase word and holds the
 * lock until the other thread has probed. Every wait is bounded (`boundMs`, the probe by T); a
 * role whose partner never comes throws, and the engine fails the run with that message.
 */
import type { LockReentryResult, LockReentryTask } from '../../src-shared/protocol-lock-reentry'
import type { ReentryOutcome } from '../../src-shared/workloads/lock-reentry'
import { Mutex } from '../sync/mutex'
import { RecursiveMutex } from '../sync/recursive-mutex'
import { SyncError } from '../sync/errors'
import type { AcquireOutcome, WaitOptions } from '../sync/wait'

/** Word index of the phase: 0 = nobody holds yet, 1 = the owner holds, 2 = the other has probed. */
const PHASE = RecursiveMutex.INTS
const HOLDING = 1
const PROBED = 2

/** A fresh buffer for one repetition: the lock's words, then the phase. */
export function createReentryBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer((RecursiveMutex.INTS + 1) * 4)
}

interface AnyLock {
  acquire(options: WaitOptions): AcquireOutcome
  release(): void
  readonly heldByMe: boolean
}

function lockOf(task: LockReentryTask): AnyLock {
  // Both kinds place the same way at offset 0 (barging, spin-then-block): one layout for either.
  const handle = { buffer: task.buffer, offset: 0, order: 'barging' as const, wait: 'spin-then-block' as const, spins: 200, id: 0 }
  return task.lock === 'rlock' ? RecursiveMutex.from(handle) : Mutex.from(handle)
}

/** Waits until the phase word reaches `phase`, in slices, at most `boundMs`. */
function awaitPhase(words: Int32Array, phase: number, boundMs: number, who: string): void {
  const deadline = performance.now() + boundMs
  for (;;) {
    const seen = Atomics.load(words, PHASE)
    if (seen >= phase) return
    const left = deadline - performance.now()
    if (left <= 0) throw new Error(`lock-reentry: the ${who} waited ${boundMs} ms for the other thread`)
    Atomics.wait(words, PHASE, seen, Math.min(left, 20))
  }
}

function setPhase(words: Int32Array, phase: number): void {
  Atomics.store(words, PHASE, phase)
  Atomics.notify(words, PHASE)
}

/** The probing `acquire(timeout=T)`: its outcome and, when it timed out, how long it waited. */
function probeAcquire(lock: AnyLock, timeoutMs: number): LockReentryResult {
  const started = performance.now()
  const outcome = lock.acquire({ timeoutMs })
  const waitedMs = performance.now() - started
  if (outcome === 'acquired') {
    lock.release()
    return { kind: 'lock-reentry', outcome: 'acquired', waitedMs: null }
  }
  if (outcome === 'aborted') throw new Error('lock-reentry: a probe without an abort flag was aborted')
  return { kind: 'lock-reentry', outcome: 'timed-out', waitedMs }
}

/** A release by a thread that does not hold the lock: refused (SyncError) or allowed. */
function probeRelease(lock: AnyLock): ReentryOutcome {
  try {
    lock.release()
    return 'released'
  } catch (error) {
    if (error instanceof SyncError && (error.code === 'not-owner' || error.code === 'not-held')) return 'refused'
    throw error
  }
}

export function runLockReentry(task: LockReentryTask): LockReentryResult {
  const lock = lockOf(task)
  const words = new Int32Array(task.buffer)
  if (task.role === 'other') {
    awaitPhase(words, HOLDING, task.boundMs, 'prober')
    try {
      if (task.probe === 'foreign-release') return { kind: 'lock-reentry', outcome: probeRelease(lock), waitedMs: null }
      return probeAcquire(lock, task.timeoutMs)
    } finally {
      setPhase(words, PROBED)
    }
  }
  if (lock.acquire({ timeoutMs: task.boundMs }) !== 'acquired') throw new Error(`lock-reentry: the owner could not take a free lock within ${task.boundMs} ms`)
  try {
    if (task.probe === 'reenter') return probeAcquire(lock, task.timeoutMs)
    setPhase(words, HOLDING)
    awaitPhase(words, PROBED, task.boundMs, 'owner')
    return { kind: 'lock-reentry', outcome: null, waitedMs: null }
  } finally {
    // A foreign release the lock allowed leaves nothing to give back.
    if (lock.heldByMe) lock.release()
  }
}
