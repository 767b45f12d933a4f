/** Builds the experiment for a validated workload configuration: the one list of workloads. */
import { assertNever } from '../../../src-shared/protocol'
import type { WorkloadOptions } from '../../../src-shared/config'
import { primeWorkload } from './prime'
import type { Experiment } from './workload'

export function createExperiment(options: WorkloadOptions): Experiment {
  switch (options.workload) {
    case 'prime':
      return { kind: 'sweep', workload: primeWorkload(options) }
    default:
      return assertNever(options.workload, 'workload')
  }
}
