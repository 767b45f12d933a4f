/**
 * Readable sections of the micro-experiments for the text table (registry.ts names each one): spawn cost per runtime,
 * IPC latency per mechanism and payload, and context switches (ping-pongs beside the mechanism
 * alone and the perf reference, then oversubscription against its ideal). Counters that the
 * platform does not provide are printed as "n/a", never as 0.
 */
import type { Point, Run, RunOf } from '../../../../src-shared/report'
import type { SwitchCount } from '../../../../src-shared/protocol'
import { shownText } from '../../../../src-shared/engine-message'
import { excessFigure } from '../../../../src-shared/excess-figure'
import { referenceReason, unavailableReason, unavailableWhat } from '../../../../src-shared/unavailable-text'
import { ENGLISH, type Wording, formatBytes, formatFixed, formatMs, formatPercent, formatUs, renderColumns } from './columns'
import { failedCheckLine, stoppedLines } from './sweep-section'
import { runLabel, runtimeName } from './run-label'
import { caseName } from './case-name'

/** Sub-microsecond figures (a futex call on one thread) in nanoseconds, the rest as usual. */
export function formatLatency(us: number, w: Wording = ENGLISH): string {
  return us < 1 ? `${formatFixed(Math.round(us * 1000), 0, w.locale)} ns` : formatUs(us, w.locale)
}

const us = (p: Point | undefined, key: 'p50' | 'p90' | 'p99' | 'max', w: Wording): string => (p?.latencyUs ? formatLatency(p.latencyUs[key], w) : '–')

/** The median operation with its interval (bootstrap), or its range and n below 5 operations, as the sweeps show times. */
export function p50Text(p: Point | undefined, w: Wording = ENGLISH): string {
  const l = p?.latencyUs
  if (!l) return '–'
  const p50 = formatLatency(l.p50, w)
  if (!l.p50Ci95) return p50
  const [lo, hi] = l.p50Ci95.map((v) => formatLatency(v, w))
  return l.p50CiMethod === 'range' ? w.t('cli.micro.p50Range', { p50, lo: lo!, hi: hi!, n: l.count }) : w.t('cli.micro.p50Ci', { p50, lo: lo!, hi: hi! })
}

/** The oversubscription excess: a cost where its interval lies above 0, else "within noise", never negative. */
export function excessText(p: Point, w: Wording = ENGLISH): string {
  const o = p.oversubscription
  if (!o) return '–'
  const { t, locale } = w
  const f = excessFigure(o, p.workers)
  if (f.kind === 'reference') return '–'
  if (f.kind === 'within-noise') return f.noiseMs === null ? t('cli.micro.excessWithinNoiseUnknown') : t('cli.micro.excessWithinNoise', { noise: formatMs(f.noiseMs, locale) })
  const share = formatPercent(f.share, locale)
  return f.ci95 ? t('cli.micro.excessCi', { time: formatMs(f.ms, locale), lo: formatMs(f.ci95[0], locale), hi: formatMs(f.ci95[1], locale), share }) : t('cli.micro.excess', { time: formatMs(f.ms, locale), share })
}

function statusLines(runs: Run[], w: Wording): string[] {
  const lines: string[] = []
  for (const run of runs) for (const u of run.unavailable ?? []) lines.push(w.t('cli.micro.notMeasured', { runtime: runLabel(run, w), what: unavailableWhat(w.t, run.workload, u.what), reason: unavailableReason(w.t, run.workload, u) }))
  return [...lines, ...stoppedLines(runs, w)]
}

function checkLine(runs: Run[], w: Wording): string {
  if (runs.every((r) => r.points.length === 0)) return w.t('cli.check.none')
  return failedCheckLine(runs, w) ?? w.t('cli.check.passed', { what: w.t('cli.check.intact') })
}

export function spawnSection(runs: Array<RunOf<'spawn'>>, w: Wording = ENGLISH): string {
  const { t, locale } = w
  const c = (key: string) => t(`cli.micro.spawnColumns.${key}`)
  const rows = [[c('runtime'), c('coldReady'), c('p90'), c('coldTask'), c('warm'), c('rss'), c('heap')]]
  for (const run of runs) {
    const find = (variant: string) => run.points.find((p) => p.variant === variant)
    const ready = find('cold-ready')
    const memory = ready?.memory
    const rss = memory ? t(memory.method === 'child-rss' ? 'cli.micro.rssChild' : 'cli.micro.rssGrowth', { size: formatBytes(Math.round(memory.rssBytes), locale) }) : '–'
    // CPython processes: one cold start per start method (python-spawn.ts), a row each, instead of the runtime's own.
    const perMethod = run.points.filter((p) => p.variant?.startsWith('cold-ready-'))
    if (perMethod.length === 0 || ready) rows.push([runLabel(run, w), p50Text(ready, w), us(ready, 'p90', w), p50Text(find('cold-first-task'), w), p50Text(find('warm-pool'), w), rss, memory?.heapUsedBytes !== undefined ? formatBytes(Math.round(memory.heapUsedBytes), locale) : '–'])
    for (const p of perMethod) {
      rows.push([t('python.startMethodRow', { run: runLabel(run, w), method: String(p.settings?.startMethod ?? '?') }), p50Text(p, w), us(p, 'p90', w), '–', '–', '–', '–'])
    }
  }
  const samples = runs[0]?.config.samples ?? '?'
  return [t('cli.micro.spawnTitle'), renderColumns(rows), t('cli.micro.spawnNote', { samples }), checkLine(runs, w), ...statusLines(runs, w)].join('\n')
}

