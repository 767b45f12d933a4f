/**
 * Not a test of the rules: runs the whole planned claims suite once on this machine and writes
 * its report and duration, to size the plan and to record real figures for the rule fixtures.
 * Skipped unless CONLAB_MEASURE_CLAIMS names the file to write (it takes minutes):
 *   CONLAB_MEASURE_CLAIMS=/tmp/claims.json npx vitest run test/engine/claims/claims-suite-measure.test.ts
 */
import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CLAIM_IDS } from '../../../src-shared/claims/claim-ids'
import { decideClaims, planClaims } from '../../../src-main/engine/claims'
import { discoverPythons } from '../../../src-main/engine/runtimes/python/discover'
import { runSuite } from '../../../src-main/engine/session'
import { availableParallelism } from 'node:os'

const out = process.env['CONLAB_MEASURE_CLAIMS']

describe.skipIf(out === undefined)('the planned claims suite, measured', () => {
  it('runs every claim and writes the report', async () => {
    const pythons = (await discoverPythons()).filter((p) => p.unsupported === undefined).slice(0, 1)
    const configs = planClaims(CLAIM_IDS, { cores: availableParallelism(), pythons })
    const started = Date.now()
    const report = await runSuite(configs, { label: 'claims-measure' })
    const seconds = (Date.now() - started) / 1000
    const verdicts = decideClaims(report, CLAIM_IDS)
    writeFileSync(out!, JSON.stringify({ seconds, configs, verdicts, report }, null, 1))
    expect(report.runs.length).toBeGreaterThan(0)
  }, 1_200_000)
})
