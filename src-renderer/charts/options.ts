/** Axis and legend options shared by every chart, in the current theme's colours. */
import type { ChartOptions } from 'chart.js'
import { formatLocale } from '../format'
import type { ChartPalette } from './palette'

export interface AxisSpec {
  title: string
  log?: boolean
  min?: number
  /** Worker counts and payload sizes are whole numbers: no 1.5-worker ticks. */
  integer?: boolean
}

/**
 * Chart.js puts a tick at every 1..9 of each decade of a log axis; labelling all of them makes an
 * unreadable pile. Label the powers of ten, and 2 and 5 as well when the axis spans few decades.
 */
export function logTickFilter(value: number, first: number, last: number): boolean {
  if (!(value > 0)) return false
  const mantissa = Math.round(value / 10 ** Math.floor(Math.log10(value) + 1e-9))
  const decades = Math.log10(Math.max(last, first) / Math.max(Math.min(last, first), Number.MIN_VALUE))
  return mantissa === 1 || (decades < 2.5 && (mantissa === 2 || mantissa === 5))
}

type TickFormat = (value: number) => string
const plain: TickFormat = (value) => value.toLocaleString(formatLocale(), { maximumSignificantDigits: 3 })

export function axis(palette: ChartPalette, spec: AxisSpec, format: TickFormat = plain) {
  const logCallback = (value: number | string, _index: number, ticks: Array<{ value: number }>) => {
    const v = Number(value)
    return logTickFilter(v, ticks[0]?.value ?? v, ticks[ticks.length - 1]?.value ?? v) ? format(v) : ''
  }
  return {
    type: spec.log ? ('logarithmic' as const) : ('linear' as const),
    ...(spec.min !== undefined ? { min: spec.min } : {}),
    title: { display: true, text: spec.title, color: palette.text },
    ticks: {
      color: palette.text,
      ...(spec.integer && !spec.log ? { precision: 0 } : {}),
      ...(spec.log ? { callback: logCallback, autoSkip: false } : format === plain ? {} : { callback: (value: number | string) => format(Number(value)) }),
    },
    grid: { color: palette.grid },
  }
}

export function lineOptions(palette: ChartPalette, x: AxisSpec, y: AxisSpec, yFormat?: TickFormat): ChartOptions<'line'> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    // Chart.js formats its own ticks and tooltips with this (Intl.NumberFormat).
    locale: formatLocale(),
    parsing: false,
    interaction: { mode: 'nearest', intersect: false },
    scales: { x: axis(palette, x), y: axis(palette, y, yFormat) },
    plugins: {
      legend: { labels: { color: palette.text, boxWidth: 18, boxHeight: 6 } },
      tooltip: { enabled: true },
    },
  }
}
