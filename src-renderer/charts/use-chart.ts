/**
 * Binds a Chart.js chart to a canvas for a component's lifetime. The config is rebuilt from
 * reactive state (new points, theme change) and swapped into the live chart, so a chart grows as
 * `point` events arrive without being recreated. Configs are built as plain objects: Chart.js
 * writes into its data, which must not be Vue proxies.
 */
import type { Chart, ChartConfiguration, ChartType } from 'chart.js'
import { computed, onBeforeUnmount, onMounted, type Ref, shallowRef, watch } from 'vue'
import { nextTask } from '../next-task'

/**
 * Chart.js (with our registrations) is its own chunk, fetched when the first chart mounts: at page
 * load it would add its parse time to the one long task (issue 13: no task over 50 ms).
 */
let chartModule: Promise<typeof import('./setup')> | null = null
const loadChart = () => (chartModule ??= import('./setup'))

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false

export function useChart<TType extends ChartType>(canvas: Ref<HTMLCanvasElement | null>, build: () => ChartConfiguration<TType>): void {
  const chart = shallowRef<Chart<TType> | null>(null)
  const config = computed(build)

  /**
   * What the chart draws, on the canvas element (`data-drawn`: label and colour per dataset;
   * `data-axes`: each axis's title), so an
   * end-to-end test can check the colours and legend a reader sees without reading pixels.
   */
  const describe = (next: ChartConfiguration<TType>) => {
    const drawn = next.data.datasets.map((d) => {
      const color = (d as { borderColor?: unknown }).borderColor
      return { label: d.label ?? '', color: typeof color === 'string' ? color : '' }
    })
    canvas.value?.setAttribute('data-drawn', JSON.stringify(drawn))
    const scales = (next.options as { scales?: Record<string, { title?: { text?: unknown } }> } | undefined)?.scales ?? {}
    const titles = Object.fromEntries(Object.entries(scales).map(([id, scale]) => [id, typeof scale.title?.text === 'string' ? scale.title.text : '']))
    canvas.value?.setAttribute('data-axes', JSON.stringify(titles))
  }

  let unmounted = false
  onMounted(async () => {
    if (!canvas.value) return
    describe(config.value)
    const { Chart: ChartClass } = await loadChart()
    // Each chart is built in a task of its own: a screen's charts built together, right when
    // Chart.js arrived, made one task of 50-100 ms.
    await nextTask()
    // The screen may have closed, or the data moved on, while Chart.js was loading.
    if (unmounted || !canvas.value) return
    const initial = config.value
    describe(initial)
    // Drawn at once, not grown in: the grow-in animation resolved every element's options twice
    // and made building a chart with saved data one task of 60-90 ms after a reload. Later
    // updates animate as configured (the watch below sets the options again).
    initial.options = { ...initial.options, animation: false } as typeof initial.options
    chart.value = new ChartClass(canvas.value, initial)
  })

  /**
   * New data is drawn in a task of this chart's own, the latest config only: every chart of a
   * screen redrawn in the task of the point that changed them made 60-100 ms tasks mid-run.
   */
  let updateQueued = false
  watch(config, async () => {
    if (!chart.value || updateQueued) return
    updateQueued = true
    await nextTask()
    updateQueued = false
    const live = chart.value
    if (unmounted || !live) return
    const next = config.value
    describe(next)
    live.data = next.data
    live.options = { ...next.options, ...(reducedMotion() ? { animation: false } : {}) } as typeof live.options
    live.update()
  })

  onBeforeUnmount(() => {
    unmounted = true
    chart.value?.destroy()
    chart.value = null
  })
}