export function ipcSection(runs: Array<RunOf<'ipc-latency'>>, w: Wording = ENGLISH): string {
  const { t, locale } = w
  const c = (key: string) => t(`cli.micro.ipcColumns.${key}`)
  const rows = [[c('mechanism'), c('payload'), c('p50'), c('p90'), c('p99'), c('max'), c('mbps'), c('count')]]
  for (const run of runs) {
    for (const p of run.points) {
      const mb = p.throughput?.value
      rows.push([p.mechanism ?? '?', formatBytes(p.payloadBytes ?? 0, locale), p50Text(p, w), us(p, 'p90', w), us(p, 'p99', w), us(p, 'max', w), mb === undefined ? '–' : formatFixed(mb, mb >= 100 ? 0 : 2, locale), String(p.latencyUs?.count ?? '–')])
    }
  }
  return [t('cli.micro.ipcTitle'), renderColumns(rows, (col) => col > 0), checkLine(runs, w), ...statusLines(runs, w)].join('\n')
}

function perRound(count: SwitchCount | undefined, operations: number | undefined, key: 'voluntary' | 'involuntary', w: Wording): string {
  if (!count || operations === undefined) return '–'
  if (!count.available) return w.t('cli.micro.notAvailable')
  return formatFixed(count[key] / operations, 2, w.locale)
}

export function contextSwitchSection(runs: Array<RunOf<'context-switch'>>, w: Wording = ENGLISH): string {
  const { t, locale } = w
  const pc = (key: string) => t(`cli.micro.pingColumns.${key}`)
  const oc = (key: string) => t(`cli.micro.overColumns.${key}`)
  const pingRows = [[pc('pingPong'), pc('runtime'), pc('workers'), pc('p50'), pc('p99'), pc('threadVol'), pc('threadInvol'), pc('processVol')]]
  const overRows = [[oc('runtime'), oc('busy'), oc('time'), oc('ideal'), oc('excess'), oc('invol'), oc('perSwitch')]]
  const notes: string[] = []
  for (const run of runs) {
    const runtime = runLabel(run, w)
    for (const p of run.points) {
      if (p.variant === 'oversubscription') {
        const o = p.oversubscription
        const c = p.switches?.thread.available ? p.switches.thread : p.switches?.process
        const invol = !c ? '–' : c.available ? formatFixed(Math.round(c.involuntary / Math.max(1, p.stats.n)), 0, locale) : t('cli.micro.notAvailable')
        const busy = p.oversubscribed ? t('cli.micro.over', { workers: p.workers }) : `${p.workers}`
        const figure = o ? excessFigure(o, p.workers) : null
        const perSwitch = figure?.kind === 'cost' && figure.perSwitchUs !== null ? formatUs(figure.perSwitchUs, locale) : '–'
        overRows.push([runtime, busy, formatMs(p.stats.median, locale), o ? formatMs(o.idealMs, locale) : '–', excessText(p, w), invol, perSwitch])
      } else {
        const s = p.switches
        pingRows.push([p.variant ?? '?', runtime, String(p.workers), p50Text(p, w), us(p, 'p99', w), perRound(s?.thread, p.operations, 'voluntary', w), perRound(s?.thread, p.operations, 'involuntary', w), perRound(s?.process, p.operations, 'voluntary', w)])
      }
    }
    for (const ref of run.references ?? []) {
      notes.push(ref.available ? t('cli.micro.reference', { command: ref.command, time: formatUs(ref.usPerOp, locale), variant: referenceVariant(ref.variant, w) }) : t('cli.micro.referenceMissing', { command: ref.command, reason: referenceReason(t, ref) }))
    }
    const n = run.points.flatMap((p) => (p.switches ? [p.switches.thread, p.switches.process] : [])).find((c) => !c.available)
    if (n && !n.available) notes.push(t('cli.micro.countersMissing', { runtime, reason: shownText(t, n.reason, n.reasonMessage) }))
  }
  const cores = runs.flatMap((r) => r.points).find((p) => p.oversubscription)?.oversubscription?.cores
  const parts = [t('cli.micro.pingTitle'), renderColumns(pingRows, (col) => col > 1), t('cli.micro.pingNote'), ...notes]
  if (overRows.length > 1) parts.push('', t('cli.micro.overTitle', { cores: cores ?? '?' }), renderColumns(overRows, (col) => col > 0))
  return [...parts, checkLine(runs, w), ...statusLines(runs, w)].join('\n')
}

/** The perf reference's variant is a runtime id (`thread`, `process`): named as the tables name runtimes. */
function referenceVariant(variant: string, w: Wording): string {
  const name = runtimeName(variant, w)
  return name === `cli.runtimes.${variant}` ? variant : name
}

/** One progress line for a micro-experiment point (which variant, its latency), or null for others. */
export function microPointLine(p: Point, w: Wording = ENGLISH, workload?: string): string | null {
  const id = p.mechanism ?? p.variant
  if (id === undefined) return null
  const name = caseName(id, w.locale, workload)
  const size = p.payloadBytes !== undefined && p.mechanism ? ` ${formatBytes(p.payloadBytes, w.locale)}` : ''
  const figure = p.latencyUs ? w.t('cli.micro.latency', { p50: formatLatency(p.latencyUs.p50, w), p99: formatLatency(p.latencyUs.p99, w) }) : w.t('cli.micro.median', { median: formatMs(p.stats.median, w.locale) })
  return w.t('cli.micro.point', { name, size, workers: p.workers, figure })
}
