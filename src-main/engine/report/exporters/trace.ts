/**
 * Chrome Trace Event JSON (the "JSON Object Format" of the Trace Event Format document, which
 * Perfetto and chrome://tracing open): every measured repetition's chunks as complete events
 * (`ph: 'X'`, `ts`/`dur` in microseconds). One process per sweep point (workload · runtime ·
 * workers), one thread (track) per worker, named through `M` metadata events; a slice per task
 * with runtime, point, repetition and round in its args. Time 0 is the first repetition's start,
 * so interleaved rounds show side by side as they ran. Reports from before every repetition was
 * kept fall back to the point's last-repetition timeline.
 */
import { MAX_TRACE_SPANS, type Point, type Report, type Run, type TraceRepetition } from '../../../../src-shared/report'
import { runShown } from './run-shown'
import { EN, type ExportLocale, exportLocale } from './locale'
import type { Exporter } from './types'

/** A complete event or a metadata event, the two phases this exporter writes. */
export type TraceEvent =
  | { name: string; cat: string; ph: 'X'; ts: number; dur: number; pid: number; tid: number; args: Record<string, string | number> }
  | { name: 'process_name' | 'thread_name' | 'process_sort_index' | 'thread_sort_index'; ph: 'M'; pid: number; tid: number; args: Record<string, string | number> }

export interface TraceFile {
  traceEvents: TraceEvent[]
  displayTimeUnit: 'ms'
  otherData: Record<string, string | number>
}

/** A point's repetitions: all of them when recorded, else the last one's timeline. */
function repetitionsOf(point: Point): TraceRepetition[] {
  if (point.traces && point.traces.length > 0) return point.traces
  if (!point.timeline || point.timeline.length === 0) return []
  const last = point.samplesMs.length - 1
  return [{ repetition: last, startedAtMs: point.samplesStartedAtMs?.[last] ?? 0, spans: point.timeline }]
}

/** Microseconds, rounded to a nanosecond: the format's unit, without float noise in the file. */
const us = (ms: number): number => Math.round(ms * 1_000_000) / 1000

export function reportToTrace(report: Report, loc: ExportLocale = EN): TraceFile {
  const { r } = loc
  const points = report.runs.flatMap((run: Run) => run.points.map((point) => ({ run, point, reps: repetitionsOf(point) }))).filter((x) => x.reps.length > 0)
  const starts = points.flatMap((x) => x.reps.map((rep) => rep.startedAtMs))
  const origin = starts.length > 0 ? Math.min(...starts) : 0
  const events: TraceEvent[] = []
  let omitted = 0
  points.forEach(({ run, point, reps }, index) => {
    const pid = index + 1
    omitted += point.traceSpansOmitted ?? 0
    const name = r(point.workers === 1 ? 'trace.processOne' : 'trace.processMany', { workload: run.workload, runtime: runShown(run, loc), n: point.workers })
    events.push({ name: 'process_name', ph: 'M', pid, tid: 0, args: { name } }, { name: 'process_sort_index', ph: 'M', pid, tid: 0, args: { sort_index: pid } })
    const workers = [...new Set(reps.flatMap((rep) => rep.spans.map((s) => s.worker)))].sort((a, b) => a - b)
    for (const worker of workers) {
      events.push({ name: 'thread_name', ph: 'M', pid, tid: worker, args: { name: r('trace.worker', { n: worker }) } }, { name: 'thread_sort_index', ph: 'M', pid, tid: worker, args: { sort_index: worker } })
    }
    for (const rep of reps) {
      for (const span of rep.spans) {
        events.push({
          name: span.label,
          cat: run.workload,
          ph: 'X',
          ts: us(rep.startedAtMs - origin + span.startMs),
          dur: us(Math.max(0, span.endMs - span.startMs)),
          pid,
          tid: span.worker,
          args: { runtime: run.runtime, workers: point.workers, repetition: rep.repetition, ...(rep.round !== undefined ? { round: rep.round } : {}), runId: run.id },
        })
      }
    }
  })
  const otherData: Record<string, string | number> = { lab: report.machine.versions.lab, createdAt: report.createdAt, cpu: report.machine.cpuModel }
  if (omitted > 0) otherData.note = r('trace.capped', { omitted, max: MAX_TRACE_SPANS })
  return { traceEvents: events, displayTimeUnit: 'ms', otherData }
}

export const traceExporter: Exporter = {
  format: 'trace',
  extension: 'trace.json',
  mimeType: 'application/json',
  binary: false,
  export: async (report, opts) => `${JSON.stringify(reportToTrace(report, exportLocale(opts.locale)))}\n`,
}
