/** Builds the experiment for a validated workload configuration: the one list of workloads. */
import { assertNever } from '../../../src-shared/protocol'
import type { WorkloadOptions } from '../../../src-shared/config'
import { contextSwitchExperiment } from './context-switch'
import { fileIoWorkload } from './file-io'
import { ipcLatencyExperiment } from './ipc-latency'
import { networkFetchWorkload } from './network-fetch'
import { primeWorkload } from './prime'
import { spawnExperiment } from './spawn'
import type { Experiment } from './workload'

export function createExperiment(options: WorkloadOptions): Experiment {
  switch (options.workload) {
    case 'prime':
      return { kind: 'sweep', workload: primeWorkload(options) }
    case 'file-io':
      return { kind: 'sweep', workload: fileIoWorkload(options) }
    case 'network-fetch':
      return { kind: 'sweep', workload: networkFetchWorkload(options) }
    case 'spawn':
      return { kind: 'custom', experiment: spawnExperiment(options) }
    case 'ipc-latency':
      return { kind: 'custom', experiment: ipcLatencyExperiment(options) }
    case 'context-switch':
      return { kind: 'custom', experiment: contextSwitchExperiment(options) }
    default:
      return assertNever(options, 'workload')
  }
}
