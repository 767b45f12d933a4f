/**
 * Reading a report someone handed us (a workshop attendee's file, an old run, a history entry):
 * every failure names the file and the first problem, with its field path, so it can be fixed
 * without a debugger. Nothing read is ever executed; exporters escape every string they show.
 */
import { constants } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { z } from 'zod'
import { MAX_REPORT_BYTES } from '../../../src-shared/api'
import { describeZodError } from '../../../src-shared/config'
import { CodedError, type EngineMessage, type MessageCode, message } from '../../../src-shared/engine-message'
import { REPORT_VERSION, ReportSchema } from '../../../src-shared/report'
import type { Report } from '../../../src-shared/report'
import { MigrationError, migrateReport } from './migrate'
import { findImplausible, findImplausibleConfigs } from './plausible'
import { printable } from '../../../src-shared/printable'

/** Shared with the transports, which size their messages from it; re-exported for the reader's callers. */
export { MAX_REPORT_BYTES }

/** Keys that could reach an object's prototype if a report were ever merged into another object. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/** A file that is not a readable report: its English text, and the same as a catalogue message. */
export class ReportFileError extends CodedError {
  override readonly name = 'ReportFileError'
  constructor(
    said: EngineMessage,
    readonly source: string,
    options?: { cause?: unknown },
  ) {
    super(said, options)
  }
}

/** `source: not a valid report[ (migrated)]: detail`; the detail (a field path, zod's words) stays English. */
function notAReport(source: string, detail: string, migratedFrom: number | null = null): EngineMessage {
  return migratedFrom === null ? message('fileNotReport', { source, detail }) : message('fileNotReportMigrated', { source, detail, from: migratedFrom, to: REPORT_VERSION })
}

class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(`forbidden key "${key}"`)
  }
}

/** JSON.parse's reviver has no path, so on the (rare) rejection we look the key up again. */
function findKeyPath(value: unknown, key: string, path: string[] = []): string[] | null {
  if (typeof value !== 'object' || value === null) return null
  for (const [k, child] of Object.entries(value)) {
    if (k === key) return [...path, k]
    const found = findKeyPath(child, key, [...path, k])
    if (found) return found
  }
  return null
}

function formatPath(path: readonly (string | number)[]): string {
  return path.length > 0 ? path.join('.') : '(root)'
}

/**
 * Turns V8's "... in JSON at position N" into a line and column, which editors can jump to. V8's
 * message may quote the file (`Unexpected token 'x', "…" is not valid JSON`): that quote is
 * dropped, and the token it names is escaped, so no byte of the file reaches a terminal raw.
 */
function describeSyntaxError(error: SyntaxError, text: string): string {
  if (text.trim() === '') return 'the file is empty'
  const position = /at position (\d+)/.exec(error.message)?.[1]
  // A file cut short (a copy interrupted, a download stopped) fails at its very end.
  const atEnd = /end of JSON input/.test(error.message) || (position !== undefined && Number(position) >= text.trimEnd().length)
  const truncated = atEnd ? '; the file seems cut short (truncated)' : ''
  const message = printable(error.message.replace(/, ".*is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, ''), 120)
  if (position === undefined) return `${message}${truncated}`
  return `${message} (${lineAndColumn(text, Number(position))})${truncated}`
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text, (key: string, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key)
      return value
    })
  } catch (error) {
    if (error instanceof ForbiddenKeyError) {
      const path = findKeyPath(JSON.parse(text), error.key)
      throw new ReportFileError(notAReport(source, `${path ? formatPath(path) : error.key}: key "${error.key}" is not allowed`), source)
    }
    const detail = error instanceof SyntaxError ? describeSyntaxError(error, text) : String(error)
    throw new ReportFileError(message('fileNotJson', { source, detail }), source, { cause: error })
  }
}

/**
 * How deep a report's JSON may nest. A real one goes about seven levels down (runs, points,
 * timeline spans); the limit keeps a hostile `[[[[...` from exhausting the stack of the parser's
 * reviver, and says so plainly instead of "Maximum call stack size exceeded".
 */
export const MAX_JSON_DEPTH = 64

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position)
  return `line ${before.split('\n').length}, column ${position - before.lastIndexOf('\n')}`
}

/** A linear scan of brackets outside strings; syntax errors are left for JSON.parse to name. */
function checkDepth(text: string, source: string): void {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) {
        throw new ReportFileError(notAReport(source, `nested more than ${MAX_JSON_DEPTH} levels deep (${lineAndColumn(text, i)})`), source)
      }
    } else if (c === 0x7d || c === 0x5d) depth--
  }
}

function checkSize(bytes: number, source: string): void {
  if (bytes > MAX_REPORT_BYTES) {
    throw new ReportFileError(message('fileTooLarge', { source, bytes, mib: MAX_REPORT_BYTES / (1024 * 1024) }), source)
  }
}

