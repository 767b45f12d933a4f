/** Each claim's place in a running claims suite (claim-phase.ts), from the suite's live runs. */
import { describe, expect, it } from 'vitest'
import { claimPhases } from '../../../src-renderer/components/claims/claim-phase'

describe('claimPhases', () => {
  it('says waiting, being measured or measured per claim, not "being measured" for all', () => {
    const phases = claimPhases(
      ['spawn-cost', 'switch-cost', 'switch-10ms', 'deadlock'],
      [
        { claims: ['spawn-cost'], status: 'completed', workload: 'spawn', runtime: 'thread' },
        { claims: ['spawn-cost'], status: 'failed', workload: 'spawn', runtime: 'process' },
        { claims: ['switch-cost', 'switch-10ms'], status: 'completed', workload: 'context-switch', runtime: 'thread' },
        // Still running: the run-started event does not name its claims; its config does.
        { status: 'running', workload: 'context-switch', runtime: 'process' },
      ],
      [
        { workload: { workload: 'spawn' }, runtimes: ['thread', 'process'], claims: ['spawn-cost'] },
        { workload: { workload: 'context-switch' }, runtimes: ['thread', 'process'], claims: ['switch-cost', 'switch-10ms'] },
        { workload: { workload: 'deadlock' }, runtimes: ['thread'], claims: ['deadlock'] },
      ],
    )
    expect(Object.fromEntries(phases)).toEqual({ 'spawn-cost': 'measured', 'switch-cost': 'running', 'switch-10ms': 'running', deadlock: 'waiting' })
  })

  it('knows no phase when no claims suite runs', () => {
    expect(claimPhases([], [{ claims: ['deadlock'], status: 'running', workload: 'deadlock', runtime: 'thread' }], []).size).toBe(0)
  })
})
