/**
 * The label of a traced point's lane timeline, from the point's own figures. The engine writes it
 * in English (the report's words, `translateEn`); a view rebuilds it for each point to find the
 * point the timeline belongs to, then shows the same words in the reader's language. One
 * function per experiment, so both sides always agree on the words.
 */
import type { LocksFigure } from './locks-report'
import type { PrimitiveFigure } from './primitives-report'
import { assertNever } from './protocol'
import type { Translate } from './workloads/define'
import type { SharedStateWay } from './workloads/shared-vs-messages'
import type { RaceVariant } from './workloads/race'

export function locksLaneLabel(t: Translate, l: Pick<LocksFigure, 'threads' | 'order' | 'wait' | 'criticalWork'>): string {
  return t('locks.lanes.label', { threads: l.threads, order: t(`locks.orders.${l.order}`), wait: t(`locks.waits.${l.wait}`), critical: l.criticalWork })
}

export function primitivesLaneLabel(t: Translate, f: PrimitiveFigure): string {
  const part = t(`primitives.parts.${f.part}`)
  switch (f.part) {
    case 'semaphore':
      return t('primitives.lanes.semaphore', { part, threads: f.threads, limit: f.limit })
    case 'event':
      return t('primitives.lanes.event', { part, threads: f.waiters + 1, waiters: f.waiters })
    case 'condition':
      return t('primitives.lanes.condition', { part, capacity: f.capacity })
    case 'barrier':
      return t('primitives.lanes.barrier', { part, threads: f.threads, phases: f.phases })
    case 'queue':
      return t('primitives.lanes.queue', { part, mechanism: t(`primitives.mechanisms.${f.mechanism}`), capacity: f.capacity })
    default:
      return assertNever(f, 'primitive figure')
  }
}

export function sharedVsMessagesLaneLabel(t: Translate, workers: number, way: SharedStateWay): string {
  return t('sharedVsMessages.lanes.label', { workers, way: t(`sharedVsMessages.ways.${way}`) })
}

/** A sweep point traced under the global lock (prime, file-io, network-fetch, sleep): its worker threads. */
export function globalLockLaneLabel(t: Translate, workers: number): string {
  return t('globalLock.lanes.label', { workers })
}

export function raceLaneLabel(t: Translate, workers: number, variant: RaceVariant): string {
  return t('race.lanes.label', { workers, variant: t(`race.variants.${variant}`) })
}
