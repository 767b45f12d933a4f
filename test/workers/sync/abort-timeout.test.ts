/**
 * Every blocking wait honours its timeout and its AbortFlag, with real threads blocked on each
 * primitive: the main thread sets the flag while they wait and they all come back 'aborted'
 * (bounded by startThreads' limit; no duration is asserted).
 */
import { describe, expect, it } from 'vitest'
import { AbortFlag, Barrier, BlockingQueue, Condition, Event, Mutex, Semaphore } from '../../../src-workers/sync'
import type { BlockedOn } from './fixtures/sync-kernel'
import { startThreads, whenReady } from './sync-threads'

/** A primitive in the state that blocks: a held mutex, an empty semaphore, a full queue... */
function blockingCases(): Array<{ name: string; on: BlockedOn; expectedTimeout: string }> {
  const held = Mutex.create({ order: 'barging', wait: 'block' })
  held.acquire({ timeoutMs: 0 })
  const heldFifo = Mutex.create({ order: 'fifo', wait: 'spin-then-block' })
  heldFifo.acquire({ timeoutMs: 0 })
  const heldSpin = Mutex.create({ order: 'fifo', wait: 'spin' })
  heldSpin.acquire({ timeoutMs: 0 })
  const full = BlockingQueue.create({ capacity: 1 })
  full.put(1, { timeoutMs: 0 })
  return [
    { name: 'mutex barging/block', on: { kind: 'mutex', handle: held.handle }, expectedTimeout: 'timeout' },
    { name: 'mutex fifo/spin-then-block', on: { kind: 'mutex', handle: heldFifo.handle }, expectedTimeout: 'timeout' },
    { name: 'mutex fifo/spin', on: { kind: 'mutex', handle: heldSpin.handle }, expectedTimeout: 'timeout' },
    { name: 'semaphore', on: { kind: 'semaphore', handle: Semaphore.create({ value: 0 }).handle }, expectedTimeout: 'timeout' },
    { name: 'event', on: { kind: 'event', handle: Event.create().handle }, expectedTimeout: 'timeout' },
    { name: 'condition', on: { kind: 'condition', handle: Condition.create().handle }, expectedTimeout: 'timeout' },
    // Parties > waiters: the barrier never fills. The first to give up breaks it for the others.
    { name: 'barrier', on: { kind: 'barrier', handle: Barrier.create({ parties: 5 }).handle }, expectedTimeout: 'timeout|broken' },
    { name: 'queue get (empty)', on: { kind: 'queue-get', handle: BlockingQueue.create({ capacity: 1 }).handle }, expectedTimeout: 'timeout' },
    { name: 'queue put (full)', on: { kind: 'queue-put', handle: full.handle }, expectedTimeout: 'timeout' },
  ]
}

describe('abort while blocked', () => {
  for (const { name, on } of blockingCases()) {
    it(`${name}: 3 blocked threads return 'aborted' after the flag is set`, async () => {
      const abort = AbortFlag.create()
      const stats = new Int32Array(new SharedArrayBuffer(32))
      const threads = startThreads(Array.from({ length: 3 }, () => ({ kind: 'blocked' as const, on, stats: stats.buffer as SharedArrayBuffer, timeoutMs: 60_000, abort: abort.handle })), 30_000)
      await whenReady(stats, 3)
      abort.set()
      const outcomes = (await threads).flatMap((r) => r.outcomes)
      // A barrier aborted by one thread is broken for the others: either answer is an abort's.
      for (const outcome of outcomes) expect(on.kind === 'barrier' ? ['aborted', 'broken'] : ['aborted']).toContain(outcome)
    })
  }
})

describe('timeout while blocked', () => {
  for (const { name, on, expectedTimeout } of blockingCases()) {
    it(`${name}: 3 blocked threads return on their timeout`, async () => {
      const stats = new Int32Array(new SharedArrayBuffer(32))
      const outcomes = (await startThreads(Array.from({ length: 3 }, () => ({ kind: 'blocked' as const, on, stats: stats.buffer as SharedArrayBuffer, timeoutMs: 50 })))).flatMap((r) => r.outcomes)
      for (const outcome of outcomes) expect(expectedTimeout.split('|')).toContain(outcome)
      if (on.kind === 'barrier') expect(outcomes).toContain('timeout')
    })
  }
})
