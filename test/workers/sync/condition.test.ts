import { describe, expect, it } from 'vitest'
import { AbortFlag, Condition, Mutex, RecursiveMutex } from '../../../src-workers/sync'
import { startThreads, whenReady } from './sync-threads'

describe('Condition under real threads', () => {
  it.each(['mutex', 'recursive'] as const)('producers and consumers over a %s: every item consumed once', async (kind) => {
    const lock = kind === 'mutex' ? Mutex.create({ order: 'fifo' }) : RecursiveMutex.create()
    const condition = Condition.create({ lock })
    const stats = new Int32Array(new SharedArrayBuffer(32))
    const n = 800
    const results = await startThreads([
      { kind: 'condition-produce', condition: condition.handle, stats: stats.buffer as SharedArrayBuffer, count: n, threads: 4 },
      { kind: 'condition-produce', condition: condition.handle, stats: stats.buffer as SharedArrayBuffer, count: n, threads: 4 },
      { kind: 'condition-consume', condition: condition.handle, stats: stats.buffer as SharedArrayBuffer, count: n, threads: 4 },
      { kind: 'condition-consume', condition: condition.handle, stats: stats.buffer as SharedArrayBuffer, count: n, threads: 4 },
    ])
    expect(results.flatMap((r) => r.outcomes)).toEqual([])
    expect(results.reduce((total, r) => total + r.count, 0)).toBe(2 * n)
    expect(stats[2]).toBe(0)
    expect(condition.waiting).toBe(0)
  })

  it('notify(1) wakes one waiter, notifyAll the rest; each returns holding the lock', async () => {
    const condition = Condition.create()
    const stats = new Int32Array(new SharedArrayBuffer(32))
    const all = startThreads(Array.from({ length: 3 }, () => ({ kind: 'blocked' as const, on: { kind: 'condition' as const, handle: condition.handle }, stats: stats.buffer as SharedArrayBuffer, timeoutMs: 30_000 })))
    await whenReady(stats, 3)
    await waitFor(() => condition.waiting === 3)
    expect(condition.acquire({ timeoutMs: 5000 })).toBe('acquired')
    condition.notify(1)
    expect(condition.waiting).toBe(2)
    condition.notifyAll()
    expect(condition.waiting).toBe(0)
    condition.release()
    expect((await all).flatMap((r) => r.outcomes)).toEqual(['notified', 'notified', 'notified'])
  })
})

describe('Condition on one thread', () => {
  it('refuses wait and notify without the lock; times out and aborts holding it again', () => {
    const condition = Condition.create({ lock: RecursiveMutex.create() })
    expect(() => condition.wait({ timeoutMs: 1 })).toThrow(expect.objectContaining({ code: 'not-held' }))
    expect(() => condition.notify()).toThrow(expect.objectContaining({ code: 'not-held' }))
    condition.acquire({ timeoutMs: 0 })
    condition.acquire({ timeoutMs: 0 })
    expect(condition.wait({ timeoutMs: 5 })).toBe('timeout')
    const lock = condition.lock as RecursiveMutex
    expect([lock.heldByMe, lock.count]).toEqual([true, 2])
    const abort = AbortFlag.create()
    abort.set()
    expect(condition.wait({ timeoutMs: 10_000, abort })).toBe('aborted')
    expect(condition.waitFor(() => false, { timeoutMs: 5 })).toBe('timeout')
    expect(condition.waitFor(() => true, { timeoutMs: 0 })).toBe('satisfied')
    expect([lock.heldByMe, lock.count, condition.waiting]).toEqual([true, 2, 0])
    const stranger = Condition.from(condition.handle, { ownerId: 4242 })
    expect(() => stranger.notify()).toThrow(expect.objectContaining({ code: 'not-owner' }))
    condition.release()
    condition.release()
  })
})

async function waitFor(ready: () => boolean, limitMs = 30_000): Promise<void> {
  const until = Date.now() + limitMs
  while (!ready()) {
    if (Date.now() > until) throw new Error('condition never met')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}
