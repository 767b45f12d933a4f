/**
 * The engine's lock server with real clients on its real socket: the graph it keeps (holds,
 * waits and their kinds), hand-over in arrival order, bounded waits, a dead worker's locks given
 * back, an abort answering every wait, bad lines refused in one line, and the directory removed.
 */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findCycle } from '../../../../src-shared/wait-for-graph'
import { startLockServer } from '../../../../src-main/engine/experiments/hazards/lock-server'
import { LockClient } from '../../../../src-workers/kernels/hazards/lock-client'

async function clients(address: string, n: number): Promise<LockClient[]> {
  const all = await Promise.all(Array.from({ length: n }, () => LockClient.connect(address, 5000)))
  for (const [w, c] of all.entries()) await c.hello(w)
  return all
}

describe('lock server', () => {
  it('keeps the wait-for graph, hands a released lock to the first waiter, and sees the circle', async () => {
    const server = await startLockServer()
    try {
      let changes = 0
      server.begin(3, () => changes++)
      const [a, b, c] = await clients(server.address, 3)
      expect(server.ready()).toBe(3)
      server.go()
      expect(await a!.waitGo(5000)).toBe(true)
      expect(await a!.acquire(0, 5000, 'blocks')).toBe('acquired')
      expect(await b!.acquire(1, 5000, 'blocks')).toBe('acquired')
      const bWaits = b!.acquire(0, 60_000, 'blocks')
      const cWaits = c!.acquire(0, 60_000, 'tries')
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(server.graph()).toEqual({ workers: 3, locks: 3, holds: [{ worker: 0, lock: 0 }, { worker: 1, lock: 1 }], waits: [{ worker: 1, lock: 0, kind: 'blocks' }, { worker: 2, lock: 0, kind: 'tries' }] })
      expect(findCycle(server.graph())).toBeNull()
      // a waits for b's lock: a circle of blocking waits, a -> lock 1 (b) -> lock 0 (a).
      const aWaits = a!.acquire(1, 60_000, 'blocks')
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(findCycle(server.graph())).toEqual({ workers: [0, 1], locks: [1, 0] })
      expect(changes).toBeGreaterThan(0)
      // The abort ends every wait at once.
      server.abort()
      expect(await Promise.all([aWaits, bWaits, cWaits])).toEqual(['aborted', 'aborted', 'aborted'])
      expect(a!.aborted).toBe(true)
      expect(await a!.acquire(2, 1000, 'blocks')).toBe('aborted')
      for (const x of [a, b, c]) x!.close()
    } finally {
      await server.close()
    }
    expect(existsSync(server.dir!)).toBe(false)
  })

  it('bounded waits time out, releases go to the first in line, a dead worker gives its locks back, bad lines are refused', async () => {
    const server = await startLockServer()
    try {
      server.begin(3)
      const [a, b, c] = await clients(server.address, 3)
      server.go()
      expect(await a!.acquire(0, 1000, 'blocks')).toBe('acquired')
      expect(await b!.acquire(0, 20, 'tries')).toBe('timeout')
      expect(await b!.tryAcquire(0)).toBe(false)
      const bGets = b!.acquire(0, 60_000, 'blocks')
      await new Promise((resolve) => setTimeout(resolve, 20))
      const cGets = c!.acquire(0, 60_000, 'blocks')
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(await a!.release(0)).toBe(0)
      expect(await bGets).toBe('acquired')
      expect(server.graph().holds).toEqual([{ worker: 1, lock: 0 }])
      // b dies holding lock 0: c, next in line, gets it.
      b!.close()
      expect(await cGets).toBe('acquired')
      expect(await c!.done()).toBe(1)
      await expect(a!.release(2)).rejects.toThrow(/refused: release of a lock not held/)
      await expect(a!.acquire(7, 10, 'blocks')).rejects.toThrow(/refused: acquire needs/)
      a!.close()
      c!.close()
    } finally {
      await server.close()
    }
  })
})
