/** Number formatting shared by the CLI's table and progress lines. */

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`
  if (ms >= 100) return `${ms.toFixed(0)} ms`
  if (ms >= 10) return `${ms.toFixed(1)} ms`
  return `${ms.toFixed(2)} ms`
}

export function formatUs(us: number): string {
  return us >= 1000 ? formatMs(us / 1000) : `${us.toFixed(us >= 100 ? 0 : 1)} µs`
}

export function formatRatio(x: number | null | undefined): string {
  return x === null || x === undefined ? '–' : `${x.toFixed(2)}×`
}

export function formatPercent(x: number | null | undefined): string {
  return x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`
}

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
