/**
 * Refuses a file-I/O configuration that would fill the disk, before a single byte is written:
 * filling a disk breaks other programs, and a measurement near a full disk measures the
 * filesystem's struggle, not the runtimes.
 */
import { statfs } from 'node:fs/promises'
import { CodedError, message } from '../../../src-shared/engine-message'
import { formatBytes } from '../format/units'

/** The share of the free space a run may use at most. */
export const MAX_DISK_SHARE = 0.25

export class DiskSpaceError extends CodedError {
  override name = 'DiskSpaceError'
}

/** Free bytes for an unprivileged user on the filesystem holding `directory`. */
export async function freeBytes(directory: string): Promise<number> {
  try {
    const stats = await statfs(directory)
    return stats.bavail * stats.bsize
  } catch (error) {
    throw new DiskSpaceError(message('diskCannotUse', { dir: directory, why: error instanceof Error ? error.message : String(error) }))
  }
}

export async function assertRoomFor(directory: string, bytes: number): Promise<void> {
  const free = await freeBytes(directory)
  if (bytes > free * MAX_DISK_SHARE) {
    const sizes = { needed: formatBytes(bytes), dir: directory, free: formatBytes(free), share: MAX_DISK_SHARE * 100 }
    throw new DiskSpaceError(message('diskTooSmall', { ...sizes, allowed: formatBytes(Math.floor(free * MAX_DISK_SHARE)) }))
  }
}