export interface LoadedReport {
  report: Report
  /** The version the file was written in when it had to be migrated, else null. */
  migratedFrom: number | null
}

function migrate(value: unknown, source: string): { value: unknown; migratedFrom: number | null } {
  try {
    return migrateReport(value)
  } catch (error) {
    if (!(error instanceof MigrationError)) throw error
    throw new ReportFileError(notAReport(source, `version: ${error.message}`), source, { cause: error })
  }
}

/**
 * Every check a file's text goes through, in order: size, nesting, JSON syntax, forbidden keys,
 * version migration, the shape of each config, the shared schema, then plausibility. The first
 * failure is reported with
 * the file name and the field path.
 */
export function loadReportText(text: string, source: string): LoadedReport {
  // Length in UTF-16 units is at most the UTF-8 byte count, so the cheap test comes first.
  if (text.length > MAX_REPORT_BYTES / 3) checkSize(Buffer.byteLength(text, 'utf8'), source)
  // Editors on Windows may add a byte-order mark, which JSON.parse rejects.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  checkDepth(body, source)
  const { value, migratedFrom } = migrate(parseJson(body, source), source)
  const wild = findImplausibleConfigs(value)
  if (wild) throw new ReportFileError(notAReport(source, `${wild.path}: ${wild.message}`, migratedFrom), source)
  const parsed = ReportSchema.safeParse(value)
  if (!parsed.success) {
    const [firstIssue, ...rest] = parsed.error.issues
    const firstOnly = new z.ZodError(firstIssue ? [firstIssue] : [])
    const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : ''
    throw new ReportFileError(notAReport(source, `${describeZodError(firstOnly)}${more}`, migratedFrom), source, { cause: parsed.error })
  }
  const implausible = findImplausible(parsed.data)
  if (implausible) {
    throw new ReportFileError(notAReport(source, `${implausible.path}: ${implausible.message}`, migratedFrom), source)
  }
  return { report: parsed.data, migratedFrom }
}

export function parseReportText(text: string, source: string): Report {
  return loadReportText(text, source).report
}

export interface ReadOptions {
  /** The name to put in messages (a history listing shows file names, not full paths). */
  source?: string
}

/** What a file system error means for someone who typed a path; the code alone for the rare rest. */
function describeFsError(error: unknown, source: string): ReportFileError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  const what: Record<string, MessageCode> = {
    ENOENT: 'fileNoSuchFile',
    ENOTDIR: 'fileNotFolder',
    EACCES: 'filePermission',
    EPERM: 'filePermission',
    EISDIR: 'fileIsFolder',
    ELOOP: 'fileLoop',
    ENAMETOOLONG: 'fileNameTooLong',
    EIO: 'fileIoError',
    EINVAL: 'fileRefused',
  }
  const known = Object.hasOwn(what, code) ? what[code] : undefined
  const said = known ? message(known, { source }) : message('fileUnreadable', { source, code: code || String(error) })
  return new ReportFileError(said, source, { cause: error })
}

function fileKind(stats: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): MessageCode {
  if (stats.isDirectory()) return 'fileIsFolder'
  if (stats.isFIFO()) return 'fileIsFifo'
  if (stats.isSocket()) return 'fileIsSocket'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'fileIsDevice'
  return 'fileNotRegular'
}

/** Reads at most `limit` + 1 bytes: a file that grows, or a /proc file that claims 0 bytes, stays bounded. */
async function readBounded(handle: FileHandle, limit: number, source: string): Promise<string> {
  const chunks: Buffer[] = []
  let total = 0
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total))
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
    if (bytesRead === 0) break
    chunks.push(buffer.subarray(0, bytesRead))
    total += bytesRead
    if (total > limit) checkSize(total, source)
  }
  return Buffer.concat(chunks, total).toString('utf8')
}

/**
 * Reads, size-checks and validates a report file; see `loadReportText` for the checks. Only a
 * regular file is opened: open(2) on a FIFO blocks until a writer comes, in a libuv thread that
 * no signal can free, and a device may never end. The type is checked on the path first (links
 * followed: a link to a report is fine), then again on the handle, which is opened non-blocking
 * so a FIFO swapped in between cannot block either.
 */
export async function loadReportFile(path: string, opts: ReadOptions = {}): Promise<LoadedReport> {
  const source = opts.source ?? path
  let handle: FileHandle
  try {
    const before = await stat(path)
    if (!before.isFile()) throw new ReportFileError(message(fileKind(before), { source }), source)
    checkSize(before.size, source)
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    throw error instanceof ReportFileError ? error : describeFsError(error, source)
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new ReportFileError(message(fileKind(stats), { source }), source)
    checkSize(stats.size, source)
    let text: string
    try {
      text = await readBounded(handle, MAX_REPORT_BYTES, source)
    } catch (error) {
      throw error instanceof ReportFileError ? error : describeFsError(error, source)
    }
    return loadReportText(text, source)
  } finally {
    await handle.close()
  }
}
