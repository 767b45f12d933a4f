/** Axis and legend options shared by every chart, in the current theme's colours. */
import type { ChartOptions, Scale } from 'chart.js'
import { formatLocale } from '../format'
import { niceLogTicks } from './axis-units'
import type { ChartPalette } from './palette'

export interface AxisSpec {
  title: string
  log?: boolean
  min?: number
  max?: number
  /** Worker counts and payload sizes are whole numbers: no 1.5-worker ticks. */
  integer?: boolean
  /** Ticks exactly at these values (the sizes measured), instead of round numbers. */
  ticksAt?: readonly number[]
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

/** Replaces Chart.js's own ticks: the measured values, or round ones on a log axis. */
function tickValues(spec: AxisSpec, min: number, max: number): number[] | null {
  if (spec.ticksAt) {
    const inRange = spec.ticksAt.filter((v) => v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9))
    return [...new Set(inRange)].sort((a, b) => a - b)
  }
  return spec.log ? niceLogTicks(min, max) : null
}

export function axis(palette: ChartPalette, spec: AxisSpec, format: TickFormat = plain) {
  const custom = spec.log || spec.ticksAt !== undefined
  return {
    type: spec.log ? ('logarithmic' as const) : ('linear' as const),
    ...(spec.min !== undefined ? { min: spec.min } : {}),
    ...(spec.max !== undefined ? { max: spec.max } : {}),
    title: { display: true, text: spec.title, color: palette.text },
    ...(custom
      ? {
          afterBuildTicks: (scale: Scale) => {
            const values = tickValues(spec, scale.min, scale.max)
            if (values && values.length > 0) scale.ticks = values.map((value) => ({ value }))
          },
        }
      : {}),
    ticks: {
      color: palette.text,
      // Chart.js drops labels that would overlap rather than drawing them on top of each other.
      autoSkip: true,
      autoSkipPadding: 8,
      maxRotation: 0,
      ...(spec.integer && !spec.log ? { precision: 0 } : {}),
      ...(custom || format !== plain ? { callback: (value: number | string) => format(Number(value)) } : {}),
    },
    grid: { color: palette.grid },
  }
}

export function lineOptions(palette: ChartPalette, x: AxisSpec, y: AxisSpec, yFormat?: TickFormat, xFormat?: TickFormat): ChartOptions<'line'> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    // Chart.js formats its own ticks and tooltips with this (Intl.NumberFormat).
    locale: formatLocale(),
    parsing: false,
    interaction: { mode: 'nearest', intersect: false },
    scales: { x: axis(palette, x, xFormat), y: axis(palette, y, yFormat) },
    plugins: {
      legend: { labels: { color: palette.text, boxWidth: 18, boxHeight: 6, usePointStyle: true } },
      tooltip: { enabled: true },
    },
  }
}
