/**
 * Results outlive a reload; the history folder lists, renames, opens and deletes saved reports;
 * a report file is imported through the file input (a broken one is refused with a message); and
 * the comparison view puts two machines side by side.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeMachine, makeReport } from '../fixtures/report-fixture'
import { configure, finished, openScreen, run } from './form-driver'
import { type WebLab, screenshot, startWebLab } from './web-lab'

let lab: WebLab
let files: string

beforeAll(async () => {
  files = await mkdtemp(join(tmpdir(), 'conlab-e2e-import-'))
  lab = await startWebLab()
  const { page } = lab
  await openScreen(page, 'prime')
  await configure(page, 'prime', { workload: { hi: 2_000_000 }, runtimes: ['main', 'thread', 'process'], workers: [1, 2], repeat: 1, warmup: 0, label: 'e2e history run' })
  expect(await finished(await run(page, 'prime', 'e2e history run'))).toBe('completed')
})
afterAll(async () => {
  await lab?.close()
  await rm(files, { recursive: true, force: true })
})

describe('history, import and compare', () => {
  it('shows the last results again after a reload (localStorage, checked by the report schema)', async () => {
    const { page } = lab
    await page.reload()
    await page.getByTestId('screen-prime').waitFor()
    expect(await page.getByTestId('showing-select').locator('option:checked').innerText()).toContain('e2e history run')
    const series = (await page.getByTestId('chart-speedup').getAttribute('data-series'))?.split(',') ?? []
    expect(series).toEqual(expect.arrayContaining(['thread', 'process']))
  })

  it('lists the saved report, renames it and opens it', async () => {
    const { page } = lab
    await openScreen(page, 'history')
    const item = page.getByTestId('history-item').filter({ hasText: 'e2e history run' })
    await item.waitFor()
    await item.getByTestId('history-rename').click()
    await item.getByTestId('history-rename-input').fill('Renamed by e2e')
    await item.getByTestId('history-rename-save').click()
    await page.getByTestId('history-title').filter({ hasText: 'Renamed by e2e' }).waitFor()
    await screenshot(page, 'history')
    await page.getByTestId('history-item').filter({ hasText: 'Renamed by e2e' }).getByTestId('history-open').click()
    await page.getByTestId('screen-prime').waitFor()
    expect(await page.getByTestId('showing-select').locator('option:checked').innerText()).toContain('Renamed by e2e')
  })

  it('imports a report file and refuses a broken one with a message', async () => {
    const { page } = lab
    const good = join(files, 'fixture-laptop.json')
    const bad = join(files, 'broken.json')
    await writeFile(good, JSON.stringify(makeReport({ label: 'Fixture laptop', machine: makeMachine({ hostname: 'fixture-laptop', cpuModel: 'Fixture CPU' }) })))
    await writeFile(bad, '{"schema": "concurrency-lab/report", "version": 1')
    await openScreen(page, 'history')
    await page.getByTestId('import-input').setInputFiles([good, bad])
    const messages = page.getByTestId('import-messages')
    await messages.locator('li.ok').waitFor()
    await messages.locator('li.error').waitFor()
    expect(await messages.locator('li.ok').innerText()).toContain('fixture-laptop.json')
    expect(await messages.locator('li.error').innerText()).toContain('broken.json')
    await page.getByTestId('session-item').filter({ hasText: 'Fixture laptop' }).waitFor()
  })

  it('compares two reports: one column and one chart line per machine', async () => {
    const { page } = lab
    await openScreen(page, 'compare')
    const picks = page.getByTestId('compare-pick')
    for (const pick of await picks.all()) await pick.setChecked(false)
    await page.locator('label', { hasText: 'Fixture laptop' }).getByTestId('compare-pick').check()
    await page.locator('label', { hasText: 'Renamed by e2e' }).getByTestId('compare-pick').check()
    expect(await page.getByTestId('compare-column').count()).toBe(2)
    expect(await page.getByTestId('compare-row').count()).toBeGreaterThan(0)
    const lines = (await page.getByTestId('chart-compare').getAttribute('data-series'))?.split(',') ?? []
    expect(lines).toHaveLength(2)
    await screenshot(page, 'compare')
  })

  it('deletes a saved report after a second confirmation', async () => {
    const { page } = lab
    await openScreen(page, 'history')
    const item = page.getByTestId('history-item').filter({ hasText: 'Renamed by e2e' })
    await item.getByTestId('history-delete').click()
    expect(await item.getByTestId('history-delete').innerText()).toMatch(/Really/)
    await item.getByTestId('history-delete').click()
    await item.waitFor({ state: 'detached' })
    expect(lab.pageErrors).toEqual([])
  })
})
