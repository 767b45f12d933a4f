/**
 * Strict parsers for flag values. A bad value becomes a `UsageError` naming the flag and what it
 * expects, in the command's language (`w`, English by default); the schema then judges ranges,
 * so limits live in one place (src-shared/config.ts).
 */
import { ENGLISH, type Wording } from '../engine/report/text/wording'

export class UsageError extends Error {
  override name = 'UsageError'
}

export function parseWholeNumber(flag: string, { t }: Wording = ENGLISH): (value: string) => number {
  return (value) => {
    // Allow 1e8 and 100_000_000 style, as people write big bounds both ways.
    const cleaned = value.replaceAll('_', '')
    const n = Number(cleaned)
    if (cleaned.trim() === '' || !Number.isFinite(n) || !Number.isInteger(n)) {
      throw new UsageError(t('cli.usage.wholeNumber', { flag, value }))
    }
    return n
  }
}

/** A comma list; an empty element (`1,,2`) is a typo, not a value to skip silently. */
export function parseList(value: string, flag?: string, { t }: Wording = ENGLISH): string[] {
  const items = value.split(',').map((s) => s.trim())
  if (items.length > 1 && items.some((s) => s === '')) throw new UsageError(t('cli.usage.emptyElement', { flag: flag ?? t('cli.usage.thisFlag'), value }))
  return items.filter((s) => s !== '')
}

/** The `--workers` parser: "auto" or a comma list of whole numbers. */
export function workersParser(w: Wording = ENGLISH): (value: string) => 'auto' | number[] {
  return (value) => {
    if (value.trim() === 'auto') return 'auto'
    const toNumber = parseWholeNumber('--workers', w)
    const list = parseList(value, '--workers', w)
    if (list.length === 0) throw new UsageError(w.t('cli.usage.workers'))
    return list.map(toNumber)
  }
}

export function parseChoice<T extends string>(flag: string, choices: readonly T[], { t }: Wording = ENGLISH): (value: string) => T {
  return (value) => {
    if ((choices as readonly string[]).includes(value)) return value as T
    throw new UsageError(t('cli.usage.choice', { flag, choices: choices.join(', '), value }))
  }
}

export function parseChoiceList<T extends string>(flag: string, choices: readonly T[], w: Wording = ENGLISH): (value: string) => T[] {
  const one = parseChoice(flag, choices, w)
  return (value) => {
    const list = parseList(value, flag, w)
    if (list.length === 0) throw new UsageError(w.t('cli.usage.choiceList', { flag, choices: choices.join(', ') }))
    return list.map(one)
  }
}
