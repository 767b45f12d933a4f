/** The one rule for how a suite ended (issue 11, hole 6). */
import { describe, expect, it } from 'vitest'
import { suiteOutcome } from '../../src-shared/suite-outcome'

const runs = (...statuses: ('completed' | 'failed' | 'aborted')[]) => statuses.map((status) => ({ status }))

describe('suiteOutcome', () => {
  it.each([
    [runs('completed', 'completed'), false, 'completed'],
    [runs('completed', 'failed'), false, 'partly-failed'],
    [runs('failed', 'failed'), false, 'failed'],
    [runs('completed', 'aborted'), false, 'aborted'],
    [runs('failed', 'aborted'), false, 'aborted'],
    [runs(), false, 'aborted'],
    [runs('completed'), true, 'aborted'],
  ] as const)('%j, cancelled %s: %s', (list, cancelled, outcome) => {
    expect(suiteOutcome(list, { cancelled })).toBe(outcome)
  })
})
