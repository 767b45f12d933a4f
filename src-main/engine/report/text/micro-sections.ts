/**
 * Readable sections of the micro-experiments for the text table (registry.ts names each one): spawn cost per runtime,
 * IPC latency per mechanism and payload, and context switches (ping-pongs beside the mechanism
 * alone and the perf reference, then oversubscription against its ideal). Counters that the
 * platform does not provide are printed as "n/a", never as 0.
 */
import type { Point, Run, RunOf } from '../../../../src-shared/report'
import type { SwitchCount } from '../../../../src-shared/protocol'
import { formatBytes, formatMs, formatPercent, formatUs, renderColumns } from './columns'

/** Sub-microsecond figures (a futex call on one thread) in nanoseconds, the rest as usual. */
export function formatLatency(us: number): string {
  return us < 1 ? `${Math.round(us * 1000)} ns` : formatUs(us)
}

const us = (p: Point | undefined, key: 'p50' | 'p90' | 'p99' | 'max'): string => (p?.latencyUs ? formatLatency(p.latencyUs[key]) : '–')

function statusLines(runs: Run[]): string[] {
  const lines: string[] = []
  for (const run of runs) {
    for (const u of run.unavailable ?? []) lines.push(`${run.runtime}: ${u.what} not measured — ${u.reason}`)
    if (run.status !== 'completed') lines.push(`${run.runtime}: ${run.status.toUpperCase()} — ${run.error ?? ''}`)
  }
  return lines
}

function checkLine(runs: Run[]): string {
  const points = runs.flatMap((r) => r.points)
  const bad = points.filter((p) => !p.check.ok)
  if (points.length === 0) return 'check: no point finished'
  if (bad.length > 0) return `check: FAILED on ${bad.length} point(s) — expected ${bad[0]!.check.expected}, got ${bad[0]!.check.actual}`
  return 'check: every answer came back intact ✓'
}

export function spawnSection(runs: Array<RunOf<'spawn'>>): string {
  const rows = [['runtime', 'cold: first message p50', 'p90', 'cold: first task p50', 'warm pool: task p50', 'memory / worker (RSS)', 'heap used']]
  for (const run of runs) {
    const find = (variant: string) => run.points.find((p) => p.variant === variant)
    const ready = find('cold-ready')
    const memory = ready?.memory
    const rss = memory ? `${formatBytes(Math.round(memory.rssBytes))} (${memory.method === 'child-rss' ? 'child' : 'engine growth'})` : '–'
    rows.push([run.runtime, us(ready, 'p50'), us(ready, 'p90'), us(find('cold-first-task'), 'p50'), us(find('warm-pool'), 'p50'), rss, memory?.heapUsedBytes !== undefined ? formatBytes(Math.round(memory.heapUsedBytes)) : '–'])
  }
  const samples = runs[0]?.config.samples
  return ['Spawn cost — cold start vs a warm pool', renderColumns(rows), `${samples} cold spawns per runtime (after 1 not kept); times from the spawn request`, checkLine(runs), ...statusLines(runs)].join('\n')
}

export function ipcSection(runs: Array<RunOf<'ipc-latency'>>): string {
  const rows = [['mechanism', 'payload', 'p50', 'p90', 'p99', 'max', 'MB/s', 'round trips']]
  for (const run of runs) {
    for (const p of run.points) {
      const mb = p.throughput?.value
      rows.push([p.mechanism ?? '?', formatBytes(p.payloadBytes ?? 0), us(p, 'p50'), us(p, 'p90'), us(p, 'p99'), us(p, 'max'), mb === undefined ? '–' : mb >= 100 ? mb.toFixed(0) : mb.toFixed(2), String(p.latencyUs?.count ?? '–')])
    }
  }
  return ['IPC latency — round trip, engine ⇄ worker (atomics: thread ⇄ thread)', renderColumns(rows, (c) => c > 0), checkLine(runs), ...statusLines(runs)].join('\n')
}

function perRound(count: SwitchCount | undefined, operations: number | undefined, key: 'voluntary' | 'involuntary'): string {
  if (!count || operations === undefined) return '–'
  if (!count.available) return 'n/a'
  return (count[key] / operations).toFixed(2)
}

export function contextSwitchSection(runs: Array<RunOf<'context-switch'>>): string {
  const pingRows = [['ping-pong', 'runtime', 'workers', 'round trip p50', 'p99', 'thread vol./rt', 'thread invol./rt', 'process vol./rt']]
  const overRows = [['runtime', 'busy workers', 'time (median)', 'ideal', 'excess', 'invol. switches / rep.', 'excess / switch']]
  const notes: string[] = []
  for (const run of runs) {
    for (const p of run.points) {
      if (p.variant === 'oversubscription') {
        const o = p.oversubscription
        const c = p.switches?.thread.available ? p.switches.thread : p.switches?.process
        const invol = !c ? '–' : c.available ? String(Math.round(c.involuntary / Math.max(1, p.stats.n))) : 'n/a'
        overRows.push([run.runtime, `${p.workers}${p.oversubscribed ? ' (over)' : ''}`, formatMs(p.stats.median), o ? formatMs(o.idealMs) : '–', o ? `${formatMs(o.excessMs)} (${formatPercent(o.excessShare)})` : '–', invol, o?.excessPerSwitchUs != null ? formatUs(o.excessPerSwitchUs) : '–'])
      } else {
        const s = p.switches
        pingRows.push([p.variant ?? '?', run.runtime, String(p.workers), us(p, 'p50'), us(p, 'p99'), perRound(s?.thread, p.operations, 'voluntary'), perRound(s?.thread, p.operations, 'involuntary'), perRound(s?.process, p.operations, 'voluntary')])
      }
    }
    for (const ref of run.references ?? []) {
      notes.push(ref.available ? `${ref.command}: ${formatUs(ref.usPerOp)} per round trip (${ref.variant}, outside reference)` : `${ref.command}: unavailable — ${ref.reason}`)
    }
    const n = run.points.flatMap((p) => (p.switches ? [p.switches.thread, p.switches.process] : [])).find((c) => !c.available)
    if (n && !n.available) notes.push(`${run.runtime}: some switch counters are not available here — ${n.reason}`)
  }
  const cores = runs.flatMap((r) => r.points).find((p) => p.oversubscription)?.oversubscription?.cores
  const parts = [
    'Context switches — ping-pong (a round trip is two switches plus the mechanism)',
    renderColumns(pingRows, (c) => c > 1),
    'switches per round trip (rt), summed over the threads involved (Linux /proc/thread-self) and their processes (getrusage); n/a: not counted on this platform',
    ...notes,
  ]
  if (overRows.length > 1) parts.push('', `Oversubscription — busy workers on ${cores ?? '?'} cores; ideal = K / cores × the one-per-core time`, renderColumns(overRows, (c) => c > 0))
  return [...parts, checkLine(runs), ...statusLines(runs)].join('\n')
}

/** One progress line for a micro-experiment point (which variant, its latency), or null for others. */
export function microPointLine(p: Point): string | null {
  const name = p.mechanism ?? p.variant
  if (name === undefined) return null
  const size = p.payloadBytes !== undefined && p.mechanism ? ` ${formatBytes(p.payloadBytes)}` : ''
  const figure = p.latencyUs ? `p50 ${formatLatency(p.latencyUs.p50)}, p99 ${formatLatency(p.latencyUs.p99)}` : `median ${formatMs(p.stats.median)}`
  return `${name}${size}, ${p.workers} worker(s): ${figure}`
}
