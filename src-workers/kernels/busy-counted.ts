/** The busy loop with the switch counters read around it (oversubscription experiment). */
import type { BusyCountedResult } from '../../src-shared/protocol'
import { spin } from './busy'
import { type CounterSource, countSwitches, systemCounterSource } from './switch-counters'

export function countedSpin(iterations: number, source: CounterSource = systemCounterSource): BusyCountedResult {
  const { value, switches } = countSwitches(() => spin(iterations), source)
  return { kind: 'busy-counted', checksum: value, switches }
}
