/**
 * The `primitive` task: one worker thread's role in one part of the primitives experiment.
 * Every wait is bounded by the task's `timeoutMs` and honours its AbortFlag; a job that cannot go
 * on returns why (`timeout`, `aborted`, `broken`) with what it did so far, never hangs or throws
 * for it. Times are wall-clock milliseconds (timeOrigin + now) so that threads compare them.
 *
 * Under the global lock (issue 16, the task's `globalLock`): a job computes holding it, its busy
 * loops are safe points, and every wait lets it go (the library's waits through sync/wait.ts, the
 * set-side pause through `blocking`), so a thread woken by a primitive must take it back first:
 * part of what a CPython thread's wake-up costs.
 */
import type { PrimitiveJob, PrimitiveResult, PrimitiveTask } from '../../../src-shared/primitives-task'
import { assertNever } from '../../../src-shared/protocol'
import { AbortFlag } from '../../sync/abort-flag'
import { TraceRing } from '../../sync/trace-ring'
import { waitWhile } from '../../sync/wait'
import { type LockScope, NO_LOCK, runLockedSync } from '../../global-lock-scope'
import { spin } from '../busy'
import { LIBRARY, type Waits } from './library'

const wallMs = (): number => performance.timeOrigin + performance.now()

/** Raises `view[index]` to `value` if it is lower (an atomic maximum). */
function atomicMax(view: Int32Array, index: number, value: number): void {
  for (let seen = Atomics.load(view, index); seen < value; seen = Atomics.load(view, index)) {
    if (Atomics.compareExchange(view, index, seen, value) === seen) return
  }
}

function missing(part: string): never {
  throw new Error(`The synchronisation library has no ${part} yet`)
}

type Outcome = PrimitiveResult['outcome']

class Job {
  readonly startedAtMs = wallMs()
  markMs = 0
  done = 0
  waits = 0
  mixed = 0
  readonly tick: () => void
  constructor(
    readonly w: Waits,
    readonly lock: LockScope,
    /** Only in the traced round: the ring this thread's primitive records into. */
    readonly trace?: TraceRing,
  ) {
    this.tick = () => lock.tick()
  }
  end(outcome: Outcome): PrimitiveResult {
    return { kind: 'primitive', outcome, startedAtMs: this.startedAtMs, endedAtMs: wallMs(), markMs: this.markMs, done: this.done, waits: this.waits, mixed: this.mixed }
  }
}

/** Waits until `view[0] >= target`, in the library's bounded way (its waitWhile: slices, abort, the global lock let go). */
function waitForCount(view: Int32Array, target: number, w: Waits): Outcome {
  const deadline = performance.now() + w.timeoutMs
  for (;;) {
    const seen = Atomics.load(view, 0)
    if (seen >= target) return 'ok'
    const slept = waitWhile(view, 0, seen, deadline, w.abort)
    if (slept !== 'changed') return slept
  }
}

function semaphore(job: Extract<PrimitiveJob, { part: 'semaphore' }>, j: Job): PrimitiveResult {
  const sem = (LIBRARY.semaphore ?? missing('Semaphore')).attach(job.semaphore, j.trace)
  const inFlight = new Int32Array(job.inFlight)
  for (let i = 0; i < job.acquires; i++) {
    const got = sem.acquire(j.w)
    if (got !== 'acquired') return j.end(got)
    atomicMax(inFlight, 1, Atomics.add(inFlight, 0, 1) + 1)
    spin(job.spins, j.tick)
    Atomics.sub(inFlight, 0, 1)
    sem.release()
    j.done++
  }
  return j.end('ok')
}

function eventWait(job: Extract<PrimitiveJob, { part: 'event-wait' }>, j: Job): PrimitiveResult {
  const event = (LIBRARY.event ?? missing('Event')).attach(job.event, j.trace)
  const ready = new Int32Array(job.ready)
  Atomics.add(ready, 0, 1)
  Atomics.notify(ready, 0)
  const got = event.wait(j.w)
  j.markMs = wallMs()
  if (got !== 'set') return j.end(got)
  j.done = 1
  return j.end('ok')
}

function eventSet(job: Extract<PrimitiveJob, { part: 'event-set' }>, j: Job): PrimitiveResult {
  const ready = new Int32Array(job.ready)
  const allReady = waitForCount(ready, job.waiters, j.w)
  if (allReady !== 'ok') return j.end(allReady)
  const event = (LIBRARY.event ?? missing('Event')).attach(job.event, j.trace)
  // A waiter counts itself ready just before it calls wait(): give the last one time to get
  // there and sleep, or its "wake-up" would be a wait that never slept.
  j.lock.blocking(() => Atomics.wait(ready, 0, Atomics.load(ready, 0), 2))
  j.markMs = wallMs()
  event.set()
  j.done = 1
  return j.end('ok')
}

