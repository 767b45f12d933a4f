/**
 * The numbers of the micro-experiment charts (spawn, memory, ping-pong, oversubscription, IPC),
 * read from the optional Point/Run fields of src-shared/micro-report.ts. Pure and unit-tested.
 * Categories and series are keys (variants, runtimes); components turn them into labels/colours.
 */
import type { Point } from '../../src-shared/report'
import type { Translate } from '../../src-shared/workloads/define'
import type { ShownRun } from './shown-run'

export interface KeyedSeries {
  runtime: string
  role: string
  values: Array<number | null>
}
export interface KeyedBars {
  categories: string[]
  series: KeyedSeries[]
}

/** Per-operation time in µs: the HDR median when the point has one, else the batch median. */
export const operationUs = (point: Point): number => point.latencyUs?.p50 ?? point.stats.median * 1000

/**
 * The median operation for a chart's table, with its 95% interval (bootstrap of the median), or
 * its range and n below 5 operations, as the CLI prints it (micro-sections.ts p50Text).
 */
export function p50Cell(point: Point, t: Translate, us: (value: number) => string): string {
  const l = point.latencyUs
  const p50 = us(operationUs(point))
  if (!l?.p50Ci95) return p50
  const [lo, hi] = l.p50Ci95.map(us) as [string, string]
  return l.p50CiMethod === 'range' ? t('charts.stats.p50Range', { p50, lo, hi, n: l.count }) : t('charts.stats.p50Ci', { p50, lo, hi })
}

function orderedKeys(known: readonly string[], found: Iterable<string>): string[] {
  const seen = new Set(found)
  return [...known.filter((k) => seen.has(k)), ...[...seen].filter((k) => !known.includes(k))]
}

const SPAWN_ORDER = ['cold-ready', 'cold-first-task', 'warm-pool']

/** Spawn: ms per operation, category = variant, one series per runtime. */
export function spawnBars(runs: readonly ShownRun[]): KeyedBars {
  const categories = orderedKeys(SPAWN_ORDER, runs.flatMap((r) => r.points.map((p) => p.variant ?? '')).filter(Boolean))
  const series = runs.map((run) => ({
    runtime: run.runtime,
    role: 'measured',
    values: categories.map((c) => {
      const point = run.points.find((p) => p.variant === c)
      return point ? operationUs(point) / 1000 : null
    }),
  }))
  return { categories, series: series.filter((s) => s.values.some((v) => v !== null)) }
}

/** Memory per worker: category = runtime; RSS and V8 heap as two series. */
export function memoryBars(runs: readonly ShownRun[]): KeyedBars & { methods: Record<string, string> } {
  const withMemory = runs.map((run) => ({ run, memory: run.points.find((p) => p.memory)?.memory })).filter((x) => x.memory)
  return {
    categories: withMemory.map((x) => x.run.runtime),
    series: [
      { runtime: '', role: 'rss', values: withMemory.map((x) => x.memory!.rssBytes) },
      { runtime: '', role: 'heap', values: withMemory.map((x) => x.memory!.heapUsedBytes ?? null) },
    ],
    methods: Object.fromEntries(withMemory.map((x) => [x.run.runtime, x.memory!.method])),
  }
}

/** Ping-pong variants grouped by what they measure, whichever runtime's mechanism did it. */
export const PINGPONG_CATEGORY: Record<string, string> = {
  'futex-pingpong': 'pair',
  'pipe-pingpong': 'pair',
  'futex-one-thread': 'self',
  'pipe-one-thread': 'self',
  'message-pingpong': 'message',
  'ipc-pingpong': 'message',
}
const PINGPONG_ORDER = ['pair', 'self', 'message', 'perf']

/** µs per round trip; `perf` is the outside reference (perf bench sched pipe) when it ran. */
export function pingPongBars(runs: readonly ShownRun[]): KeyedBars {
  const categoryOf = (p: Point) => (p.variant ? (PINGPONG_CATEGORY[p.variant] ?? p.variant) : null)
  const found = runs.flatMap((r) => r.points.filter((p) => p.variant !== 'oversubscription').map(categoryOf))
  const hasPerf = runs.some((r) => r.references?.some((ref) => ref.available))
  const categories = orderedKeys(PINGPONG_ORDER, [...found.filter((c): c is string => c !== null), ...(hasPerf ? ['perf'] : [])])
  const series = runs.map((run) => ({
    runtime: run.runtime,
    role: 'measured',
    values: categories.map((c) => {
      if (c === 'perf') {
        const ref = run.references?.find((r) => r.available)
        return ref && ref.available ? ref.usPerOp : null
      }
      const point = run.points.find((p) => p.variant !== 'oversubscription' && categoryOf(p) === c)
      return point ? operationUs(point) : null
    }),
  }))
  return { categories, series: series.filter((s) => s.values.some((v) => v !== null)) }
}

/** Oversubscription: category = K per core; measured and ideal median time per runtime. */
export function oversubscriptionBars(runs: readonly ShownRun[]): KeyedBars {
  const factorOf = (p: Point) => (p.oversubscription ? p.workers / p.oversubscription.cores : null)
  const factors = [...new Set(runs.flatMap((r) => r.points.map(factorOf)).filter((f): f is number => f !== null))].sort((a, b) => a - b)
  const series: KeyedSeries[] = []
  for (const run of runs) {
    const at = (f: number) => run.points.find((p) => factorOf(p) === f)
    if (!factors.some((f) => at(f))) continue
    series.push({ runtime: run.runtime, role: 'measured', values: factors.map((f) => at(f)?.stats.median ?? null) })
    series.push({ runtime: run.runtime, role: 'ideal', values: factors.map((f) => at(f)?.oversubscription?.idealMs ?? null) })
  }
  return { categories: factors.map((f) => `${Number(f.toPrecision(3))}`), series }
}

export type Percentile = 'p50' | 'p90' | 'p99'

/** IPC: one line per mechanism, x = payload bytes (> 0: the axis is logarithmic), y = µs. */
export function ipcLines(runs: readonly ShownRun[], percentile: Percentile): Array<{ mechanism: string; runtime: string; points: Array<{ x: number; y: number }> }> {
  const lines = new Map<string, { mechanism: string; runtime: string; points: Array<{ x: number; y: number }> }>()
  for (const run of runs) {
    for (const point of run.points) {
      if (!point.mechanism || point.payloadBytes === undefined || point.payloadBytes <= 0 || !point.latencyUs) continue
      const line = lines.get(point.mechanism) ?? { mechanism: point.mechanism, runtime: run.runtime, points: [] }
      line.points.push({ x: point.payloadBytes, y: point.latencyUs[percentile] })
      lines.set(point.mechanism, line)
    }
  }
  for (const line of lines.values()) line.points.sort((a, b) => a.x - b.x)
  return [...lines.values()]
}
