import { describe, expect, it } from 'vitest'
import type { SuiteEvent } from '../../src-shared/api'
import { EventOutbox } from '../../src-main/app/event-outbox'

const started = (n: number): SuiteEvent => ({ suiteId: 's', event: { type: 'suite-started', suiteId: 's', totalUnits: n } })
const progress = (done: number): SuiteEvent => ({
  suiteId: 's',
  event: {
    type: 'progress',
    progress: { runId: 'r', workload: 'prime', runtime: 'thread', phase: 'measure', workers: 1, repetition: 1, repetitions: 1, done, total: 10, etaMs: null },
  },
})

describe('EventOutbox', () => {
  it('holds events until opened, then delivers them in order and passes new ones straight on', () => {
    const delivered: SuiteEvent[] = []
    const outbox = new EventOutbox((e) => delivered.push(e))
    outbox.push(started(1))
    outbox.push(progress(1))
    expect(delivered).toEqual([])
    outbox.open()
    expect(delivered).toEqual([started(1), progress(1)])
    outbox.push(started(2))
    expect(delivered).toHaveLength(3)
    outbox.close()
    outbox.push(started(3))
    expect(delivered).toHaveLength(3)
    expect(outbox.queued).toBe(1)
  })

  it('drops the oldest progress first when a renderer never gets ready', () => {
    const delivered: SuiteEvent[] = []
    const outbox = new EventOutbox((e) => delivered.push(e), 3)
    for (const e of [started(1), progress(1), progress(2), started(2)]) outbox.push(e)
    expect(outbox.queued).toBe(3)
    outbox.open()
    expect(delivered).toEqual([started(1), progress(2), started(2)])
  })
})