function condition(job: Extract<PrimitiveJob, { part: 'condition' }>, j: Job): PrimitiveResult {
  const cond = (LIBRARY.condition ?? missing('Condition')).attach(job.condition, j.trace)
  // Ring layout: [count, head, tail, slot 0 .. slot capacity-1]; guarded by the Condition's lock.
  const ring = new Int32Array(job.ring)
  const seen = new Uint8Array(job.seen)
  const producing = job.role === 'produce'
  for (let i = 0; i < job.items; i++) {
    const got = cond.acquire(j.w)
    if (got !== 'acquired') return j.end(got)
    try {
      while (producing ? ring[0] === job.capacity : ring[0] === 0) {
        j.waits++
        const woke = cond.wait(j.w)
        if (woke !== 'notified') return j.end(woke)
      }
      if (producing) {
        ring[3 + ring[2]!] = i
        ring[2] = (ring[2]! + 1) % job.capacity
        ring[0]!++
      } else {
        const item = ring[3 + ring[1]!]!
        ring[1] = (ring[1]! + 1) % job.capacity
        ring[0]!--
        if (item >= 0 && item < seen.length) seen[item] = Math.min(255, seen[item]! + 1)
      }
      cond.notify()
    } finally {
      cond.release()
    }
    j.done++
  }
  return j.end('ok')
}

function barrier(job: Extract<PrimitiveJob, { part: 'barrier' }>, j: Job): PrimitiveResult {
  const b = (LIBRARY.barrier ?? missing('Barrier')).attach(job.barrier, j.trace)
  // Per worker and phase: [start, arrive, pass] in wall-clock ms.
  const log = new Float64Array(job.log)
  const arrivals = new Int32Array(job.arrivals)
  for (let p = 0; p < job.phases; p++) {
    const at = (job.worker * job.phases + p) * 3
    log[at] = wallMs()
    // Uneven work that rotates: worker k does (1 + (k + p) mod threads) shares in phase p.
    spin(job.spins * (1 + ((job.worker + p) % job.threads)), j.tick)
    log[at + 1] = wallMs()
    Atomics.add(arrivals, p, 1)
    const got = b.wait(j.w)
    log[at + 2] = wallMs()
    if (got !== 'passed') return j.end(got)
    // Whoever passes phase p must find every party arrived at p: else generations mixed.
    if (Atomics.load(arrivals, p) !== job.threads) j.mixed++
    j.done++
  }
  return j.end('ok')
}

function queue(job: Extract<PrimitiveJob, { part: 'queue' }>, j: Job): PrimitiveResult {
  const q = (LIBRARY.queue ?? missing('bounded queue')).attach(job.queue, j.trace)
  const seen = new Uint8Array(job.seen)
  for (let i = 0; i < job.items; i++) {
    if (job.role === 'produce') {
      const put = q.put(i, j.w)
      if (put !== 'ok') return j.end(put)
    } else {
      const got = q.get(j.w)
      if (got.outcome !== 'ok') return j.end(got.outcome)
      if (got.value >= 0 && got.value < seen.length) seen[got.value] = Math.min(255, seen[got.value]! + 1)
    }
    j.done++
  }
  return j.end('ok')
}

/** One thread's job, under the task's global lock when it carries one (the result then says what it saw of the lock). */
export function runPrimitive(task: PrimitiveTask): PrimitiveResult {
  return task.globalLock === undefined ? runJob(task, NO_LOCK) : runLockedSync<PrimitiveResult>(task.globalLock, (lock) => runJob(task, lock))
}

function runJob(task: PrimitiveTask, lock: LockScope): PrimitiveResult {
  const j = new Job({ timeoutMs: task.timeoutMs, abort: AbortFlag.from(task.abort) }, lock, task.trace ? TraceRing.from(task.trace) : undefined)
  const job = task.job
  switch (job.part) {
    case 'semaphore':
      return semaphore(job, j)
    case 'event-wait':
      return eventWait(job, j)
    case 'event-set':
      return eventSet(job, j)
    case 'condition':
      return condition(job, j)
    case 'barrier':
      return barrier(job, j)
    case 'queue':
      return queue(job, j)
    default:
      return assertNever(job, 'primitive job')
  }
}
