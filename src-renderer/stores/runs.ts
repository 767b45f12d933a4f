/**
 * The run queue as the renderer sees it: a mirror of the engine's (LabService holds the queue).
 * On start and after every reconnect the page lists it, including a running suite's progress and
 * its runs so far, then follows its events. A finished suite's report is handed to the results
 * store; how it ended (completed, partly failed, failed, aborted) is derived from its runs.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { QueuedSuite, SuiteEvent } from '../../src-shared/api'
import type { RunConfigInput } from '../../src-shared/config'
import type { ProgressInfo, RunEvent } from '../../src-shared/events'
import { mergeLanes } from '../../src-shared/lane-timeline'
import { assertNever } from '../../src-shared/protocol'
import { type SuiteOutcome, suiteOutcome } from '../../src-shared/suite-outcome'
import { getLabApi } from '../api'
import type { ShownRun } from '../charts/shown-run'
import { translate } from '../i18n'
import { useResultsStore } from './results'

export type SuiteState = QueuedSuite['state']

export interface SuiteView {
  suiteId: string
  label: string
  state: SuiteState
  /** How a finished suite ended, from its runs; null until it ends (or when it could not run). */
  outcome: SuiteOutcome | null
  workloads: string[]
  /** The validated configurations, as the engine runs them (what was asked for). */
  configs: RunConfigInput[]
  progress: ProgressInfo | null
  runs: ShownRun[]
  message: string | null
  cancelRequested: boolean
  /** The results-store key of the finished report, and when that report was created (its identity in the history). */
  reportKey: string | null
  reportCreatedAt: string | null
}

export const TERMINAL: readonly SuiteState[] = ['completed', 'aborted', 'failed']
const ORDER: Record<SuiteState, number> = { queued: 0, running: 1, completed: 2, aborted: 2, failed: 2 }
export const isFinished = (suite: SuiteView): boolean => TERMINAL.includes(suite.state)

function workloadsOf(configs: RunConfigInput[]): string[] {
  return [...new Set(configs.map((c) => String((c.workload as { workload?: unknown }).workload ?? '')))]
}

/** The queue's coarse state for an outcome: partly failed is failed (the outcome keeps the difference). */
const stateOf = (outcome: SuiteOutcome): SuiteState => (outcome === 'partly-failed' ? 'failed' : outcome)

