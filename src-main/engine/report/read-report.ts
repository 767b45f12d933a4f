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
import { REPORT_VERSION, ReportSchema } from '../../../src-shared/report'
import type { Report } from '../../../src-shared/report'
import { MigrationError, migrateReport } from './migrate'
import { findImplausible, findImplausibleConfigs } from './plausible'
import { printable } from '../../../src-shared/printable'

/** Shared with the transports, which size their messages from it; re-exported for the reader's callers. */
export { MAX_REPORT_BYTES }

/** Keys that could reach an object's prototype if a report were ever merged into another object. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

export class ReportFileError extends Error {
  override readonly name = 'ReportFileError'
  constructor(
    message: string,
    readonly source: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
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
      throw new ReportFileError(
        `${source}: not a valid report: ${path ? formatPath(path) : error.key}: key "${error.key}" is not allowed`,
        source,
      )
    }
    const detail = error instanceof SyntaxError ? describeSyntaxError(error, text) : String(error)
    throw new ReportFileError(`${source}: not valid JSON: ${detail}`, source, { cause: error })
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
        throw new ReportFileError(
          `${source}: not a valid report: nested more than ${MAX_JSON_DEPTH} levels deep (${lineAndColumn(text, i)})`,
          source,
        )
      }
    } else if (c === 0x7d || c === 0x5d) depth--
  }
}

function checkSize(bytes: number, source: string): void {
  if (bytes > MAX_REPORT_BYTES) {
    throw new ReportFileError(
      `${source}: file is ${bytes} bytes, larger than the ${MAX_REPORT_BYTES / (1024 * 1024)} MiB limit for a report`,
      source,
    )
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
    throw new ReportFileError(`${source}: not a valid report: version: ${error.message}`, source, { cause: error })
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
  const migratedNote = migratedFrom === null ? '' : ` (written as version ${migratedFrom}, read after migrating to ${REPORT_VERSION})`
  const wild = findImplausibleConfigs(value)
  if (wild) throw new ReportFileError(`${source}: not a valid report${migratedNote}: ${wild.path}: ${wild.message}`, source)
  const parsed = ReportSchema.safeParse(value)
  if (!parsed.success) {
    const [firstIssue, ...rest] = parsed.error.issues
    const firstOnly = new z.ZodError(firstIssue ? [firstIssue] : [])
    const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : ''
    throw new ReportFileError(`${source}: not a valid report${migratedNote}: ${describeZodError(firstOnly)}${more}`, source, {
      cause: parsed.error,
    })
  }
  const implausible = findImplausible(parsed.data)
  if (implausible) {
    throw new ReportFileError(`${source}: not a valid report${migratedNote}: ${implausible.path}: ${implausible.message}`, source)
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
  const what: Record<string, string> = {
    ENOENT: 'no such file',
    ENOTDIR: 'no such file (a part of the path is not a folder)',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a folder, not a report file',
    ELOOP: 'too many levels of symbolic links (a link loop?)',
    ENAMETOOLONG: 'the file name is too long',
    EIO: 'could not be read (input/output error)',
    EINVAL: 'could not be read (the system refused to read it)',
  }
  return new ReportFileError(`${source}: ${what[code] ?? `could not be read (${code || String(error)})`}`, source, { cause: error })
}

function fileKind(stats: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (stats.isDirectory()) return 'is a folder, not a report file'
  if (stats.isFIFO()) return 'is a named pipe (FIFO), not a report file'
  if (stats.isSocket()) return 'is a socket, not a report file'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'is a device, not a report file'
  return 'is not a regular file'
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
    if (!before.isFile()) throw new ReportFileError(`${source}: ${fileKind(before)}`, source)
    checkSize(before.size, source)
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    throw error instanceof ReportFileError ? error : describeFsError(error, source)
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new ReportFileError(`${source}: ${fileKind(stats)}`, source)
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
