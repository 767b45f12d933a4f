/**
 * Which view draws which screen. A workload may have a view of its own; one without gets
 * GenericExperimentView (its form, and the charts its shape calls for), so a new experiment
 * ships without renderer code.
 *
 * Every view is loaded on first use (its own chunk): parsing and running one bundle of all the
 * screens and Chart.js at page load blocked the main thread for about 250 ms (issue 13: never
 * more than 50 ms). A view's chunk is fetched when its screen first opens, then cached.
 */
import { type Component, defineAsyncComponent } from 'vue'
import type { WorkloadName } from '../../src-shared/config'

const lazy = (load: () => Promise<{ default: Component }>): Component => defineAsyncComponent({ loader: load })

const WORKLOAD_VIEWS: Partial<Record<WorkloadName, Component>> = {
  prime: lazy(() => import('./PrimeView.vue')),
  'file-io': lazy(() => import('./FileIoView.vue')),
  'network-fetch': lazy(() => import('./NetworkFetchView.vue')),
  spawn: lazy(() => import('./SpawnView.vue')),
  'ipc-latency': lazy(() => import('./IpcLatencyView.vue')),
  'context-switch': lazy(() => import('./ContextSwitchView.vue')),
  'shared-vs-messages': lazy(() => import('./SharedVsMessagesView.vue')),
  locks: lazy(() => import('./LocksView.vue')),
  primitives: lazy(() => import('./PrimitivesView.vue')),
  race: lazy(() => import('./RaceView.vue')),
  deadlock: lazy(() => import('./DeadlockView.vue')),
  livelock: lazy(() => import('./LivelockView.vue')),
  'crash-isolation': lazy(() => import('./CrashIsolationView.vue')),
  starvation: lazy(() => import('./StarvationView.vue')),
  'priority-inversion': lazy(() => import('./PriorityInversionView.vue')),
  'pool-reuse': lazy(() => import('./PoolReuseView.vue')),
  'lock-reentry': lazy(() => import('./LockReentryView.vue')),
  daemon: lazy(() => import('./DaemonView.vue')),
}

export const VIEWS: Readonly<Record<string, Component>> = {
  ...WORKLOAD_VIEWS,
  history: lazy(() => import('./HistoryView.vue')),
  compare: lazy(() => import('./CompareView.vue')),
  claims: lazy(() => import('./ClaimsView.vue')),
}

/** The view of a workload without one of its own. */
export const GENERIC_VIEW: Component = lazy(() => import('./GenericExperimentView.vue'))
