/**
 * The shared-state screens (issue 15, "Watch it live"): race, primitives and shared-vs-messages
 * each run from their own screen with tiny options, draw their result chart, and draw the lane
 * timeline of their traced thread runs (the canvas reports how many spans it holds). A process run
 * has no timeline and the screen says why. Waits for states, never for times.
 */
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import en from '../../src-shared/i18n/en'
import { RUN_TIMEOUT, type Settings, configure, finished, openScreen, run } from './form-driver'
import { type WebLab, startWebLab } from './web-lab'

let lab: WebLab | undefined
afterEach(async () => {
  await lab?.close()
  lab = undefined
})

const TRACED = '[data-testid=lane-canvas]:not([data-spans="0"])'

/** Runs `workload` from its screen and waits until it completed and a lane canvas holds spans. */
async function runScreen(page: Page, workload: string, settings: Settings): Promise<void> {
  await openScreen(page, workload)
  await configure(page, workload, { repeat: 1, warmup: 0, ...settings })
  const item = await run(page, workload, settings.label!)
  expect(await finished(item)).toBe('completed')
  await page.locator(TRACED).first().waitFor({ timeout: RUN_TIMEOUT })
}

/** Spans held by every lane canvas on the screen. */
async function spansPerCanvas(page: Page): Promise<number[]> {
  const canvases = await page.getByTestId('lane-canvas').all()
  return Promise.all(canvases.map(async (c) => Number(await c.getAttribute('data-spans'))))
}

/** A chart card drawn with data: its canvas is there and it does not say "empty". */
async function expectChart(page: Page, id: string): Promise<void> {
  const card = page.getByTestId(`chart-${id}`).first()
  await card.waitFor()
  expect(await card.locator('canvas').count()).toBeGreaterThan(0)
  expect(await card.getByTestId(`empty-${id}`).count()).toBe(0)
}

describe('shared-state screens draw their results and their lanes', () => {
  it('race, primitives and shared-vs-messages from their screens', async () => {
    lab = await startWebLab()
    const { page } = lab

    await runScreen(page, 'race', {
      workload: { workerCounts: '2', increments: 2000, messageIncrements: 20, gap: 5 },
      runtimes: ['thread', 'process'],
      label: 'e2e race',
    })
    await expectChart(page, 'race')
    expect((await spansPerCanvas(page)).every((n) => n > 0)).toBe(true)
    expect(await page.getByTestId('lanes-caption').innerText()).toContain('2 threads')
    expect(await page.getByTestId('lanes-none').innerText()).toBe(en.race.lanes.processes)

    await runScreen(page, 'primitives', {
      workload: { threads: 2, acquiresPerThread: 20, sectionSpins: 100, waiters: '1', items: 50, capacities: '1', barrierPhases: 2, phaseSpins: 1000 },
      runtimes: ['thread'],
      label: 'e2e primitives',
    })
    for (const id of ['primitives-semaphore', 'primitives-event', 'primitives-barrier', 'primitives-queue']) await expectChart(page, id)
    // One timeline per part once the run is over, each with its own spans and caption.
    const perPart = await spansPerCanvas(page)
    expect(perPart).toHaveLength(5)
    expect(perPart.every((n) => n > 0)).toBe(true)
    expect(await page.getByTestId('lanes-caption').count()).toBe(5)

    await runScreen(page, 'shared-vs-messages', {
      workload: { updaters: '2', updates: 50 },
      runtimes: ['thread', 'process'],
      label: 'e2e shared-vs-messages',
    })
    await expectChart(page, 'shared-vs-messages')
    expect((await spansPerCanvas(page)).every((n) => n > 0)).toBe(true)
    expect(await page.getByTestId('lanes-none').innerText()).toBe(en.sharedVsMessages.lanes.processes)
    expect(lab.pageErrors).toEqual([])
  })
})
