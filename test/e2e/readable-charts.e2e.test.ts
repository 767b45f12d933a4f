/**
 * Issue 13 section 2, checked in Chromium: one colour per runtime on every chart of a screen (no
 * two runtimes share one, and a runtime keeps its colour from chart to chart), one unit per axis
 * (the title's unit), the IPC axis at the measured sizes, and at 800 px the panels stacked under
 * the figures with the chart still wide. Saves docs/ screenshots when CONLAB_README_SCREENSHOT=1.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import en from '../../src-shared/i18n/en'
import { configure, finished, openScreen, run } from './form-driver'
import { type WebLab, screenshot, startWebLab } from './web-lab'

let lab: WebLab
const SAVE = process.env.CONLAB_README_SCREENSHOT === '1'

beforeAll(async () => {
  lab = await startWebLab()
})
afterAll(async () => {
  await lab?.close()
})

interface Drawn {
  label: string
  color: string
}

async function drawn(page: Page, chart: string): Promise<Drawn[]> {
  const raw = await page.getByTestId(`chart-${chart}`).locator('canvas').getAttribute('data-drawn')
  return JSON.parse(raw ?? '[]') as Drawn[]
}

async function axes(page: Page, chart: string): Promise<Record<string, string>> {
  const raw = await page.getByTestId(`chart-${chart}`).locator('canvas').getAttribute('data-axes')
  return JSON.parse(raw ?? '{}') as Record<string, string>
}

const RUNTIME_LABELS = ['main-async', 'thread', 'process'].map((r) => en.runtimes[r as keyof typeof en.runtimes])

describe('readable charts', () => {
  it('file I/O: each runtime one colour, the same on every chart; axes in one unit', async () => {
    const { page } = lab
    const label = 'e2e readable file-io'
    await openScreen(page, 'file-io')
    await configure(page, 'file-io', { workload: { tasks: 2, files: 2, fileSize: 4096, blockSize: 4096 }, runtimes: ['main', 'main-async', 'thread', 'process'], workers: [1, 2], repeat: 2, warmup: 0, label })
    expect(await finished(await run(page, 'file-io', label))).toBe('completed')

    const throughput = await drawn(page, 'throughput')
    const speedup = await drawn(page, 'speedup')
    const colourOf = (list: Drawn[], name: string) => list.find((d) => d.label === name)?.color
    // The legend names each runtime once, and no two runtimes share a colour.
    expect(throughput.map((d) => d.label)).toEqual(expect.arrayContaining(RUNTIME_LABELS))
    const colours = RUNTIME_LABELS.map((name) => colourOf(throughput, name))
    expect(new Set(colours).size).toBe(RUNTIME_LABELS.length)
    // Same runtime, same colour on the speedup chart (which draws the worker runtimes).
    for (const name of RUNTIME_LABELS) {
      const there = colourOf(speedup, name)
      if (there !== undefined) expect(there, name).toBe(colourOf(throughput, name))
    }
    const latency = await drawn(page, 'io-latency')
    for (const d of latency.filter((x) => x.label.endsWith('p50'))) {
      const name = d.label.replace(/ p50$/, '')
      expect(d.color, name).toBe(colourOf(throughput, name))
    }

    // One unit per axis, named in its title; the explanation is file I/O's own.
    expect((await axes(page, 'io-latency')).y).toMatch(/\((ns|µs|ms|s)\)$/)
    expect(await page.getByTestId('explain-speedup').innerText()).toBe(en.charts.speedup.explainFor['file-io'])
    expect(await page.getByTestId('explain-timeline').innerText()).toBe(en.charts.timeline.explainFor['file-io'])
    await page.getByTestId('chart-throughput').scrollIntoViewIfNeeded()
    await screenshot(page, 'file-io-colours', SAVE ? 'docs/screenshot-colours-file-io.png' : undefined)
    expect(lab.pageErrors).toEqual([])
  })

  it('IPC latency: the x axis is the payload sizes measured, the y axis one time unit', async () => {
    const { page } = lab
    const label = 'e2e readable ipc'
    await openScreen(page, 'ipc-latency')
    await configure(page, 'ipc-latency', { workload: { samples: 10, warmup: 0, payloads: '64, 4096, 65536', maxMsPerPoint: 200 }, runtimes: ['thread', 'process'], repeat: 1, warmup: 0, label })
    expect(await finished(await run(page, 'ipc-latency', label))).toBe('completed')
    const titles = await axes(page, 'ipc')
    expect(titles.x).toBe(en.charts.ipc.x)
    expect(titles.y).toMatch(/\((µs|ms)\)$/)
    // Thread mechanisms in the thread colour family, process ones in the process family: no mechanism shares a colour.
    const lines = await drawn(page, 'ipc')
    expect(new Set(lines.map((l) => l.color)).size).toBe(lines.length)
    await page.getByTestId('chart-ipc').scrollIntoViewIfNeeded()
    await screenshot(page, 'ipc-axes', SAVE ? 'docs/screenshot-axes-ipc.png' : undefined)
  })

  it('at 800 px the side panels stack under the figures and the chart keeps a usable width', async () => {
    const { page } = lab
    await page.setViewportSize({ width: 800, height: 800 })
    try {
      await openScreen(page, 'file-io')
      const canvas = await page.getByTestId('chart-throughput').locator('.chart-canvas').boundingBox()
      const figures = await page.locator('.figures').boundingBox()
      const context = await page.locator('.context').boundingBox()
      expect(canvas!.width).toBeGreaterThan(400)
      // The context column sits below the figures, not beside them.
      expect(context!.y).toBeGreaterThanOrEqual(figures!.y + figures!.height - 1)
      // Nothing sticks out to the right of the window.
      expect(await page.locator('html').evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(800)
      await page.getByTestId('chart-speedup').scrollIntoViewIfNeeded()
      await screenshot(page, 'layout-800', SAVE ? 'docs/screenshot-800px.png' : undefined)
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 })
    }
  })

  it('a field reached with Tab is never hidden under the sticky Run bar', async () => {
    const { page } = lab
    await page.setViewportSize({ width: 1280, height: 600 })
    try {
      await openScreen(page, 'prime')
      const form = page.getByTestId('form-prime')
      await form.getByTestId('preset-quick').focus()
      const bar = form.locator('.run-bar')
      // Walk every Tab stop of the form above the Run bar, as a keyboard user does.
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab')
        const focused = page.locator(':focus')
        if ((await focused.evaluate((el) => el.closest('.run-bar') !== null || el.closest('form') === null))) break
        const box = await focused.boundingBox()
        const barBox = await bar.boundingBox()
        if (!box || !barBox || box.height === 0) continue
        const id = (await focused.getAttribute('data-testid')) ?? (await focused.evaluate((el) => el.outerHTML.slice(0, 60)))
        expect(box.y + box.height, id).toBeLessThanOrEqual(barBox.y + 1)
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 })
    }
  })
})
