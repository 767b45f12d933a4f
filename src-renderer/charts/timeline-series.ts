/**
 * The per-worker timeline of one point: spans grouped by worker (row) so Chart.js can draw them
 * as floating bars, and how unevenly the workers finished (the idle time load imbalance costs).
 */
import type { Span } from '../../src-shared/report'
import type { ShownRun } from './shown-run'

export interface TimelineRows {
  workers: number[]
  /** Dataset k holds each worker's k-th span ([start, end] in ms), or null when it has fewer. */
  layers: Array<Array<{ range: [number, number]; label: string } | null>>
  /** Per worker: from its last chunk's end to the last worker's end (time it sat idle), or null. */
  idle: Array<[number, number] | null>
  firstDoneMs: number
  lastDoneMs: number
  meanIdleMs: number
}

export function timelineRows(spans: readonly Span[]): TimelineRows {
  const byWorker = new Map<number, Span[]>()
  for (const span of spans) {
    const list = byWorker.get(span.worker) ?? []
    list.push(span)
    byWorker.set(span.worker, list)
  }
  const workers = [...byWorker.keys()].sort((a, b) => a - b)
  const sorted = workers.map((w) => byWorker.get(w)!.sort((a, b) => a.startMs - b.startMs))
  const depth = Math.max(0, ...sorted.map((list) => list.length))
  const layers = Array.from({ length: depth }, (_, k) =>
    sorted.map((list) => {
      const span = list[k]
      return span ? { range: [span.startMs, span.endMs] as [number, number], label: span.label } : null
    }),
  )
  const done = sorted.map((list) => Math.max(...list.map((s) => s.endMs)))
  const lastDoneMs = done.length ? Math.max(...done) : 0
  const firstDoneMs = done.length ? Math.min(...done) : 0
  const meanIdleMs = done.length ? done.reduce((sum, d) => sum + (lastDoneMs - d), 0) / done.length : 0
  const idle = done.map((d): [number, number] | null => (lastDoneMs - d > 0 ? [d, lastDoneMs] : null))
  return { workers, layers, idle, firstDoneMs, lastDoneMs, meanIdleMs }
}

/**
 * A span's label in the reader's language. The engine records the sweep's spans as `task <n>`
 * (English, kept in saved reports), which a Chinese timeline showed as is; any other label (a
 * kernel's own) is shown as recorded.
 */
export function spanLabel(label: string | undefined, t: (key: string, params: { n: number }) => string): string {
  const task = /^task (\d+)$/.exec(label ?? '')
  return task ? t('charts.timeline.span', { n: Number(task[1]) }) : (label ?? '')
}

/** Runs and their points that carry a timeline, for the chart's pickers. */
export function timelineChoices(runs: readonly ShownRun[]): Array<{ run: ShownRun; workers: number[] }> {
  return runs
    .map((run) => ({ run, workers: run.points.filter((p) => (p.timeline?.length ?? 0) > 0).map((p) => p.workers) }))
    .filter((c) => c.workers.length > 0)
}
