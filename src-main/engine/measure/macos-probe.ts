/**
 * macOS: pure parsers of `sysctl` (hw.physicalcpu, hw.logicalcpu, hw.packages, hw.nperflevels,
 * hw.perflevel<N>.*; see `man sysctl` and Apple's "Tuning your code's performance for Apple
 * silicon") and `pmset -g batt`. Tested on recorded outputs, not on a real Mac here.
 */
import { message } from '../../../src-shared/engine-message'
import { type CoreTypes, type Cores, type Power, type Probed, unknownBecause } from '../../../src-shared/machine-state'

export const SYSCTL_ARGS = [
  'hw.physicalcpu',
  'hw.logicalcpu',
  'hw.packages',
  'hw.nperflevels',
  'hw.perflevel0.physicalcpu',
  'hw.perflevel0.logicalcpu',
  'hw.perflevel1.physicalcpu',
  'hw.perflevel1.logicalcpu',
  'hw.perflevel2.physicalcpu',
  'hw.perflevel2.logicalcpu',
]
export const PMSET_ARGS = ['-g', 'batt']

/** "name: value" lines; sysctl prints what it knows even when it fails on an unknown name. */
export function parseSysctl(stdout: string): Map<string, number> {
  const values = new Map<string, number>()
  for (const line of stdout.split('\n')) {
    const m = /^([\w.]+):\s*(\d+)\s*$/.exec(line.trim())
    if (m?.[1] !== undefined && Number.isSafeInteger(Number(m[2]))) values.set(m[1], Number(m[2]))
  }
  return values
}

export function macCores(values: Map<string, number>): Probed<Cores> {
  const physical = values.get('hw.physicalcpu')
  const logical = values.get('hw.logicalcpu')
  if (!physical || !logical) return unknownBecause(message('macNoCores'))
  const packages = values.get('hw.packages')
  return { value: { physical, logical, ...(packages ? { packages } : {}), smt: logical > physical } }
}

export function macCoreTypes(values: Map<string, number>): Probed<CoreTypes> {
  const levels = values.get('hw.nperflevels')
  if (!levels) return unknownBecause(message('macNoPerfLevels'))
  const level = (n: number) => {
    const physical = values.get(`hw.perflevel${n}.physicalcpu`)
    const logical = values.get(`hw.perflevel${n}.logicalcpu`)
    return logical === undefined ? undefined : { ...(physical !== undefined ? { physical } : {}), logical }
  }
  const performance = level(0)
  if (!performance) return unknownBecause(message('macNoPerfLevel0'))
  // Level 0 is the fastest; every further level is slower (Apple: "efficiency" cores).
  let efficiency = { physical: 0, logical: 0 }
  for (let n = 1; n < Math.min(levels, 3); n++) {
    const more = level(n)
    if (!more) return unknownBecause(message('macNoPerfLevel', { n }))
    efficiency = { physical: efficiency.physical + (more.physical ?? 0), logical: efficiency.logical + more.logical }
  }
  return { value: { hybrid: levels > 1, performance, efficiency, source: 'macos-perflevels' } }
}

/** `pmset -g batt`: "Now drawing from 'AC Power'" or 'Battery Power', then one line per battery. */
export function parsePmsetBatt(stdout: string): Probed<Power> {
  const from = /Now drawing from '([^']+)'/.exec(stdout)?.[1]
  if (from === undefined) return unknownBecause(message('pmsetNoSource'))
  const battery = /InternalBattery[^\n]*?(\d{1,3})%/.exec(stdout)
  const percent = battery?.[1] !== undefined && Number(battery[1]) <= 100 ? { chargePercent: Number(battery[1]) } : {}
  // 'UPS Power' is a battery too, outside the machine.
  const onBattery = from === 'Battery Power' || from === 'UPS Power'
  if (!onBattery && from !== 'AC Power') return unknownBecause(message('pmsetUnknownSource', { source: from.slice(0, 60) }))
  return { value: { onBattery, batteryPresent: battery !== null, ...percent } }
}
