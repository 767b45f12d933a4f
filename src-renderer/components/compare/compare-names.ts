/**
 * The words of the Compare screen that depend on the data: a report is named after the machine it
 * measured (the experiment's name says nothing on a screen that compares machines), its time is
 * given to the second (two runs a minute apart are told apart), the hint counts what is picked,
 * and a mismatched setting is shown by its form label rather than its key (`config.hi`).
 */
import { humanize } from '../../forms/labels'
import type { Report } from '../../../src-shared/report'

type Translate = (key: string, params?: Record<string, string | number>) => string
type Exists = (key: string) => boolean

/** The report's own label, else the machine: "AMD Ryzen 7 5800X, 16 cores". */
export function machineName(report: Pick<Report, 'label' | 'machine'>, t: Translate): string {
  const label = report.label?.trim()
  if (label) return label
  return t('compare.machineName', { cpu: report.machine.cpuModel.trim() || '?', cores: report.machine.logicalCores })
}

/** Date and time to the second in the page's language; an unreadable date is shown as written. */
export function formatWhen(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })
}

/** Why nothing is compared yet: nothing to pick from, or too few picked (with the counts). */
export function pickHint(picked: number, listed: number, t: Translate): string {
  return listed < 2 ? t('compare.empty') : t('compare.pickMore', { picked, listed })
}

/**
 * A mismatched field's label. The engine names a workload option `config.<key>` and a run
 * setting by its path (`warmup`, `stats.seed`); unknown ones get a humanized key, never nothing.
 */
export function fieldLabel(workload: string, field: string, t: Translate, te: Exists): string {
  const inConfig = field.startsWith('config.')
  const key = inConfig ? field.slice('config.'.length) : field
  const candidates = inConfig ? [`fields.${workload}.${key}.label`, `fields.any.${key}.label`] : [`fields.common.${key}.label`, `fields.any.${key}.label`]
  const found = candidates.find((k) => te(k))
  if (found) return t(found)
  return humanize(key.replace(/\./g, ' '))
}
