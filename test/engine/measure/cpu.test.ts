import { describe, expect, it } from 'vitest'
import { cpuDeltaMs, cpuSnapshot } from '../../../src-main/engine/measure/cpu'

describe('cpuDeltaMs', () => {
  it('converts microsecond snapshots to milliseconds', () => {
    expect(cpuDeltaMs({ userUs: 1000, systemUs: 500 }, { userUs: 3500, systemUs: 1500 })).toEqual({
      userMs: 2.5,
      systemMs: 1,
    })
  })

  it('never reports negative time', () => {
    expect(cpuDeltaMs({ userUs: 2000, systemUs: 2000 }, { userUs: 1000, systemUs: 1000 })).toEqual({
      userMs: 0,
      systemMs: 0,
    })
  })

  it('measures real snapshots as finite, non-negative times', () => {
    const before = cpuSnapshot()
    let x = 0
    for (let i = 0; i < 1e6; i++) x += i % 7
    const delta = cpuDeltaMs(before, cpuSnapshot())
    expect(x).toBeGreaterThan(0)
    expect(Number.isFinite(delta.userMs) && delta.userMs >= 0).toBe(true)
    expect(Number.isFinite(delta.systemMs) && delta.systemMs >= 0).toBe(true)
  })
})
