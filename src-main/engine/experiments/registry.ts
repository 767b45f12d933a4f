/**
 * Everything the engine knows per workload, keyed by name: how to build its experiment from the
 * validated options and, where the generic sweep table does not fit, how its runs read as text.
 * A workload missing here is a compile error (`Record` over every workload name).
 */
import type { OptionsOf, WorkloadName, WorkloadOptions } from '../../../src-shared/config'
import type { RunOf } from '../../../src-shared/report'
import { contextSwitchSection, ipcSection, spawnSection } from '../report/text/micro-sections'
import { sharedVsMessagesSection } from '../report/text/shared-vs-messages-section'
import { primitivesSection } from '../report/text/primitives-section'
import { raceSection } from '../report/text/race-section'
import { deadlockSection, livelockSection } from '../report/text/hazards-section'
import { sleepSection } from '../report/text/convoy-text'
import type { Wording } from '../report/text/wording'
import { contextSwitchExperiment } from './context-switch'
import { crashIsolationExperiment } from './crash-isolation'
import { crashIsolationSection } from '../report/text/crash-isolation-section'
import { starvationExperiment } from './starvation'
import { starvationSection } from '../report/text/starvation-section'
import { priorityInversionExperiment } from './priority-inversion'
import { priorityInversionSection } from '../report/text/priority-inversion-section'
import type { Experiment } from './experiment'
import { fileIoWorkload } from './file-io'
import { ipcLatencyExperiment } from './ipc-latency'
import { locksExperiment } from './locks'
import { locksSection } from '../report/text/locks-section'
import { networkFetchWorkload } from './network-fetch'
import { primeWorkload } from './prime'
import { sharedVsMessagesExperiment } from './shared-vs-messages'
import { primitivesExperiment } from './primitives/experiment'
import { raceExperiment } from './race'
import { deadlockExperiment } from './hazards/deadlock'
import { livelockExperiment } from './hazards/livelock'
import { sleepWorkload } from './sleep'
import { spawnExperiment } from './spawn'
import { poolReuseExperiment } from './pool-reuse/experiment'
import { poolReuseSection } from '../report/text/pool-reuse-section'
import { lockReentryExperiment } from './lock-reentry'
import { lockReentrySection } from '../report/text/lock-reentry-section'
import { sweepExperiment } from './sweep-experiment'
import { daemonExperiment } from './daemon'
import { daemonSection } from './daemon-section'

export interface EngineWorkload<K extends WorkloadName> {
  create(options: OptionsOf<K>): Experiment
  /** Its section of `conlab run`'s table; without one, the sweep table (times, speedup, checks). */
  textSection?(runs: Array<RunOf<K>>, wording: Wording): string
}

export const ENGINE_WORKLOADS: { readonly [K in WorkloadName]: EngineWorkload<K> } = {
  prime: { create: (options) => sweepExperiment(primeWorkload(options)) },
  'file-io': { create: (options) => sweepExperiment(fileIoWorkload(options)) },
  'network-fetch': { create: (options) => sweepExperiment(networkFetchWorkload(options)) },
  spawn: { create: spawnExperiment, textSection: spawnSection },
  'ipc-latency': { create: ipcLatencyExperiment, textSection: ipcSection },
  'context-switch': { create: contextSwitchExperiment, textSection: contextSwitchSection },
  sleep: { create: (options) => sweepExperiment(sleepWorkload(options)), textSection: sleepSection },
  'shared-vs-messages': { create: sharedVsMessagesExperiment, textSection: sharedVsMessagesSection },
  locks: { create: locksExperiment, textSection: locksSection },
  primitives: { create: primitivesExperiment, textSection: primitivesSection },
  race: { create: raceExperiment, textSection: raceSection },
  deadlock: { create: deadlockExperiment, textSection: deadlockSection },
  livelock: { create: livelockExperiment, textSection: livelockSection },
  'crash-isolation': { create: crashIsolationExperiment, textSection: crashIsolationSection },
  starvation: { create: starvationExperiment, textSection: starvationSection },
  'priority-inversion': { create: priorityInversionExperiment, textSection: priorityInversionSection },
  'pool-reuse': { create: poolReuseExperiment, textSection: poolReuseSection },
  'lock-reentry': { create: lockReentryExperiment, textSection: lockReentrySection },
  daemon: { create: daemonExperiment, textSection: daemonSection },
}

function build<K extends WorkloadName>(name: K, options: OptionsOf<K>): Experiment {
  return ENGINE_WORKLOADS[name].create(options)
}

/** Builds the experiment for a validated workload configuration. */
export function createExperiment(options: WorkloadOptions): Experiment {
  return build(options.workload, options)
}
