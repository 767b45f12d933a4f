/**
 * The machine's state around a suite: probed once before the runs (machine-state.ts), then the
 * busy signal over a short window with the lab idle and every interval while the runs run
 * (busy-monitor.ts). `stop` is synchronous so the session can call it on every way out.
 */
import { message } from '../../../src-shared/engine-message'
import { type MachineState, unknownBecause } from '../../../src-shared/machine-state'
import { AbortError } from '../runtimes/errors'
import { type BusyDeps, createBusyMonitor, systemBusyDeps } from './busy-monitor'
import { systemLabCpu } from './lab-cpu'
import { type ProbeDeps, type StaticState, probeMachineState, systemProbeDeps } from './machine-state'

export interface MachineWatchDeps {
  probe: ProbeDeps
  busy: BusyDeps
}

export function systemMachineWatchDeps(signal?: AbortSignal): MachineWatchDeps {
  return { probe: systemProbeDeps(signal), busy: systemBusyDeps(systemLabCpu()) }
}

export interface MachineWatch {
  /** Stops the busy sampling (idempotent) and gives the whole state. */
  stop(): MachineState
}

const CANCELLED = unknownBecause(message('stateCancelled'))

export async function watchMachine(deps: MachineWatchDeps, signal?: AbortSignal): Promise<MachineWatch> {
  let probed: StaticState
  try {
    probed = await probeMachineState(deps.probe)
  } catch (error) {
    if (!(error instanceof AbortError)) throw error
    probed = { cores: CANCELLED, coreTypes: CANCELLED, governor: CANCELLED, frequency: CANCELLED, power: CANCELLED }
  }
  // After the probe: its tools are the lab's own children, and would blur the idle window.
  const monitor = createBusyMonitor(deps.busy)
  await monitor.before(signal)
  monitor.startDuring()
  return { stop: () => ({ ...probed, busy: monitor.stop() }) }
}
