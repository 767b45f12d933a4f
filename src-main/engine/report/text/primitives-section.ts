/**
 * The primitives experiment in `conlab run`'s table: one block per part (semaphore limit sweep,
 * event wake-ups, condition producer/consumer, barrier phases, queue by capacity), each runtime's
 * points as rows, then the check and what was not measured, in the reader's language (a process
 * run's "threads only" reason is worded here, not read back from the report's English).
 */
import { PRIMITIVE_PARTS, type PrimitivePart } from '../../../../src-shared/workloads/primitives'
import type { PrimitiveFigure } from '../../../../src-shared/primitives-report'
import type { Point, RunOf } from '../../../../src-shared/report'
import { ENGLISH, type Wording, formatCount, formatFixed, formatMs, renderColumns } from './columns'
import { formatLatency } from './micro-sections'
import { failedCheckLine, sectionHeading, stoppedLines } from './sweep-section'
import { runLabel } from './run-label'
import { globalLockLines } from './global-lock-text'
import { primitivesLaneLabel } from '../../../../src-shared/lane-labels'

type Runs = Array<RunOf<'primitives'>>
type FigureOf<P extends PrimitiveFigure['part']> = Extract<PrimitiveFigure, { part: P }>

function pointsOf<P extends PrimitiveFigure['part']>(runs: Runs, part: P): Array<{ runtime: string; point: Point; figure: FigureOf<P> }> {
  const out: Array<{ runtime: string; point: Point; figure: FigureOf<P> }> = []
  for (const run of runs) for (const point of run.points) if (point.primitive?.part === part) out.push({ runtime: run.runtime, point, figure: point.primitive as FigureOf<P> })
  return out
}

const isPart = (what: string): what is PrimitivePart => (PRIMITIVE_PARTS as readonly string[]).includes(what)

export function primitivesSection(runs: Runs, w: Wording = ENGLISH): string {
  const { t, locale } = w
  const col = (table: string, key: string) => t(`primitives.table.${table}Columns.${key}`)
  const rate = (p: Point) => (p.throughput ? formatCount(Math.round(p.throughput.value), locale) : '–')
  const blocks: string[] = []
  const first = runs[0]
  if (first) blocks.push(sectionHeading(first, w))

  const sem = pointsOf(runs, 'semaphore')
  if (sem.length > 0) {
    const rows = [[col('semaphore', 'limit'), col('semaphore', 'threads'), col('semaphore', 'maxInFlight'), col('semaphore', 'median'), col('semaphore', 'perSecond')]]
    for (const { point, figure } of sem) rows.push([String(figure.limit), String(figure.threads), String(figure.maxInFlight), formatMs(point.stats.median, locale), rate(point)])
    const notes = sem.filter(({ figure }) => figure.maxInFlight < figure.limit).map(({ figure }) => t('primitives.table.belowLimit', { limit: figure.limit, max: figure.maxInFlight }))
    blocks.push([t('primitives.table.semaphore'), renderColumns(rows), ...notes].join('\n'))
  }
  const ev = pointsOf(runs, 'event')
  if (ev.length > 0) {
    const rows = [[col('event', 'waiters'), col('event', 'p50'), col('event', 'p99'), col('event', 'max'), col('event', 'median')]]
    for (const { point, figure } of ev) {
      const l = point.latencyUs
      rows.push([String(figure.waiters), l ? formatLatency(l.p50, w) : '–', l ? formatLatency(l.p99, w) : '–', l ? formatLatency(l.max, w) : '–', formatMs(point.stats.median, locale)])
    }
    blocks.push([t('primitives.table.event'), renderColumns(rows)].join('\n'))
  }
  const cond = pointsOf(runs, 'condition')
  if (cond.length > 0) {
    const rows = [[col('condition', 'capacity'), col('condition', 'items'), col('condition', 'perSecond'), col('condition', 'producerWaits'), col('condition', 'consumerWaits'), col('condition', 'once')]]
    for (const { point, figure } of cond) rows.push([String(figure.capacity), String(figure.items), rate(point), String(figure.producerWaits), String(figure.consumerWaits), String(figure.consumedOnce)])
    blocks.push([t('primitives.table.condition'), renderColumns(rows)].join('\n'))
  }
  for (const { figure } of pointsOf(runs, 'barrier')) {
    const rows = [[col('barrier', 'phase'), col('barrier', 'phaseMs'), col('barrier', 'slowest'), col('barrier', 'waits')]]
    figure.phaseMs.forEach((ms, p) => {
      rows.push([String(p + 1), formatMs(ms, locale), String((figure.slowest[p] ?? 0) + 1), figure.waitMs.map((row) => formatFixed(row[p] ?? 0, 2, locale)).join(' ')])
    })
    blocks.push([t('primitives.table.barrier'), renderColumns(rows)].join('\n'))
  }
  const queue = pointsOf(runs, 'queue')
  if (queue.length > 0) {
    const rows = [[col('queue', 'mechanism'), col('queue', 'capacity'), col('queue', 'perSecond'), col('queue', 'median'), col('queue', 'once')]]
    for (const { point, figure } of queue) rows.push([t(`primitives.mechanisms.${figure.mechanism}`), String(figure.capacity), rate(point), formatMs(point.stats.median, locale), `${figure.receivedOnce}/${figure.items}`])
    blocks.push([t('primitives.table.queue'), renderColumns(rows, (c) => c > 0)].join('\n'))
  }

  const hasPoints = runs.some((r) => r.points.length > 0)
  const check = failedCheckLine(runs, w) ?? (hasPoints ? t('cli.check.passed', { what: t('primitives.table.checked') }) : t('cli.check.none'))
  const notMeasured = runs.flatMap((run) =>
    (run.unavailable ?? []).map((u) => {
      const part = isPart(u.what) ? t(`primitives.parts.${u.what}`) : u.what
      const reason = isPart(u.what) ? t('primitives.threadsOnly', { part }) : u.reason
      return t('primitives.table.notMeasured', { runtime: runLabel(run, w), part, reason })
    }),
  )
  const lock = globalLockLines(runs, w, { pointKey: 'globalLock.primitives.point', variant: (p) => (p.primitive ? primitivesLaneLabel(t, p.primitive) : '') })
  const lockLines = lock.length > 0 ? [...lock, t('globalLock.primitives.finding')] : []
  return [...blocks, [check, ...notMeasured, ...lockLines, ...stoppedLines(runs, w)].join('\n')].join('\n\n')
}
