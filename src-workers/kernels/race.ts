/**
 * One worker's part of the race (issue 15): `increments` additions of 1 to one shared counter.
 *
 * - `unsafe`: a plain load, the gap work, a plain store. Two workers that both load before either
 *   stores write the same value: one update is lost. Python's `counter += 1` without a lock.
 * - `atomic`: `Atomics.add`, one indivisible read-modify-write (the gap work beside it).
 * - `mutex`: the lab's Mutex (src-workers/sync/mutex.ts) around the same load, gap and store:
 *   `with lock: counter += 1`.
 * - `get-set` / `add`: the counter is owned by the engine's server (owner-client.ts), like
 *   `multiprocessing.Manager().Value`: a `get` then a `set` (the same race, over messages) or one
 *   `add` message applied by the owner alone (exact).
 *
 * Threads first meet at a start gate in the shared buffer so that they race from the same moment
 * (a thread started a millisecond earlier could finish before the other begins). Every wait is
 * bounded by `timeoutMs` and checks the run's AbortFlag, so a cancel reaches a blocked worker.
 *
 * Traced (one extra repetition per point, threads only): the gate is recorded as a barrier, the
 * Mutex records its waits and holds, and each owner request as a wait on a queue. `unsafe` and
 * `atomic` wait for nothing, so their lanes run from the gate to the end.
 *
 * Under the global lock (issue 16, the task's `globalLock`): the loop computes holding it, with a
 * safe point between two increments and one inside the gap (between the load and the store, as
 * CPython checks for a switch at the call of a read, a call, then a write); the gate and the Mutex
 * let it go while they sleep (sync/wait.ts), and the owner variants while they await a reply.
 * A thread is then switched out only every switch interval: few switches, but one that falls
 * between the load and the store loses what the others added meanwhile (CPython's read-call-write).
 */
import { type RaceResult, type RaceTask, assertNever } from '../../src-shared/protocol'
import { AbortFlag } from '../sync/abort-flag'
import { Mutex, type MutexOptions } from '../sync/mutex'
import { TraceRing } from '../sync/trace-ring'
import { deadlineOf, waitWhile } from '../sync/wait'
import { OwnerClient } from './owner-client'
import { type LockScope, NO_LOCK, lockSpecOf, runLocked } from '../global-lock-scope'

/** Int32 words of the race buffer, then the Mutex's words. */
const COUNTER = 0
const ARRIVED = 1
const GO = 2
const ABORT_OFFSET_BYTES = 3 * 4
const MUTEX_OFFSET_BYTES = 4 * 4
export const RACE_BUFFER_BYTES = MUTEX_OFFSET_BYTES + Mutex.INTS * 4

/**
 * Barging like CPython's Lock, spinning a little before sleeping. Barging places nothing in the
 * buffer (`Mutex.place` writes only a FIFO lock's first slot), so every thread may derive the
 * same handle from the buffer without a race on its words.
 */
const RACE_MUTEX: MutexOptions = { order: 'barging', wait: 'spin-then-block', id: 1 }

/** How often a loop without a blocking wait looks at the abort flag. */
const ABORT_CHECK_EVERY = 1024

export class RaceAbortedError extends Error {
  override name = 'AbortError'
  constructor() {
    super('race: cancelled')
  }
}

export function createRaceBuffer(): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(RACE_BUFFER_BYTES)
  Mutex.place(buffer, MUTEX_OFFSET_BYTES, RACE_MUTEX)
  return buffer
}

/** Zeroes the counter and the gate before a repetition (no worker may be running). */
export function resetRace(buffer: SharedArrayBuffer): void {
  const view = new Int32Array(buffer)
  Atomics.store(view, COUNTER, 0)
  Atomics.store(view, ARRIVED, 0)
  Atomics.store(view, GO, 0)
}

export function raceCounter(buffer: SharedArrayBuffer): number {
  return Atomics.load(new Int32Array(buffer), COUNTER)
}

/** The run's abort flag inside the race buffer: the engine sets it on cancel. */
export function raceAbortFlag(buffer: SharedArrayBuffer): AbortFlag {
  return AbortFlag.from({ buffer, offset: ABORT_OFFSET_BYTES })
}

export function raceMutex(buffer: SharedArrayBuffer, trace?: TraceRing): Mutex {
  return Mutex.from(Mutex.place(buffer, MUTEX_OFFSET_BYTES, RACE_MUTEX), trace ? { trace } : {})
}

/** The primitive id the gate's and the owner's events carry in a ring (the Mutex carries its own, 1). */
const GATE_ID = 2
const OWNER_ID = 3

/** The gate, recorded as a barrier in a traced repetition. */
function tracedGate(buffer: SharedArrayBuffer, task: RaceTask, abort: AbortFlag, trace: TraceRing | undefined): void {
  trace?.record('barrier-wait', GATE_ID)
  meetAtGate(buffer, task.gate, task.timeoutMs, abort)
  trace?.record('barrier-pass', GATE_ID)
}

/** The counter word itself, for plain loads and stores. */
export function counterView(buffer: SharedArrayBuffer): Int32Array {
  return new Int32Array(buffer, 0, 1)
}

/**
 * One unprotected increment: a plain load, `between()`, a plain store of the loaded value plus
 * one. Whatever another worker stored in between is overwritten. The interleaving test calls it
 * with a `between` that waits for the other worker.
 */
export function unsafeIncrement(counter: Int32Array, between: () => void): void {
  const value = counter[COUNTER]!
  between()
  counter[COUNTER] = value + 1
}

