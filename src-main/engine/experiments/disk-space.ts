/**
 * Refuses a file-I/O configuration that would fill the disk, before a single byte is written:
 * filling a disk breaks other programs, and a measurement near a full disk measures the
 * filesystem's struggle, not the runtimes.
 */
import { statfs } from 'node:fs/promises'
import { formatBytes } from '../format/units'

/** The share of the free space a run may use at most. */
export const MAX_DISK_SHARE = 0.25

export class DiskSpaceError extends Error {
  override name = 'DiskSpaceError'
}

/** Free bytes for an unprivileged user on the filesystem holding `directory`. */
export async function freeBytes(directory: string): Promise<number> {
  try {
    const stats = await statfs(directory)
    return stats.bavail * stats.bsize
  } catch (error) {
    throw new DiskSpaceError(`cannot use ${directory} for file I/O: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export async function assertRoomFor(directory: string, bytes: number): Promise<void> {
  const free = await freeBytes(directory)
  if (bytes > free * MAX_DISK_SHARE) {
    throw new DiskSpaceError(
      `this file-I/O configuration needs ${formatBytes(bytes)} on disk, but ${directory} has ${formatBytes(free)} free ` +
        `and a run may use at most ${MAX_DISK_SHARE * 100}% of it (${formatBytes(Math.floor(free * MAX_DISK_SHARE))}). ` +
        'Lower --tasks, --files or --file-size, or choose another disk with --dir. Nothing was written.',
    )
  }
}
