import { describe, expect, it } from 'vitest'
import { LaneTimelineSchema } from '../../src-shared/lane-timeline-schema'
import { MAX_LANE_SPANS, appendLaneSpans, mergeLanes, type LaneSpan, type LaneTimeline } from '../../src-shared/lane-timeline'

const spanAt = (n: number, worker = 0): LaneSpan => ({ worker, state: n % 2 ? 'holding' : 'waiting', startMs: n, endMs: n + 1 })
const timeline = (spans: LaneSpan[], over: Partial<LaneTimeline> = {}): LaneTimeline => ({ workers: 2, label: 'fifo', spans, dropped: 0, ...over })

describe('lane timelines', () => {
  it('keeps the newest spans up to the cap and counts the rest as dropped', () => {
    const many = Array.from({ length: MAX_LANE_SPANS + 5 }, (_, n) => spanAt(n))
    const kept = appendLaneSpans([], many, 2)
    expect(kept.spans).toHaveLength(MAX_LANE_SPANS)
    expect(kept.spans[0]).toEqual(spanAt(5))
    expect(kept.dropped).toBe(7)
  })

  it('grows the same point and starts afresh for another one', () => {
    const first = mergeLanes(undefined, timeline([spanAt(0)], { dropped: 1 }))
    const grown = mergeLanes(first, timeline([spanAt(1)], { dropped: 2 }))
    expect(grown.spans).toEqual([spanAt(0), spanAt(1)])
    expect(grown.dropped).toBe(3)
    const other = mergeLanes(grown, timeline([spanAt(9, 3)], { workers: 4 }))
    expect(other.spans).toEqual([spanAt(9, 3)])
    expect(other.dropped).toBe(0)
  })

  it('the report schema refuses an unknown state and a negative time', () => {
    expect(LaneTimelineSchema.safeParse(timeline([spanAt(0)])).success).toBe(true)
    expect(LaneTimelineSchema.safeParse(timeline([{ ...spanAt(0), state: 'sleeping' as never }])).success).toBe(false)
    expect(LaneTimelineSchema.safeParse(timeline([{ ...spanAt(0), startMs: -1 }])).success).toBe(false)
  })
})
