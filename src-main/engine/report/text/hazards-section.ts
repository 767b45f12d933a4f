/**
 * The hazard experiments' sections of the text table (registry.ts names them). Deadlock: one row
 * per variant with how many repetitions deadlocked, how they were found, the cycle, pairs done and
 * the cost of a pair. Livelock: one row per variant with completions, retries, retries per
 * completion, busy-loop iterations and thread CPU per worker. Then what each shows (the Coffman
 * condition a fix breaks), the runtimes that could not run them and why, and any run that stopped.
 */
import type { EngineMessage } from '../../../../src-shared/engine-message'
import { unavailableReason } from '../../../../src-shared/unavailable-text'
import type { RunOf } from '../../../../src-shared/report'
import type { DeadlockCycle } from '../../../../src-shared/wait-for-graph'
import { ENGLISH, type Wording, formatCount, formatFixed, renderColumns } from './columns'
import { failedCheckLine, runtimeName, sectionHeading, stoppedLines } from './sweep-section'

const cpuText = (cpu: ReadonlyArray<number | null>, w: Wording): string =>
  cpu.every((c) => c !== null) ? cpu.map((c) => formatFixed(c, 0, w.locale)).join(' / ') : w.t('hazards.cli.noCpu')

export function cycleText(cycle: DeadlockCycle, t: Wording['t']): string {
  return cycle.workers.map((worker, i) => t('hazards.cli.cycleStep', { worker: worker + 1, lock: String.fromCharCode(65 + cycle.locks[i]!) })).join(' → ')
}

function notMeasured(runs: ReadonlyArray<{ workload: string; runtime: string; unavailable?: ReadonlyArray<{ what: string; reason: string; reasonMessage?: EngineMessage | undefined }> | undefined }>, w: Wording): string[] {
  return runs.flatMap((run) => (run.unavailable ?? []).map((u) => w.t('hazards.cli.notMeasured', { runtime: runtimeName(run.runtime, w), reason: unavailableReason(w.t, run.workload, u) })))
}

export function deadlockSection(runs: Array<RunOf<'deadlock'>>, w: Wording = ENGLISH): string {
  const { t, locale } = w
  const c = (key: string) => t(`hazards.deadlock.cli.columns.${key}`)
  const rows = [[c('variant'), c('runtime'), c('deadlocked'), c('found'), c('pairs'), c('perPair'), c('cpu')]]
  const cycles: string[] = []
  for (const run of runs) {
    for (const p of run.points) {
      const d = p.deadlock
      if (!d) continue
      const perPair = d.usPerPair ? t('hazards.cli.interval', { median: formatFixed(d.usPerPair.median, 0, locale), lo: formatFixed(d.usPerPair.ci95[0], 0, locale), hi: formatFixed(d.usPerPair.ci95[1], 0, locale) }) : '–'
      rows.push([
        t(`hazards.deadlock.variants.${d.variant}`),
        runtimeName(run.runtime, w),
        t('hazards.deadlock.cli.outOf', { count: formatCount(d.deadlocked, locale), repetitions: formatCount(d.repetitions, locale) }),
        t('hazards.deadlock.cli.foundBy', { graph: d.foundByGraph, timeout: d.foundByTimeout }),
        formatCount(d.pairs, locale),
        perPair,
        cpuText(d.cpuMsPerWorker, w),
      ])
      if (d.cycle) cycles.push(t('hazards.deadlock.cli.cycle', { variant: t(`hazards.deadlock.variants.${d.variant}`), runtime: runtimeName(run.runtime, w), cycle: cycleText(d.cycle, t) }))
    }
  }
  const lines = [sectionHeading(runs[0]!, w), t('hazards.deadlock.cli.title'), renderColumns(rows, (col) => col > 1), ...cycles]
  lines.push(failedCheckLine(runs, w) ?? t('cli.check.passed', { what: t('hazards.deadlock.cli.checked') }))
  lines.push(...['circular', 'ordered', 'tryBackoff'].map((key) => t(`hazards.deadlock.what.${key}`)))
  if (runs.some((run) => run.runtime === 'process' && run.points.length > 0)) lines.push(t('hazards.deadlock.what.processes'))
  lines.push(...notMeasured(runs, w), ...stoppedLines(runs, w))
  return lines.join('\n')
}

export function livelockSection(runs: Array<RunOf<'livelock'>>, w: Wording = ENGLISH): string {
  const { t, locale } = w
  const c = (key: string) => t(`hazards.livelock.cli.columns.${key}`)
  const rows = [[c('variant'), c('runtime'), c('completions'), c('retries'), c('ratio'), c('spins'), c('cpu')]]
  for (const run of runs) {
    for (const p of run.points) {
      const l = p.livelock
      if (!l) continue
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
      rows.push([
        t(`hazards.livelock.variants.${l.variant}`),
        runtimeName(run.runtime, w),
        formatCount(sum(l.completionsPerWorker), locale),
        formatCount(sum(l.retriesPerWorker), locale),
        l.retriesPerCompletion === null ? t('hazards.livelock.cli.noProgress') : formatFixed(l.retriesPerCompletion, 1, locale),
        l.spinsPerWorker.map((s) => formatCount(s, locale)).join(' / '),
        cpuText(l.cpuMsPerWorker, w),
      ])
    }
  }
  const lines = [sectionHeading(runs[0]!, w), t('hazards.livelock.cli.title'), renderColumns(rows, (col) => col > 1), t('hazards.livelock.cli.note')]
  lines.push(...['livelock', 'random'].map((key) => t(`hazards.livelock.what.${key}`)))
  lines.push(...notMeasured(runs, w), ...stoppedLines(runs, w))
  return lines.join('\n')
}
