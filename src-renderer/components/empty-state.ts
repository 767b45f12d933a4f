/**
 * Why a chart has nothing to draw, decided once per experiment screen and read by every chart
 * card on it: before any run, measuring before the first point, every run failed, a run that
 * ended before its first point. A card outside an experiment screen (Compare) has no provider:
 * there an empty chart means that no point matches across the reports picked.
 */
import type { ComputedRef, InjectionKey } from 'vue'

export type EmptyState =
  | { kind: 'none' }
  | { kind: 'measuring' }
  | { kind: 'failed'; reason: string | null }
  | { kind: 'no-points' }
  /** The screen has points, but not for this chart (e.g. a run without a timeline). */
  | { kind: 'not-in-result' }
  | { kind: 'no-match' }

export const EMPTY_STATE: InjectionKey<ComputedRef<EmptyState>> = Symbol('empty-state')
