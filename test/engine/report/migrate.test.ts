/**
 * The migration chain: the pre-release v0 shape reads as v1, each step runs in order, a gap or a
 * newer version is refused, and the caller's value is never mutated.
 */
import { describe, expect, it } from 'vitest'
import { MIGRATIONS, MigrationError, type Migration, UNKNOWN_SERIALIZATION, migrateReport, v0ToV1 } from '../../../src-main/engine/report/migrate'
import { loadReportText } from '../../../src-main/engine/report/read-report'
import { ReportSchema } from '../../../src-shared/report'
import { makeReport } from '../../fixtures/report-fixture'
import { v0Report } from './report-samples'

describe('v0 → v1', () => {
  it('reads a v0 report as a valid v1 report with its measurements unchanged', () => {
    const { report, migratedFrom } = loadReportText(JSON.stringify(v0Report()), 'old.json')
    expect(migratedFrom).toBe(0)
    expect(ReportSchema.parse(report)).toEqual(report)
    expect(report.version).toBe(1)
    expect(report.warnings).toEqual([])
    expect(report.runs[0]?.settings).toEqual({ serialization: UNKNOWN_SERIALIZATION, warmup: 1, repeat: 3, taskTimeoutMs: 0 })
    expect(report.runs[0]?.points).toEqual(makeReport().runs[0]?.points)
  })

  it('keeps what v0 did record and does not overwrite a settings object that is already there', () => {
    const v0 = v0Report()
    const runs = v0['runs'] as Record<string, unknown>[]
    runs[0] = { ...runs[0], serialization: 'json', taskTimeoutMs: 500 }
    const migrated = v0ToV1.migrate(v0) as { runs: { settings: unknown }[] }
    expect(migrated.runs[0]?.settings).toEqual({ serialization: 'json', warmup: 1, repeat: 3, taskTimeoutMs: 500 })
    const already = { version: 0, runs: [{ settings: { keep: true } }] }
    expect(v0ToV1.migrate(already)).toMatchObject({ runs: [{ settings: { keep: true } }] })
  })

  it('does not mutate the value it was given', () => {
    const v0 = v0Report()
    const copy = structuredClone(v0)
    migrateReport(v0)
    expect(v0).toEqual(copy)
  })

  it('names the path of a problem in a migrated file and says it was migrated', () => {
    const v0 = v0Report()
    ;(v0['runs'] as Record<string, unknown>[])[0]!['repeat'] = 'three'
    expect(() => loadReportText(JSON.stringify(v0), 'old.json')).toThrow(
      /^old\.json: not a valid report \(written as version 0, read after migrating to 1\): runs\.0\.settings\.repeat: .*number/,
    )
  })
})

describe('the chain', () => {
  const toV2: Migration = { from: 1, to: 2, describe: 'v2', migrate: (v) => ({ ...v, steps: [...((v['steps'] as string[]) ?? []), 'v1→v2'] }) }
  const toV3: Migration = { from: 2, to: 3, describe: 'v3', migrate: (v) => ({ ...v, steps: [...((v['steps'] as string[]) ?? []), 'v2→v3'] }) }

  it('applies every step from the file\'s version to the current one, in order', () => {
    const result = migrateReport({ version: 1 }, [toV3, toV2], 3)
    expect(result).toEqual({ value: { version: 3, steps: ['v1→v2', 'v2→v3'] }, migratedFrom: 1, steps: ['v1 → v2: v2', 'v2 → v3: v3'] })
    const fromZero = migrateReport({ version: 0 }, [...MIGRATIONS, toV2, toV3], 3)
    expect(fromZero.steps).toHaveLength(3)
    expect((fromZero.value as { version: number }).version).toBe(3)
  })

  it('sets the version itself, whatever a step returns', () => {
    const sloppy: Migration = { from: 1, to: 2, describe: 'forgets the version', migrate: (v) => ({ ...v, version: 1 }) }
    expect(migrateReport({ version: 1 }, [sloppy], 2).value).toEqual({ version: 2 })
  })

  it('refuses a gap in the chain, a newer version and a fractional one', () => {
    expect(() => migrateReport({ version: 1 }, [toV3], 3)).toThrow(new MigrationError('report version 1 is not supported (this lab reads versions 0 to 3)'))
    expect(() => migrateReport({ version: 4 }, [], 3)).toThrow(/report version 4 is newer than this Concurrency Lab understands \(3\)/)
    expect(() => migrateReport({ version: 0.5 }, MIGRATIONS)).toThrow(/not a whole number/)
  })

  it('leaves current, version-less and non-object values to the schema', () => {
    const current = makeReport()
    expect(migrateReport(current).value).toBe(current)
    expect(migrateReport({ schema: 'x' }).migratedFrom).toBeNull()
    expect(migrateReport([1, 2]).value).toEqual([1, 2])
  })
})
