/**
 * The five hazard screens (issue 17) run from their own forms with small options and show what
 * happened: the deadlock's wait-for graph with its cycle and how often each variant deadlocked,
 * the livelock's retries against completions, the crash table's verdicts, the starvation and
 * priority-inversion tables, and each one's "What this shows". Waits for states, never for times;
 * what a figure is (how many deadlocked) is the engine's tests' business, not this one's.
 */
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { type Settings, configure, finished, openScreen, run } from './form-driver'
import { type WebLab, startWebLab } from './web-lab'

let lab: WebLab | undefined
afterEach(async () => {
  await lab?.close()
  lab = undefined
})

async function runScreen(page: Page, workload: string, settings: Settings): Promise<void> {
  await openScreen(page, workload)
  await configure(page, workload, { repeat: 2, warmup: 0, ...settings })
  const item = await run(page, workload, settings.label!)
  expect(await finished(item)).toBe('completed')
}

/** The body rows of the table inside `testid`, each as its cells' texts. */
async function tableRows(page: Page, testid: string): Promise<string[][]> {
  const rows = await page.getByTestId(testid).locator('tbody tr').all()
  return Promise.all(rows.map(async (row) => (await row.locator('td').allInnerTexts()).map((c) => c.trim())))
}

async function expectExplained(page: Page, testid: string): Promise<void> {
  const what = page.getByTestId(testid)
  await what.waitFor()
  expect((await what.innerText()).length).toBeGreaterThan(100)
}

describe('hazard screens show each hazard happen, and explain it', () => {
  it('deadlock, livelock, crash isolation, starvation and priority inversion from their screens', async () => {
    lab = await startWebLab()
    const { page } = lab

    await runScreen(page, 'deadlock', { workload: { pairs: 5, detectBoundMs: 2000 }, runtimes: ['thread', 'process'], label: 'e2e deadlock' })
    // The traced repetition's graph is drawn; its verdict line names what the graph found.
    await page.getByTestId('wait-for-graph').waitFor()
    expect((await page.getByTestId('wait-for-verdict').innerText()).length).toBeGreaterThan(0)
    // A cycle named in red is drawn too: a wait and a hold per worker in it, in red (once nodes only).
    if (await page.getByTestId('wait-for-verdict').evaluate((p) => p.classList.contains('alarm'))) {
      expect(await page.getByTestId('wait-for-graph').locator('line.edge.cycle').count()).toBeGreaterThanOrEqual(4)
    }
    const deadlocks = await tableRows(page, 'deadlock-figures')
    // One row per variant on threads (circular, ordered, try-backoff), each "k of 2".
    expect(deadlocks.filter((cells) => cells.some((c) => /\b2\b/.test(c))).length).toBeGreaterThanOrEqual(3)
    await expectExplained(page, 'deadlock-what')

    await runScreen(page, 'livelock', { workload: { durationMs: 200, completions: 20 }, runtimes: ['thread'], label: 'e2e livelock' })
    // One block per variant (fixed back-off, randomised), each with its retries and completions.
    expect(await page.getByTestId('livelock-figures').locator('h4').count()).toBeGreaterThanOrEqual(2)
    await expectExplained(page, 'livelock-what')

    await runScreen(page, 'crash-isolation', { workload: { siblings: 1, siblingMs: 100 }, runtimes: ['thread', 'process'], repeat: 1, label: 'e2e crash' })
    const crashes = page.getByTestId('crash-table').locator('tbody tr')
    // Every fault on both runtimes has a verdict, and the lab (this page's engine) lived through them.
    expect(await crashes.count()).toBeGreaterThanOrEqual(8)
    for (const verdict of await crashes.locator('strong').allInnerTexts()) expect(verdict.trim().length).toBeGreaterThan(0)
    await expectExplained(page, 'crash-explain')

    await runScreen(page, 'starvation', { workload: { threads: 2, acquisitions: 500 }, runtimes: ['thread'], label: 'e2e starvation' })
    const shares = await tableRows(page, 'starvation-table')
    expect(shares.length).toBeGreaterThanOrEqual(2)
    await expectExplained(page, 'starvation-explain')

    await runScreen(page, 'priority-inversion', { workload: { unitSteps: 20_000, holdUnits: 5 }, runtimes: ['process'], repeat: 1, label: 'e2e priority' })
    // Measured where the OS allows pinning, else said plainly: one of the two is on the screen.
    const measured = await page.getByTestId('priority-table').count()
    const said = await page.getByTestId('priority-not-observable').count()
    expect(measured + said).toBeGreaterThan(0)
    await expectExplained(page, 'priority-explain')
    expect(lab.pageErrors).toEqual([])
  })
})
