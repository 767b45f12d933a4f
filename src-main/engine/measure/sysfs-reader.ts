/**
 * Small reads of Linux sysfs and /proc under a root path, so tests point the probes at a fake tree
 * (test/engine/measure/fixtures/sysfs/...). Reads are asynchronous: a battery's files are answered
 * by the firmware and can take long on some laptops, and the caller bounds the whole probe.
 */
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'

/** Longest file we read: sysfs attributes are one line, /proc/<pid>/stat a few hundred bytes. */
const MAX_CHARS = 4096

export interface SysfsReader {
  /** The file's text, trimmed, or null when it is missing or unreadable. */
  read(path: string): Promise<string | null>
  /** A directory's entries, or null when it is missing. */
  list(path: string): Promise<string[] | null>
  /** Where the paths are read from ('/' on a real machine), for the reasons we give. */
  readonly root: string
}

export function sysfsReader(root = '/'): SysfsReader {
  return {
    root,
    async read(path) {
      try {
        return (await readFile(join(root, path), 'utf8')).slice(0, MAX_CHARS).trim()
      } catch {
        return null
      }
    },
    async list(path) {
      try {
        return (await readdir(join(root, path))).sort()
      } catch {
        return null
      }
    },
  }
}

/** The most CPUs a list may name: far above any machine, so a corrupt list cannot allocate without end. */
export const MAX_CPUS = 65_536

/**
 * Linux CPU lists ("0-3,8,10-11", the format of online, cpus and *_cpus_list files) as sorted
 * numbers; null when malformed. An empty file is an empty list (cpu_atom on a machine without E-cores).
 */
export function parseCpuList(text: string): number[] | null {
  const trimmed = text.trim()
  if (trimmed === '') return []
  const cpus = new Set<number>()
  for (const part of trimmed.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim())
    if (!m) return null
    const lo = Number(m[1])
    const hi = m[2] === undefined ? lo : Number(m[2])
    if (hi < lo || hi >= MAX_CPUS) return null
    for (let cpu = lo; cpu <= hi; cpu++) cpus.add(cpu)
  }
  return [...cpus].sort((a, b) => a - b)
}

/** A non-negative integer file (kHz, capacities, flags), or null. */
export function parseCount(text: string | null): number | null {
  if (text === null || !/^\d+$/.test(text)) return null
  const n = Number(text)
  return Number.isSafeInteger(n) ? n : null
}
