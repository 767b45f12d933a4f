import { describe, expect, it } from 'vitest'
import { AbortFlag, Mutex, type MutexOrder, type MutexWait, RecursiveMutex, SyncError } from '../../../src-workers/sync'
import { startThreads } from './sync-threads'

const THREADS = 4
const ORDERS: MutexOrder[] = ['barging', 'fifo']
const WAITS: MutexWait[] = ['block', 'spin-then-block', 'spin']

function stats(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(8 * 4))
}

describe('Mutex under real threads', () => {
  for (const order of ORDERS) for (const wait of WAITS) {
    it(`${order}/${wait}: mutual exclusion holds and no update is lost`, async () => {
      // FIFO + pure spin with more threads than cores convoys (the next ticket's thread is often
      // descheduled): correct but slow, so fewer operations there.
      const ops = wait !== 'spin' ? 2000 : order === 'fifo' ? 100 : 400
      const mutex = Mutex.create({ order, wait, spins: 50 })
      const s = stats()
      const results = await startThreads(Array.from({ length: THREADS }, () => ({ kind: 'mutex' as const, mutex: mutex.handle, stats: s.buffer as SharedArrayBuffer, ops, recursive: false, threads: THREADS })))
      console.log('SPINS', new Int32Array(mutex.handle.buffer)[5], new Int32Array(mutex.handle.buffer)[6], s[1], s[2])
      expect(results.flatMap((r) => r.outcomes)).toEqual([])
      expect(s[1]).toBe(1) // never more than one thread inside
      expect(s[3]).toBe(0)
      expect(s[2]).toBe(THREADS * ops) // the plain read-modify-write lost nothing
      expect(mutex.locked).toBe(false)
    })
  }

  it('RecursiveMutex: re-entry under stress, exclusion holds', async () => {
    const lock = RecursiveMutex.create({ order: 'fifo' })
    const s = stats()
    const results = await startThreads(Array.from({ length: THREADS }, () => ({ kind: 'mutex' as const, mutex: lock.handle, stats: s.buffer as SharedArrayBuffer, ops: 1500, recursive: true, threads: THREADS })))
    expect(results.flatMap((r) => r.outcomes)).toEqual([])
    expect([s[1], s[3], s[2]]).toEqual([1, 0, THREADS * 1500])
    expect(lock.count).toBe(0)
  })

  it.each([false, true])('release by another thread is refused (recursive: %s)', async (recursive) => {
    const lock = recursive ? RecursiveMutex.create() : Mutex.create()
    expect(lock.acquire({ timeoutMs: 0 })).toBe('acquired')
    const [result] = await startThreads([{ kind: 'foreign-release', mutex: lock.handle, recursive }])
    expect(result?.outcomes).toEqual(['not-owner'])
    expect(lock.heldByMe).toBe(true)
    lock.release()
    const [free] = await startThreads([{ kind: 'foreign-release', mutex: lock.handle, recursive }])
    expect(free?.outcomes).toEqual(['not-held'])
  })
})

describe('Mutex on one thread', () => {
  for (const order of ORDERS) for (const wait of WAITS) {
    it(`${order}/${wait}: try, timeout, abort, owner checks`, () => {
      const mine = Mutex.create({ order, wait })
      const other = Mutex.from(mine.handle, { ownerId: 12345 })
      expect(mine.acquire({ timeoutMs: 0 })).toBe('acquired')
      expect(mine.ownerId).toBe(mine.me)
      expect(other.tryAcquire()).toBe(false)
      expect(other.acquire({ timeoutMs: 5 })).toBe('timeout')
      const abort = AbortFlag.create()
      abort.set()
      expect(other.acquire({ timeoutMs: 10_000, abort })).toBe('aborted')
      expect(() => other.release()).toThrow(SyncError)
      // Many given-up waits (FIFO: abandoned tickets, more than its 64 slots) leave it usable.
      for (let i = 0; i < 100; i++) expect(other.acquire({ timeoutMs: 0.2 })).toBe('timeout')
      mine.release()
      expect(() => mine.release()).toThrow(expect.objectContaining({ code: 'not-held' }))
      expect(other.acquire({ timeoutMs: 100 })).toBe('acquired')
      other.release()
      // Aborted before the first attempt: a free lock is not taken.
      expect(mine.acquire({ timeoutMs: 100, abort })).toBe('aborted')
      expect(mine.locked).toBe(false)
    })
  }

  it('rejects an unbounded or negative timeout', () => {
    const mutex = Mutex.create()
    expect(() => mutex.acquire({ timeoutMs: Number.POSITIVE_INFINITY })).toThrow(RangeError)
    expect(() => mutex.acquire({ timeoutMs: -1 })).toThrow(RangeError)
  })

  it('RecursiveMutex counts re-entries and frees at zero', () => {
    const lock = RecursiveMutex.create()
    const other = RecursiveMutex.from(lock.handle, { ownerId: 777 })
    for (let i = 0; i < 3; i++) expect(lock.acquire({ timeoutMs: 0 })).toBe('acquired')
    expect(lock.count).toBe(3)
    expect(() => other.release()).toThrow(expect.objectContaining({ code: 'not-owner' }))
    lock.release()
    lock.release()
    expect(other.tryAcquire()).toBe(false)
    lock.release()
    expect(other.tryAcquire()).toBe(true)
    other.release()
  })
})
