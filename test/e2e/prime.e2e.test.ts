/**
 * Prime search in the browser against the real engine: a small sweep draws both worker lines and
 * reaches 100%; an invalid field blocks Run with the schema's message; a cancelled long run ends
 * aborted with the points measured before the cancel kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { configure, finished, openScreen, run, runByKeyboard, scrollFormToTop } from './form-driver'
import { type WebLab, screenshot, startWebLab } from './web-lab'

let lab: WebLab

beforeAll(async () => {
  lab = await startWebLab()
})
afterAll(async () => {
  await lab?.close()
})

describe('prime search screen', () => {
  it('runs a small sweep: both lines on the speedup chart, progress at 100%', async () => {
    const { page } = lab
    await openScreen(page, 'prime')
    await configure(page, 'prime', { workload: { hi: 20_000_000 }, runtimes: ['main', 'thread', 'process'], workers: [1, 2], repeat: 2, warmup: 0, label: 'e2e small sweep' })
    const item = await runByKeyboard(page, 'prime', 'e2e small sweep')
    expect(await finished(item)).toBe('completed')
    expect(await item.getByTestId('progress-percent').innerText()).toBe('100%')

    const chart = page.getByTestId('chart-speedup')
    const series = (await chart.getAttribute('data-series'))?.split(',') ?? []
    expect(series).toEqual(expect.arrayContaining(['thread', 'process']))
    // The same numbers as a table: a row per measured point of each runtime.
    await chart.locator('summary', { hasText: 'Show the numbers' }).click()
    const rows = chart.getByTestId('table-speedup').locator('tbody tr')
    expect(await rows.count()).toBe(5)
    await expect.poll(() => page.getByTestId('chart-timeline').getAttribute('data-series')).toMatch(/\d/)
    expect(await page.getByTestId('machine-cores').innerText()).toMatch(/^\d+/)
    expect(await page.getByTestId('overhead-thread').innerText()).toMatch(/per empty task/)
    await chart.locator('summary', { hasText: 'Show the numbers' }).click()
    await scrollFormToTop(page, 'prime')
    await screenshot(page, 'prime')
    // The OS switching to dark: colours follow, charts included, without a reload.
    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot(page, 'prime-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    expect(lab.pageErrors).toEqual([])
  })

  it('blocks Run while a field is invalid and names the problem next to it', async () => {
    const { page } = lab
    await openScreen(page, 'prime')
    const form = page.getByTestId('form-prime')
    await form.getByTestId('field-repeat').fill('0')
    // In the user's words, with the allowed range (issue 13), not zod's ">= 1".
    await expect.poll(() => form.getByTestId('error-repeat').innerText()).toMatch(/Repetitions: enter a whole number from 1 to 1,000/)
    expect(await form.getByTestId('run-button').isDisabled()).toBe(true)
    expect(await form.getByTestId('run-blocked').innerText()).toMatch(/Repetitions/)
    // A rule across two fields, from the same schema as the CLI: hi must exceed lo.
    await form.getByTestId('field-repeat').fill('3')
    await form.getByTestId('field-workload.lo').fill('500')
    await form.getByTestId('field-workload.hi').fill('100')
    await expect.poll(() => form.getByTestId('error-workload.hi').innerText()).toMatch(/greater than lo/)
    expect(await form.getByTestId('run-button').isDisabled()).toBe(true)
    await screenshot(page, 'prime-invalid')
    await form.getByTestId('field-workload.lo').fill('0')
    await expect.poll(() => form.getByTestId('run-button').isDisabled()).toBe(false)
    expect(await form.getByTestId('error-workload.hi').count()).toBe(0)
  })

  it('cancels a long run: the suite ends aborted and keeps what was measured', async () => {
    const { page } = lab
    await openScreen(page, 'prime')
    await configure(page, 'prime', { workload: { hi: 1_000_000_000 }, runtimes: ['thread'], workers: [1, 2], repeat: 3, warmup: 0, order: 'sequential', label: 'e2e long run' })
    const item = await run(page, 'prime', 'e2e long run')
    // Live: the first point is on the chart while the suite still runs.
    const chart = page.getByTestId('chart-speedup')
    await page.locator('[data-testid=chart-speedup][data-series*=thread]').waitFor({ timeout: 100_000 })
    expect(await item.getAttribute('data-state')).toBe('running')
    expect(await page.getByTestId('showing-live').count()).toBe(1)
    await item.getByTestId('cancel-button').click()
    expect(await finished(item)).toBe('aborted')
    expect(await item.getByTestId('run-status-thread').getAttribute('data-status')).toBe('aborted')
    // The partial report is what the screen shows now: the interrupted run, marked aborted.
    await page.getByTestId('run-problem-thread').waitFor()
    expect(await page.getByTestId('run-problem-thread').getAttribute('data-status')).toBe('aborted')
    expect(await chart.getAttribute('data-series')).toContain('thread')
    await screenshot(page, 'prime-aborted')
    expect(lab.pageErrors).toEqual([])
  })
})
