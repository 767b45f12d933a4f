/**
 * Reading a report someone handed us (a workshop attendee's file, an old run, a history entry):
 * every failure names the file and the first problem, with its field path, so it can be fixed
 * without a debugger. Nothing read is ever executed; exporters escape every string they show.
 */
import { open } from 'node:fs/promises'
import { z } from 'zod'
import { MAX_REPORT_BYTES } from '../../../src-shared/api'
import { describeZodError } from '../../../src-shared/config'
import { REPORT_VERSION, ReportSchema } from '../../../src-shared/report'
import type { Report } from '../../../src-shared/report'
import { MigrationError, migrateReport } from './migrate'
import { findImplausible } from './plausible'

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

/** Turns V8's "... in JSON at position N" into a line and column, which editors can jump to. */
function describeSyntaxError(error: SyntaxError, text: string): string {
  if (text.trim() === '') return 'the file is empty'
  const position = /at position (\d+)/.exec(error.message)?.[1]
  // A file cut short (a copy interrupted, a download stopped) fails at its very end.
  const atEnd = /end of JSON input/.test(error.message) || (position !== undefined && Number(position) >= text.trimEnd().length)
  const truncated = atEnd ? '; the file seems cut short (truncated)' : ''
  if (position === undefined) return `${error.message}${truncated}`
  return `${error.message} (${lineAndColumn(text, Number(position))})${truncated}`
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
 * version migration, the shared schema, then plausibility. The first failure is reported with
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

/** Reads, size-checks and validates a report file; see `loadReportText` for the checks. */
export async function loadReportFile(path: string, opts: ReadOptions = {}): Promise<LoadedReport> {
  const source = opts.source ?? path
  // Stat the opened handle rather than the path, so the size checked is the size of what is read.
  const handle = await open(path, 'r')
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new ReportFileError(`${source}: not a regular file`, source)
    checkSize(stats.size, source)
    return loadReportText(await handle.readFile('utf8'), source)
  } finally {
    await handle.close()
  }
}

export async function readReportFile(path: string, opts: ReadOptions = {}): Promise<Report> {
  return (await loadReportFile(path, opts)).report
}
