/**
 * Every workload, keyed by name: the union of their option schemas (what a run configuration
 * accepts) and the record of their definitions. Adding a workload means adding its schema to the
 * union and its definition to the record; from there the compiler asks for every other part
 * (engine registry, catalogue texts, worker task): see docs/adding-an-experiment.md.
 */
import { z } from 'zod'
import { ContextSwitchOptionsSchema, contextSwitchDefinition } from './context-switch'
import { CrashIsolationOptionsSchema, crashIsolationDefinition } from './crash-isolation'
import { StarvationOptionsSchema, starvationDefinition } from './starvation'
import { PriorityInversionOptionsSchema, priorityInversionDefinition } from './priority-inversion'
import type { Translate, WorkloadDefinition } from './define'
import { FileIoOptionsSchema, fileIoDefinition } from './file-io'
import { IpcLatencyOptionsSchema, ipcLatencyDefinition } from './ipc-latency'
import { DeadlockOptionsSchema, deadlockDefinition } from './deadlock'
import { LivelockOptionsSchema, livelockDefinition } from './livelock'
import { LocksOptionsSchema, locksDefinition } from './locks'
import { NetworkFetchOptionsSchema, networkFetchDefinition } from './network-fetch'
import { PrimeOptionsSchema, primeDefinition } from './prime'
import { SharedVsMessagesOptionsSchema, sharedVsMessagesDefinition } from './shared-vs-messages'
import { PrimitivesOptionsSchema, primitivesDefinition } from './primitives'
import { RaceOptionsSchema, raceDefinition } from './race'
import { SleepOptionsSchema, sleepDefinition } from './sleep'
import { SpawnOptionsSchema, spawnDefinition } from './spawn'
import { PoolReuseOptionsSchema, poolReuseDefinition } from './pool-reuse'
import { LockReentryOptionsSchema, lockReentryDefinition } from './lock-reentry'
import { DaemonOptionsSchema, daemonDefinition } from './daemon'

/** Options of one workload: a discriminated union on `workload`, one member per workload. */
export const WorkloadOptionsSchema = z.discriminatedUnion('workload', [
  PrimeOptionsSchema,
  FileIoOptionsSchema,
  NetworkFetchOptionsSchema,
  SpawnOptionsSchema,
  IpcLatencyOptionsSchema,
  ContextSwitchOptionsSchema,
  SleepOptionsSchema,
  SharedVsMessagesOptionsSchema,
  LocksOptionsSchema,
  PrimitivesOptionsSchema,
  RaceOptionsSchema,
  DeadlockOptionsSchema,
  LivelockOptionsSchema,
  CrashIsolationOptionsSchema,
  StarvationOptionsSchema,
  PriorityInversionOptionsSchema,
  PoolReuseOptionsSchema,
  LockReentryOptionsSchema,
  DaemonOptionsSchema,
])
export type WorkloadOptions = z.infer<typeof WorkloadOptionsSchema>
export type WorkloadName = WorkloadOptions['workload']
/** The options of one workload, by name. */
export type OptionsOf<K extends WorkloadName> = Extract<WorkloadOptions, { workload: K }>
export type OptionsInputOf<K extends WorkloadName> = Extract<z.input<typeof WorkloadOptionsSchema>, { workload: K }>

type Definitions = { readonly [K in WorkloadName]: WorkloadDefinition<z.ZodType<OptionsOf<K>, OptionsInputOf<K>>> }

export const WORKLOADS: Definitions = {
  prime: primeDefinition,
  'file-io': fileIoDefinition,
  'network-fetch': networkFetchDefinition,
  spawn: spawnDefinition,
  'ipc-latency': ipcLatencyDefinition,
  'context-switch': contextSwitchDefinition,
  sleep: sleepDefinition,
  'shared-vs-messages': sharedVsMessagesDefinition,
  locks: locksDefinition,
  primitives: primitivesDefinition,
  race: raceDefinition,
  deadlock: deadlockDefinition,
  livelock: livelockDefinition,
  'crash-isolation': crashIsolationDefinition,
  starvation: starvationDefinition,
  'priority-inversion': priorityInversionDefinition,
  'pool-reuse': poolReuseDefinition,
  'lock-reentry': lockReentryDefinition,
  daemon: daemonDefinition,
}

/** In the union's order, which is the order of the app's navigation and the CLI's help. */
export const WORKLOAD_NAMES = WorkloadOptionsSchema.options.map((o) => o.shape.workload.value) as [WorkloadName, ...WorkloadName[]]
export const WorkloadNameSchema = z.enum(WORKLOAD_NAMES)

/** The definition of one workload, typed by its name. */
export function workloadDefinition<K extends WorkloadName>(name: K): Definitions[K] {
  return WORKLOADS[name]
}

function describeAs<K extends WorkloadName>(name: K, options: OptionsOf<K>, t: Translate): string {
  return WORKLOADS[name].describe(options, t)
}

/** A workload's options in one line, as its definition words them. */
export function describeOptions(options: WorkloadOptions, t: Translate): string {
  return describeAs(options.workload, options, t)
}
