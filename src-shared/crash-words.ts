/**
 * Crash isolation's cells in words, for the CLI table and the app's view alike: how the faulty
 * worker and the host ended, whether the pool went on, and the verdict, from a point's figures.
 */
import type { CrashFigures } from './crash-report'
import type { Translate } from './workloads/define'

function how(code: number | null, signal: string | null, t: Translate): string {
  return signal !== null ? t('crash.exitSignal', { signal }) : t('crash.exitCode', { code: code ?? '?' })
}

export function workerCell(f: CrashFigures, t: Translate): string {
  const worker = f.worker
  if (worker.outcome !== 'ended') return t(`crash.worker.${worker.outcome}`)
  const end = how(worker.code, worker.signal, t)
  return t('crash.worker.ended', { how: worker.error ? `${end}, ${worker.error}` : end })
}

export function hostCell(f: CrashFigures, t: Translate): string {
  return f.host.survived ? t('crash.yes') : t('crash.cli.hostDied', { how: how(f.host.code, f.host.signal, t) })
}

export function poolCell(f: CrashFigures, t: Translate): string {
  if (!f.pool.probeCompleted) return t('crash.no')
  return f.pool.replaced ? t('crash.cli.replaced') : t('crash.yes')
}

export function verdictText(f: CrashFigures, t: Translate): string {
  return t(`crash.verdicts.${f.verdict}`, { kind: t(`crash.kinds.${f.kind}`) })
}

/** One row: fault, how the worker ended, host, siblings done, pool, verdict (the runtime is the caller's). */
export function crashCells(f: CrashFigures, t: Translate): { fault: string; worker: string; host: string; siblings: string; pool: string; verdict: string } {
  return { fault: t(`crash.faults.${f.fault}`), worker: workerCell(f, t), host: hostCell(f, t), siblings: `${f.siblings.completed}/${f.siblings.total}`, pool: poolCell(f, t), verdict: verdictText(f, t) }
}
