/**
 * Warnings about the machine's state (machine.state, measure/machine-state.ts), once per report:
 * what made every figure of the suite slower, noisier or harder to compare. Pure, like
 * warnings.ts: the state and the runs come in, so the rules are testable without a laptop.
 */
import { type MachineState, known } from '../../../src-shared/machine-state'
import type { ReportWarning, Run } from '../../../src-shared/report'
import { RUNTIME_TRAITS } from '../../../src-shared/runtime-traits'

/** Other programs using more than this share of all the cores' time make the figures slower and noisier. */
export const BUSY_OTHER_SHARE = 0.2

/** Drivers whose `powersave` is a dynamic policy (hardware P-states), not the lowest frequency. */
const DYNAMIC_POWERSAVE = new Set(['intel_pstate', 'amd-pstate-epp', 'amd-pstate', 'intel_cpufreq'])

const pct = (share: number) => `${Math.round(share * 100)}%`

function onBattery(state: MachineState): ReportWarning[] {
  if (known(state.power)?.onBattery !== true) return []
  return [
    {
      code: 'on-battery',
      message:
        'The machine ran on battery. Laptops on battery lower the CPU frequency and limit boost to save power, ' +
        'so every figure is slower than on mains power, and it can change during the run as the charge drops. ' +
        'Plug the machine in and measure again before comparing with other results.',
    },
  ]
}

function powersave(state: MachineState): ReportWarning[] {
  const governor = known(state.governor)
  if (!governor?.governors.includes('powersave')) return []
  const dynamic = governor.driver !== undefined && DYNAMIC_POWERSAVE.has(governor.driver)
  const effect = dynamic
    ? `With the ${governor.driver} driver, powersave still raises the frequency under load, but favours saving energy: ` +
      'cores may speed up late and not fully, which adds noise.'
    : 'It keeps the cores at a low frequency, so every figure is slower than the machine can do.'
  return [
    {
      code: 'powersave-governor',
      message:
        `The CPU frequency governor was "powersave" (${governor.governors.join(', ')}). ${effect} ` +
        'For measurements, set the performance governor (for example `sudo cpupower frequency-set -g performance`) and measure again.',
    },
  ]
}

function busy(state: MachineState): ReportWarning[] {
  const figures = known(state.busy)
  if (!figures) return []
  const before = known(figures.before)?.otherShare
  const during = known(figures.during)?.meanOtherShare
  const found = [
    ...(before !== undefined && before > BUSY_OTHER_SHARE ? [`${pct(before)} just before the runs`] : []),
    ...(during !== undefined && during > BUSY_OTHER_SHARE ? [`${pct(during)} on average during them`] : []),
  ]
  if (found.length === 0) return []
  return [
    {
      code: 'cpu-used-by-others',
      message:
        `Other programs used ${found.join(' and ')} of the machine's CPU time (the lab's own time left out; we warn above ${pct(BUSY_OTHER_SHARE)}). ` +
        'They competed with the lab for the cores, so the times are slower and noisier than they should be, the more workers the worse. ' +
        'Close other programs (browsers, builds, updates) and measure again.',
    },
  ]
}

function hybrid(state: MachineState): ReportWarning[] {
  const types = known(state.coreTypes)
  if (!types?.hybrid) return []
  const p = types.performance?.physical ?? types.performance?.logical ?? 0
  const e = types.efficiency?.physical ?? types.efficiency?.logical ?? 0
  return [
    {
      code: 'hybrid-cores',
      message:
        `This machine has fast performance cores and slower efficiency cores (${p} and ${e}). ` +
        'The operating system decides where each thread or process runs, so threads may land on slow cores: ' +
        'the same point can differ from one repetition to the next, and a speedup that stops growing past the performance cores ' +
        'is the hardware, not the runtime.',
    },
  ]
}

function smt(state: MachineState, runs: Run[]): ReportWarning[] {
  const cores = known(state.cores)
  if (!cores?.smt) return []
  const counts = new Set(runs.filter((r) => RUNTIME_TRAITS[r.runtime].parallel).flatMap((r) => r.points.map((p) => p.workers)))
  const above = [...counts].filter((w) => w > cores.physical && w <= cores.logical).sort((a, b) => a - b)
  const first = above[0]
  if (first === undefined) return []
  return [
    {
      code: 'smt-shared-cores',
      workers: first,
      message:
        `This machine has ${cores.physical} physical cores running ${cores.logical} hardware threads (SMT, Hyper-Threading). ` +
        `At ${above.join(', ')} workers, above ${cores.physical}, workers share physical cores two to a core: ` +
        'they take turns on the same execution units, so expect much less extra speedup there than below it. That is the hardware, not the runtime.',
    },
  ]
}

/** Warnings about the machine for a whole report, in a fixed order. */
export function machineWarnings(state: MachineState | undefined, runs: Run[]): ReportWarning[] {
  if (!state) return []
  return [...onBattery(state), ...powersave(state), ...busy(state), ...hybrid(state), ...smt(state, runs)]
}