/** `steps` of xorshift32 from `seed`: work of a chosen length that cannot be skipped. */
export function gapWork(steps: number, seed: number): number {
  let x = seed | 1
  for (let i = 0; i < steps; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
  }
  return x
}

/** Waits until `workers` threads have arrived; the last one opens the gate for all. */
export function meetAtGate(buffer: SharedArrayBuffer, workers: number, timeoutMs: number, abort: AbortFlag): void {
  if (workers <= 1) return
  const view = new Int32Array(buffer)
  if (Atomics.add(view, ARRIVED, 1) + 1 >= workers) {
    Atomics.store(view, GO, 1)
    Atomics.notify(view, GO)
    return
  }
  const deadline = deadlineOf({ timeoutMs })
  for (;;) {
    const outcome = waitWhile(view, GO, 0, deadline, abort)
    if (outcome === 'aborted') throw new RaceAbortedError()
    if (Atomics.load(view, GO) === 1) return
    if (outcome === 'timeout') throw new Error(`race: only ${Atomics.load(view, ARRIVED)} of ${workers} workers reached the start within ${timeoutMs} ms`)
  }
}

function finished(startedAt: number, done: number, sink: number): RaceResult {
  const endedAt = performance.now()
  const origin = performance.timeOrigin
  return { kind: 'race', loopMs: endedAt - startedAt, loopStartEpochMs: origin + startedAt, loopEndEpochMs: origin + endedAt, done, sink }
}

function sharedLoop(task: RaceTask, buffer: SharedArrayBuffer, abort: AbortFlag, lock: LockScope): RaceResult {
  const counter = counterView(buffer)
  const { gap, increments, timeoutMs } = task
  const trace = task.trace ? TraceRing.from(task.trace) : undefined
  const mutex = task.variant === 'mutex' ? raceMutex(buffer, trace) : undefined
  let sink = 0
  const work = () => {
    sink = gapWork(gap, sink)
    lock.tick()
  }
  tracedGate(buffer, task, abort, trace)
  const startedAt = performance.now()
  for (let i = 0; i < increments; i++) {
    if (i % ABORT_CHECK_EVERY === 0 && abort.isSet) throw new RaceAbortedError()
    lock.tick()
    switch (task.variant) {
      case 'unsafe':
        unsafeIncrement(counter, work)
        break
      case 'atomic':
        work()
        Atomics.add(counter, COUNTER, 1)
        break
      case 'mutex': {
        const outcome = mutex!.acquire({ timeoutMs, abort })
        if (outcome === 'aborted') throw new RaceAbortedError()
        if (outcome === 'timeout') throw new Error(`race: could not take the lock within ${timeoutMs} ms`)
        try {
          unsafeIncrement(counter, work)
        } finally {
          mutex!.release()
        }
        break
      }
      default:
        throw new Error(`race: ${task.variant} is not a shared-memory variant`)
    }
  }
  return finished(startedAt, increments, sink)
}

async function ownerLoop(task: RaceTask, address: string, buffer: SharedArrayBuffer | null, lock: LockScope): Promise<RaceResult> {
  const abort = buffer ? raceAbortFlag(buffer) : undefined
  const trace = task.trace ? TraceRing.from(task.trace) : undefined
  // Each request is a wait for the owner's answer, like a put() then a get() on a Queue; the
  // global lock is let go while it is awaited (CPython releases the GIL in the socket's recv).
  const ask = async <T>(request: () => Promise<T>): Promise<T> => {
    trace?.record('queue-wait', OWNER_ID)
    const answer = await lock.around(request)
    trace?.record('queue-get', OWNER_ID)
    return answer
  }
  const client = await lock.around(() => OwnerClient.connect(address, { timeoutMs: task.timeoutMs }))
  try {
    if (buffer && abort) tracedGate(buffer, task, abort, trace)
    let sink = 0
    const startedAt = performance.now()
    for (let i = 0; i < task.increments; i++) {
      if (abort?.isSet === true) throw new RaceAbortedError()
      if (task.variant === 'get-set') {
        const value = await ask(() => client.get())
        sink = gapWork(task.gap, sink)
        lock.tick()
        await ask(() => client.set(value + 1))
      } else {
        sink = gapWork(task.gap, sink)
        lock.tick()
        await ask(() => client.add(1))
      }
    }
    return finished(startedAt, task.increments, sink)
  } finally {
    client.close()
  }
}

/** One racer's part, under the task's global lock when it carries one (the result then says what it saw of the lock). */
export function runRace(task: RaceTask): RaceResult | Promise<RaceResult> {
  if (!Number.isSafeInteger(task.increments) || task.increments < 0) throw new RangeError(`race: increments must be a whole number >= 0, got ${task.increments}`)
  const spec = lockSpecOf(task)
  return spec === undefined ? raceWith(task, NO_LOCK) : runLocked<RaceResult>(spec, (lock) => raceWith(task, lock))
}

function raceWith(task: RaceTask, lock: LockScope): RaceResult | Promise<RaceResult> {
  switch (task.variant) {
    case 'unsafe':
    case 'atomic':
    case 'mutex':
      if (!task.shared) throw new Error(`race: the ${task.variant} variant needs shared memory, which this runtime does not have`)
      return sharedLoop(task, task.shared, raceAbortFlag(task.shared), lock)
    case 'get-set':
    case 'add':
      if (task.owner === null) throw new Error(`race: the ${task.variant} variant needs the owner server's address`)
      return ownerLoop(task, task.owner, task.shared, lock)
    default:
      return assertNever(task.variant, 'race variant')
  }
}
