/** Text layout of the plain-text tables (CLI, history); numbers come from the engine's shared formatters. */
export { formatBytes, formatCount, formatFixed, formatMs, formatPercent, formatRatio, formatUs } from '../../format/units'
export { ENGLISH, type Wording, wordingFor } from './wording'

/** East Asian wide and full-width characters (CJK, full-width punctuation) take two terminal columns. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u

/** How many terminal columns a text takes, so Chinese headers line up with their figures. */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) width += WIDE.test(char) ? 2 : 1
  return width
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text
}

/** Renders rows as aligned columns; the first row is the header, followed by a rule. */
export function renderColumns(rows: string[][], rightAligned: (column: number) => boolean = (c) => c > 0): string {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))))
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
