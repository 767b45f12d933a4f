/**
 * The convoy table of sleep's convoy mode (issue 16), one row per runtime and worker count: the
 * global-lock setting, the wake-ups counted, and how late they were (median, p90, p99). One
 * builder for the CLI table and the Markdown/HTML exports, so they never disagree. Unescaped:
 * each output escapes for its own language.
 */
import type { Run } from '../../../src-shared/report'
import type { Translate } from '../../../src-shared/workloads/define'

export interface ConvoySection {
  title: string
  /** "What this shows": the convoy effect of CPython's GIL, in the catalogue's words. */
  explain: string
  header: string[]
  rows: string[][]
  numeric: (column: number) => boolean
  note: string
}

/** `fixed(x, digits)`: the output's own way to write a number. `label`: its way to name a run. */
export function convoySection(runs: readonly Run[], t: Translate, fixed: (x: number, digits: number) => string, label: (run: Run) => string = (run) => run.runtime): ConvoySection | null {
  const convoyRuns = runs.filter((run) => run.workload === 'sleep' && run.config.mode === 'convoy')
  if (convoyRuns.length === 0) return null
  const h = (key: string) => t(`globalLock.convoy.table.header.${key}`)
  const late = (ms: number | undefined) => (ms === undefined ? '–' : fixed(ms, 2))
  const rows = convoyRuns.flatMap((run) => {
    const lock = run.settings.globalLock
    const lockText = lock ? t('globalLock.convoy.table.on', { ms: fixed(lock.switchIntervalMs, 0) }) : t('globalLock.convoy.table.off')
    return run.points.flatMap((p) =>
      p.convoy ? [[label(run), fixed(p.workers, 0), lockText, fixed(p.convoy.wakeUps, 0), late(p.convoy.lateMs?.median), late(p.convoy.lateMs?.p90), late(p.convoy.lateMs?.p99)]] : [],
    )
  })
  const ms = convoyRuns[0]!.workload === 'sleep' ? convoyRuns[0]!.config.ms : 0
  return {
    title: t('globalLock.convoy.table.heading'),
    explain: t('globalLock.convoy.explain', { ms: fixed(ms, 0) }),
    header: [h('runtime'), h('workers'), h('lock'), h('counted'), h('median'), h('p90'), h('p99')],
    rows,
    numeric: (column) => column === 1 || column >= 3,
    note: t('globalLock.convoy.table.note'),
  }
}
