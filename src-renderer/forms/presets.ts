/**
 * Named starting points of each experiment's form: the presets of the workload definitions
 * (src-shared/workloads), written in the config's own shape (the same keys the CLI flags set), so
 * the compiler checks them against the options. Labels and hints live in the catalogue under
 * `presets.<id>`.
 */
import { WORKLOADS, type WorkloadName } from '../../src-shared/workloads'

/** A preset as the form applies it: options and run settings by key. */
export interface Preset {
  id: string
  workload: Readonly<Record<string, unknown>>
  common: Readonly<Record<string, unknown>>
}

const isWorkload = (name: string): name is WorkloadName => Object.hasOwn(WORKLOADS, name)

export function presetsFor(workload: string): readonly Preset[] {
  return isWorkload(workload) ? WORKLOADS[workload].presets : []
}
