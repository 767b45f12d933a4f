/** A configuration planned for claims hands them to every run it makes (issue 18): the report, and the live event. */
import { describe, expect, it } from 'vitest'
import type { RunEvent } from '../../../src-shared/events'
import { ReportSchema } from '../../../src-shared/report'
import { runSuite } from '../../../src-main/engine/session'

const sleep = { workload: { workload: 'sleep' as const, ms: 2 }, workers: [1], repeat: 2, warmup: 0 }

describe('runSuite with claims', () => {
  it("copies each configuration's claims onto its runs, and leaves untagged runs alone", async () => {
    const events: RunEvent[] = []
    const report = await runSuite(
      [
        { ...sleep, runtimes: ['thread', 'process'], claims: ['io-threads', 'io-processes'] },
        { ...sleep, runtimes: ['thread'] },
      ],
      { onEvent: (e) => events.push(e) },
    )
    expect(() => ReportSchema.parse(report)).not.toThrow()
    expect(report.runs).toHaveLength(3)
    const [a, b, untagged] = report.runs
    expect(a!.claims).toEqual(['io-threads', 'io-processes'])
    expect(b!.claims).toEqual(['io-threads', 'io-processes'])
    expect(untagged!.claims).toBeUndefined()
    const finished = events.flatMap((e) => (e.type === 'run-finished' ? [e.run] : []))
    expect(finished.map((r) => r.claims)).toEqual([['io-threads', 'io-processes'], ['io-threads', 'io-processes'], undefined])
  })
})
