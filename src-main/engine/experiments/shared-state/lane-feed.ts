/**
 * Streams a shared-state experiment's lanes while it runs: reads the workers' trace rings every
 * `everyMs` (the engine's thread is free while the workers block in Atomics.wait) and emits what is
 * new as a `lanes` event, so the view draws the timeline as the run goes. What it streamed is also
 * kept (bounded) for the run's report.
 */
import type { RunEvent } from '../../../../src-shared/events'
import { appendLaneSpans, type LaneSpan, type LaneTimeline } from '../../../../src-shared/lane-timeline'
import { LaneReader, type ReadableRing } from './lane-reader'

export interface LaneFeedOptions {
  runId: string
  /** The point being traced: its worker count and what it measures, in the view's words. */
  workers: number
  label: string
  rings: readonly ReadableRing[]
  /** When the point started, in the rings' epoch (µs). */
  startUs: number
  emit(event: RunEvent): void
  everyMs?: number
  /** What recording one event costs, when the experiment measured it. */
  costNsPerEvent?: number
}

export interface LaneFeed {
  /** Stops polling, reads the rest, closes every lane at `endUs`; returns the timeline kept for the report. */
  stop(endUs: number): LaneTimeline
}

export function startLaneFeed(options: LaneFeedOptions): LaneFeed {
  const reader = new LaneReader(options.rings, options.startUs)
  let kept: { spans: LaneSpan[]; dropped: number } = { spans: [], dropped: 0 }
  const timeline = (spans: LaneSpan[], dropped: number): LaneTimeline => ({
    workers: options.workers,
    label: options.label,
    spans,
    dropped,
    ...(options.costNsPerEvent === undefined ? {} : { costNsPerEvent: options.costNsPerEvent }),
  })
  const send = (spans: LaneSpan[], dropped: number) => {
    const relative = spans.map((s) => ({ ...s, startMs: s.startMs - options.startUs / 1000, endMs: s.endMs - options.startUs / 1000 }))
    if (relative.length === 0 && dropped === 0) return
    kept = appendLaneSpans(kept.spans, relative, kept.dropped + dropped)
    options.emit({ type: 'lanes', runId: options.runId, lanes: timeline(relative, dropped) })
  }
  const poll = () => {
    const { spans, dropped } = reader.read()
    send(spans, dropped)
  }
  const timer = setInterval(poll, options.everyMs ?? 100)
  timer.unref()
  return {
    stop(endUs) {
      clearInterval(timer)
      poll()
      send(reader.close(endUs), 0)
      return timeline(kept.spans, kept.dropped)
    },
  }
}
