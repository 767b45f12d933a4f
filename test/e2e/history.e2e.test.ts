/**
 * Results outlive a reload; a finished run exports to every format (downloads in web mode); the
 * history folder lists, renames, opens and deletes saved reports; a report file is imported
 * through the file input (a broken one is refused with a message); and the comparison view puts
 * two machines side by side, compared only where their settings match.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { type Report, ReportSchema } from '../../src-shared/report'
import { makeMachine, makePoint, makeReport, makeRun } from '../fixtures/report-fixture'
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
/** The fixture's thread run on a machine twice as fast, and its process run with warmup = `warmup`. */
function fixtureReport(label: string, hostname: string, speed: number, warmup: number): Report {
  const faster = (workers: 1 | 2) => {
    const p = makePoint(workers)
    const s = p.stats
    const scale = (v: number) => v / speed
    return { ...p, samplesMs: p.samplesMs.map(scale), stats: { ...s, median: scale(s.median), mean: scale(s.mean), stddev: scale(s.stddev), min: scale(s.min), max: scale(s.max), ci95: [scale(s.ci95[0]), scale(s.ci95[1])] as [number, number] } }
  }
  const process = makeRun({ id: 'prime-process-1', runtime: 'process', settings: { serialization: 'advanced', warmup, repeat: 3, taskTimeoutMs: 120_000 } })
  return makeReport({ label, machine: makeMachine({ hostname, cpuModel: `${label} CPU` }), runs: [makeRun({ points: [faster(1), faster(2)] }), process] })
}

/** Clicks an export button and returns the downloaded file's bytes; an export error fails with its message. */
async function download(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  const failed = page.locator('[data-testid="export-message"].error')
  const [file] = await Promise.all([
    Promise.race([page.waitForEvent('download', { timeout: 60_000 }), failed.waitFor({ timeout: 60_000 }).then(async () => Promise.reject(new Error(`export ${format}: ${await failed.innerText()}`)))]),
    page.getByTestId(`export-${format}`).click(),
  ])
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) }
}

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

  it('exports the finished run as HTML, CSV, Markdown, JSON and PDF downloads', async () => {
    const { page } = lab
    await openScreen(page, 'prime')
    const html = await download(page, 'html')
    expect(html.name).toMatch(/\.html$/)
    expect(html.bytes.toString('utf8')).toContain('<svg')
    const csv = (await download(page, 'csv')).bytes.toString('utf8')
    const [header, ...rows] = csv.trim().split(/\r?\n/)
    expect(header).toMatch(/workload.*runtime.*workers/)
    expect(rows.length).toBeGreaterThan(0)
    const md = (await download(page, 'md')).bytes.toString('utf8')
    expect(md).toMatch(/^# /m)
    expect(md).toContain('|')
    const json = ReportSchema.parse(JSON.parse((await download(page, 'json')).bytes.toString('utf8')))
    expect(json.label).toBe('e2e history run')
    expect(json.runs.map((r) => r.runtime)).toEqual(['main', 'thread', 'process'])
    const pdf = await download(page, 'pdf')
    expect(pdf.name).toMatch(/\.pdf$/)
    expect(pdf.bytes.length).toBeGreaterThan(1000)
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(await page.getByTestId('export-message').innerText()).toContain(pdf.name)
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
    await writeFile(good, JSON.stringify(fixtureReport('Fixture laptop', 'fixture-laptop', 1, 1)))
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

  it('compares two machines: ratios where the settings match, the mismatch listed, a chosen baseline', async () => {
    const { page } = lab
    // Twice as fast on the thread run; the process run used another warm-up, so it is not compared.
    const desktop = join(files, 'fixture-desktop.json')
    await writeFile(desktop, JSON.stringify(fixtureReport('Fixture desktop', 'fixture-desktop', 2, 3)))
    await openScreen(page, 'compare')
    await page.getByTestId('import-input').setInputFiles([desktop])
    await page.locator('label', { hasText: 'Fixture desktop' }).getByTestId('compare-pick').waitFor()
    for (const pick of await page.getByTestId('compare-pick').all()) await pick.setChecked(false)
    await page.locator('label', { hasText: 'Fixture laptop' }).getByTestId('compare-pick').check()
    await page.locator('label', { hasText: 'Fixture desktop' }).getByTestId('compare-pick').check()

    const warmup = page.getByTestId('compare-mismatches').locator('[data-field="warmup"]')
    await warmup.waitFor()
    expect(await warmup.locator('td').allInnerTexts()).toEqual(['1', '3'])
    expect(await page.getByTestId('compare-column').allInnerTexts()).toEqual(['Fixture laptop (baseline)', 'Fixture desktop'])
    const desktopCells = page.locator('[data-testid="compare-cell"][data-machine="Fixture desktop"]')
    // The thread run matches: 1 and 2 workers, each a measured cell with a ratio and the test's
    // verdict; the fixtures' 3 repetitions give no interval and no verdict a test could reach.
    const ratios = (await desktopCells.locator('[data-testid="compare-ratio"]').allInnerTexts()).filter((r) => r.includes('×'))
    expect(ratios).toHaveLength(2)
    for (const ratio of ratios) expect(ratio).toBe('2×, too few repetitions to tell')
    expect(await desktopCells.filter({ hasText: 'other settings' }).count()).toBeGreaterThan(0)
    expect(await page.getByTestId('compare-summary').nth(1).innerText()).toContain('2× faster')
    const series = (await page.getByTestId('chart-compare').getAttribute('data-series'))?.split(',') ?? []
    expect(series).toEqual(['Fixture laptop', 'Fixture desktop'])
    await screenshot(page, 'compare')

    // The desktop as the baseline: now the laptop is the one at half speed.
    const baseline = page.getByTestId('compare-baseline')
    await baseline.selectOption({ label: 'Fixture desktop' })
    const laptopRatio = page.locator('[data-testid="compare-cell"][data-machine="Fixture laptop"] [data-testid="compare-ratio"]').first()
    await laptopRatio.filter({ hasText: '0.5×' }).waitFor()
    expect(await page.getByTestId('compare-column').allInnerTexts()).toEqual(['Fixture laptop', 'Fixture desktop (baseline)'])
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
