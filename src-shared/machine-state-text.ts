/**
 * The machine's state (machine-state.ts) as label/value lines in the reader's language, for the
 * app's "Machine state" panel and the exports' Machine table alike: one wording, no raw keys such
 * as `state.cores.value.physical`. Catalogue keys: `machineState.*` (src-shared/i18n).
 */
import { shownText } from './engine-message'
import type { MachineState, Probed } from './machine-state'
import type { Translate } from './workloads/define'

export interface StateFormats {
  number: (n: number) => string
  /** A share from 0 to 1, as a percentage. */
  percent: (share: number) => string
}

export const MACHINE_STATE_ROWS = ['cores', 'coreTypes', 'governor', 'frequency', 'power', 'busy'] as const
export type MachineStateRow = (typeof MACHINE_STATE_ROWS)[number]

export function machineStateLines(state: MachineState, t: Translate, f: StateFormats): Array<{ key: MachineStateRow; label: string; text: string }> {
  /** A probed figure: its text when known, else "unknown: reason" (the engine's words, translated when coded). */
  const line = <T>(p: Probed<T> | undefined, text: (v: T) => string): string => {
    if (p === undefined) return t('machineState.pending')
    return 'value' in p ? text(p.value) : t('machineState.unknown', { reason: shownText(t, p.unknown, p.unknownMessage) })
  }
  const texts: Record<MachineStateRow, string> = {
    cores: line(state.cores, (c) => `${t('machineState.coresValue', { physical: c.physical, logical: c.logical })}; ${t(c.smt ? 'machineState.smt' : 'machineState.noSmt')}`),
    coreTypes: line(state.coreTypes, (c) =>
      c.hybrid ? t('machineState.hybrid', { p: c.performance?.logical ?? '?', e: c.efficiency?.logical ?? '?' }) : t('machineState.notHybrid'),
    ),
    governor: line(state.governor, (g) => g.governors.join(', ') + (g.driver ? ` (${g.driver})` : '')),
    frequency: line(state.frequency, (fr) =>
      t(fr.maxMHz === undefined ? 'machineState.frequencyNow' : 'machineState.frequencyMax', {
        min: f.number(fr.currentMHz.min),
        max: f.number(fr.currentMHz.max),
        top: f.number(fr.maxMHz ?? 0),
      }),
    ),
    power: line(state.power, (p) =>
      !p.batteryPresent
        ? t('machineState.noBattery')
        : p.onBattery
          ? t('machineState.onBattery', { charge: p.chargePercent === undefined ? '?' : f.percent(p.chargePercent / 100) })
          : t('machineState.onMains'),
    ),
    busy: line(state.busy, (b) =>
      [
        line(b.before, (w) => t('machineState.busyBefore', { share: f.percent(w.otherShare) })),
        line(b.during, (d) => t('machineState.busyDuring', { mean: f.percent(d.meanOtherShare), max: f.percent(d.maxOtherShare) })),
      ].join('; '),
    ),
  }
  return MACHINE_STATE_ROWS.map((key) => ({ key, label: t(`machineState.${key}`), text: texts[key] }))
}
