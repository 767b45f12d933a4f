/** Which view draws which screen; a workload missing here gets GenericExperimentView. */
import type { Component } from 'vue'
import CompareView from './CompareView.vue'
import ContextSwitchView from './ContextSwitchView.vue'
import FileIoView from './FileIoView.vue'
import HistoryView from './HistoryView.vue'
import IpcLatencyView from './IpcLatencyView.vue'
import NetworkFetchView from './NetworkFetchView.vue'
import PrimeView from './PrimeView.vue'
import SpawnView from './SpawnView.vue'

export const VIEWS: Record<string, Component> = {
  prime: PrimeView,
  'file-io': FileIoView,
  'network-fetch': NetworkFetchView,
  spawn: SpawnView,
  'ipc-latency': IpcLatencyView,
  'context-switch': ContextSwitchView,
  history: HistoryView,
  compare: CompareView,
}
