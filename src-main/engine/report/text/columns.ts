/** Text layout of the plain-text tables (CLI, history); numbers come from the engine's shared formatters. */
export { formatBytes, formatCount, formatFixed, formatMs, formatPercent, formatRatio, formatUs } from '../../format/units'
export { ENGLISH, type Wording, wordingFor } from './wording'

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length))
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - [...text].length)) + text
}

/** Renders rows as aligned columns; the first row is the header, followed by a rule. */
export function renderColumns(rows: string[][], rightAligned: (column: number) => boolean = (c) => c > 0): string {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)))
  const line = (row: string[]) =>
    row
      .map((cell, i) => (rightAligned(i) ? padStart(cell, widths[i] ?? 0) : padEnd(cell, widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  const [header, ...body] = rows
  if (!header) return ''
  const rule = widths.map((w) => '─'.repeat(w)).join('  ')
  return [line(header), rule, ...body.map(line)].join('\n')
}
