/**
 * `conlab compare A.json B.json … [--baseline N|label] [--format table|md|json|html] [--out FILE]`:
 * the workshop view, one column per machine. A file that cannot be read (bad JSON, not a report,
 * a folder, a FIFO, a device, a link loop, an I/O error) is reported in one line and left out;
 * the comparison goes on with the others, as one attendee's broken file should not hide
 * everyone else's results. Exit codes: 0 all compared; 1 the comparison was printed but a file
 * was left out; 1 with no comparison when fewer than two readable reports remain.
 * The table escapes every string from the files (printable.ts); md, json and html escape for
 * their own formats.
 */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { type BaselineChoice, type CompareInput, type Comparison, CompareError, compareReports } from '../engine/report/compare'
import { writeFileAtomic } from '../engine/report/atomic-write'
import { comparisonToHtml } from '../engine/report/exporters/compare-html'
import { comparisonToMarkdown } from '../engine/report/exporters/compare-markdown'
import { cellRelative, cellTime, groupSettingsText, groupTitle, mismatchText, rowLabel, summaryText } from '../engine/report/exporters/compare-text'
import { claimsCompareRows } from '../engine/report/exporters/claims-compare-views'
import { loadReportFile } from '../engine/report/read-report'
import { assertNever } from '../../src-shared/protocol'
import { printable, printableLines } from '../../src-shared/printable'
import { type CliIo, describeReadError, processIo } from './cli-io'
import { renderColumns } from '../engine/report/text/columns'
import { UsageError, parseChoice } from './parse-values'
import { ENGLISH, type Wording } from '../engine/report/text/wording'
import { exportLocale } from '../engine/report/exporters/locale'

export const COMPARE_FORMATS = ['table', 'md', 'json', 'html'] as const
export type CompareFormat = (typeof COMPARE_FORMATS)[number]

export interface CompareCommand {
  reports: string[]
  baseline: string | undefined
  format: CompareFormat
  out: string | undefined
}

/** `2` → the second report (1-based, as typed); anything else → a label. */
export function parseBaseline(value: string | undefined): BaselineChoice | undefined {
  if (value === undefined) return undefined
  if (/^\d+$/.test(value.trim())) return { index: Number(value) - 1 }
  return { label: value }
}

/** The terminal view: per group, a time column and a ratio column per machine. The cells and group titles are the exporters' shared wording (compare-text.ts). */
export function formatComparisonTable(c: Comparison, { t, locale }: Wording = ENGLISH): string {
  // The cells and titles in the CLI's own language, from the exporters' shared wording.
  const loc = exportLocale(locale)
  const baseline = c.machines[c.baselineIndex]?.label ?? ''
  const sections = [
    t('cli.compare.baselineLine', { label: baseline }),
    c.machines.map((m, i) => `  ${i + 1}. ${t('cli.compare.machineLine', { summary: summaryText(c, i, loc), cpu: m.machine.cpuModel, cores: m.machine.availableParallelism, node: m.machine.versions.node })}`).join('\n'),
  ]
  const claims = claimsCompareRows(c, loc)
  if (claims.length > 0) sections.push(`${t('claims.report.compareTitle')}\n${renderColumns(claims, () => false)}`)
  for (const group of c.groups) {
    const header = [t(group.rows.some((r) => r.caseLabel !== '') ? 'cli.compare.caseWorkers' : 'cli.compare.workers')]
    // The baseline's ratio is 1 by definition: it gets a time column only.
    for (const m of c.machines) header.push(...(m.index === c.baselineIndex ? [t('cli.compare.isBaseline', { label: m.label })] : [m.label, t('cli.compare.ratio')]))
    const rows = group.rows.map((r) => [rowLabel(r), ...r.cells.flatMap((cell, i) => (i === c.baselineIndex ? [cellTime(cell, loc)] : [cellTime(cell, loc), cellRelative(cell, loc)]))])
    sections.push(`${groupTitle(group, loc)} — ${groupSettingsText(group, loc)}\n${renderColumns([header, ...rows])}`)
  }
  if (c.mismatches.length > 0) sections.push([t('cli.compare.notCompared'), ...c.mismatches.map((m) => `  ! ${mismatchText(c, m, loc)}`)].join('\n'))
  if (c.notes.length > 0) sections.push([t('cli.compare.notes'), ...c.notes.map((n) => `  - ${n}`)].join('\n'))
  return sections.join('\n\n')
}

export function renderComparison(c: Comparison, format: CompareFormat, w: Wording = ENGLISH): string {
  switch (format) {
    case 'table':
      // Labels, CPU models and notes come from the files: nothing in them may drive a terminal.
      return printableLines(`${formatComparisonTable(c, w)}\n`)
    case 'md':
      return comparisonToMarkdown(c)
    case 'json':
      return `${JSON.stringify(c, null, 2)}\n`
    case 'html':
      return comparisonToHtml(c)
    default:
      return assertNever(format, 'compare format')
  }
}

export async function executeCompare(command: CompareCommand, io: CliIo = processIo, w: Wording = ENGLISH): Promise<number> {
  const { t } = w
  const inputs: CompareInput[] = []
  let skipped = 0
  for (const file of command.reports) {
    try {
      const { report, migratedFrom } = await loadReportFile(resolve(file), { source: file })
      inputs.push({ source: file, report, migratedFrom })
    } catch (error) {
      io.stderr.write(`conlab compare: ${t('cli.compare.leftOut', { problem: describeReadError(error, file, w) })}\n`)
      skipped++
    }
  }
  let comparison: Comparison
  try {
    comparison = compareReports(inputs, { baseline: parseBaseline(command.baseline) })
  } catch (error) {
    if (error instanceof CompareError) {
      const left = skipped > 0 ? t('cli.compare.unreadable', { skipped, total: command.reports.length }) : ''
      io.stderr.write(`conlab compare: ${printable(error.message)}${left}\n`)
      return 1
    }
    throw error
  }
  const text = renderComparison(comparison, command.format, w)
  if (command.out && command.out !== '-') {
    await writeFileAtomic(resolve(command.out), text)
    io.stderr.write(`${t('cli.run.wrote', { path: resolve(command.out) })}\n`)
  } else {
    io.stdout.write(printableLines(text))
  }
  return skipped > 0 ? 1 : 0
}

export function addCompareCommand(program: Command, onExit: (code: number) => void, w: Wording = ENGLISH): Command {
  const { t } = w
  return program
    .command('compare')
    .description(t('cli.compare.description'))
    .argument('<reports...>', t('cli.compare.reports'))
    .option('--baseline <n|label>', t('cli.compare.baseline'))
    .option('--format <format>', t('cli.compare.format', { choices: COMPARE_FORMATS.join(', ') }), parseChoice('--format', COMPARE_FORMATS, w))
    .option('--out <file>', t('cli.compare.out'))
    .exitOverride()
    .action(async (reports: string[], flags: { baseline?: string; format?: CompareFormat; out?: string }) => {
      if (reports.length < 2) throw new UsageError(t('cli.usage.compareTwo'))
      // The default is applied here, not given to commander: its help would add an English
      // `(default: "table")` beside the catalogue's own words.
      onExit(await executeCompare({ reports, baseline: flags.baseline, format: flags.format ?? 'table', out: flags.out }, processIo, w))
    })
}
