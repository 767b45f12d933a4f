/**
 * Where `conlab run` writes its report, judged before a second of measuring: a report that
 * cannot be written must be a usage error (exit 2) up front, not "could not write the report"
 * after a long suite. The check does what the atomic writer will do: it creates (and removes) a
 * temp file with the writer's own naming beside the target, so a read-only or virtual file
 * system (`/sys`), a folder without write permission and a name over the file system's limit
 * all fail here, with one line.
 */
import { randomBytes } from 'node:crypto'
import { open, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { printable } from '../../src-shared/printable'
import type { RuntimeName } from '../../src-shared/config'
import { ensureDir } from '../engine/report/ensure-dir'
import { ENGLISH, type Wording } from '../engine/report/text/wording'
import { UsageError } from './parse-values'

/** Where the report goes: a file, stdout (`--out -`), or nowhere (`--json` without `--out`). */
export type OutTarget = { kind: 'file'; path: string } | { kind: 'stdout' } | { kind: 'none' }

/** NAME_MAX of Linux, macOS and Windows file systems, in bytes of the name. */
const NAME_MAX_BYTES = 255

const codeOf = (e: unknown) => (typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '')

export function outTarget(out: string | undefined, fallback: () => string | undefined, { t }: Wording = ENGLISH): OutTarget {
  if (out === '') throw new UsageError(t('cli.out.empty'))
  if (out === '-') return { kind: 'stdout' }
  if (out !== undefined && /[/\\]$/.test(out)) throw new UsageError(t('cli.out.namesFolder', { path: printable(out, 300) }))
  const path = out === undefined ? fallback() : resolve(out)
  return path === undefined ? { kind: 'none' } : { kind: 'file', path }
}

/** Throws a UsageError naming the problem when `path` cannot be written as a report. */
export async function checkWritable(path: string, { t }: Wording = ENGLISH): Promise<void> {
  const shown = printable(path, 300)
  const name = basename(path)
  // The temp file beside it is longer than the name itself: `.NAME.<pid>.<12 hex>.tmp`.
  const temp = join(dirname(path), `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  if (name === '') throw new UsageError(t('cli.out.namesFolder', { path: shown }))
  if (Buffer.byteLength(basename(temp)) > NAME_MAX_BYTES) {
    throw new UsageError(t('cli.out.tooLong', { bytes: Buffer.byteLength(name), max: NAME_MAX_BYTES - (basename(temp).length - name.length) }))
  }
  try {
    const existing = await stat(path)
    if (existing.isDirectory()) throw new UsageError(t('cli.out.isFolder', { path: shown }))
    if (!existing.isFile()) throw new UsageError(t('cli.out.notFile', { path: shown }))
  } catch (error) {
    if (error instanceof UsageError) throw error
    // Missing, or a part of the path is not a folder: ensureDir below says which part.
    if (codeOf(error) !== 'ENOENT' && codeOf(error) !== 'ENOTDIR') throw new UsageError(t('cli.out.cannotUse', { path: shown, why: codeOf(error) || String(error) }))
  }
  try {
    await ensureDir(dirname(path))
  } catch (error) {
    throw new UsageError(t('cli.out.problem', { message: error instanceof Error ? error.message : String(error) }))
  }
  try {
    const handle = await open(temp, 'wx')
    await handle.close()
    await unlink(temp)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    const code = codeOf(error)
    const known = code !== '' && t(`cli.out.why.${code}`) !== `cli.out.why.${code}`
    throw new UsageError(t('cli.out.cannotWrite', { folder: printable(dirname(path), 300), why: known ? t(`cli.out.why.${code}`) : code || String(error) }))
  }
}

/** Utility processes are Electron's: the CLI runs under plain Node, where every such run would fail. */
export function checkRuntimesAvailable(runtimes: readonly RuntimeName[], { t }: Wording = ENGLISH): void {
  if (runtimes.includes('utility')) throw new UsageError(t('cli.usage.utility'))
}
