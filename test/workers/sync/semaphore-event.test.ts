import { describe, expect, it } from 'vitest'
import { AbortFlag, BoundedSemaphore, Event, Semaphore, SyncError } from '../../../src-workers/sync'
import { startThreads, whenReady } from './sync-threads'

describe('Semaphore under real threads', () => {
  it.each([1, 2, 3])('never lets more than %i threads in', async (limit) => {
    const semaphore = Semaphore.create({ value: limit })
    const stats = new Int32Array(new SharedArrayBuffer(32))
    const results = await startThreads(Array.from({ length: 4 }, () => ({ kind: 'semaphore' as const, semaphore: semaphore.handle, stats: stats.buffer as SharedArrayBuffer, ops: 1500, limit, threads: 4 })))
    expect(results.flatMap((r) => r.outcomes)).toEqual([])
    expect(stats[3]).toBe(0)
    expect(stats[1]).toBeLessThanOrEqual(limit)
    expect(semaphore.value).toBe(limit)
  })
})

describe('Semaphore on one thread', () => {
  it('counts down, times out at zero, releases n', () => {
    const semaphore = Semaphore.create({ value: 2 })
    expect(semaphore.tryAcquire()).toBe(true)
    expect(semaphore.tryAcquire()).toBe(true)
    expect(semaphore.acquire({ timeoutMs: 5 })).toBe('timeout')
    const abort = AbortFlag.create()
    abort.set()
    expect(semaphore.acquire({ timeoutMs: 1000, abort })).toBe('aborted')
    semaphore.release(2)
    expect(semaphore.value).toBe(2)
    semaphore.release() // a plain Semaphore may go above its start, as in Python
    expect(semaphore.value).toBe(3)
  })

  it('BoundedSemaphore refuses a release above its initial value, also from a re-attached copy', () => {
    const bounded = BoundedSemaphore.create({ value: 2 })
    expect(() => bounded.release()).toThrow(expect.objectContaining({ code: 'over-release' }))
    expect(bounded.tryAcquire()).toBe(true)
    const copy = Semaphore.from(bounded.handle)
    expect(copy).toBeInstanceOf(BoundedSemaphore)
    expect(() => copy.release(2)).toThrow(SyncError)
    copy.release()
    expect(bounded.value).toBe(2)
  })
})

describe('Event', () => {
  it('set / clear / isSet / wait', () => {
    const event = Event.create()
    expect(event.isSet()).toBe(false)
    expect(event.wait({ timeoutMs: 5 })).toBe('timeout')
    event.set()
    expect(event.isSet()).toBe(true)
    expect(Event.from(event.handle).wait({ timeoutMs: 0 })).toBe('set')
    event.clear()
    expect(event.isSet()).toBe(false)
    const abort = AbortFlag.create()
    abort.set()
    expect(event.wait({ timeoutMs: 1000, abort })).toBe('aborted')
  })

  it('wakes every waiting thread', async () => {
    const event = Event.create()
    const stats = new Int32Array(new SharedArrayBuffer(32))
    const waiting = startThreads(Array.from({ length: 4 }, () => ({ kind: 'blocked' as const, on: { kind: 'event' as const, handle: event.handle }, stats: stats.buffer as SharedArrayBuffer, timeoutMs: 30_000 })))
    await whenReady(stats, 4)
    event.set()
    expect((await waiting).flatMap((r) => r.outcomes)).toEqual(['set', 'set', 'set', 'set'])
  })
})
