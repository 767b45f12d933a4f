/**
 * The run history: a folder of report files, one per run, that never loses data.
 * - Every write is atomic (temp file, fsync, rename: atomic-write.ts), so a crash or a kill leaves
 *   the old file or the new one, never half of one; leftover temp files are hidden from the list
 *   and swept once their writer is gone.
 * - A corrupt or foreign file is listed as corrupt with its problem and never stops the others.
 * - Ids are file names without `.json`, checked against a strict pattern before any path is
 *   built, so an id can never point outside the folder.
 * - Operations on one id are serialised, so a rename racing a delete cannot resurrect a file.
 */
import { randomBytes } from 'node:crypto'
import { lstat, readdir, unlink } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { HistoryEntry } from '../../../src-shared/api'
import type { Report } from '../../../src-shared/report'
import { suiteOutcome } from '../../../src-shared/suite-outcome'
import { type WriteOptions, writeReportFile } from './atomic-write'
import { loadReportFile } from './read-report'

/** A letter or digit first, then letters, digits, space, `._()+-`; no separators, so no traversal. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ._()+-]{0,119}$/
export const MAX_TITLE_LENGTH = 200
/** Files read at once while listing: enough to hide latency, few enough to spare file handles. */
const LIST_CONCURRENCY = 8
/** A temp file whose writer is gone and that is older than this is swept. */
const STALE_TEMP_MS = 60_000

export type HistoryErrorCode = 'invalid-id' | 'not-found' | 'invalid-title'

export class HistoryError extends Error {
  override readonly name = 'HistoryError'
  constructor(
    message: string,
    readonly code: HistoryErrorCode,
  ) {
    super(message)
  }
}

export function isHistoryId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id) && !id.includes('..') && !/[. ]$/.test(id)
}

/** A title for a report without a label: its workloads and runtimes. */
export function defaultTitle(report: Report): string {
  if (report.runs.length === 0) return 'Empty run'
  const workloads = [...new Set(report.runs.map((r) => r.workload))].join(', ')
  const runtimes = [...new Set(report.runs.map((r) => r.runtime))].join(', ')
  return `${workloads} on ${runtimes}`
}

export function entryFor(id: string, fileName: string, sizeBytes: number, report: Report): HistoryEntry {
  const outcome = suiteOutcome(report.runs)
  return {
    id,
    fileName,
    state: 'ok',
    title: report.label ?? defaultTitle(report),
    createdAt: report.createdAt,
    sizeBytes,
    runs: report.runs.length,
    outcome,
    aborted: outcome === 'aborted',
  }
}

/** `20240101-000002-000-a1b2c3`: sorts by time, unique, and valid as an id on every OS. */
function newId(createdAt: string, now: Date): string {
  const parsed = new Date(createdAt)
  const at = Number.isNaN(parsed.getTime()) ? now : parsed
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').replace('Z', '')
  return `${stamp}-${randomBytes(3).toString('hex')}`
}

const errorCode = (e: unknown) => (typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : undefined)
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** `.name.json.<pid>.<hex>.tmp`, as writeFileAtomic names its temp files. */
const TEMP_PATTERN = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errorCode(error) === 'EPERM'
  }
}

interface FileStats {
  mtimeMs: number
  size: number
  ino: number
}

interface Cached extends FileStats {
  entry: HistoryEntry
}

export class ReportHistory {
  readonly dir: string
  private readonly cache = new Map<string, Cached>()
  private readonly locks = new Map<string, Promise<unknown>>()

  constructor(dir: string, private readonly now: () => Date = () => new Date()) {
    this.dir = resolve(dir)
  }

  /** The file of an id; throws for an id that is not one of ours. */
  pathOf(id: string): string {
    if (!isHistoryId(id)) throw new HistoryError(`"${String(id).slice(0, 80)}" is not a valid history id`, 'invalid-id')
    return join(this.dir, `${id}.json`)
  }

