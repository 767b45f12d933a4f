/**
 * The Compare screen (issue 13, 2.7): reports named after the machine (label, else CPU and cores,
 * never the experiment or the file), times to the second, a hint that counts what is picked, the
 * form's names in "Not compared", and the comparison exported as Markdown and HTML in the page's
 * language (English, then Chinese after the header's switch).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src-shared/report'
import { makeMachine, makeReport, makeRun } from '../fixtures/report-fixture'
import { openScreen } from './form-driver'
import { type WebLab, startWebLab } from './web-lab'

let lab: WebLab
let files: string

/** A prime report whose process run used `warmup` and `hi`: a different one is not compared. */
function fixture(label: string | undefined, cpuModel: string, cores: number, createdAt: string, warmup: number, hi: number): Report {
  const process = makeRun({
    id: 'prime-process-1',
    runtime: 'process',
    config: { workload: 'prime', lo: 0, hi, method: 'sieve', chunking: 'dynamic', chunksPerWorker: 4 },
    settings: { serialization: 'advanced', warmup, repeat: 3, taskTimeoutMs: 120_000 },
  })
  const machine = makeMachine({ cpuModel, logicalCores: cores, availableParallelism: cores, hostname: `${cpuModel.replace(/\W+/g, '-')}-host` })
  return makeReport({ label, createdAt, machine, runs: [makeRun(), process] })
}

async function download(page: Page, format: 'md' | 'html'): Promise<{ name: string; text: string }> {
  const failed = page.locator('[data-testid="compare-export-message"].error')
  const [file] = await Promise.all([
    Promise.race([page.waitForEvent('download', { timeout: 60_000 }), failed.waitFor({ timeout: 60_000 }).then(async () => Promise.reject(new Error(`export ${format}: ${await failed.innerText()}`)))]),
    page.getByTestId(`compare-export-${format}`).click(),
  ])
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') }
}

beforeAll(async () => {
  files = await mkdtemp(join(tmpdir(), 'conlab-e2e-compare-'))
  lab = await startWebLab()
})

afterAll(async () => {
  await lab?.close()
  await rm(files, { recursive: true, force: true })
})

describe('compare screen', () => {
  it('names machines, counts the picks, labels the mismatched settings and exports in both languages', async () => {
    const { page } = lab
    await openScreen(page, 'compare')
    expect(await page.getByTestId('compare-hint').innerText()).toBe('Import or open at least two reports to compare them.')

    const reports = [
      ['laptop.json', fixture('Fixture laptop', 'Laptop CPU', 4, '2024-03-05T10:00:07.000Z', 1, 1_000_000)],
      ['prime-search-2.json', fixture(undefined, 'Desk CPU 9000', 8, '2024-03-05T10:00:41.000Z', 3, 2_000_000)],
      ['third.json', fixture('Fixture third', 'Third CPU', 2, '2024-03-06T10:00:00.000Z', 1, 1_000_000)],
    ] as const
    const paths = await Promise.all(reports.map(async ([name, report]) => {
      const path = join(files, name)
      await writeFile(path, JSON.stringify(report))
      return path
    }))
    await page.getByTestId('import-input').setInputFiles(paths)
    await expect.poll(() => page.getByTestId('compare-pick').count()).toBe(3)
    for (const pick of await page.getByTestId('compare-pick').all()) await pick.setChecked(false)

    const desk = page.locator('label', { hasText: 'Desk CPU 9000, 8 cores' })
    // Named after the machine, not the file or the host; the time to the second.
    expect(await desk.innerText()).toMatch(/\d\d:\d\d:41/)
    expect(await page.getByTestId('compare-pick-name').allInnerTexts()).toEqual(expect.arrayContaining(['Fixture laptop', 'Desk CPU 9000, 8 cores', 'Fixture third']))

    await page.locator('label', { hasText: 'Fixture laptop' }).getByTestId('compare-pick').check()
    expect(await page.getByTestId('compare-hint').innerText()).toBe('Pick at least two reports to compare them: 1 picked of 3 listed.')
    await desk.getByTestId('compare-pick').check()
    await page.getByTestId('compare-hint').waitFor({ state: 'detached' })

    await page.getByTestId('compare-mismatches').waitFor()
    expect(await page.getByTestId('compare-column').allInnerTexts()).toEqual(['Fixture laptop (baseline)', 'Desk CPU 9000, 8 cores'])
    const names = await page.getByTestId('compare-mismatch-field').locator('th').allInnerTexts()
    expect(names).toEqual(expect.arrayContaining(['Up to (hi)', 'Warm-up repetitions']))
    expect(names.join(' ')).not.toMatch(/config\.|warmup/)
    const hi = page.getByTestId('compare-mismatches').locator('[data-field="config.hi"]')
    expect(await hi.locator('th').innerText()).toBe('Up to (hi)')

    const md = await download(page, 'md')
    expect(md.name).toMatch(/\.md$/)
    expect(md.text).toMatch(/^# Machine comparison/m)
    expect(md.text).toContain('Desk CPU 9000, 8 cores')
    const html = await download(page, 'html')
    expect(html.name).toMatch(/\.html$/)
    expect(html.text).toMatch(/<html[^>]*\blang="en"/)

    await page.getByTestId('language').selectOption('zh-CN')
    // The column follows the language too ("8 核"), and so does the export.
    await page.getByTestId('compare-column').filter({ hasText: 'Desk CPU 9000，8 核' }).waitFor()
    const zhHtml = await download(page, 'html')
    expect(zhHtml.text).toMatch(/<html[^>]*\blang="zh-CN"/)
    expect(zhHtml.text).toContain('Desk CPU 9000，8 核')
    expect(zhHtml.text).toMatch(/[\u4e00-\u9fff]{4}/)
    const zhMd = await download(page, 'md')
    expect(zhMd.text).toMatch(/[\u4e00-\u9fff]{4}/)
    expect(lab.pageErrors).toEqual([])
  })
})
