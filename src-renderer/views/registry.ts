/**
 * Which view draws which screen. A workload may have a view of its own; one without gets
 * GenericExperimentView (its form, and the charts its shape calls for), so a new experiment
 * ships without renderer code.
 */
import type { Component } from 'vue'
import type { WorkloadName } from '../../src-shared/config'
import CompareView from './CompareView.vue'
import ContextSwitchView from './ContextSwitchView.vue'
import FileIoView from './FileIoView.vue'
import HistoryView from './HistoryView.vue'
import IpcLatencyView from './IpcLatencyView.vue'
import NetworkFetchView from './NetworkFetchView.vue'
import PrimeView from './PrimeView.vue'
import SpawnView from './SpawnView.vue'

const WORKLOAD_VIEWS: Partial<Record<WorkloadName, Component>> = {
  prime: PrimeView,
  'file-io': FileIoView,
  'network-fetch': NetworkFetchView,
  spawn: SpawnView,
  'ipc-latency': IpcLatencyView,
  'context-switch': ContextSwitchView,
}

export const VIEWS: Readonly<Record<string, Component>> = {
  ...WORKLOAD_VIEWS,
  history: HistoryView,
  compare: CompareView,
}
