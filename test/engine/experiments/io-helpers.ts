/** Shared by the I/O experiment tests: child processes by role, and a kill switch for crashes. */
import { readFileSync } from 'node:fs'
import { childPidsOf } from '../../helpers/processes'

/** This test process's children whose command line mentions `fragment` (Linux /proc). */
export function childrenRunning(fragment: string): number[] {
  return childPidsOf(process.pid).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(fragment)
    } catch {
      return false
    }
  })
}

/**
 * Crashes every worker process while it holds a task: stopped first (SIGSTOP, so none can answer),
 * killed a turn later, once the sweep has handed them the repetition's tasks. Call it from the
 * `progress` event that opens a measured repetition: the tasks are sent in the same turn.
 */
export function crashWorkersHoldingTasks(): number[] {
  const workers = childrenRunning('entry-process')
  for (const pid of workers) process.kill(pid, 'SIGSTOP')
  setImmediate(() => {
    for (const pid of workers) process.kill(pid, 'SIGKILL')
  })
  return workers
}
