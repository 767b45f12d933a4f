/** `64`, `1k`, `64KiB`, `16m`: binary multiples, as payload and file sizes are usually written. */
import { ENGLISH, type Wording } from '../engine/report/text/wording'
import { UsageError } from './parse-values'

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 }

export function parseByteSize(flag: string, { t }: Wording = ENGLISH): (value: string) => number {
  return (value) => {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value.replaceAll('_', ''))
    const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined
    const bytes = match && unit !== undefined ? Number(match[1]) * unit : Number.NaN
    if (!Number.isInteger(bytes)) throw new UsageError(t('cli.usage.byteSize', { flag, value }))
    return bytes
  }
}
