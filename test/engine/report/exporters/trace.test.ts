/**
 * The trace export (Chrome Trace Event JSON) of a real suite on real threads and processes: its
 * shape as the Trace Event Format document defines it (traceEvents; `X` complete events with
 * ts/dur in microseconds; `M` metadata naming each pid and tid), one track per worker, every
 * measured repetition (not only the last), and the report-wide cap on kept spans.
 */
import { describe, expect, it } from 'vitest'
import { EXPORT_FORMATS } from '../../../../src-shared/api'
import { ReportSchema, type Report } from '../../../../src-shared/report'
import { EXPORTERS, renderExport } from '../../../../src-main/engine/report/exporters/index'
import { type TraceEvent, reportToTrace } from '../../../../src-main/engine/report/exporters/trace'
import { capTraces } from '../../../../src-main/engine/report/trace-cap'
import { runSuite } from '../../../../src-main/engine/session'

const REPEAT = 3
let measured: Report | undefined
async function suite(): Promise<Report> {
  measured ??= await runSuite([{ workload: { workload: 'prime', hi: 200_000, chunksPerWorker: 2 }, runtimes: ['thread', 'process'], workers: [1, 2], repeat: REPEAT, warmup: 0 }])
  return measured
}

type Complete = Extract<TraceEvent, { ph: 'X' }>

describe('trace export', () => {
  it('is registered, so the CLI and the app offer it', () => {
    expect(EXPORT_FORMATS).toContain('trace')
    expect(EXPORTERS.trace).toMatchObject({ format: 'trace', extension: 'trace.json', binary: false })
  })

  it('writes the Trace Event Format: X events in µs, pid and tid named by M events, one track per worker', async () => {
    const report = await suite()
    expect(() => ReportSchema.parse(report)).not.toThrow()
    const file = JSON.parse((await renderExport(report, 'trace')) as string) as { traceEvents: TraceEvent[]; displayTimeUnit: string }
    expect(Array.isArray(file.traceEvents)).toBe(true)
    expect(file.displayTimeUnit).toBe('ms')
    for (const e of file.traceEvents) {
      expect(['X', 'M']).toContain(e.ph)
      expect(Number.isInteger(e.pid) && Number.isInteger(e.tid)).toBe(true)
    }
    const slices = file.traceEvents.filter((e): e is Complete => e.ph === 'X')
    const meta = file.traceEvents.filter((e) => e.ph === 'M')
    const processNames = new Map(meta.filter((e) => e.name === 'process_name').map((e) => [e.pid, e.args.name]))
    const threadNames = new Map(meta.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}/${e.tid}`, e.args.name]))
    for (const s of slices) {
      expect(processNames.has(s.pid)).toBe(true)
      expect(threadNames.get(`${s.pid}/${s.tid}`)).toBe(`worker ${s.tid}`)
      expect(Number.isFinite(s.ts) && s.ts >= 0 && Number.isFinite(s.dur) && s.dur >= 0).toBe(true)
      expect(s.args).toMatchObject({ runtime: expect.stringMatching(/^(thread|process)$/), workers: expect.any(Number), repetition: expect.any(Number), round: expect.any(Number) })
    }
    // One process per point, with as many tracks as the point had workers, and every repetition's tasks.
    const points = report.runs.flatMap((run) => run.points.map((p) => ({ run, p })))
    expect(processNames.size).toBe(points.length)
    for (const [pid, name] of processNames) {
      const { run, p } = points[pid - 1]!
      expect(name).toBe(`prime · ${run.runtime} · ${p.workers} worker${p.workers === 1 ? '' : 's'}`)
      const own = slices.filter((s) => s.pid === pid)
      expect(new Set(own.map((s) => s.tid))).toEqual(new Set(Array.from({ length: p.workers }, (_, i) => i)))
      expect(new Set(own.map((s) => s.args.repetition))).toEqual(new Set([0, 1, 2].slice(0, REPEAT)))
      expect(own.length).toBe(REPEAT * 2 * p.workers)
    }
    // µs: a slice's dur is its span's length in ms times 1000.
    const first = points[0]!.p.traces![0]!.spans[0]!
    const slice = slices.find((s) => s.pid === 1 && s.args.repetition === 0 && s.name === first.label)!
    expect(slice.dur).toBeCloseTo((first.endMs - first.startMs) * 1000, 2)
  })

  it('caps the spans of a whole report, keeping every point its first repetitions, and says so', async () => {
    const report = await suite()
    const total = report.runs.flatMap((r) => r.points).reduce((sum, p) => sum + (p.traces ?? []).reduce((s, rep) => s + rep.spans.length, 0), 0)
    const capped = { ...report, runs: capTraces(report.runs, Math.floor(total / 2)) }
    const kept = capped.runs.flatMap((r) => r.points)
    expect(kept.every((p) => (p.traces ?? []).some((rep) => rep.repetition === 0))).toBe(true)
    expect(kept.reduce((sum, p) => sum + (p.traceSpansOmitted ?? 0), 0)).toBeGreaterThan(0)
    expect(reportToTrace(capped).otherData.note).toMatch(/spans left out: a report keeps at most 20000 spans/)
    expect(reportToTrace(report).otherData.note).toBeUndefined()
  })
})
