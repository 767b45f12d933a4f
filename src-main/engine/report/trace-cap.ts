/**
 * Bounds the spans a report keeps for the trace export: every measured repetition of every point
 * is recorded, which for a long suite is many thousands of chunks. Repetitions are kept in order
 * of their index across all points (every point's first, then every point's second, ...), so when
 * the cap bites each point keeps some and the later repetitions go; each point counts what it lost
 * in `traceSpansOmitted`, and the trace export says so.
 */
import { MAX_TRACE_SPANS, type Run } from '../../../src-shared/report'

export function capTraces(runs: readonly Run[], max = MAX_TRACE_SPANS): Run[] {
  const entries = runs.flatMap((run, r) => run.points.flatMap((point, p) => (point.traces ?? []).map((rep, i) => ({ r, p, i, spans: rep.spans.length }))))
  const total = entries.reduce((sum, e) => sum + e.spans, 0)
  if (total <= max) return [...runs]
  const kept = new Set<string>()
  let used = 0
  // Stable sort: by repetition index, then in run and point order.
  for (const e of entries.toSorted((a, b) => a.i - b.i)) {
    if (used + e.spans > max) continue
    used += e.spans
    kept.add(`${e.r}/${e.p}/${e.i}`)
  }
  return runs.map((run, r) => ({
    ...run,
    points: run.points.map((point, p) => {
      if (!point.traces) return point
      const traces = point.traces.filter((_, i) => kept.has(`${r}/${p}/${i}`))
      const omitted = point.traces.reduce((sum, rep) => sum + rep.spans.length, 0) - traces.reduce((sum, rep) => sum + rep.spans.length, 0)
      return omitted > 0 ? { ...point, traces, traceSpansOmitted: omitted } : point
    }),
  }))
}
