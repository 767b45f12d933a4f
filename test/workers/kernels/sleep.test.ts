/** The sleep kernel: it waits at least its time on a timer, and honours the cancel. */
import { describe, expect, it } from 'vitest'
import { runSleep } from '../../../src-workers/kernels/sleep'

describe('sleep kernel', () => {
  it('sleeps on a timer and reports how long it waited', async () => {
    const answer = await runSleep({ kind: 'sleep', ms: 5 })
    expect(answer.kind).toBe('sleep')
    // A timer never fires early by more than its rounding (the workload's check allows 1 ms).
    expect(answer.waitedMs).toBeGreaterThanOrEqual(4)
  })

  it('stops sleeping when cancelled', async () => {
    const controller = new AbortController()
    const pending = runSleep({ kind: 'sleep', ms: 60_000 }, controller.signal)
    controller.abort()
    await expect(pending).rejects.toThrow(/abort/i)
  })
})
