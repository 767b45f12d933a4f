import { afterEach, describe, expect, it, vi } from 'vitest'
import { FAULT_EXIT_CODE, runFault } from '../../../src-workers/kernels/fault'

const PENDING = Symbol('pending')

/**
 * Settles with PENDING unless `promise` settles first within a few turns of the event loop.
 * No duration is asserted: a promise that never settles simply loses the race.
 */
async function settlesSoon(promise: Promise<unknown>): Promise<unknown> {
  const marker = (async () => {
    for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve))
    return PENDING
  })()
  return Promise.race([promise.then(() => 'resolved', () => 'rejected'), marker])
}

afterEach(() => {
  vi.useRealTimers()
})

describe('runFault', () => {
  it('throw: rejects with the deliberate error and does not call exit', async () => {
    const exit = vi.fn<(code: number) => void>()
    await expect(runFault('throw', exit)).rejects.toThrow('fault task: deliberate throw')
    expect(exit).not.toHaveBeenCalled()
  })

  it('exit: calls the injected exit with 3, then never settles', async () => {
    const exit = vi.fn<(code: number) => void>()
    const running = runFault('exit', exit)
    expect(exit).toHaveBeenCalledTimes(1)
    expect(exit).toHaveBeenCalledWith(3)
    expect(FAULT_EXIT_CODE).toBe(3)
    expect(await settlesSoon(running)).toBe(PENDING)
  })

  it('hang: never settles and holds a timer so the event loop stays alive', async () => {
    // Only setInterval is faked: the hang's interval is then counted instead of left running in
    // the test process, while setImmediate (used by settlesSoon) stays real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const exit = vi.fn<(code: number) => void>()
    const running = runFault('hang', exit)
    expect(await settlesSoon(running)).toBe(PENDING)
    expect(vi.getTimerCount()).toBe(1)
    expect(exit).not.toHaveBeenCalled()
    vi.clearAllTimers()
  })
})
