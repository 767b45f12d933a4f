import { describe, expect, it } from 'vitest'
import { Mutex, TraceRing } from '../../../src-workers/sync'

describe('TraceRing', () => {
  it('records kind, primitive and time; overwrites the oldest when full and counts the dropped', () => {
    const ring = TraceRing.create({ capacity: 4, epochUs: TraceRing.nowUs(), ringId: 7 })
    const mutex = Mutex.create({ id: 3 }, { trace: ring })
    for (let i = 0; i < 3; i++) {
      mutex.acquire({ timeoutMs: 0 })
      mutex.release()
    }
    const { events, dropped } = TraceRing.from(ring.handle).snapshot()
    expect(ring.ringId).toBe(7)
    expect(dropped).toBe(2)
    expect(events.map((e) => e.kind)).toEqual(['acquire', 'release', 'acquire', 'release'])
    expect(events.every((e) => e.primitiveId === 3 && e.timeUs >= 0)).toBe(true)
    for (let i = 1; i < events.length; i++) expect(events[i]!.timeUs).toBeGreaterThanOrEqual(events[i - 1]!.timeUs)
  })

  it('records waits and give-ups, and nothing when no ring is given', () => {
    const ring = TraceRing.create({ capacity: 16, epochUs: TraceRing.nowUs() })
    const mutex = Mutex.create({ id: 1 })
    mutex.acquire({ timeoutMs: 0 })
    const traced = Mutex.from(mutex.handle, { trace: ring, ownerId: 99 })
    expect(traced.acquire({ timeoutMs: 2 })).toBe('timeout')
    mutex.release()
    expect(ring.snapshot().events.map((e) => e.kind)).toEqual(['wait', 'timeout'])
    expect(ring.written).toBe(2)
  })
})
