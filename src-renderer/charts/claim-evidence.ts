/**
 * The bar chart beside a claim's verdict (issue 18): one bar per compared thing, its value and,
 * where the samples support one, its interval drawn by the errorBars plugin. A bar that stands
 * for a runtime (its label's `runtime` parameter) takes that runtime's colour, as on every other
 * chart; other bars take the palette's other colours in order. Pure: the words come in as
 * functions, so the model is the same in every language and testable without a page.
 */
import type { ChartConfiguration } from 'chart.js'
import type { ClaimEvidence } from '../../src-shared/claims/claim-verdict'
import { formatLocale, formatNumber } from '../format'
import type { ErrorBarsOptions } from './error-bars'
import { axis } from './options'
import { type ChartPalette, runtimeColor } from './palette'
import type { DataTableModel } from './table-model'

export interface EvidenceWords {
  /** A bar's label in the reader's language (`claims.bar.<code>`). */
  bar: (label: ClaimEvidence['bars'][number]['label']) => string
  /** The axis title for the evidence's unit. */
  unit: string
  columns: { bar: string; value: string; interval: string }
  /** "k of R" for a count bar. */
  countOf: (value: string, of: number) => string
}

export interface EvidenceBar {
  label: string
  value: number
  interval: readonly [number, number] | null
  color: string
  of: number | null
}

export function evidenceBars(evidence: ClaimEvidence, palette: ChartPalette, words: EvidenceWords): EvidenceBar[] {
  let other = 0
  return evidence.bars.map((bar) => {
    const runtime = bar.label.params?.runtime
    const color = typeof runtime === 'string' ? runtimeColor(palette, runtime, other) : palette.series[other % palette.series.length]!
    if (typeof runtime !== 'string') other += 1
    return { label: words.bar(bar.label), value: bar.value, interval: bar.interval ?? null, color, of: bar.of ?? null }
  })
}

export function evidenceConfig(bars: readonly EvidenceBar[], palette: ChartPalette, words: EvidenceWords): ChartConfiguration<'bar', number[]> {
  const counts = bars.some((b) => b.of !== null)
  return {
    type: 'bar',
    data: {
      labels: bars.map((b) => b.label),
      datasets: [
        {
          label: words.unit,
          data: bars.map((b) => b.value),
          backgroundColor: bars.map((b) => b.color),
          // One outline colour, the text's: the errorBars plugin strokes the whiskers in the
          // dataset's colour, which must stand out on the bar it crosses.
          borderColor: palette.text,
          borderWidth: 1,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      locale: formatLocale(),
      scales: {
        x: { ticks: { color: palette.text, autoSkip: false, maxRotation: 30 }, grid: { color: palette.grid } },
        // A count's axis ends at its repetitions, so "5 of 5" fills the plot and "0 of 5" shows empty.
        y: axis(palette, { title: words.unit, min: 0, ...(counts ? { max: Math.max(...bars.map((b) => b.of ?? b.value)), integer: true } : {}) }),
      },
      plugins: {
        legend: { display: false },
        // The interval's ends are in the table under the chart; the plugin draws them as whiskers.
        errorBars: { intervals: { 0: bars.map((b) => b.interval) } } satisfies ErrorBarsOptions,
        tooltip: { callbacks: { label: (item) => cell(bars[item.dataIndex], words) } },
      },
    },
  }
}

function cell(bar: EvidenceBar | undefined, words: EvidenceWords): string {
  if (!bar) return ''
  const value = formatNumber(bar.value)
  return bar.of !== null ? words.countOf(value, bar.of) : value
}

/** The same numbers as the accessible table under the chart. */
export function evidenceTable(bars: readonly EvidenceBar[], words: EvidenceWords): DataTableModel {
  return {
    columns: [words.columns.bar, `${words.columns.value} (${words.unit})`, words.columns.interval],
    rows: bars.map((b) => [b.label, cell(b, words), b.interval ? `${formatNumber(b.interval[0])} – ${formatNumber(b.interval[1])}` : '–']),
  }
}
