/**
 * What `conlab run` writes besides its report: the extra formats asked for with --format (next to
 * the report) and a copy in the run history (unless --no-history). Neither may lose the run: a
 * failure here is reported on stderr and the report itself is already on disk.
 */
import type { ExportFormat } from '../../src-shared/api'
import type { Report } from '../../src-shared/report'
import { ReportHistory } from '../engine/report/history'
import { defaultHistoryDir } from '../engine/report/history-dir'
import { ENGLISH, type Wording } from '../engine/report/text/wording'
import type { CliIo } from './cli-io'
import { exportTargets, writeExports } from './export-command'

export interface RunOutputs {
  /** The report's path (the base for the other formats). */
  reportPath: string
  formats: readonly ExportFormat[]
  /** `--include-hostname`: the extra formats name the machine (the JSON report always records it). */
  includeHostname?: boolean
  history: boolean
  historyDir?: string
  signal?: AbortSignal
}

/** Returns false when something asked for could not be written (already explained on stderr). */
export async function writeRunOutputs(report: Report, opts: RunOutputs, io: CliIo, { t, locale }: Wording = ENGLISH): Promise<boolean> {
  let ok = true
  const targets = exportTargets(opts.reportPath, opts.formats, undefined)
  targets.delete('json') // the report itself
  try {
    for (const path of await writeExports(report, targets, undefined, locale, opts.includeHostname === true)) io.stderr.write(`${t('cli.run.wrote', { path })}\n`)
  } catch (error) {
    io.stderr.write(`${t('cli.run.formatsFailed', { message: error instanceof Error ? error.message : String(error) })}\n`)
    ok = false
  }
  if (opts.history) {
    const history = new ReportHistory(opts.historyDir ?? defaultHistoryDir())
    try {
      const entry = await history.save(report)
      io.stderr.write(`${t('cli.run.savedToHistory', { id: entry.id })}\n`)
    } catch (error) {
      io.stderr.write(`${t('cli.run.historyFailed', { dir: history.dir, message: error instanceof Error ? error.message : String(error) })}\n`)
      ok = false
    }
  }
  return ok
}