export const useRunsStore = defineStore('runs', () => {
  const suites = ref<SuiteView[]>([])
  const enqueueError = ref<string | null>(null)
  let unsubscribe: (() => void) | null = null

  function suite(suiteId: string): SuiteView {
    let found = suites.value.find((s) => s.suiteId === suiteId)
    if (!found) {
      suites.value.push({ suiteId, label: suiteId.slice(0, 8), state: 'queued', outcome: null, workloads: [], configs: [], progress: null, runs: [], message: null, cancelRequested: false, reportKey: null, reportCreatedAt: null })
      found = suites.value[suites.value.length - 1]!
    }
    return found
  }

  /** States only move forward, whichever of an event or a queue listing arrives first. */
  function advance(target: SuiteView, state: SuiteState): void {
    if (isFinished(target)) return
    if (ORDER[state] >= ORDER[target.state]) target.state = state
  }

  function merge(queued: QueuedSuite): void {
    const target = suite(queued.suiteId)
    target.label = queued.label
    if (target.workloads.length === 0) target.workloads = workloadsOf(queued.configs)
    if (target.configs.length === 0) target.configs = queued.configs
    target.cancelRequested ||= queued.cancelRequested
    if (queued.outcome && target.outcome === null) target.outcome = queued.outcome
    // The engine's listing is a snapshot taken after every event this page already has (one
    // ordered channel), so it replaces what a reloaded page followed of a running suite. A
    // finished suite's listed runs carry no points: the ones followed here are kept.
    if (queued.progress && (target.progress === null || queued.progress.done >= target.progress.done)) target.progress = queued.progress
    if (queued.state === 'running' || target.runs.length === 0) target.runs = queued.runs
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
        if (!target.runs.some((r) => r.id === event.runId)) target.runs.push({ id: event.runId, workload: event.workload, runtime: event.runtime, status: 'running', points: [], amdahl: null, overhead: null })
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
      case 'lanes': {
        const run = target.runs.find((r) => r.id === event.runId)
        if (run) run.lanes = mergeLanes(run.lanes, event.lanes)
        return
      }
      case 'run-finished': {
        const index = target.runs.findIndex((r) => r.id === event.run.id)
        if (index >= 0) target.runs[index] = { ...event.run }
        else target.runs.push({ ...event.run })
        return
      }
      case 'suite-finished': {
        const outcome = suiteOutcome(event.report.runs, { cancelled: target.cancelRequested })
        target.outcome = outcome
        advance(target, stateOf(outcome))
        target.reportKey = useResultsStore().add(event.report, 'run', target.label)
        target.reportCreatedAt = event.report.createdAt
        return
      }
      case 'suite-failed':
        advance(target, 'failed')
        target.message = event.message
        return
      default:
        assertNever(event)
    }
  }

  /**
   * Lists the engine's queue into this page: at start, and after a reconnect. A suite this page
   * followed that the engine no longer knows while unfinished was lost with the engine (stopped
   * and started again): it is marked aborted rather than left running forever.
   */
  async function sync(): Promise<void> {
    const listed = await getLabApi().listQueue()
    for (const queued of listed) merge(queued)
    const known = new Set(listed.map((q) => q.suiteId))
    for (const target of suites.value) {
      if (isFinished(target) || known.has(target.suiteId)) continue
      advance(target, 'aborted')
      target.outcome = 'aborted'
      target.message = translate('queue.lost')
    }
  }

  async function start(): Promise<void> {
    if (unsubscribe) return
    const api = getLabApi()
    unsubscribe = api.onSuiteEvent(handle)
    try {
      await sync()
    } catch {
      // The engine is not reachable: the header says so, and the queue is listed on reconnect.
    }
  }

  async function enqueue(configs: RunConfigInput[], label: string): Promise<boolean> {
    enqueueError.value = null
    try {
      const outcome = await getLabApi().enqueueSuite(configs, label)
      if (!outcome.ok) {
        enqueueError.value = outcome.message
        return false
      }
      merge(outcome.value)
      return true
    } catch (error) {
      // The engine is gone (server stopped, connection lost): said next to Run, not in the console.
      enqueueError.value = translate('connection.runFailed', { message: error instanceof Error ? error.message : String(error) })
      return false
    }
  }

  async function cancel(suiteId: string): Promise<void> {
    const target = suite(suiteId)
    target.cancelRequested = true
    try {
      await getLabApi().cancelSuite(suiteId)
      // A suite cancelled while still queued never sends events: ask the engine what became of it.
      const listed = (await getLabApi().listQueue()).find((q) => q.suiteId === suiteId)
      if (listed) merge(listed)
    } catch {
      // The engine is gone; the header says so, and the listing after a reconnect tells.
    }
  }

  /** Finished suites go in the engine too, so a reload (or another window) does not bring them back. */
  async function clearFinished(): Promise<void> {
    suites.value = suites.value.filter((s) => !isFinished(s))
    try {
      await getLabApi().clearFinished()
    } catch {
      // Not reachable: the next listing brings them back, which is the truth.
    }
  }

  /** The newest unfinished suite that has started measuring this workload, for live charts. */
  function liveFor(workload: string): SuiteView | undefined {
    return [...suites.value].reverse().find((s) => !isFinished(s) && (s.runs.some((r) => r.workload === workload) || (s.state === 'running' && s.workloads.includes(workload))))
  }

  /** A report renamed in the history: the queue shows its new title too. */
  function renamed(createdAt: string, title: string): void {
    for (const target of suites.value) if (target.reportCreatedAt === createdAt) target.label = title
  }

  return { suites, enqueueError, start, sync, enqueue, cancel, clearFinished, liveFor, handle, renamed }
})

