/**
 * `conlab history [list]`, `history show ID [--json]`, `history rename ID TITLE`, `history rm ID`,
 * `history path`: the saved runs (see history-dir.ts for where they live; CONLAB_HISTORY_DIR or
 * --dir overrides). A corrupt file is listed with its problem, never hidden.
 */
import type { Command } from 'commander'
import type { HistoryEntry } from '../../src-shared/api'
import { printable, printableLines } from '../../src-shared/printable'
import { messageText } from '../../src-shared/engine-message'
import type { Report } from '../../src-shared/report'
import { HistoryError, ReportHistory } from '../engine/report/history'
import { defaultHistoryDir } from '../engine/report/history-dir'
import { ReportFileError } from '../engine/report/read-report'
import { type CliIo, processIo } from './cli-io'
import { renderColumns } from '../engine/report/text/columns'
import { formatReportTable } from '../engine/report/text/report-table'
import { ENGLISH, type Wording, formatFixed } from '../engine/report/text/columns'

export const EXIT_HISTORY_FAILED = 1

export type HistoryAction =
  | { action: 'list' }
  | { action: 'show'; id: string; json: boolean }
  | { action: 'rename'; id: string; title: string }
  | { action: 'rm'; id: string }
  | { action: 'path' }

function sizeText(bytes: number, { locale }: Wording): string {
  return bytes >= 1024 * 1024 ? `${formatFixed(bytes / (1024 * 1024), 1, locale)} MiB` : `${formatFixed(Math.max(1, Math.round(bytes / 1024)), 0, locale)} KiB`
}

export function formatHistoryList(entries: readonly HistoryEntry[], dir: string, w: Wording = ENGLISH): string {
  const { t } = w
  if (entries.length === 0) return `${t('cli.history.empty', { dir })}\n`
  const column = (key: string) => t(`cli.history.columns.${key}`)
  const rows = [[column('id'), column('created'), column('title'), column('runs'), column('size'), column('state')]]
  for (const e of entries) {
    // Titles, ids and problems come from files: each is made printable and kept to one line.
    if (e.state === 'ok') rows.push([printable(e.id, 130), printable(e.createdAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z'), 40), printable(e.title, 200), String(e.runs), sizeText(e.sizeBytes, w), t(`cli.outcomes.${e.outcome}`)])
    else rows.push([printable(e.id, 130), '', '', '', sizeText(e.sizeBytes, w), t('cli.history.corrupt')])
  }
  const corrupt = entries.filter((e) => e.state === 'corrupt').map((e) => (e.state === 'corrupt' ? `  ! ${printable(e.fileName, 200)}: ${printable(e.problem)}` : ''))
  const table = renderColumns(rows, (c) => c === 3 || c === 4)
  return `${table}\n${corrupt.length > 0 ? `\n${t('cli.history.corruptFiles')}\n${corrupt.join('\n')}\n` : ''}\n${t('cli.history.count', { n: entries.length, dir })}\n`
}

async function run(history: ReportHistory, command: HistoryAction, io: CliIo, w: Wording): Promise<void> {
  const { t } = w
  switch (command.action) {
    case 'list':
      io.stdout.write(formatHistoryList(await history.list(), history.dir, w))
      return
    case 'show': {
      const report: Report = await history.open(command.id)
      io.stdout.write(printableLines(command.json ? `${JSON.stringify(report, null, 2)}\n` : `${report.label ? `${printable(report.label)}\n` : ''}${formatReportTable(report, w)}\n`))
      return
    }
    case 'rename': {
      const entry = await history.rename(command.id, command.title)
      io.stderr.write(`${t('cli.history.renamed', { id: printable(command.id), title: printable(entry.state === 'ok' ? entry.title : command.title) })}\n`)
      return
    }
    case 'rm':
      await history.delete(command.id)
      io.stderr.write(`${t('cli.history.deleted', { id: printable(command.id) })}\n`)
      return
    case 'path':
      io.stdout.write(`${history.dir}\n`)
      return
    default:
      command satisfies never
  }
}

export async function executeHistory(command: HistoryAction, dir: string = defaultHistoryDir(), io: CliIo = processIo, w: Wording = ENGLISH): Promise<number> {
  try {
    await run(new ReportHistory(dir), command, io, w)
    return 0
  } catch (error) {
    if (error instanceof HistoryError || error instanceof ReportFileError) {
      const said = error instanceof ReportFileError ? messageText(w.t, error.engineMessage) : error.message
      io.stderr.write(`conlab history: ${printable(said)}\n`)
      return EXIT_HISTORY_FAILED
    }
    throw error
  }
}

export function addHistoryCommand(program: Command, onExit: (code: number) => void, w: Wording = ENGLISH): Command {
  const { t } = w
  const history = program
    .command('history')
    .description(t('cli.history.description'))
    .option('--dir <folder>', t('cli.history.dir'))
    .exitOverride()
  const dirOf = () => {
    const dir = history.opts<{ dir?: string }>().dir
    return dir ?? defaultHistoryDir()
  }
  const act = (action: HistoryAction) => async () => onExit(await executeHistory(action, dirOf(), processIo, w))
  history.command('list', { isDefault: true }).description(t('cli.history.list')).exitOverride().action(async () => act({ action: 'list' })())
  history
    .command('show')
    .description(t('cli.history.show'))
    .argument('<id>')
    .option('--json', t('cli.history.json'))
    .exitOverride()
    .action(async (id: string, flags: { json?: boolean }) => act({ action: 'show', id, json: flags.json === true })())
  history
    .command('rename')
    .description(t('cli.history.rename'))
    .argument('<id>')
    .argument('<title>')
    .exitOverride()
    .action(async (id: string, title: string) => act({ action: 'rename', id, title })())
  history.command('rm').alias('delete').description(t('cli.history.rm')).argument('<id>').exitOverride().action(async (id: string) => act({ action: 'rm', id })())
  history.command('path').description(t('cli.history.path')).exitOverride().action(async () => act({ action: 'path' })())
  return history
}
