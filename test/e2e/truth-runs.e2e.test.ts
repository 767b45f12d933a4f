/**
 * Issue 13 §1, driven for real in Chromium against the built web server: a run in which every
 * runtime fails, settings that do not apply, grouped warnings, an honest ETA and the queue order,
 * a reload during a run and after "Clear finished", and a rename shown everywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { configure, finished, openScreen, queueItem, run } from './form-driver'
import { type WebLab, screenshot, startWebLab } from './web-lab'

let lab: WebLab

beforeAll(async () => {
  lab = await startWebLab()
})
afterAll(async () => {
  await lab?.close()
})

describe('the UI tells the truth', () => {
  it('a run in which every runtime fails says Failed, once, with the reason, and the charts say so', async () => {
    const { page } = lab
    await openScreen(page, 'prime')
    await configure(page, 'prime', { workload: { hi: 1_000_000_000 }, runtimes: ['thread', 'process'], workers: [1], repeat: 1, warmup: 0, taskTimeoutMs: 10, label: 'e2e all fail' })
    const item = await run(page, 'prime', 'e2e all fail')
    expect(await finished(item)).toBe('failed')
    expect(await item.getAttribute('data-outcome')).toBe('failed')
    expect(await item.getByTestId('suite-state').innerText()).toBe('Failed')
    expect(await item.getByTestId('suite-all-failed').innerText()).toMatch(/^Every runtime failed: The task did not finish within 10 ms/)
    expect(await page.getByTestId('all-failed').innerText()).toMatch(/^Every runtime failed/)
    const empty = page.getByTestId('empty-speedup')
    expect(await empty.getAttribute('data-empty')).toBe('failed')
    expect(await empty.innerText()).toMatch(/every run failed/)
    await screenshot(page, 'truth-all-failed')

    // A folder that is not there is refused before anything runs, next to the Run button.
    await openScreen(page, 'file-io')
    await configure(page, 'file-io', { workload: { directory: '/nonexistent/dir/x' }, label: 'e2e no folder' })
    await page.getByTestId('form-file-io').getByTestId('run-button').click()
    await expect.poll(() => page.getByTestId('enqueue-error').innerText()).toMatch(/\/nonexistent\/dir\/x does not exist/)
    expect(await queueItem(page, 'e2e no folder').count()).toBe(0)
    expect(lab.pageErrors).toEqual([])
  })

  it('disables settings that do not apply, says why, and lists the ones a run did not use', async () => {
    const { page } = lab
    await openScreen(page, 'spawn')
    const spawn = page.getByTestId('form-spawn')
    expect(await spawn.getByTestId('field-runtimes-main').isDisabled()).toBe(true)
    expect(await spawn.getByTestId('na-runtimes-main').innerText()).toMatch(/main thread has none/)
    expect(await spawn.getByTestId('field-runtimes-utility').isDisabled()).toBe(true)
    expect(await spawn.getByTestId('na-runtimes-utility').innerText()).toMatch(/desktop app only/)
    expect(await spawn.getByTestId('field-workers-auto').isDisabled()).toBe(true)
    expect(await spawn.getByTestId('na-workers').innerText()).toMatch(/its own worker counts/)

    await openScreen(page, 'prime')
    const prime = page.getByTestId('form-prime')
    await configure(page, 'prime', { workload: { hi: 2_000_000, chunking: 'static' }, runtimes: ['thread', 'process'], workers: [1, 2], repeat: 2, warmup: 0, label: 'e2e static' })
    expect(await prime.getByTestId('field-workload.chunksPerWorker').isDisabled()).toBe(true)
    expect(await prime.getByTestId('na-workload.chunksPerWorker').innerText()).toMatch(/static chunking/)
    const item = await run(page, 'prime', 'e2e static')
    expect(await finished(item)).toBe('completed')
    expect(await page.getByTestId('skipped').innerText()).toMatch(/Chunks per worker.*static chunking/)
    // Two repetitions: too few, for both runtimes. One warning, naming both places.
    const few = page.getByTestId('warnings').getByTestId('warning-few-samples')
    expect(await few.count()).toBe(1)
    const places = (await few.getByTestId('warning-places').textContent()) ?? ''
    expect(places).toMatch(/Worker threads/)
    expect(places).toMatch(/Child processes/)
    await prime.getByTestId('field-workload.chunking').selectOption('dynamic')
    expect(await prime.getByTestId('field-workload.chunksPerWorker').isDisabled()).toBe(false)
    expect(lab.pageErrors).toEqual([])
  })

  it('keeps the queue across a reload: a running suite picked up, queued below it, cleared ones gone', async () => {
    const { page } = lab
    await openScreen(page, 'prime')
    await configure(page, 'prime', { workload: { hi: 1_000_000_000 }, runtimes: ['thread'], workers: [1, 2], repeat: 30, warmup: 0, label: 'e2e reload long' })
    const long = await run(page, 'prime', 'e2e reload long')
    // Before a pace is known the queue says so instead of guessing.
    await expect.poll(() => long.getByTestId('progress-eta').innerText()).toMatch(/Estimating|left/)
    expect(await page.getByTestId('empty-speedup').getAttribute('data-empty')).toBe('measuring')
    expect(await page.getByTestId('empty-speedup').innerText()).toMatch(/points appear when each is complete/)
    await configure(page, 'prime', { workload: { hi: 1_000_000 }, runtimes: ['main'], workers: [1], repeat: 1, warmup: 0, label: 'e2e reload queued' })
    const queued = await run(page, 'prime', 'e2e reload queued')
    expect(await queued.getByTestId('progress-eta').innerText()).toMatch(/Waiting/)
    const order = async () => (await page.getByTestId('queue-item').locator('.queue-label').allInnerTexts())
    expect((await order()).slice(0, 2)).toEqual(['e2e reload long', 'e2e reload queued'])
    await expect.poll(async () => Number((await long.getByTestId('progress-percent').innerText()).replace('%', '')), { timeout: 60_000 }).toBeGreaterThan(0)
    const before = Number((await long.getByTestId('progress-percent').innerText()).replace('%', ''))

    await page.reload()
    await openScreen(page, 'prime')
    const again = queueItem(page, 'e2e reload long')
    await again.waitFor()
    expect(await again.getAttribute('data-state')).toBe('running')
    expect(Number((await again.getByTestId('progress-percent').innerText()).replace('%', ''))).toBeGreaterThanOrEqual(before)
    expect(await page.getByTestId('showing-live').count()).toBe(1)
    // The earlier suites keep how they ended, not "Completed 0%".
    expect(await queueItem(page, 'e2e all fail').getAttribute('data-outcome')).toBe('failed')
    expect(await queueItem(page, 'e2e static').getByTestId('progress-percent').innerText()).toBe('100%')
    // Progress continues after the reload.
    await expect.poll(async () => Number((await again.getByTestId('progress-percent').innerText()).replace('%', '')), { timeout: 60_000 }).toBeGreaterThan(before)
    expect(await queueItem(page, 'e2e reload queued').getByTestId('progress-eta').innerText()).toMatch(/Waiting/)
    await screenshot(page, 'truth-reloaded-queue')
    await again.getByTestId('cancel-button').click()
    expect(await finished(again)).toBe('aborted')
    expect(await finished(queueItem(page, 'e2e reload queued'))).toBe('completed')

    await page.getByTestId('clear-finished').click()
    await expect.poll(() => page.getByTestId('queue-item').count()).toBe(0)
    await page.reload()
    await openScreen(page, 'prime')
    await page.getByTestId('run-queue').waitFor()
    // Give the listing time to arrive: the connection is open once the header says so.
    await page.locator('[data-testid=connection][data-state=open]').waitFor()
    expect(await page.getByTestId('queue-item').count()).toBe(0)
    expect(lab.pageErrors).toEqual([])
  })

  it('a rename in History shows in the queue, the result header, the session list and Compare', async () => {
    const { page } = lab
    await openScreen(page, 'prime')
    await configure(page, 'prime', { workload: { hi: 1_000_000 }, runtimes: ['main', 'thread'], workers: [1], repeat: 1, warmup: 0, label: 'e2e before rename' })
    expect(await finished(await run(page, 'prime', 'e2e before rename'))).toBe('completed')
    await openScreen(page, 'history')
    const entry = page.getByTestId('history-item').filter({ hasText: 'e2e before rename' })
    await entry.getByTestId('history-rename').click()
    await entry.getByTestId('history-rename-input').fill('e2e renamed run')
    await entry.getByTestId('history-rename-save').click()
    await page.getByTestId('history-title').filter({ hasText: 'e2e renamed run' }).waitFor()
    expect(await page.getByTestId('session-item').filter({ hasText: 'e2e renamed run' }).count()).toBe(1)
    await openScreen(page, 'prime')
    expect(await queueItem(page, 'e2e renamed run').count()).toBe(1)
    expect(await page.getByTestId('showing-select').locator('option:checked').innerText()).toMatch(/e2e renamed run/)
    await openScreen(page, 'compare')
    expect(await page.locator('label.check', { hasText: 'e2e renamed run' }).count()).toBe(1)
    expect(await page.locator('label.check', { hasText: 'e2e before rename' }).count()).toBe(0)
    // After a reload the engine's queue has the new title too.
    await page.reload()
    await openScreen(page, 'prime')
    await queueItem(page, 'e2e renamed run').waitFor()
    expect(lab.pageErrors).toEqual([])
  })
})
