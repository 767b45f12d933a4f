/**
 * Grouped bar charts (categories × series) for the micro-experiments, where the x axis is a kind
 * of measurement rather than a number: spawn cold vs warm, ping-pong variants, memory, K per core.
 */
import { formatLocale } from '../format'
import type { ChartConfiguration } from 'chart.js'
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

export function barConfig(palette: ChartPalette, model: BarModel, yTitle: string, options: { log?: boolean; format?: (v: number) => string } = {}): ChartConfiguration<'bar', Array<number | null>> {
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
        x: { ticks: { color: palette.text }, grid: { color: palette.grid } },
        y: yAxis(palette, yTitle, options),
      },
      plugins: {
        legend: { labels: { color: palette.text, boxWidth: 18, boxHeight: 8 } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${options.format && typeof item.raw === 'number' ? options.format(item.raw) : String(item.raw)}`,
          },
        },
      },
    },
  }
}

function yAxis(palette: ChartPalette, title: string, options: { log?: boolean; format?: (v: number) => string }) {
  return axis(palette, { title, log: options.log, ...(options.log ? {} : { min: 0 }) }, options.format)
}

/** Whether a model has anything to draw. */
export const hasBars = (model: BarModel) => model.series.some((s) => s.values.some((v) => v !== null))
