/** The wait-for graph's cycle finder: only blocking waits close a cycle; the cycle reads round the ring. */
import { describe, expect, it } from 'vitest'
import { findCycle, type WaitForGraph } from '../../src-shared/wait-for-graph'
import { mergeLanes } from '../../src-shared/lane-timeline'

const ring = (kind: 'blocks' | 'tries'): WaitForGraph => ({
  workers: 3,
  locks: 3,
  holds: [0, 1, 2].map((w) => ({ worker: w, lock: w })),
  waits: [0, 1, 2].map((w) => ({ worker: w, lock: (w + 1) % 3, kind })),
})

describe('findCycle', () => {
  it('finds the ring of blocking waits: worker i waits for lock i+1, held by worker i+1', () => {
    expect(findCycle(ring('blocks'))).toEqual({ workers: [0, 1, 2], locks: [1, 2, 0] })
  })
  it('a try that gives up is no deadlock, nor a chain that ends at a free lock', () => {
    expect(findCycle(ring('tries'))).toBeNull()
    const chain = ring('blocks')
    chain.holds = chain.holds.filter((h) => h.lock !== 0)
    expect(findCycle(chain)).toBeNull()
  })
  it('a lanes update without a graph keeps the point’s last graph', () => {
    const graph = ring('blocks')
    const first = mergeLanes(undefined, { workers: 3, label: 'x', spans: [], dropped: 0, graph })
    expect(mergeLanes(first, { workers: 3, label: 'x', spans: [], dropped: 0 }).graph).toEqual(graph)
    expect(mergeLanes(first, { workers: 3, label: 'y', spans: [], dropped: 0 }).graph).toBeUndefined()
  })
})
