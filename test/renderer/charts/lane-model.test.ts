import { describe, expect, it } from 'vitest'
import { laneColor, laneShares } from '../../../src-renderer/charts/lane-model'
import { DARK, LIGHT } from '../../../src-renderer/charts/palette'
import { LANE_STATES } from '../../../src-shared/lane-timeline'

describe('lane model', () => {
  it('sums each worker’s time per state and lists only the states that occur', () => {
    const shares = laneShares({
      workers: 2,
      label: 'x',
      dropped: 0,
      spans: [
        { worker: 1, state: 'holding', startMs: 0, endMs: 2 },
        { worker: 0, state: 'waiting', startMs: 0, endMs: 2 },
        { worker: 0, state: 'holding', startMs: 2, endMs: 5 },
      ],
    })
    expect(shares.workers).toEqual([0, 1])
    expect(shares.msByState[0]).toMatchObject({ waiting: 2, holding: 3, running: 0 })
    expect(shares.msByState[1]).toMatchObject({ holding: 2 })
    expect(shares.present).toEqual(['waiting', 'holding'])
    expect(shares.endMs).toBe(5)
  })

  it('gives every state its own colour in each theme', () => {
    for (const palette of [LIGHT, DARK]) expect(new Set(LANE_STATES.map((s) => laneColor(palette, s))).size).toBe(LANE_STATES.length)
  })
})
