/**
 * The live lane timeline on the locks screen (issue 15, "Watch it live"): a small run on threads
 * draws what each thread does (the canvas reports how many spans it holds) while it goes or once
 * it is done, with its point named and tracing's cost said; the same screen in Chinese, kept as
 * docs/screenshot-locks-zh-CN.png. Waits for states, never for times.
 */
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import en from '../../src-shared/i18n/en'
import zhCN from '../../src-shared/i18n/zh-CN'
import { RUN_TIMEOUT, configure, finished, openScreen, run } from './form-driver'
import { type WebLab, screenshot, startWebLab } from './web-lab'

let lab: WebLab | undefined
afterEach(async () => {
  await lab?.close()
  lab = undefined
})

const SMALL = { threads: '1, 2', criticalWork: '50', acquisitions: 300, maxRepetitionMs: 5000 }

/** Runs locks on threads and waits until the lane canvas holds spans (during the run or after it). */
async function runLocks(page: Page, label: string): Promise<number> {
  await openScreen(page, 'locks')
  await configure(page, 'locks', { workload: SMALL, runtimes: ['thread'], repeat: 1, warmup: 0, label })
  const item = await run(page, 'locks', label)
  const canvas = page.getByTestId('lane-canvas')
  // Visible once it holds spans (an empty card hides its canvas): during the run or just after it.
  await page.locator('[data-testid=lane-canvas]:not([data-spans="0"])').waitFor({ timeout: RUN_TIMEOUT })
  expect(await finished(item)).toBe('completed')
  return Number(await canvas.getAttribute('data-spans'))
}

describe('lane timeline on the locks screen', () => {
  it('draws each thread’s spans for a run, names the traced point and says what tracing cost', async () => {
    lab = await startWebLab()
    const { page } = lab
    expect(await runLocks(page, 'e2e lanes')).toBeGreaterThan(0)
    // After the run: the kept timeline, the point with the most threads (2), in the view's words.
    const caption = await page.getByTestId('lanes-caption').innerText()
    expect(caption).toContain('2 threads')
    expect(caption.startsWith(en.locks.lanes.caption.split('{label}')[0]!)).toBe(true)
    const card = page.getByTestId('chart-lanes')
    expect(await card.innerText()).toContain(en.charts.lanes.cost.split('{ns}')[0]!.trim())
    expect(lab.pageErrors).toEqual([])
  })

  it('in Chinese: the same screen, its texts from the zh-CN catalogue (screenshot for the docs)', async () => {
    lab = await startWebLab({ locale: 'zh-CN' })
    const { page } = lab
    expect(await runLocks(page, 'e2e 泳道')).toBeGreaterThan(0)
    const caption = await page.getByTestId('lanes-caption').innerText()
    expect(caption).toContain('2 个线程')
    expect(caption.startsWith(zhCN.locks.lanes.caption.split('{label}')[0]!)).toBe(true)
    await page.getByTestId('lane-canvas').scrollIntoViewIfNeeded()
    await page.getByTestId('lanes-caption').evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await screenshot(page, 'locks-zh-CN', 'docs/screenshot-locks-zh-CN.png')
    expect(lab.pageErrors).toEqual([])
  })
})
