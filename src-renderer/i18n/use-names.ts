/**
 * Display names of schema values (workloads, runtimes, states, phases), falling back to the raw
 * name when the messages have no entry yet, e.g. for a runtime added after this file was written.
 */
import { useI18n } from 'vue-i18n'
import { humanize } from '../forms/labels'

export function useNames() {
  const { t, te, locale } = useI18n()
  const or = (key: string, fallback: string) => (te(key) ? t(key) : fallback)
  return {
    t,
    te,
    locale,
    workload: (name: string) => or(`workloads.${name}.title`, humanize(name)),
    runtime: (name: string) => or(`runtimes.${name}`, name),
    state: (name: string) => or(`states.${name}`, name),
    phase: (name: string) => or(`phases.${name}`, name),
  }
}
