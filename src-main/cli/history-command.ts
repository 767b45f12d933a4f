/**
 * `conlab history [list]`, `history show ID [--json]`, `history rename ID TITLE`, `history rm ID`,
 * `history path`: the saved runs (see history-dir.ts for where they live; CONLAB_HISTORY_DIR or
 * --dir overrides). A corrupt file is listed with its problem, never hidden.
 */
import type { Command } from 'commander'
import type { HistoryEntry } from '../../src-shared/api'
import { printable, printableLines } from '../../src-shared/printable'
import type { Report } from '../../src-shared/report'
import { HistoryError, ReportHistory } from '../engine/report/history'
import { defaultHistoryDir } from '../engine/report/history-dir'
import { ReportFileError } from '../engine/report/read-report'
import { type CliIo, processIo } from './cli-io'
import { renderColumns } from '../engine/report/text/columns'
import { formatReportTable } from '../engine/report/text/report-table'

export const EXIT_HISTORY_FAILED = 1

export type HistoryAction =
  | { action: 'list' }
  | { action: 'show'; id: string; json: boolean }
  | { action: 'rename'; id: string; title: string }
  | { action: 'rm'; id: string }
  | { action: 'path' }

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.max(1, Math.round(bytes / 1024))} KiB`
}

export function formatHistoryList(entries: readonly HistoryEntry[], dir: string): string {
  if (entries.length === 0) return `No saved runs in ${dir}\n`
  const rows = [['id', 'created', 'title', 'runs', 'size', 'state']]
  for (const e of entries) {
    // Titles, ids and problems come from files: each is made printable and kept to one line.
    if (e.state === 'ok') rows.push([printable(e.id, 130), printable(e.createdAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z'), 40), printable(e.title, 200), String(e.runs), sizeText(e.sizeBytes), e.outcome])
    else rows.push([printable(e.id, 130), '', '', '', sizeText(e.sizeBytes), 'CORRUPT'])
  }
  const corrupt = entries.filter((e) => e.state === 'corrupt').map((e) => (e.state === 'corrupt' ? `  ! ${printable(e.fileName, 200)}: ${printable(e.problem)}` : ''))
  const table = renderColumns(rows, (c) => c === 3 || c === 4)
  return `${table}\n${corrupt.length > 0 ? `\nCorrupt files (kept, not loaded):\n${corrupt.join('\n')}\n` : ''}\n${entries.length} saved run(s) in ${dir}\n`
}

async function run(history: ReportHistory, command: HistoryAction, io: CliIo): Promise<void> {
  switch (command.action) {
    case 'list':
      io.stdout.write(formatHistoryList(await history.list(), history.dir))
      return
    case 'show': {
      const report: Report = await history.open(command.id)
      io.stdout.write(printableLines(command.json ? `${JSON.stringify(report, null, 2)}\n` : `${report.label ? `${printable(report.label)}\n` : ''}${formatReportTable(report)}\n`))
      return
    }
    case 'rename': {
      const entry = await history.rename(command.id, command.title)
      io.stderr.write(`Renamed ${printable(command.id)} to "${printable(entry.state === 'ok' ? entry.title : command.title)}"\n`)
      return
    }
    case 'rm':
      await history.delete(command.id)
      io.stderr.write(`Deleted ${printable(command.id)}\n`)
      return
    case 'path':
      io.stdout.write(`${history.dir}\n`)
      return
    default:
      command satisfies never
  }
}

export async function executeHistory(command: HistoryAction, dir: string = defaultHistoryDir(), io: CliIo = processIo): Promise<number> {
  try {
    await run(new ReportHistory(dir), command, io)
    return 0
  } catch (error) {
    if (error instanceof HistoryError || error instanceof ReportFileError) {
      io.stderr.write(`conlab history: ${printable(error.message)}\n`)
      return EXIT_HISTORY_FAILED
    }
    throw error
  }
}

export function addHistoryCommand(program: Command, onExit: (code: number) => void): Command {
  const history = program
    .command('history')
    .description('List, show, rename or delete saved runs (every `conlab run` is saved unless --no-history).')
    .option('--dir <folder>', 'history folder (default: $CONLAB_HISTORY_DIR or the platform data folder; see `conlab history path`)')
    .exitOverride()
  const dirOf = () => {
    const dir = history.opts<{ dir?: string }>().dir
    return dir ?? defaultHistoryDir()
  }
  const act = (action: HistoryAction) => async () => onExit(await executeHistory(action, dirOf()))
  history.command('list', { isDefault: true }).description('list saved runs, newest first').exitOverride().action(async () => act({ action: 'list' })())
  history
    .command('show')
    .description('print a saved run as a table (or --json)')
    .argument('<id>')
    .option('--json', 'print the report JSON')
    .exitOverride()
    .action(async (id: string, flags: { json?: boolean }) => act({ action: 'show', id, json: flags.json === true })())
  history
    .command('rename')
    .description('give a saved run a title (stored as its label; "" removes it)')
    .argument('<id>')
    .argument('<title>')
    .exitOverride()
    .action(async (id: string, title: string) => act({ action: 'rename', id, title })())
  history.command('rm').alias('delete').description('delete a saved run').argument('<id>').exitOverride().action(async (id: string) => act({ action: 'rm', id })())
  history.command('path').description('print the history folder').exitOverride().action(async () => act({ action: 'path' })())
  return history
}
