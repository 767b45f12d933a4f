/**
 * Strict parsers for flag values. A bad value becomes a `UsageError` naming the flag and what it
 * expects; the schema then judges ranges, so limits live in one place (src-shared/config.ts).
 */
export class UsageError extends Error {
  override name = 'UsageError'
}

export function parseWholeNumber(flag: string): (value: string) => number {
  return (value) => {
    // Allow 1e8 and 100_000_000 style, as people write big bounds both ways.
    const cleaned = value.replaceAll('_', '')
    const n = Number(cleaned)
    if (cleaned.trim() === '' || !Number.isFinite(n) || !Number.isInteger(n)) {
      throw new UsageError(`${flag} expects a whole number, got "${value}"`)
    }
    return n
  }
}

/** A comma list; an empty element (`1,,2`) is a typo, not a value to skip silently. */
export function parseList(value: string, flag = 'this flag'): string[] {
  const items = value.split(',').map((s) => s.trim())
  if (items.length > 1 && items.some((s) => s === '')) throw new UsageError(`${flag}: "${value}" has an empty element in its comma list`)
  return items.filter((s) => s !== '')
}

export function parseWorkers(value: string): 'auto' | number[] {
  if (value.trim() === 'auto') return 'auto'
  const toNumber = parseWholeNumber('--workers')
  const list = parseList(value, '--workers')
  if (list.length === 0) throw new UsageError('--workers expects "auto" or a comma list such as 1,2,4')
  return list.map(toNumber)
}

export function parseChoice<T extends string>(flag: string, choices: readonly T[]): (value: string) => T {
  return (value) => {
    if ((choices as readonly string[]).includes(value)) return value as T
    throw new UsageError(`${flag} must be one of ${choices.join(', ')}; got "${value}"`)
  }
}

export function parseChoiceList<T extends string>(flag: string, choices: readonly T[]): (value: string) => T[] {
  const one = parseChoice(flag, choices)
  return (value) => {
    const list = parseList(value, flag)
    if (list.length === 0) throw new UsageError(`${flag} expects a comma list of ${choices.join(', ')}`)
    return list.map(one)
  }
}
