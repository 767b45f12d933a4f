import { describe, expect, it } from 'vitest'
import type { RunEvent } from '../../../../src-shared/events'
import { startLaneFeed } from '../../../../src-main/engine/experiments/shared-state/lane-feed'
import { LaneReader } from '../../../../src-main/engine/experiments/shared-state/lane-reader'
import { Event, Mutex, TraceRing } from '../../../../src-workers/sync'

/** Two owners in one thread (explicit owner ids), each writing its own ring: a real, deterministic trace. */
function twoTracedOwners() {
  const epochUs = TraceRing.nowUs()
  const rings = [TraceRing.create({ capacity: 64, epochUs }), TraceRing.create({ capacity: 64, epochUs })]
  const lock = Mutex.create({ id: 1 })
  const a = Mutex.from(lock.handle, { trace: rings[0], ownerId: 1 })
  const b = Mutex.from(lock.handle, { trace: rings[1], ownerId: 2 })
  return { epochUs, rings, a, b }
}

describe('lanes from trace rings', () => {
  it('shows the holder holding and the other waiting, then running again', () => {
    const { rings, a, b } = twoTracedOwners()
    const reader = new LaneReader(rings)
    expect(a.acquire({ timeoutMs: 0 })).toBe('acquired')
    expect(b.acquire({ timeoutMs: 3 })).toBe('timeout')
    a.release()
    const { spans, dropped } = reader.read()
    expect(dropped).toBe(0)
    const states = (worker: number) => spans.filter((s) => s.worker === worker).map((s) => s.state)
    expect(states(0)).toEqual(['running', 'holding'])
    expect(states(1)).toEqual(['running', 'waiting'])
    for (const s of spans) expect(s.endMs).toBeGreaterThanOrEqual(s.startMs)
    // Nothing new: a second read adds nothing; closing shows each lane's last state.
    expect(reader.read().spans).toEqual([])
    const last = reader.close(TraceRing.nowUs() - rings[0]!.epochUs + 1)
    expect(last.map((s) => s.state)).toEqual(['running', 'running'])
  })

  it('an event wait ends running, not holding (an event is a signal, not a lock)', () => {
    const epochUs = TraceRing.nowUs()
    const ring = TraceRing.create({ capacity: 16, epochUs })
    const event = Event.create({ id: 2 }, { trace: ring })
    expect(event.wait({ timeoutMs: 2 })).toBe('timeout')
    const spans = new LaneReader([ring]).read().spans
    expect(spans.map((s) => s.state)).toEqual(['running', 'event'])
  })

  it('counts events the ring overwrote before they were read', () => {
    const epochUs = TraceRing.nowUs()
    const ring = TraceRing.create({ capacity: 4, epochUs })
    const lock = Mutex.create({ id: 1 }, { trace: ring })
    const reader = new LaneReader([ring])
    for (let i = 0; i < 5; i++) {
      lock.acquire({ timeoutMs: 0 })
      lock.release()
    }
    expect(reader.read().dropped).toBe(6)
  })

  it('the feed streams lanes events relative to the point start and keeps them for the run', () => {
    const { epochUs, rings, a, b } = twoTracedOwners()
    const events: RunEvent[] = []
    const startUs = TraceRing.nowUs() - epochUs
    const feed = startLaneFeed({ runId: 'r1', workers: 2, label: 'fifo', rings, startUs, emit: (e) => events.push(e), everyMs: 60_000 })
    a.acquire({ timeoutMs: 0 })
    b.acquire({ timeoutMs: 2 })
    a.release()
    const kept = feed.stop(TraceRing.nowUs() - epochUs)
    const streamed = events.flatMap((e) => (e.type === 'lanes' ? e.lanes.spans : []))
    expect(events.every((e) => e.type === 'lanes' && e.runId === 'r1' && e.lanes.workers === 2)).toBe(true)
    expect(kept.spans).toEqual(streamed)
    expect(kept.spans.some((s) => s.worker === 1 && s.state === 'waiting')).toBe(true)
    for (const s of kept.spans) expect(s.startMs).toBeGreaterThanOrEqual(0)
  })
})
