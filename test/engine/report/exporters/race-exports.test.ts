/**
 * The race's figures in every export, from a real tiny run: Markdown, HTML and CSV carry the
 * expected and actual totals, the lost updates and the time per increment for each variant, and
 * the process run's reason for the variants it lacks.
 */
import { describe, expect, it } from 'vitest'
import { runSuite } from '../../../../src-main/engine/session'
import { renderExport } from '../../../../src-main/engine/report/exporters'

describe('race exports', () => {
  it('show expected, actual, lost and time per increment per variant in Markdown, HTML and CSV', async () => {
    const report = await runSuite([
      { workload: { workload: 'race', workerCounts: [2], increments: 500, messageIncrements: 10, gap: 1, variants: ['unsafe', 'atomic', 'add'] }, runtimes: ['thread', 'process'], repeat: 1, warmup: 0 },
    ])
    const md = String(await renderExport(report, 'md'))
    const html = String(await renderExport(report, 'html'))
    const csv = String(await renderExport(report, 'csv'))
    for (const text of [md, html, csv]) {
      for (const field of ['race.expected', 'race.actual', 'race.lost', 'race.lostShare', 'race.nsPerIncrement.median']) expect(text).toContain(field)
    }
    expect(md).toContain('Race (lost updates on a shared counter)')
    expect(md).toMatch(/\| thread \| atomic \| 2 \|/)
    expect(md).toContain('cannot share memory')
    const header = csv.split('\r\n')[0]!.split(',')
    const rows = csv.trim().split('\r\n').slice(1).map((line) => line.split(','))
    const col = (name: string) => header.indexOf(name)
    const atomic = rows.find((r) => r[col('variant')] === 'atomic')!
    expect(atomic[col('race.expected')]).toBe('1000')
    expect(atomic[col('race.actual')]).toBe('1000')
    expect(atomic[col('race.lost')]).toBe('0')
    expect(atomic[col('race.nsPerIncrement.median')]).toMatch(/^\d+(\.\d)?$/)
  })
})
