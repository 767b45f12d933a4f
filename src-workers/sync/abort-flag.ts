/**
 * AbortFlag: one Int32 word in shared memory that the engine sets on cancel.
 *
 * Every blocking wait in this library sleeps in slices of at most `SLICE_MS` (wait.ts) and checks
 * the flag between slices, so setting it reaches a thread blocked on any primitive without the
 * canceller knowing which address that thread waits on. Setting it also notifies the flag's own
 * word, for code that waits on the flag itself (`waitUntilSet`).
 *
 *   const abort = AbortFlag.create()            // main thread / engine
 *   worker.postMessage({ abort: abort.handle })  // travels by structured clone
 *   const flag = AbortFlag.from(handle)          // worker thread
 *   mutex.acquire({ timeoutMs: 1000, abort: flag }) // -> 'aborted' soon after abort.set()
 *
 * Once set, a flag stays set until `clear()`: a cancelled run's flag is never reused mid-run.
 */
export interface AbortFlagHandle {
  readonly buffer: SharedArrayBuffer
  /** byte offset of the word inside `buffer` (a multiple of 4). */
  readonly offset: number
}

export class AbortFlag {
  static readonly INTS = 1

  private readonly word: Int32Array

  private constructor(readonly handle: AbortFlagHandle) {
    this.word = new Int32Array(handle.buffer, handle.offset, AbortFlag.INTS)
  }

  static create(): AbortFlag {
    return new AbortFlag({ buffer: new SharedArrayBuffer(AbortFlag.INTS * 4), offset: 0 })
  }

  /** Re-attaches, in any thread, to the flag behind `handle` (e.g. in a worker). */
  static from(handle: AbortFlagHandle): AbortFlag {
    return new AbortFlag(handle)
  }

  get isSet(): boolean {
    return Atomics.load(this.word, 0) !== 0
  }

  set(): void {
    Atomics.store(this.word, 0, 1)
    Atomics.notify(this.word, 0)
  }

  clear(): void {
    Atomics.store(this.word, 0, 0)
  }

  /** Blocks until set or `timeoutMs` passes; true when set. For tests and idle workers. */
  waitUntilSet(timeoutMs: number): boolean {
    if (this.isSet) return true
    Atomics.wait(this.word, 0, 0, timeoutMs)
    return this.isSet
  }
}
