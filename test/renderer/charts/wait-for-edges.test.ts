/** The wait-for graph's edges: holds and waits as read, and the cycle's own edges in the alarm colour. */
import { describe, expect, it } from 'vitest'
import { waitForEdges } from '../../../src-renderer/charts/wait-for-edges'
import type { WaitForGraph } from '../../../src-shared/wait-for-graph'

const cycle = { workers: [0, 1], locks: [1, 0] }

describe('waitForEdges', () => {
  it('draws the cycle from the graph the run keeps, read after the workers gave up (no holds, no waits left)', () => {
    const kept: WaitForGraph = { workers: 2, locks: 2, holds: [], waits: [], cycle }
    expect(waitForEdges(kept)).toEqual([
      { key: 'h1-1', kind: 'holds', worker: 1, lock: 1, cycle: true },
      { key: 'h0-0', kind: 'holds', worker: 0, lock: 0, cycle: true },
      { key: 'w0-1', kind: 'blocks', worker: 0, lock: 1, cycle: true },
      { key: 'w1-0', kind: 'blocks', worker: 1, lock: 0, cycle: true },
    ])
  })

  it('draws a live graph as read, each edge once, only the cycle’s in the alarm colour', () => {
    const live: WaitForGraph = {
      workers: 3,
      locks: 3,
      holds: [{ worker: 0, lock: 0 }, { worker: 1, lock: 1 }, { worker: 2, lock: 2 }],
      waits: [{ worker: 0, lock: 1, kind: 'blocks' }, { worker: 1, lock: 0, kind: 'blocks' }, { worker: 2, lock: 0, kind: 'tries' }],
      cycle,
    }
    const edges = waitForEdges(live)
    expect(edges.map((e) => e.key)).toEqual(['h0-0', 'h1-1', 'h2-2', 'w0-1', 'w1-0', 'w2-0'])
    expect(edges.filter((e) => e.cycle).map((e) => e.key)).toEqual(['h0-0', 'h1-1', 'w0-1', 'w1-0'])
    expect(edges.find((e) => e.key === 'w2-0')?.kind).toBe('tries')
  })

  it('draws no cycle edge before a cycle is found', () => {
    const edges = waitForEdges({ workers: 2, locks: 2, holds: [{ worker: 0, lock: 0 }], waits: [{ worker: 1, lock: 0, kind: 'blocks' }] })
    expect(edges).toEqual([
      { key: 'h0-0', kind: 'holds', worker: 0, lock: 0, cycle: false },
      { key: 'w1-0', kind: 'blocks', worker: 1, lock: 0, cycle: false },
    ])
  })
})
