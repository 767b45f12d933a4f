/**
 * Two cheap claims end to end with real workers: plan them, run the suite, decide. Asserts what
 * the verdicts rest on (figures, runs of this report, valid shape), never a duration; the verdict
 * itself may honestly be inconclusive on a loaded machine, but never cannot-run.
 */
import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import { ClaimVerdictSchema } from '../../../src-shared/claims/claim-verdict'
import { ReportSchema } from '../../../src-shared/report'
import { decideClaims, planClaims } from '../../../src-main/engine/claims'
import { runSuite } from '../../../src-main/engine/session'
import { childPidsOf, survivors } from '../../helpers/processes'

describe('planClaims + runSuite + decideClaims', () => {
  it('settles switch-10ms and race-lock on this machine, each verdict citing figures of its own runs', async () => {
    const configs = planClaims(['switch-10ms', 'race-lock'], { cores: availableParallelism(), pythons: [] })
    const before = childPidsOf(process.pid)
    const report = await runSuite(configs, { label: 'claims-integration' })
    expect(() => ReportSchema.parse(report)).not.toThrow()
    const verdicts = decideClaims(report, ['switch-10ms', 'race-lock'])
    const ids = new Set(report.runs.map((r) => r.id))
    for (const v of verdicts) {
      expect(() => ClaimVerdictSchema.parse(v)).not.toThrow()
      expect(v.verdict, v.english).not.toBe('cannot-run')
      expect(v.figures.length).toBeGreaterThan(0)
      expect(v.evidence?.bars.length).toBeGreaterThan(0)
      expect(v.runIds.length).toBeGreaterThan(0)
      for (const id of v.runIds) expect(ids.has(id)).toBe(true)
    }
    const [switch10, raceLock] = verdicts
    // A switch of milliseconds would be a broken machine; on a loaded one the interval may straddle the line.
    expect(['does-not-hold', 'inconclusive']).toContain(switch10!.verdict)
    expect(['holds', 'inconclusive']).toContain(raceLock!.verdict)
    expect(raceLock!.figures.find((f) => f.params?.['variant'] === 'mutex')?.params?.['lost']).toBe(0)
    // No worker process outlives the suite (one still exiting is given its moment).
    expect(await survivors(childPidsOf(process.pid).filter((pid) => !before.includes(pid)))).toEqual([])
  }, 180_000)
})
