/** A trace span from a file is judged like the timeline's: it ends after it starts, within a week. */
import { describe, expect, it } from 'vitest'
import { findImplausible } from '../../../src-main/engine/report/plausible'
import { makePoint, makeReport, makeRun } from '../../fixtures/report-fixture'

const withSpan = (span: { worker: number; startMs: number; endMs: number }) => {
  const point = { ...makePoint(2), traces: [{ repetition: 0, round: 0, startedAtMs: 1_700_000_000_000, spans: [{ ...span, label: 'task 1' }] }] }
  return makeReport({ runs: [makeRun({ points: [makePoint(1), point] })] })
}

describe('trace plausibility', () => {
  it('accepts a span that ends after it starts, within a week', () => {
    expect(findImplausible(withSpan({ worker: 0, startMs: 1, endMs: 25 }))).toBeNull()
  })

  it.each([
    ['ends 2^53 ms after the start', { worker: 0, startMs: 0, endMs: 9_007_199_254_740_994 }],
    ['ends before it starts', { worker: 0, startMs: 30, endMs: 10 }],
  ])('refuses a span that %s', (_what, span) => {
    expect(findImplausible(withSpan(span))?.path).toBe('runs.0.points.1.traces.0.spans.0')
  })
})
