/**
 * The machine's state under the "Machine:" line: cores and SMT, performance and efficiency cores,
 * governor, frequency, power and how busy other programs kept the CPU. Each is its value or
 * "unknown: reason", never left out, so a reader knows what was and was not checked.
 */
import { shownText } from '../../../../src-shared/engine-message'
import type { CpusAllowed, Machine } from '../../../../src-shared/report'
import type { Translate } from '../../../../src-shared/workloads/define'
import type { Busy, MachineState, Probed, Unknown } from '../../../../src-shared/machine-state'
import { type Wording, formatFixed, formatPercent } from './columns'

function probedText<T>(p: Probed<T> | undefined, show: (value: T) => string, w: Wording): string {
  if (p === undefined) return w.t('cli.machineState.unknown', { reason: '–' })
  return 'value' in p ? show(p.value) : w.t('cli.machineState.unknown', { reason: shownText(w.t, p.unknown, p.unknownMessage) })
}

function busyText(busy: Busy, w: Wording): string {
  const { t, locale } = w
  const unknown = (u: Unknown) => t('cli.machineState.unknown', { reason: shownText(t, u.unknown, u.unknownMessage) })
  const before = 'value' in busy.before ? formatPercent(busy.before.value.otherShare, locale) : unknown(busy.before)
  if (!('value' in busy.during)) return `${before}${t('cli.table.groups')}${unknown(busy.during)}`
  const { meanOtherShare, maxOtherShare } = busy.during.value
  const key = 'value' in busy.before ? 'cli.machineState.busyValue' : 'cli.machineState.busyDuringOnly'
  return t(key, { before, mean: formatPercent(meanOtherShare, locale), max: formatPercent(maxOtherShare, locale) })
}

function stateLines(state: MachineState, w: Wording): string[] {
  const { t, locale } = w
  const m = (key: string, params?: Record<string, string | number>) => t(`cli.machineState.${key}`, params)
  const mhz = (x: number) => formatFixed(x, 0, locale)
  return [
    m('cores', { value: probedText(state.cores, (c) => m('coresValue', { physical: c.physical, logical: c.logical, smt: m(c.smt ? 'smtOn' : 'smtOff') }), w) }),
    m('coreTypes', {
      value: probedText(state.coreTypes, (c) => (c.hybrid ? m('hybrid', { performance: c.performance?.logical ?? '?', efficiency: c.efficiency?.logical ?? '?' }) : m('notHybrid')), w),
    }),
    m('governor', { value: probedText(state.governor, (g) => (g.driver ? m('governorDriver', { governors: g.governors.join(t('cli.table.list')), driver: g.driver }) : g.governors.join(t('cli.table.list'))), w) }),
    m('frequency', {
      value: probedText(state.frequency, (f) => {
        const current = m('frequencyValue', { min: mhz(f.currentMHz.min), max: mhz(f.currentMHz.max) })
        return f.maxMHz === undefined ? current : m('frequencyMax', { current, max: mhz(f.maxMHz) })
      }, w),
    }),
    m('power', {
      value: probedText(state.power, (p) => {
        if (p.onBattery) return p.chargePercent === undefined ? m('onBattery') : m('onBatteryCharge', { charge: formatFixed(p.chargePercent, 0, locale) })
        return m(p.batteryPresent ? 'onAc' : 'noBattery')
      }, w),
    }),
    ...(state.busy ? [m('busy', { value: probedText(state.busy, (b) => busyText(b, w), w) })] : []),
  ]
}

/**
 * The cores a machine or a run was allowed (`0,1`) and by whom (`set by --cpus 1: …`), or why a
 * request was not applied: shared by the text tables and the exports' Machine table and run tables.
 */
export function cpusAllowedParts(c: CpusAllowed, t: Translate): { list: string; how: string } {
  const list = 'value' in c.cpus ? c.cpus.value.join(',') : t('cli.machineState.unknown', { reason: shownText(t, c.cpus.unknown, c.cpus.unknownMessage) })
  const how = c.notApplied
    ? t(c.requestedBy === 'cores-field' ? 'cli.cpus.notAppliedHowField' : 'cli.cpus.notAppliedHow', { n: c.requested ?? '?', reason: t(`cli.cpus.reasons.${c.notApplied}`) })
    : t(`cli.cpus.how.${c.setBy}`, { n: c.requested ?? '?' })
  return { list, how }
}

/** `cores allowed: 0 (set by --cpus 1: …)`, or why a --cpus request was not applied. */
function cpusLine(machine: Machine, w: Wording): string[] {
  const c = machine.cpusAllowed
  if (!c) return []
  return [w.t('cli.machineState.cpusAllowed', cpusAllowedParts(c, w.t))]
}

/** The lines under "Machine:"; none for a report written before the state was recorded. */
export function machineStateLines(machine: Machine, w: Wording): string[] {
  return [...(machine.state ? stateLines(machine.state, w) : []), ...cpusLine(machine, w)]
}
