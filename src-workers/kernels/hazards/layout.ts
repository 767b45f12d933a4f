/**
 * The one SharedArrayBuffer of a deadlock or livelock repetition: control words (start line),
 * the run's AbortFlag, the wait-for table (one row per worker, one holder word per lock), then
 * one Mutex per lock. The engine creates and places it; every worker attaches to the same words.
 *
 * Table, per worker w: WAITING (lock + 1, 0 = none), KIND (1 blocks, 2 tries), VERSION (bumped on
 * every change of the worker's row or of a lock it takes or gives back). Per lock: HOLDER (worker
 * + 1, 0 = free). The engine reads it without locking; a cycle counts only when it is still there,
 * with the same versions, one poll later (engine: hazards/wait-for-watch.ts).
 */
import { AbortFlag } from '../../sync/abort-flag'
import { Mutex, type MutexHandle } from '../../sync/mutex'

export const READY = 0
export const GO = 1
/** Livelock: pairs completed by both workers together (the stop condition). */
export const COMPLETED = 2
const CONTROL_INTS = 3
export const ABORT_OFFSET = CONTROL_INTS * 4
/** Room in the table: the ring's largest size (src-shared/workloads/deadlock.ts MAX_RING). */
export const TABLE_SLOTS = 8
const TABLE_START = CONTROL_INTS + AbortFlag.INTS
export const WAITING = TABLE_START
export const KIND = WAITING + TABLE_SLOTS
export const VERSION = KIND + TABLE_SLOTS
export const HOLDER = VERSION + TABLE_SLOTS
const TABLE_END = HOLDER + TABLE_SLOTS
export const KIND_BLOCKS = 1
export const KIND_TRIES = 2
const MUTEX_START = Math.ceil((TABLE_END * 4) / 8) * 8

export const hazardBufferBytes = (locks: number): number => MUTEX_START + locks * Mutex.INTS * 4

/** The control words and the table, as one Int32 view. */
export const tableView = (buffer: SharedArrayBuffer): Int32Array => new Int32Array(buffer, 0, TABLE_END)

export const abortFlagOf = (buffer: SharedArrayBuffer): AbortFlag => AbortFlag.from({ buffer, offset: ABORT_OFFSET })

/** Block-waiting, barging locks: a deadlocked worker sleeps (idle CPU), as a Python Lock does. */
const LOCK = { order: 'barging', wait: 'block', spins: 0 } as const

/** The engine's side: places the Mutexes in a fresh buffer, before any worker starts. Ids are lock + 1 (traces). */
export function placeLocks(buffer: SharedArrayBuffer, locks: number): void {
  for (let lock = 0; lock < locks; lock++) Mutex.place(buffer, MUTEX_START + lock * Mutex.INTS * 4, { ...LOCK, id: lock + 1 })
}

/** A worker's side: the handle of lock `lock`, without touching its words. */
export function lockHandle(buffer: SharedArrayBuffer, lock: number): MutexHandle {
  return { buffer, offset: MUTEX_START + lock * Mutex.INTS * 4, ...LOCK, id: lock + 1 }
}

/** A worker's row of the table: it records what it waits for and what it holds, around each lock call. */
export class TableRow {
  constructor(
    private readonly t: Int32Array,
    private readonly worker: number,
  ) {}

  private bump(): void {
    Atomics.add(this.t, VERSION + this.worker, 1)
  }

  waiting(lock: number, kind: typeof KIND_BLOCKS | typeof KIND_TRIES): void {
    Atomics.store(this.t, KIND + this.worker, kind)
    Atomics.store(this.t, WAITING + this.worker, lock + 1)
    this.bump()
  }

  /** After a wait: `got` says whether the lock is now ours. */
  waited(lock: number, got: boolean): void {
    if (got) Atomics.store(this.t, HOLDER + lock, this.worker + 1)
    Atomics.store(this.t, WAITING + this.worker, 0)
    this.bump()
  }

  /** Before the release itself, so the table never shows a free lock as held by a worker that moved on. */
  releasing(lock: number): void {
    Atomics.store(this.t, HOLDER + lock, 0)
    this.bump()
  }
}

/** Waits on the start line (bounded, abortable); false when it did not open. */
export function startLine(t: Int32Array, abort: AbortFlag, timeoutMs: number): boolean {
  Atomics.add(t, READY, 1)
  Atomics.notify(t, READY)
  const deadline = performance.now() + timeoutMs
  while (Atomics.load(t, GO) === 0) {
    if (abort.isSet || performance.now() > deadline) return false
    Atomics.wait(t, GO, 0, 20)
  }
  return true
}

/** Microseconds on the process-wide monotonic clock (every thread's `performance.now()` has its own origin). */
export const nowUs = (): number => Number(process.hrtime.bigint()) / 1000

/** A small seeded generator (xorshift32): each worker draws its own back-offs, reproducibly. */
export function randomOf(seed: number): () => number {
  let x = seed | 0 || 0x9e3779b9
  return () => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) / 0x1_0000_0000
  }
}
