/**
 * One point of shared-vs-messages: warm-up and measured repetitions of one way at N workers, each
 * checked exactly (a wrong total fails the run at once, loudly), turned into figures: the
 * repetition times, the time per update (wall time over every update of the repetition, i.e. the
 * inverse of the updates per second) with the shared statistics' median and interval, and the
 * updates per second at the median.
 */
import type { Point } from '../../../../src-shared/report'
import type { SharedStateWay } from '../../../../src-shared/workloads/shared-vs-messages'
import { summarizeTimes } from '../../stats/summary'
import { CheckFailedError } from '../experiment'
import type { Repetition } from './update-ways'
import { globalLockFigures } from '../global-lock-figures'

export interface PointSettings {
  way: SharedStateWay
  sharesMemory: boolean
  warmup: number
  repeat: number
  logicalCores: number
  seed: number
  signal: AbortSignal
  /** What carries an update, recorded in the point's settings. */
  transport: string
  owner: string
}

/** N clients of K updates each; `repetition` runs one repetition of the way (Node workers, or CPython's in py-updates.ts). */
export async function measureWay(s: { updaters: number; updates: number }, p: PointSettings, repetition: () => Promise<Repetition>): Promise<Point> {
  const expected = s.updaters * s.updates
  const samplesMs: number[] = []
  const answered: Array<{ outcomes: NonNullable<Repetition['answers']> }> = []
  let added = 0
  for (let rep = 0; rep < p.warmup + p.repeat; rep++) {
    p.signal.throwIfAborted()
    const r = await repetition()
    added = r.added
    const check = { expected, actual: r.added, ok: r.added === expected && r.acked === expected, source: 'known-value' as const }
    if (!check.ok) throw new CheckFailedError(`shared-vs-messages ${p.way}`, check)
    if (rep >= p.warmup) samplesMs.push(r.wallMs)
    if (rep >= p.warmup && r.answers) answered.push({ outcomes: r.answers })
  }
  const stats = summarizeTimes(samplesMs, p.seed)
  const perUpdateUs = summarizeTimes(
    samplesMs.map((ms) => (ms * 1000) / expected),
    p.seed,
  )
  // The owner way adds a worker of its own; more workers than cores time-share them.
  const workersRunning = s.updaters + (p.way === 'owner-messages' ? 1 : 0)
  return {
    workers: s.updaters,
    oversubscribed: workersRunning > p.logicalCores,
    samplesMs,
    stats,
    speedup: null,
    efficiency: null,
    check: { expected, actual: added, ok: true, source: 'known-value' },
    samplesKind: 'repetition',
    variant: p.way,
    perUpdateUs,
    throughput: { value: stats.median > 0 ? expected / (stats.median / 1000) : 0, unit: 'updates/s' },
    operations: expected,
    settings: { transport: p.transport, owner: p.owner, updatesPerWorker: s.updates },
    // Global-lock mode: hand-overs, drops and each worker's wait for the lock, as the sweeps' points.
    ...globalLockFigures(answered),
  }
}