  /** Runs `task` after every earlier operation on the same id has settled. */
  private serialised<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(id) ?? Promise.resolve()
    const next = previous.catch(() => undefined).then(task)
    this.locks.set(id, next)
    const release = () => {
      if (this.locks.get(id) === next) this.locks.delete(id)
    }
    next.then(release, release)
    return next
  }

  async save(report: Report, opts: WriteOptions = {}): Promise<HistoryEntry> {
    const id = newId(report.createdAt, this.now())
    return this.serialised(id, async () => {
      const path = this.pathOf(id)
      await writeReportFile(path, report, opts)
      return this.entryOf(id)
    })
  }

  /** Every report in the folder, newest first; corrupt ones included with their problem. */
  async list(): Promise<HistoryEntry[]> {
    let names: string[]
    try {
      names = await readdir(this.dir)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return []
      throw error
    }
    await this.sweepTempFiles(names)
    const reports = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length))
    const ids = reports.filter(isHistoryId)
    const present = new Set(ids)
    for (const cached of this.cache.keys()) if (!present.has(cached)) this.cache.delete(cached)
    const entries: HistoryEntry[] = []
    for (let i = 0; i < ids.length; i += LIST_CONCURRENCY) {
      const batch = await Promise.all(ids.slice(i, i + LIST_CONCURRENCY).map((id) => this.entryOrProblem(id)))
      for (const entry of batch) if (entry) entries.push(entry)
    }
    // A report file the history did not name (copied in by hand, renamed) cannot be opened by id,
    // as ids are checked before any path is built: it is listed as unusable rather than hidden.
    // Hidden files (temp files, editors' and file managers' own) are not reports.
    for (const id of reports.filter((n) => !n.startsWith('.') && !isHistoryId(n))) entries.push(await this.unusableName(id))
    const time = (e: HistoryEntry) => (e.state === 'ok' ? e.createdAt : '')
    return entries.sort((a, b) => time(b).localeCompare(time(a)) || b.id.localeCompare(a.id))
  }

  /** One file's entry for the listing: removed meanwhile = skipped; unreadable = corrupt, with why. */
  private async entryOrProblem(id: string): Promise<HistoryEntry | null> {
    try {
      return await this.entryOf(id)
    } catch (error) {
      if (error instanceof HistoryError && error.code === 'not-found') return null
      return { id, fileName: `${id}.json`, state: 'corrupt', problem: messageOf(error), sizeBytes: 0 }
    }
  }

  private async unusableName(id: string): Promise<HistoryEntry> {
    const fileName = `${id}.json`
    let sizeBytes = 0
    try {
      sizeBytes = (await lstat(join(this.dir, fileName))).size
    } catch {
      // Removed meanwhile: it is still worth naming once.
    }
    const problem = `${fileName}: the file name does not fit the history's naming (a letter or digit first, then letters, digits, spaces or ._()+-, at most 120); rename it to open it`
    return { id, fileName, state: 'corrupt', problem, sizeBytes }
  }

  async open(id: string): Promise<Report> {
    const path = this.pathOf(id)
    const stats = await this.fileStats(path)
    if (stats === 'missing') throw new HistoryError(`no report "${id}" in the history`, 'not-found')
    if (stats === 'not-a-file') throw new HistoryError(`${id}.json is not a regular file`, 'not-found')
    return (await loadReportFile(path, { source: `${id}.json` })).report
  }

  /** Stores `title` as the report's label (an empty title removes it), atomically. */
  async rename(id: string, title: string): Promise<HistoryEntry> {
    const path = this.pathOf(id)
    const trimmed = title.trim()
    if (trimmed.length > MAX_TITLE_LENGTH) {
      throw new HistoryError(`a title may have at most ${MAX_TITLE_LENGTH} characters (this one has ${trimmed.length})`, 'invalid-title')
    }
    return this.serialised(id, async () => {
      const report = await this.open(id)
      const { label: _old, ...rest } = report
      await writeReportFile(path, trimmed === '' ? rest : { ...rest, label: trimmed })
      return this.entryOf(id)
    })
  }

  async delete(id: string): Promise<void> {
    const path = this.pathOf(id)
    await this.serialised(id, async () => {
      try {
        await unlink(path)
      } catch (error) {
        if (errorCode(error) === 'ENOENT') throw new HistoryError(`no report "${id}" in the history`, 'not-found')
        throw error
      }
      this.cache.delete(id)
    })
  }

  /** lstat without following links: a link could point anywhere, and the history reads only its own files. */
  /** The same as `delete`, under the name LabService's HistoryPort uses (src-main/engine/lab-ports.ts). */
  remove(id: string): Promise<void> {
    return this.delete(id)
  }

  private async fileStats(path: string): Promise<FileStats | 'missing' | 'not-a-file'> {
    try {
      const stats = await lstat(path)
      return stats.isFile() ? { mtimeMs: stats.mtimeMs, size: stats.size, ino: stats.ino } : 'not-a-file'
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return 'missing'
      throw error
    }
  }

  /** The listing entry of one file, parsed once per version of the file (size, mtime, inode). */
  private async entryOf(id: string): Promise<HistoryEntry> {
    const fileName = `${id}.json`
    const stats = await this.fileStats(this.pathOf(id))
    if (stats === 'missing') throw new HistoryError(`no report "${id}" in the history`, 'not-found')
    if (stats === 'not-a-file') return { id, fileName, state: 'corrupt', problem: `${fileName} is not a regular file`, sizeBytes: 0 }
    const cached = this.cache.get(id)
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size && cached.ino === stats.ino) return cached.entry
    let entry: HistoryEntry
    try {
      const { report } = await loadReportFile(this.pathOf(id), { source: fileName })
      entry = entryFor(id, fileName, stats.size, report)
    } catch (error) {
      entry = { id, fileName, state: 'corrupt', problem: messageOf(error), sizeBytes: stats.size }
    }
    this.cache.set(id, { ...stats, entry })
    return entry
  }

  /** Best effort: temp files of writers that died (killed, crashed) would otherwise pile up. */
  private async sweepTempFiles(names: readonly string[]): Promise<void> {
    const now = this.now().getTime()
    await Promise.all(
      names.map(async (name) => {
        const pid = TEMP_PATTERN.exec(name)?.[1]
        if (pid === undefined || processAlive(Number(pid))) return
        const path = join(this.dir, name)
        try {
          const stats = await lstat(path)
          if (stats.isFile() && now - stats.mtimeMs > STALE_TEMP_MS) await unlink(path)
        } catch {
          // Gone already, or not ours to remove: either way nothing to do.
        }
      }),
    )
  }
}
