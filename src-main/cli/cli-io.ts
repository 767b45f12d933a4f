/**
 * What the report commands (export, compare, history) share: where they write (tests pass their
 * own streams) and how a file that cannot be read is described in words rather than a stack.
 * Everything here that came from a file goes through `printable` (src-shared/printable.ts), so a
 * hostile report cannot drive the terminal.
 */
import { printable } from '../../src-shared/printable'
import { ReportFileError } from '../engine/report/read-report'

export interface CliIo {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr }

/** The message for a report that could not be read, made printable; anything unexpected is rethrown. */
export function describeReadError(error: unknown, file: string): string {
  if (error instanceof ReportFileError) return printable(error.message)
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  if (code === 'ENOENT') return `${printable(file)}: no such file`
  if (code === 'EACCES' || code === 'EPERM') return `${printable(file)}: permission denied`
  if (code === 'EISDIR') return `${printable(file)}: is a folder, not a report file`
  if (code !== '') return `${printable(file)}: could not be read (${printable(code, 40)})`
  throw error
}
