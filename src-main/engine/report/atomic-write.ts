/**
 * Atomic file replacement: readers see the old file or the new one, never half of either, even if
 * the app is killed or the disk fills mid-write. Write a temp file beside the target (same
 * directory, so same filesystem and rename(2) is atomic), fsync it, rename it over the target,
 * then fsync the directory so the rename itself survives a power cut.
 */
import { randomBytes } from 'node:crypto'
import { open, rename, unlink } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { describeZodError } from '../../../src-shared/config'
import { ReportSchema } from '../../../src-shared/report'
import type { Report } from '../../../src-shared/report'
import { ensureDir } from './ensure-dir'

/** Abort is checked between chunks; 1 MiB keeps that prompt without many tiny syscalls. */
const CHUNK_BYTES = 1024 * 1024

export interface WriteOptions {
  signal?: AbortSignal
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code
  }
  return undefined
}

async function writeAll(handle: FileHandle, bytes: Uint8Array, signal: AbortSignal | undefined): Promise<void> {
  let offset = 0
  // Loop even for small data: write() may write fewer bytes than asked.
  while (offset < bytes.byteLength) {
    signal?.throwIfAborted()
    const length = Math.min(CHUNK_BYTES, bytes.byteLength - offset)
    const { bytesWritten } = await handle.write(bytes, offset, length, null)
    offset += bytesWritten
  }
}

/**
 * Some platforms can't open or fsync a directory (Windows: EISDIR/EPERM; some filesystems:
 * EINVAL). There the rename is as durable as the OS makes it, so those errors are not failures.
 */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch (error) {
    const code = errorCode(error)
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw error
  } finally {
    await handle?.close()
  }
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, opts: WriteOptions = {}): Promise<void> {
  const { signal } = opts
  signal?.throwIfAborted()
  const target = resolve(path)
  const dir = dirname(target)
  await ensureDir(dir)

  // pid + random: two processes, or two writes in one process, never share a temp file.
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  let handle: FileHandle | undefined
  try {
    handle = await open(temp, 'wx')
    await writeAll(handle, bytes, signal)
    await handle.sync()
    await handle.close()
    handle = undefined
    // Last point at which abort is honoured: after the rename the new content is in place, and
    // reporting "aborted" would be a lie.
    signal?.throwIfAborted()
    await rename(temp, target)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await syncDirectory(dir)
}

/**
 * Validates before touching the disk, so an invalid report is never written; the validated value
 * (unknown keys stripped) is what gets written.
 */
export async function writeReportFile(path: string, report: Report, opts: WriteOptions = {}): Promise<void> {
  const parsed = ReportSchema.safeParse(report)
  if (!parsed.success) {
    throw new Error(`Refusing to write an invalid report to ${path}: ${describeZodError(parsed.error)}`, {
      cause: parsed.error,
    })
  }
  await writeFileAtomic(path, `${JSON.stringify(parsed.data, null, 2)}\n`, opts)
}
