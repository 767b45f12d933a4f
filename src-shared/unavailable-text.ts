/**
 * Why a micro-experiment could not measure something (a run's `unavailable[]`, an outside
 * reference's `reason`), in the reader's language: the coded `reasonMessage` when the run has one;
 * else, for the "threads only" entries the shared-state experiments store as catalogue English
 * (locks, primitives, shared-vs-messages), the same catalogue text in the reader's language; else
 * the stored English (reports written before the codes). One function, so the CLI table, the
 * exporters and the app cannot disagree.
 */
import { type EngineMessage, shownText } from './engine-message'
import type { Translate } from './workloads/define'
import { PRIMITIVE_PARTS } from './workloads/primitives'

interface Reasoned {
  what: string
  reason: string
  reasonMessage?: EngineMessage | undefined
}

/** An uncoded threads-only entry, from the catalogue text it was written from; null for anything else. */
function threadsOnlyText(t: Translate, workload: string, what: string): string | null {
  if (workload === 'locks' && what === 'threads-only') return t('locks.threadsOnly')
  if (workload === 'primitives' && (PRIMITIVE_PARTS as readonly string[]).includes(what)) return t('primitives.threadsOnly', { part: t(`primitives.parts.${what}`) })
  if (workload === 'shared-vs-messages' && what === 'shared-memory') return t('sharedVsMessages.notApplicable.sharedMemory')
  return null
}

export function unavailableReason(t: Translate, workload: string, u: Reasoned): string {
  if (u.reasonMessage) return shownText(t, u.reason, u.reasonMessage)
  return threadsOnlyText(t, workload, u.what) ?? u.reason
}

/** What could not be measured, named in the reader's language where the catalogue names it; a variant keeps its identifier, as the tables print it. */
export function unavailableWhat(t: Translate, workload: string, what: string): string {
  if (workload === 'primitives' && (PRIMITIVE_PARTS as readonly string[]).includes(what)) return t(`primitives.parts.${what}`)
  if (workload === 'shared-vs-messages' && what === 'shared-memory') return t('sharedVsMessages.ways.shared-memory')
  if (workload === 'locks' && what === 'threads-only') return t('locks.view.threadsOnlyTitle')
  return what
}

/** An unavailable outside reference's reason (perf bench), translated when coded. */
export function referenceReason(t: Translate, ref: { reason: string; reasonMessage?: EngineMessage | undefined }): string {
  return shownText(t, ref.reason, ref.reasonMessage)
}
