/**
 * The one SharedArrayBuffer every thread of a locks repetition works on: a few control words
 * (start barrier, the shared count of acquisitions, the stop word), the run's AbortFlag, then the
 * Mutex itself. One buffer, so a repetition is one allocation the engine hands to every thread.
 */
import { AbortFlag } from '../sync/abort-flag'
import { Mutex, type MutexHandle, type MutexOrder, type MutexWait } from '../sync/mutex'

/** Threads that reached the start line. */
export const READY = 0
/** 0 until the engine lets every thread go at once. */
export const GO = 1
/**
 * Acquisitions taken so far. Read and written with plain (non-atomic) accesses inside the lock,
 * with the critical-section work between the read and the write: if mutual exclusion ever broke,
 * updates would be lost and the total would not match the threads' own counts (the check).
 * The harness loop (no lock) claims with `Atomics.add` instead.
 */
export const TAKEN = 2
/** Set when the time budget ran out: everyone stops at their next acquisition. */
export const STOP = 3
const CONTROL_INTS = 4

export const ABORT_OFFSET = CONTROL_INTS * 4
/** The Mutex region, 8-byte aligned after the control words and the flag. */
export const MUTEX_OFFSET = Math.ceil((ABORT_OFFSET + AbortFlag.INTS * 4) / 8) * 8

export function locksBufferBytes(): number {
  return MUTEX_OFFSET + Mutex.INTS * 4
}

/** Polls before sleeping in spin-then-block: the Mutex's own default, fixed here so every thread agrees. */
export const LOCK_SPINS = 200

/** The engine's side: places (and initialises) the Mutex in a fresh buffer, before any thread starts. */
export function placeMutex(buffer: SharedArrayBuffer, lock: { order: MutexOrder; wait: MutexWait }): MutexHandle {
  return Mutex.place(buffer, MUTEX_OFFSET, { ...lock, spins: LOCK_SPINS })
}

/** A thread's side: the same handle, without touching the words (the engine placed them). */
export function mutexHandle(buffer: SharedArrayBuffer, lock: { order: MutexOrder; wait: MutexWait }): MutexHandle {
  return { buffer, offset: MUTEX_OFFSET, ...lock, spins: LOCK_SPINS, id: 0 }
}
