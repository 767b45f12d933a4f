/**
 * `conlab export REPORT --format json|csv|md|html|pdf[,…] [--out FILE] [--include-hostname]`, and the writing of
 * extra formats after `conlab run --format …`. Every file is written atomically. One format and
 * `--out FILE` writes exactly FILE; several formats write FILE's name with each extension; no
 * `--out` writes next to the report. `--out -` prints a text format on stdout.
 */
import { extname, resolve } from 'node:path'
import type { Command } from 'commander'
import { EXPORT_FORMATS, type ExportFormat } from '../../src-shared/api'
import type { Locale } from '../../src-shared/i18n/locales'
import type { Report } from '../../src-shared/report'
import { writeFileAtomic } from '../engine/report/atomic-write'
import { PdfUnavailableError } from '../engine/report/exporters/chromium'
import { EXPORTERS, renderExport } from '../engine/report/exporters/index'
import { loadReportFile } from '../engine/report/read-report'
import { type CliIo, describeReadError, processIo } from './cli-io'
import { UsageError, parseChoiceList } from './parse-values'
import { printableLines } from '../../src-shared/printable'
import { ENGLISH, type Wording } from '../engine/report/text/wording'

export const EXIT_EXPORT_FAILED = 1

export const parseFormats = (w: Wording = ENGLISH): ((value: string) => ExportFormat[]) => parseChoiceList('--format', EXPORT_FORMATS, w)

/** `reports/x.json` + html → `reports/x.html`: the path without its extension, plus the format's. */
export function withExtension(path: string, format: ExportFormat): string {
  const ext = extname(path)
  const stem = ext === '' ? path : path.slice(0, -ext.length)
  return `${stem}.${EXPORTERS[format].extension}`
}

/** Target path per format, per the rules in this file's header. */
export function exportTargets(base: string, formats: readonly ExportFormat[], out: string | undefined): Map<ExportFormat, string> {
  const unique = [...new Set(formats)]
  if (out !== undefined && unique.length === 1) return new Map([[unique[0]!, resolve(out)]])
  const from = resolve(out ?? base)
  return new Map(unique.map((f) => [f, withExtension(from, f)]))
}

/**
 * Renders and writes each format in `locale` (the words of HTML, Markdown and PDF); returns the
 * paths written. PDF without Chromium throws PdfUnavailableError. The machine's host name is
 * left out unless `includeHostname` (`--include-hostname`): a shared report should not name it.
 */
export async function writeExports(
  report: Report,
  targets: ReadonlyMap<ExportFormat, string>,
  signal?: AbortSignal,
  locale: Locale = 'en',
  includeHostname = false,
): Promise<string[]> {
  const written: string[] = []
  for (const [format, path] of targets) {
    const content = await renderExport(report, format, signal ? { signal, locale, includeHostname } : { locale, includeHostname })
    await writeFileAtomic(path, content, signal ? { signal } : {})
    written.push(path)
  }
  return written
}

export interface ExportCommand {
  report: string
  formats: ExportFormat[]
  out: string | undefined
  /** The language of the exports' words (the global `--lang`); English when left out. */
  locale?: Locale
  /** `--include-hostname`: name the machine in the Machine table. */
  includeHostname?: boolean
}

export async function executeExport(command: ExportCommand, io: CliIo = processIo, signal?: AbortSignal, w: Wording = ENGLISH): Promise<number> {
  const { t } = w
  // The language of the words around the figures: the command's own choice, else the CLI's.
  const locale = command.locale ?? w.locale
  const includeHostname = command.includeHostname === true
  const source = resolve(command.report)
  let report: Report
  try {
    report = (await loadReportFile(source)).report
  } catch (error) {
    io.stderr.write(`conlab export: ${describeReadError(error, command.report, w)}\n`)
    return EXIT_EXPORT_FAILED
  }
  if (command.out === '-') {
    const [format, ...more] = command.formats
    if (!format || more.length > 0 || EXPORTERS[format].binary) throw new UsageError(t('cli.usage.stdoutOneFormat'))
    // On stdout the text may reach a terminal: no control character from the file passes raw.
    io.stdout.write(printableLines((await renderExport(report, format, signal ? { signal, locale, includeHostname } : { locale, includeHostname })) as string))
    return 0
  }
  const targets = exportTargets(source, command.formats, command.out)
  // The report itself is the source: exporting JSON over it would only rewrite it in place.
  if (targets.get('json') === source) {
    targets.delete('json')
    io.stderr.write(`${t('cli.export.alreadyJson', { path: source })}\n`)
  }
  try {
    for (const path of await writeExports(report, targets, signal, locale, includeHostname)) io.stderr.write(`${t('cli.run.wrote', { path })}\n`)
  } catch (error) {
    if (error instanceof PdfUnavailableError) {
      io.stderr.write(`conlab export: ${error.message}\n`)
      return EXIT_EXPORT_FAILED
    }
    throw error
  }
  return 0
}

export function addExportCommand(program: Command, onExit: (code: number) => void, signal: () => AbortSignal | undefined, w: Wording = ENGLISH): Command {
  const { t } = w
  return program
    .command('export')
    .description(t('cli.export.description'))
    .argument('<report>', t('cli.export.report'))
    .requiredOption('--format <list>', t('cli.export.format', { choices: EXPORT_FORMATS.join(', ') }), parseFormats(w))
    .option('--out <file>', t('cli.export.out'))
    .option('--include-hostname', t('cli.export.includeHostname'))
    .exitOverride()
    .action(async (report: string, flags: { format: ExportFormat[]; out?: string; includeHostname?: boolean }) => {
      const command = { report, formats: flags.format, out: flags.out, includeHostname: flags.includeHostname === true }
      onExit(await executeExport(command, processIo, signal(), w))
    })
}
