/**
 * How old a verdict is, in the reader's language ("3 minutes ago", "昨天"): a verdict from last
 * month on a laptop since upgraded is a different lesson from one measured a minute ago. The
 * words are the browser's (Intl.RelativeTimeFormat), so no catalogue entry is needed per unit.
 */
const UNITS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

/** `createdAt` relative to `now`, in `locale`; under a minute (or a clock behind the report) reads "now". */
export function verdictAge(createdAt: string, now: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  const seconds = Math.max(0, (now - Date.parse(createdAt)) / 1000)
  if (!Number.isFinite(seconds)) return ''
  for (const [unit, size] of UNITS) {
    if (seconds >= size) return format.format(-Math.floor(seconds / size), unit)
  }
  return format.format(0, 'second')
}
