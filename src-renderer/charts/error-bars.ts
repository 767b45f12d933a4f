/**
 * A small Chart.js plugin that draws a vertical interval (a 95% confidence interval) through each
 * point of the datasets that ask for one. Chart.js has no error bars of its own, and the plugins
 * that add them replace the line controller; this only paints on top of it.
 */
import type { Chart, ChartType, Plugin } from 'chart.js'

export interface ErrorBarsOptions {
  /** Per dataset index: one interval per data point (null where there is none). */
  intervals: Record<number, ReadonlyArray<readonly [number, number] | null>>
  capWidth?: number
  /** Per dataset index: a short mark per point (its significance verdict), drawn above it. */
  marks?: Record<number, ReadonlyArray<string | null>>
}

declare module 'chart.js' {
  // Declaration merging needs Chart.js's own type parameter, even unused here.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    errorBars?: ErrorBarsOptions
  }
}

export const errorBarsPlugin: Plugin = {
  id: 'errorBars',
  afterDatasetsDraw(chart: Chart, _args, options: Partial<ErrorBarsOptions>) {
    const intervals = options.intervals ?? {}
    const yScale = chart.scales.y
    if (!yScale) return
    const cap = options.capWidth ?? 4
    const { ctx, chartArea } = chart
    ctx.save()
    // An interval wider than the axis (few repetitions, wide t quantile) stops at the plot's edge.
    ctx.beginPath()
    ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, chartArea.bottom - chartArea.top)
    ctx.clip()
    for (const [indexText, bars] of Object.entries(intervals)) {
      const index = Number(indexText)
      const meta = chart.getDatasetMeta(index)
      if (!chart.isDatasetVisible(index) || !bars) continue
      const color = chart.data.datasets[index]?.borderColor
      ctx.strokeStyle = typeof color === 'string' ? color : '#888'
      ctx.lineWidth = 1.5
      const data = chart.data.datasets[index]?.data ?? []
      bars.forEach((bar, i) => {
        const element = meta.data[i]
        // Line charts hold {x, y} points, bar charts plain numbers.
        const datum = data[i] as { y?: unknown } | number | null | undefined
        const y = typeof datum === 'number' ? datum : datum?.y
        if (!bar || !element || typeof y !== 'number') return
        // Follow the point while Chart.js animates it towards its value.
        const shift = element.y - yScale.getPixelForValue(y)
        const x = element.x
        const top = yScale.getPixelForValue(Math.max(bar[0], bar[1])) + shift
        const bottom = yScale.getPixelForValue(Math.min(bar[0], bar[1])) + shift
        ctx.beginPath()
        ctx.moveTo(x, top)
        ctx.lineTo(x, bottom)
        ctx.moveTo(x - cap, top)
        ctx.lineTo(x + cap, top)
        ctx.moveTo(x - cap, bottom)
        ctx.lineTo(x + cap, bottom)
        ctx.stroke()
      })
    }
    ctx.restore()
    drawMarks(chart, options.marks ?? {})
  },
}

/** The canvas font of the verdict marks: a CSS font shorthand, not text anyone reads. */
const MARK_FONT = ['bold', '11px', 'system-ui,', 'sans-serif'].join(' ')

function drawMarks(chart: Chart, marks: Record<number, ReadonlyArray<string | null>>): void {
  const { ctx } = chart
  ctx.save()
  ctx.font = MARK_FONT
  ctx.textAlign = 'left'
  ctx.textBaseline = 'bottom'
  for (const [indexText, list] of Object.entries(marks)) {
    const index = Number(indexText)
    if (!chart.isDatasetVisible(index)) continue
    const meta = chart.getDatasetMeta(index)
    const color = chart.data.datasets[index]?.borderColor
    ctx.fillStyle = typeof color === 'string' ? color : '#888'
    list.forEach((mark, i) => {
      const element = meta.data[i]
      if (mark && element) ctx.fillText(mark, element.x + 5, element.y - 4)
    })
  }
  ctx.restore()
}
