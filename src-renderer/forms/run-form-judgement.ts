/**
 * What the run form disables and refuses beyond the schema: settings this run would ignore (each
 * with its reason, src-shared/not-applicable.ts) and the Cores field, which the engine may not be
 * able to apply here (`coreControl` from getMachine: disabled with the reason) or may apply only up
 * to the cores its own process may use (an error above that). Pure, so the rules are tested
 * without a browser; WorkloadForm.vue shows them.
 */
import { notApplicable } from '../../src-shared/not-applicable'
import type { Machine } from '../../src-shared/report'
import type { Translate } from '../../src-shared/workloads/define'
import type { Draft } from './draft'

type CoreControl = Machine['coreControl']

/** Field path → why it is disabled: `runtimes.<name>`, `workload.<option>`, `workers`, `cores`. */
export function ignoredFields(draft: Draft, offered: readonly string[], control: CoreControl, t: Translate): Record<string, string> {
  const reasons: Record<string, string> = {}
  // globalLock: true judges the switch itself, so it is disabled (with why) where it cannot apply.
  for (const item of notApplicable({ workload: draft.workload, globalLock: true }, offered)) reasons[item.field] = t(`form.notApplicable.${item.reason}`)
  if (control && !control.available) reasons.cores = t(`form.coresUnavailable.${control.reason}`)
  return reasons
}

/** The runtimes disabled, by name, with their reasons. */
export function disabledRuntimes(ignored: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(ignored).flatMap(([field, reason]) => (field.startsWith('runtimes.') ? [[field.slice('runtimes.'.length), reason]] : [])))
}

/** What is judged and sent: a disabled runtime is not run, even if a saved draft still ticks it; nor a disabled Cores or global lock. */
export function effectiveDraft(draft: Draft, ignored: Record<string, string>): Draft {
  const off = disabledRuntimes(ignored)
  const runtimes = draft.common.runtimes
  const common: Draft['common'] = { ...draft.common, ...(Array.isArray(runtimes) ? { runtimes: runtimes.filter((r) => !(r in off)) } : {}) }
  if ('cores' in ignored) common.cores = ''
  if ('globalLock' in ignored) common.globalLock = false
  return { ...draft, common }
}

/** The schema bounds Cores at 1024; the engine's process may use fewer, which getMachine tells. */
export function coresError(control: CoreControl, cores: number | undefined, t: Translate): string | null {
  const most = control?.maxCores
  return most !== undefined && cores !== undefined && cores > most ? t('form.coresTooMany', { max: most }) : null
}
