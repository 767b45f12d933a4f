/**
 * The history folder as the Claims screen's e2e tests use it: a verdict saved earlier (an older
 * report, named to sort before any the run saves), and the report the run saved beside it.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ClaimVerdict } from '../../src-shared/claims/claim-verdict'
import { type Report, ReportSchema } from '../../src-shared/report'
import { makeReport } from '../fixtures/report-fixture'

/** A report of 2024 holding `claims`: verdicts decided on this machine before the test. */
export function earlierReport(claims: ClaimVerdict[]): Report {
  return makeReport({ createdAt: '2024-01-01T00:00:00.000Z', claims })
}

/** Saves `report` into the history folder under a name of its creation time's shape. */
export async function saveEarlier(historyDir: string, report: Report): Promise<void> {
  await writeFile(join(historyDir, '20240101-000000-000-abcdef.json'), JSON.stringify(report))
}

/** The first report of the history folder that `wanted` accepts; `missing` says what was not there. */
export async function savedReport(historyDir: string, wanted: (report: Report) => boolean, missing: string): Promise<Report> {
  for (const name of (await readdir(historyDir)).filter((n) => n.endsWith('.json'))) {
    const report = ReportSchema.parse(JSON.parse(await readFile(join(historyDir, name), 'utf8')))
    if (wanted(report)) return report
  }
  throw new Error(missing)
}
