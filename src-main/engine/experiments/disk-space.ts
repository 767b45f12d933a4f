/**
 * Refuses a file-I/O configuration that would fill the disk, before a single byte is written:
 * filling a disk breaks other programs, and a measurement near a full disk measures the
 * filesystem's struggle, not the runtimes.
 */
import { statfs } from 'node:fs/promises'

/** The share of the free space a run may use at most. */
export const MAX_DISK_SHARE = 0.25

export class DiskSpaceError extends Error {
  override name = 'DiskSpaceError'
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`
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
