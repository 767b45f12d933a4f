/**
 * When a part of the lab dies mid-run, the run's error names that part: the lab's own loopback
 * server (not its URL, a random local port), a worker lost during the run (not "could not start").
 * Real processes, killed with SIGKILL from outside as a user or the OOM killer would.
 */
import { describe, expect, it } from 'vitest'
import type { RunConfigInput } from '../../../src-shared/config'
import { runSuite } from '../../../src-main/engine/session'
import { survivors } from '../../helpers/processes'
import { childrenRunning } from './io-helpers'

/** Polls every 20 ms until `find` returns pids, kills the first with SIGKILL, and stops. */
function killFirstWhenSeen(find: () => number[]): { killed: number[]; stop(): void } {
  const killed: number[] = []
  const timer = setInterval(() => {
    const pid = find()[0]
    if (pid === undefined) return
    killed.push(pid)
    process.kill(pid, 'SIGKILL')
    clearInterval(timer)
  }, 20)
  return { killed, stop: () => clearInterval(timer) }
}

describe.runIf(process.platform === 'linux')('a part lost mid-run is named in the error', () => {
  it("network-fetch: the lab's own loopback server, not the URL", async () => {
    let killer: ReturnType<typeof killFirstWhenSeen> | undefined
    const config = {
      workload: { workload: 'network-fetch', tasks: 4, requests: 200, inFlight: 2, payloadSize: 4096, latencyMs: 5, jitterMs: 0 },
      runtimes: ['thread'],
      workers: [2],
      repeat: 3,
      warmup: 0,
    } as RunConfigInput
    const report = await runSuite([config], {
      onEvent: (event) => {
        if (event.type === 'progress' && event.progress.phase === 'measure') killer ??= killFirstWhenSeen(() => childrenRunning('server-entry'))
      },
    })
    killer?.stop()
    expect(killer?.killed).toHaveLength(1)
    const run = report.runs[0]!
    expect(run.status).toBe('failed')
    expect(run.error).toMatch(/the lab's own loopback server/)
    expect(run.error).not.toMatch(/127\.0\.0\.1|http:/)
    expect(await survivors(killer!.killed)).toEqual([])
  })

  it('context-switch: a process worker lost during the run', async () => {
    let killer: ReturnType<typeof killFirstWhenSeen> | undefined
    const config = {
      workload: { workload: 'context-switch', rounds: 200_000, oversubscription: [1], busyIterations: 200_000, perf: false },
      runtimes: ['process'],
      repeat: 1,
      warmup: 0,
    } as RunConfigInput
    const report = await runSuite([config], {
      onEvent: (event) => {
        if (event.type === 'run-started') killer ??= killFirstWhenSeen(() => childrenRunning('entry-process'))
      },
    })
    killer?.stop()
    expect(killer?.killed).toHaveLength(1)
    const run = report.runs[0]!
    expect(run.status).toBe('failed')
    expect(run.error).toMatch(/A process worker was lost during the run/)
    expect(run.error).not.toMatch(/Could not start/)
  })
})
