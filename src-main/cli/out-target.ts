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
import { UsageError } from './parse-values'

/** Where the report goes: a file, stdout (`--out -`), or nowhere (`--json` without `--out`). */
export type OutTarget = { kind: 'file'; path: string } | { kind: 'stdout' } | { kind: 'none' }

/** NAME_MAX of Linux, macOS and Windows file systems, in bytes of the name. */
const NAME_MAX_BYTES = 255

const codeOf = (e: unknown) => (typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '')

export function outTarget(out: string | undefined, fallback: () => string | undefined): OutTarget {
  if (out === '') throw new UsageError('--out: the file name is empty (leave --out out for the default reports/ folder)')
  if (out === '-') return { kind: 'stdout' }
  if (out !== undefined && /[/\\]$/.test(out)) throw new UsageError(`--out: ${printable(out, 300)} names a folder, not a file`)
  const path = out === undefined ? fallback() : resolve(out)
  return path === undefined ? { kind: 'none' } : { kind: 'file', path }
}

/** Throws a UsageError naming the problem when `path` cannot be written as a report. */
export async function checkWritable(path: string): Promise<void> {
  const shown = printable(path, 300)
  const name = basename(path)
  // The temp file beside it is longer than the name itself: `.NAME.<pid>.<12 hex>.tmp`.
  const temp = join(dirname(path), `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  if (name === '') throw new UsageError(`--out: ${shown} names a folder, not a file`)
  if (Buffer.byteLength(basename(temp)) > NAME_MAX_BYTES) {
    throw new UsageError(`--out: the file name is too long (${Buffer.byteLength(name)} bytes; at most ${NAME_MAX_BYTES - (basename(temp).length - name.length)} here)`)
  }
  try {
    const existing = await stat(path)
    if (existing.isDirectory()) throw new UsageError(`--out: ${shown} is a folder; give a file name inside it`)
    if (!existing.isFile()) throw new UsageError(`--out: ${shown} exists and is not a regular file`)
  } catch (error) {
    if (error instanceof UsageError) throw error
    // Missing, or a part of the path is not a folder: ensureDir below says which part.
    if (codeOf(error) !== 'ENOENT' && codeOf(error) !== 'ENOTDIR') throw new UsageError(`--out: cannot use ${shown} (${codeOf(error) || String(error)})`)
  }
  try {
    await ensureDir(dirname(path))
  } catch (error) {
    throw new UsageError(`--out: ${error instanceof Error ? error.message : String(error)}`)
  }
  try {
    const handle = await open(temp, 'wx')
    await handle.close()
    await unlink(temp)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    const why: Record<string, string> = { EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'read-only file system', ENAMETOOLONG: 'file name too long', ENOSPC: 'no space left' }
    throw new UsageError(`--out: cannot write a file in ${printable(dirname(path), 300)} (${why[codeOf(error)] ?? (codeOf(error) || String(error))})`)
  }
}

/** Utility processes are Electron's: the CLI runs under plain Node, where every such run would fail. */
export function checkRuntimesAvailable(runtimes: readonly RuntimeName[]): void {
  if (runtimes.includes('utility')) throw new UsageError('--runtimes utility: utility processes exist only in the desktop app (use main, main-async, thread or process)')
}
