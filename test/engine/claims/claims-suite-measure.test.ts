/**
 * Not a test of the rules: runs the whole planned claims suite once on this machine and writes
 * its report and duration, to size the plan and to record real figures for the rule fixtures.
 * Skipped unless CONLAB_MEASURE_CLAIMS names the file to write (it takes minutes):
 *   CONLAB_MEASURE_CLAIMS=/tmp/claims.json npx vitest run test/engine/claims/claims-suite-measure.test.ts
 * CONLAB_MEASURE_ONLY=id,id measures only those claims (to record one experiment's figures).
 */
import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CLAIM_IDS, type ClaimId } from '../../../src-shared/claims/claim-ids'
import { decideClaims, planClaims } from '../../../src-main/engine/claims'
import { discoverPythons } from '../../../src-main/engine/runtimes/python/discover'
import { runSuite } from '../../../src-main/engine/session'
import { availableParallelism } from 'node:os'

const out = process.env['CONLAB_MEASURE_CLAIMS']
const only = process.env['CONLAB_MEASURE_ONLY']?.split(',').filter((id): id is ClaimId => (CLAIM_IDS as readonly string[]).includes(id))
const ids: readonly ClaimId[] = only && only.length > 0 ? only : CLAIM_IDS

describe.skipIf(out === undefined)('the planned claims suite, measured', () => {
  it('runs every claim and writes the report', async () => {
    const pythons = (await discoverPythons()).filter((p) => p.unsupported === undefined).slice(0, 1)
    const configs = planClaims(ids, { cores: availableParallelism(), pythons })
    const started = Date.now()
    const report = await runSuite(configs, { label: 'claims-measure' })
    const seconds = (Date.now() - started) / 1000
    const verdicts = decideClaims(report, ids)
    writeFileSync(out!, JSON.stringify({ seconds, configs, verdicts, report }, null, 1))
    expect(report.runs.length).toBeGreaterThan(0)
  }, 1_200_000)
})
