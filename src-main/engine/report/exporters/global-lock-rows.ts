/**
 * The global-lock section of the Markdown and HTML exports (issue 16): the setting (switch
 * interval, as CPython's sys.getswitchinterval()), each point's hand-overs, drops on request and
 * wait per worker, and, when a run kept a traced repetition, how long each thread held the lock,
 * waited for it and ran outside it. Unescaped: each exporter escapes for its own language.
 */
import type { LaneState } from '../../../../src-shared/lane-timeline'
import type { Run } from '../../../../src-shared/report'
import { EN, type ExportLocale } from './locale'

export interface GlobalLockSection {
  title: string
  intro: string
  header: string[]
  rows: string[][]
  numeric: (column: number) => boolean
  notes: string[]
}

export function globalLockSection(runs: readonly Run[], loc: ExportLocale = EN): GlobalLockSection | null {
  const setting = runs.find((r) => r.settings.globalLock !== undefined)?.settings.globalLock
  if (!setting) return null
  const { t, fmt } = loc
  const h = (key: string) => t(`globalLock.report.header.${key}`)
  const rows = runs.flatMap((run) =>
    run.points.flatMap((p) =>
      p.globalLock
        ? [[run.runtime, fmt.number(p.workers), fmt.fixed(p.globalLock.handOvers, 0), fmt.fixed(p.globalLock.drops, 0), p.globalLock.waitMsByWorker.map((ms) => fmt.fixed(ms, 1)).join(' / ')]]
        : [],
    ),
  )
  return {
    title: t('globalLock.report.title'),
    intro: t('globalLock.report.intro', { ms: fmt.number(setting.switchIntervalMs) }),
    header: [h('runtime'), h('workers'), h('handOvers'), h('drops'), h('wait')],
    rows,
    numeric: (column) => column === 1 || column === 2 || column === 3,
    notes: runs.flatMap((run) => lanesNote(run, loc)),
  }
}

/** Milliseconds per state per thread of the kept traced repetition, in one line. */
function lanesNote(run: Run, loc: ExportLocale): string[] {
  const lanes = run.lanes
  if (!lanes || run.settings.globalLock === undefined) return []
  const byWorker: Array<Partial<Record<LaneState, number>>> = []
  for (const span of lanes.spans) {
    const shares = (byWorker[span.worker] ??= {})
    shares[span.state] = (shares[span.state] ?? 0) + Math.max(0, span.endMs - span.startMs)
  }
  const ms = (x: number | undefined) => loc.fmt.ms(x ?? 0)
  const list = Array.from(byWorker, (shares, worker) =>
    loc.t('globalLock.report.laneItem', { n: worker + 1, holding: ms(shares?.holding), waiting: ms(shares?.waiting), running: ms(shares?.running) }),
  )
  return [`${run.runtime}: ${loc.t('globalLock.report.lanes', { label: lanes.label, list: list.join(loc.r('list')) })}`]
}
