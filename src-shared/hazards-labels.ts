/**
 * Labels of the hazard experiments' traced points (as lane-labels.ts for the shared-state ones):
 * written by the engine in English, rebuilt by the views to find the point, shown translated.
 */
import type { Translate } from './workloads/define'
import type { DeadlockVariant } from './workloads/deadlock'
import type { LivelockVariant } from './workloads/livelock'

export function deadlockLaneLabel(t: Translate, p: { variant: DeadlockVariant; workers: number }): string {
  return t('hazards.deadlock.lanes.label', { variant: t(`hazards.deadlock.variants.${p.variant}`), workers: p.workers })
}

export function livelockLaneLabel(t: Translate, p: { variant: LivelockVariant }): string {
  return t('hazards.livelock.lanes.label', { variant: t(`hazards.livelock.variants.${p.variant}`) })
}
