/**
 * Reading a report someone handed us (a workshop attendee's file, an old run): every failure names
 * the file and the first problem, with its field path, so it can be fixed without a debugger.
 */
import { open } from 'node:fs/promises'
import { z } from 'zod'
import { describeZodError } from '../../../src-shared/config'
import { REPORT_VERSION, ReportSchema } from '../../../src-shared/report'
import type { Report } from '../../../src-shared/report'

/** Far above any real report (timelines are capped at 10k spans a point); stops a stray huge file. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024

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
  const position = /at position (\d+)/.exec(error.message)?.[1]
  if (position === undefined) return error.message
  const before = text.slice(0, Number(position))
  const line = before.split('\n').length
  const column = Number(position) - before.lastIndexOf('\n')
  return `${error.message} (line ${line}, column ${column})`
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

/** A newer or older file is told apart from a broken one: "wrong version" is not "corrupt". */
function checkVersion(value: unknown, source: string): void {
  if (typeof value !== 'object' || value === null || !('version' in value)) return
  const { version } = value
  if (typeof version === 'number' && version !== REPORT_VERSION) {
    throw new ReportFileError(
      `${source}: not a valid report: version: report version ${version} is not supported (expected ${REPORT_VERSION})`,
      source,
    )
  }
}

export function parseReportText(text: string, source: string): Report {
  // Editors on Windows may add a byte-order mark, which JSON.parse rejects.
  const value = parseJson(text.startsWith('\uFEFF') ? text.slice(1) : text, source)
  checkVersion(value, source)
  const parsed = ReportSchema.safeParse(value)
  if (parsed.success) return parsed.data
  const [first, ...rest] = parsed.error.issues
  const firstOnly = new z.ZodError(first ? [first] : [])
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : ''
  throw new ReportFileError(`${source}: not a valid report: ${describeZodError(firstOnly)}${more}`, source, {
    cause: parsed.error,
  })
}

export async function readReportFile(path: string): Promise<Report> {
  // Stat the opened handle rather than the path, so the size checked is the size of what is read.
  const handle = await open(path, 'r')
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new ReportFileError(`${path}: not a regular file`, path)
    if (stats.size > MAX_REPORT_BYTES) {
      throw new ReportFileError(
        `${path}: file is ${stats.size} bytes, larger than the ${MAX_REPORT_BYTES / (1024 * 1024)} MiB limit for a report`,
        path,
      )
    }
    return parseReportText(await handle.readFile('utf8'), path)
  } finally {
    await handle.close()
  }
}
