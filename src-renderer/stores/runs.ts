/**
 * The run queue as the renderer sees it: every suite the engine reported (including ones started
 * before a reload or from another window), its progress, and its runs growing point by point as
 * events arrive. A finished suite's report is handed to the results store.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { QueuedSuite, SuiteEvent } from '../../src-shared/api'
import type { RunConfigInput } from '../../src-shared/config'
import type { ProgressInfo, RunEvent } from '../../src-shared/events'
import { assertNever } from '../../src-shared/protocol'
import type { Report } from '../../src-shared/report'
import { getLabApi } from '../api'
import type { ShownRun } from '../charts/shown-run'
import { useResultsStore } from './results'

export type SuiteState = QueuedSuite['state']

export interface SuiteView {
  suiteId: string
  label: string
  state: SuiteState
  workloads: string[]
  progress: ProgressInfo | null
  runs: ShownRun[]
  message: string | null
  cancelRequested: boolean
  /** The results-store key of the finished report. */
  reportKey: string | null
}

const TERMINAL: readonly SuiteState[] = ['completed', 'aborted', 'failed']
const ORDER: Record<SuiteState, number> = { queued: 0, running: 1, completed: 2, aborted: 2, failed: 2 }

function workloadsOf(configs: RunConfigInput[]): string[] {
  return [...new Set(configs.map((c) => String((c.workload as { workload?: unknown }).workload ?? '')))]
}

/** A cancelled suite still finishes with a report; its interrupted run says `aborted`. */
function finalState(report: Report, cancelRequested: boolean): SuiteState {
  if (cancelRequested || report.runs.some((r) => r.status === 'aborted')) return 'aborted'
  return 'completed'
}

export const useRunsStore = defineStore('runs', () => {
  const suites = ref<SuiteView[]>([])
  const enqueueError = ref<string | null>(null)
  let unsubscribe: (() => void) | null = null

  function suite(suiteId: string): SuiteView {
    let found = suites.value.find((s) => s.suiteId === suiteId)
    if (!found) {
      suites.value.push({ suiteId, label: suiteId.slice(0, 8), state: 'queued', workloads: [], progress: null, runs: [], message: null, cancelRequested: false, reportKey: null })
      found = suites.value[suites.value.length - 1]!
    }
    return found
  }

  /** States only move forward, whichever of an event or a queue listing arrives first. */
  function advance(target: SuiteView, state: SuiteState): void {
    if (TERMINAL.includes(target.state)) return
    if (ORDER[state] >= ORDER[target.state]) target.state = state
  }

  function merge(queued: QueuedSuite): void {
    const target = suite(queued.suiteId)
    target.label = queued.label
    if (target.workloads.length === 0) target.workloads = workloadsOf(queued.configs)
    advance(target, queued.state)
  }

  function handle({ suiteId, event }: SuiteEvent): void {
    apply(suite(suiteId), event)
  }

  function apply(target: SuiteView, event: RunEvent): void {
    switch (event.type) {
      case 'suite-started':
        advance(target, 'running')
        return
      case 'run-started':
        advance(target, 'running')
        if (!target.workloads.includes(event.workload)) target.workloads.push(event.workload)
        target.runs.push({ id: event.runId, workload: event.workload, runtime: event.runtime, status: 'running', points: [], amdahl: null, overhead: null })
        return
      case 'progress':
        advance(target, 'running')
        target.progress = event.progress
        return
      case 'point': {
        const run = target.runs.find((r) => r.id === event.runId)
        if (run) run.points.push(event.point)
        return
      }
      case 'run-finished': {
        const index = target.runs.findIndex((r) => r.id === event.run.id)
        if (index >= 0) target.runs[index] = { ...event.run }
        else target.runs.push({ ...event.run })
        return
      }
      case 'suite-finished':
        advance(target, finalState(event.report, target.cancelRequested))
        target.reportKey = useResultsStore().add(event.report, 'run', target.label)
        return
      case 'suite-failed':
        advance(target, 'failed')
        target.message = event.message
        return
      default:
        assertNever(event)
    }
  }

  async function start(): Promise<void> {
    if (unsubscribe) return
    const api = getLabApi()
    unsubscribe = api.onSuiteEvent(handle)
    try {
      for (const queued of await api.listQueue()) merge(queued)
    } catch {
      // The queue listing is a convenience after a reload; events still arrive without it.
    }
  }

  async function enqueue(configs: RunConfigInput[], label: string): Promise<boolean> {
    enqueueError.value = null
    const outcome = await getLabApi().enqueueSuite(configs, label)
    if (!outcome.ok) {
      enqueueError.value = outcome.message
      return false
    }
    merge(outcome.value)
    return true
  }

  async function cancel(suiteId: string): Promise<void> {
    const target = suite(suiteId)
    target.cancelRequested = true
    await getLabApi().cancelSuite(suiteId)
    // A suite cancelled while still queued never sends events: ask the engine what became of it.
    try {
      const listed = (await getLabApi().listQueue()).find((q) => q.suiteId === suiteId)
      if (listed) merge(listed)
    } catch {
      // Events will still tell.
    }
  }

  function clearFinished(): void {
    suites.value = suites.value.filter((s) => !TERMINAL.includes(s.state))
  }

  /** The newest unfinished suite that has started measuring this workload, for live charts. */
  function liveFor(workload: string): SuiteView | undefined {
    return [...suites.value].reverse().find((s) => !TERMINAL.includes(s.state) && s.runs.some((r) => r.workload === workload))
  }

  return { suites, enqueueError, start, enqueue, cancel, clearFinished, liveFor, handle }
})
