import { describe, expect, it } from 'vitest'
import { AbortFlag, BlockingQueue } from '../../../src-workers/sync'
import { startThreads } from './sync-threads'

describe('BlockingQueue under real threads', () => {
  it.each([1, 4, 64])('capacity %i: 3 producers, 3 consumers, nothing lost or duplicated', async (capacity) => {
    const queue = BlockingQueue.create({ capacity, kind: 'int32' })
    const perProducer = 3000
    const producers = 3
    const seen = new SharedArrayBuffer((producers * perProducer + 1) * 4)
    const consumers = startThreads(Array.from({ length: 3 }, () => ({ kind: 'consume' as const, queue: queue.handle, seen })))
    const produced = await startThreads(Array.from({ length: producers }, (_, p) => ({ kind: 'produce' as const, queue: queue.handle, base: p * perProducer, count: perProducer })))
    expect(new Set(produced.flatMap((r) => r.outcomes))).toEqual(new Set(['ok']))
    expect(queue.join({ timeoutMs: 30_000 })).toBe('done')
    queue.shutdown()
    const consumed = await consumers
    expect(consumed.flatMap((r) => r.outcomes)).toEqual(['shut-down', 'shut-down', 'shut-down'])
    const total = producers * perProducer
    expect(consumed.reduce((n, r) => n + r.count, 0)).toBe(total)
    expect(consumed.reduce((n, r) => n + r.sum, 0)).toBe((total * (total + 1)) / 2)
    expect(new Int32Array(seen).slice(1).every((n) => n === 1)).toBe(true)
  })
})

describe('BlockingQueue on one thread', () => {
  it('FIFO order, timeouts when full or empty, abort, taskDone/join, shutdown', () => {
    const queue = BlockingQueue.create({ capacity: 2 })
    expect(queue.get({ timeoutMs: 5 })).toEqual({ outcome: 'timeout' })
    expect(queue.put(1.5, { timeoutMs: 0 }).outcome).toBe('ok')
    expect(queue.put(-2, { timeoutMs: 0 }).outcome).toBe('ok')
    expect(queue.put(3, { timeoutMs: 5 })).toEqual({ outcome: 'timeout' })
    const abort = AbortFlag.create()
    abort.set()
    expect(queue.put(3, { timeoutMs: 1000, abort })).toEqual({ outcome: 'aborted' })
    expect(queue.get({ timeoutMs: 0 })).toEqual({ outcome: 'ok', value: 1.5 })
    expect(queue.join({ timeoutMs: 5 })).toBe('timeout')
    queue.taskDone()
    expect(queue.get({ timeoutMs: 0 })).toEqual({ outcome: 'ok', value: -2 })
    queue.taskDone()
    expect(() => queue.taskDone()).toThrow(expect.objectContaining({ code: 'task-done-too-often' }))
    expect(queue.join({ timeoutMs: 0 })).toBe('done')
    queue.put(7, { timeoutMs: 0 })
    queue.shutdown()
    expect(queue.put(8, { timeoutMs: 0 })).toEqual({ outcome: 'shut-down' })
    expect(queue.get({ timeoutMs: 0 })).toEqual({ outcome: 'ok', value: 7 })
    expect(queue.get({ timeoutMs: 1000 })).toEqual({ outcome: 'shut-down' })
  })

  it('an int32 queue refuses a fraction', () => {
    const queue = BlockingQueue.create({ capacity: 1, kind: 'int32' })
    expect(() => queue.put(0.5, { timeoutMs: 0 })).toThrow(RangeError)
    expect(() => queue.put(2 ** 31, { timeoutMs: 0 })).toThrow(RangeError)
  })
})
