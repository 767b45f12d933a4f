import { describe, expect, it } from 'vitest'
import { AbortFlag, Barrier } from '../../../src-workers/sync'
import { startThreads } from './sync-threads'

describe('Barrier under real threads', () => {
  it('generations never mix over many rounds; each round hands out every index once', async () => {
    const parties = 4
    const rounds = 300
    const barrier = Barrier.create({ parties })
    const arrived = new SharedArrayBuffer(rounds * 4)
    const results = await startThreads(Array.from({ length: parties }, () => ({ kind: 'barrier' as const, barrier: barrier.handle, arrived, rounds })))
    expect(new Set(results.flatMap((r) => r.outcomes))).toEqual(new Set(['passed']))
    expect(results.map((r) => r.count)).toEqual([0, 0, 0, 0]) // nobody passed before all had arrived
    // Indexes 0..parties-1 once per round: their sum over all threads and rounds.
    expect(results.reduce((total, r) => total + r.sum, 0)).toBe(rounds * ((parties * (parties - 1)) / 2))
    expect(new Int32Array(arrived).every((n) => n === parties)).toBe(true)
    expect([barrier.waiting, barrier.broken]).toEqual([0, false])
  })
})

describe('Barrier breaking', () => {
  it('a timeout breaks it for everyone waiting, and for later arrivals, until reset', async () => {
    const barrier = Barrier.create({ parties: 3 })
    const stats = new SharedArrayBuffer(32)
    const other = startThreads([{ kind: 'blocked', on: { kind: 'barrier', handle: barrier.handle }, stats, timeoutMs: 30_000 }])
    await until(() => barrier.waiting === 1)
    expect(barrier.wait({ timeoutMs: 5 })).toBe('timeout')
    expect((await other)[0]?.outcomes).toEqual(['broken'])
    expect(barrier.broken).toBe(true)
    expect(barrier.wait({ timeoutMs: 1000 })).toBe('broken')
    barrier.reset()
    expect([barrier.broken, barrier.waiting]).toEqual([false, 0])
    expect(Barrier.create({ parties: 1 }).wait({ timeoutMs: 0 })).toBe('passed')
  })

  it('abort() breaks it; an AbortFlag breaks it too; reset() with waiters sends them away broken', async () => {
    const barrier = Barrier.create({ parties: 3 })
    const stats = new SharedArrayBuffer(32)
    const first = startThreads([{ kind: 'blocked', on: { kind: 'barrier', handle: barrier.handle }, stats, timeoutMs: 30_000 }])
    await until(() => barrier.waiting === 1)
    barrier.abort()
    expect((await first)[0]?.outcomes).toEqual(['broken'])
    barrier.reset()
    const second = startThreads([{ kind: 'blocked', on: { kind: 'barrier', handle: barrier.handle }, stats, timeoutMs: 30_000 }])
    await until(() => barrier.waiting === 1)
    barrier.reset()
    expect((await second)[0]?.outcomes).toEqual(['broken'])
    expect([barrier.broken, barrier.waiting]).toEqual([false, 0])
    const flag = AbortFlag.create()
    flag.set()
    expect(barrier.wait({ timeoutMs: 1000, abort: flag })).toBe('aborted')
    expect(barrier.broken).toBe(true)
  })
})

async function until(ready: () => boolean, limitMs = 30_000): Promise<void> {
  const end = Date.now() + limitMs
  while (!ready()) {
    if (Date.now() > end) throw new Error('never ready')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}
