/**
 * What the report commands (export, compare, history) share: where they write (tests pass their
 * own streams) and how a file that cannot be read is described in words rather than a stack.
 */
import { ReportFileError } from '../engine/report/read-report'

export interface CliIo {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr }

/** The message for a report that could not be read; anything unexpected is rethrown. */
export function describeReadError(error: unknown, file: string): string {
  if (error instanceof ReportFileError) return error.message
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  if (code === 'ENOENT') return `${file}: no such file`
  if (code === 'EACCES' || code === 'EPERM') return `${file}: permission denied`
  if (code === 'EISDIR') return `${file}: is a folder, not a report file`
  throw error
}
