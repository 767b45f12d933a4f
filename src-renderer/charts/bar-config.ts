/**
 * Grouped bar charts (categories × series) for the micro-experiments, where the x axis is a kind
 * of measurement rather than a number: spawn cold vs warm, ping-pong variants, memory, K per core.
 */
import { formatBytes, formatLocale, formatMs, formatUs } from '../format'
import type { ChartConfiguration } from 'chart.js'
import { byteUnitFor, timeUnitFor } from './axis-units'
import { axis } from './options'
import type { ChartPalette } from './palette'

export interface BarSeries {
  /** Stable name for tests and tables (a runtime, a role); defaults to the label. */
  key?: string
  label: string
  color: string
  values: Array<number | null>
  /** Drawn lighter: a reference or an ideal beside a measurement. */
  faded?: boolean
}

export interface BarModel {
  categories: string[]
  series: BarSeries[]
}

export function barConfig(palette: ChartPalette, model: BarModel, yTitle: string, options: { log?: boolean; tooltip?: (v: number) => string } = {}): ChartConfiguration<'bar', Array<number | null>> {
  return {
    type: 'bar',
    data: {
      labels: [...model.categories],
      datasets: model.series.map((s) => ({
        label: s.label,
        data: [...s.values],
        backgroundColor: s.faded ? `${s.color}55` : s.color,
        borderColor: s.color,
        borderWidth: 1,
        ...(s.faded ? { borderDash: [4, 3] } : {}),
      })),
    },
    options: {
      responsive: true,
      locale: formatLocale(),
      maintainAspectRatio: false,
      scales: {
        x: { ticks: { color: palette.text, autoSkip: false, maxRotation: 30 }, grid: { color: palette.grid } },
        y: yAxis(palette, yTitle, options),
      },
      plugins: {
        legend: { labels: { color: palette.text, boxWidth: 18, boxHeight: 8 } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${options.tooltip && typeof item.raw === 'number' ? options.tooltip(item.raw) : String(item.raw)}`,
          },
        },
      },
    },
  }
}

/** Tick labels are plain numbers: the unit is in the title (see inAxisUnit). */
function yAxis(palette: ChartPalette, title: string, options: { log?: boolean }) {
  return axis(palette, { title, log: options.log, ...(options.log ? {} : { min: 0 }) })
}

/** What the bars measure, in the unit the data carry: milliseconds, microseconds or bytes. */
export type Quantity = 'ms' | 'us' | 'bytes'

/**
 * The model in one unit chosen from its largest bar (MiB for memory, µs or ms for times), the
 * unit's name for the axis title, and how a tooltip writes a scaled value back in full.
 */
export function inAxisUnit(model: BarModel, quantity: Quantity): { model: BarModel; unit: string; tooltip: (v: number) => string } {
  const values = model.series.flatMap((s) => s.values.filter((v): v is number => v !== null))
  const toBase = quantity === 'us' ? 1 / 1000 : 1
  const axisUnit = quantity === 'bytes' ? byteUnitFor(values) : timeUnitFor(values.map((v) => v * toBase))
  const factor = axisUnit.scale * toBase
  const back = quantity === 'bytes' ? formatBytes : quantity === 'us' ? formatUs : formatMs
  return {
    model: { ...model, series: model.series.map((s) => ({ ...s, values: s.values.map((v) => (v === null ? null : v * factor)) })) },
    unit: axisUnit.unit,
    tooltip: (v) => back(v / factor),
  }
}

/** Whether a model has anything to draw. */
export const hasBars = (model: BarModel) => model.series.some((s) => s.values.some((v) => v !== null))
