/**
 * How the engine's run queue follows a suite's events: what a page needs to pick a running suite
 * up after a reload, and the queue's own suite id on the events it passes on.
 */
import type { QueuedSuite } from '../../src-shared/api'
import type { RunEvent } from '../../src-shared/events'
import { mergeLanes } from '../../src-shared/lane-timeline'
import { assertNever } from '../../src-shared/protocol'

/** Keeps what a page needs to pick up a running suite after a reload: its progress and runs so far. */
export function record(suite: QueuedSuite, event: RunEvent): void {
  switch (event.type) {
    case 'progress':
      suite.progress = event.progress
      return
    case 'run-started':
      suite.runs.push({ id: event.runId, workload: event.workload, runtime: event.runtime, status: 'running', points: [], amdahl: null, overhead: null })
      return
    case 'point':
      suite.runs.find((r) => r.id === event.runId)?.points.push(event.point)
      return
    case 'lanes': {
      const run = suite.runs.find((r) => r.id === event.runId)
      if (run) run.lanes = mergeLanes(run.lanes, event.lanes)
      return
    }
    case 'run-finished': {
      const index = suite.runs.findIndex((r) => r.id === event.run.id)
      if (index >= 0) suite.runs[index] = event.run
      else suite.runs.push(event.run)
      return
    }
    case 'suite-started':
    case 'suite-finished':
    case 'suite-failed':
      return
    default:
      assertNever(event, 'run event')
  }
}

/** runSuite numbers its own suites; subscribers know them by the id the queue gave out. */
export function withSuiteId(event: RunEvent, suiteId: string): RunEvent {
  switch (event.type) {
    case 'suite-started':
    case 'suite-finished':
    case 'suite-failed':
      return { ...event, suiteId }
    case 'run-started':
    case 'progress':
    case 'point':
    case 'lanes':
    case 'run-finished':
      return event
    default:
      return assertNever(event, 'run event')
  }
}
