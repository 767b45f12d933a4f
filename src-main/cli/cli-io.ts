/**
 * What the report commands (export, compare, history) share: where they write (tests pass their
 * own streams) and how a file that cannot be read is described in words rather than a stack.
 * Everything here that came from a file goes through `printable` (src-shared/printable.ts), so a
 * hostile report cannot drive the terminal.
 */
import { printable } from '../../src-shared/printable'
import { messageText } from '../../src-shared/engine-message'
import { ReportFileError } from '../engine/report/read-report'
import { ENGLISH, type Wording } from '../engine/report/text/wording'

export interface CliIo {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr }

/** The message for a report that could not be read, made printable; anything unexpected is rethrown. */
export function describeReadError(error: unknown, file: string, { t }: Wording = ENGLISH): string {
  // The reader's own problems (bad JSON, not a report) are worded by the engine, as catalogue
  // messages; their details (a field path, the JSON parser's words) stay English.
  if (error instanceof ReportFileError) return printable(messageText(t, error.engineMessage))
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  const shown = printable(file)
  if (code === 'ENOENT') return t('cli.readError.noSuchFile', { file: shown })
  if (code === 'EACCES' || code === 'EPERM') return t('cli.readError.permission', { file: shown })
  if (code === 'EISDIR') return t('cli.readError.isFolder', { file: shown })
  if (code !== '') return t('cli.readError.other', { file: shown, code: printable(code, 40) })
  throw error
}
