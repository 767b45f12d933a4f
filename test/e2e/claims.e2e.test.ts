/**
 * The Claims screen end to end (issue 18), in English and in Chinese: open it, run ONE claim,
 * see the claims suite's progress, then the claim's verdict (and its evidence, when the rule drew
 * any) filled from the report the engine saved. The verdict's value is the rules' business: this
 * checks that the screen shows what the report says, in the reader's language.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { ClaimId } from '../../src-shared/claims/claim-ids'
import en from '../../src-shared/i18n/en'
import zhCN from '../../src-shared/i18n/zh-CN'
import type { Report } from '../../src-shared/report'
import { RUN_TIMEOUT } from './form-driver'
import { type WebLab, screenshot, startWebLab } from './web-lab'
import { earlierReport, saveEarlier, savedReport } from './claims-history'

/** A cheap claim: its suite is short with the real plan as with the stub. */
const CLAIM: ClaimId = 'switch-10ms'

let lab: WebLab | undefined
afterEach(async () => {
  await lab?.close()
  lab = undefined
})

/**
 * A verdict saved earlier (as an older report in the history), with evidence bars: whatever the
 * rules of this build draw, the screen must draw a saved verdict's evidence.
 */
const EARLIER: Report = earlierReport([
  {
    claim: 'cpu-processes',
    verdict: 'holds',
    because: { code: 'fixture' },
    figures: [],
    runIds: [],
    english: 'Holds: the processes finished sooner.',
    evidence: {
      unit: 'ms',
      bars: [
        { label: { code: 'runtime', params: { runtime: 'thread' } }, value: 100, interval: [95, 105] },
        { label: { code: 'runtime', params: { runtime: 'process' } }, value: 52, interval: [49, 55] },
      ],
    },
  },
])

/** The saved report that holds the verdict of CLAIM. */
function savedClaimsReport(historyDir: string): Promise<Report> {
  return savedReport(historyDir, (report) => report.claims?.some((c) => c.claim === CLAIM) ?? false, 'no report with claims in the history folder')
}

describe.each([
  ['en-US', en],
  ['zh-CN', zhCN],
] as const)('the Claims screen (%s)', (locale, words) => {
  it('runs one claim, shows its progress, then its verdict and evidence from the saved report', async () => {
    lab = await startWebLab({ locale })
    const { page } = lab
    await saveEarlier(lab.historyDir, EARLIER)
    expect(await page.getByTestId('nav-claims').innerText()).toBe(words.claimsScreen.title)
    await page.getByTestId('nav-claims').click()
    await page.getByTestId('screen-claims').waitFor()
    const card = page.getByTestId(`claim-${CLAIM}`)
    const verdict = card.getByTestId('claim-verdict')
    // A fresh history: nothing decided on this machine yet.
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('none')
    expect(await verdict.innerText()).toBe(words.claimsScreen.notRunYet)

    // The progress may come and go quickly: the page records whether it was ever drawn.
    // (A script string: the page's DOM types are not in this Node project's lib.)
    await page.evaluate(`(() => {
      const seen = { progress: false, running: false }
      globalThis.claimsSeen = seen
      new MutationObserver(() => {
        seen.progress ||= document.querySelector('[data-testid="claims-progress-bar"]') !== null
        seen.running ||= document.querySelector('[data-verdict="running"]') !== null
      }).observe(document.body, { subtree: true, childList: true, attributes: true })
    })()`)
    await card.getByTestId(`claim-run-${CLAIM}`).click()

    await expect.poll(() => verdict.getAttribute('data-verdict'), { timeout: RUN_TIMEOUT, interval: 250 }).not.toMatch(/^(none|waiting|running|measured)$/)
    const seen = await page.evaluate(() => (globalThis as unknown as { claimsSeen: { progress: boolean; running: boolean } }).claimsSeen)
    expect(seen).toEqual({ progress: true, running: true })
    await page.getByTestId('claims-progress').waitFor({ state: 'detached' })

    const report = await savedClaimsReport(lab.historyDir)
    expect(report.claims?.map((c) => c.claim)).toEqual([CLAIM])
    const decided = report.claims![0]!
    expect(await verdict.getAttribute('data-verdict')).toBe(decided.verdict)
    expect(await verdict.innerText()).toBe(words.claims.verdicts[decided.verdict])
    expect((await card.getByTestId('claim-because').innerText()).length).toBeGreaterThan(words.claimsScreen.because.length + 2)
    await card.getByTestId('claim-when').waitFor()
    // The evidence chart, when the rule drew one: one bar per bar of the report, and its table.
    const bars = decided.evidence?.bars ?? []
    const chart = card.getByTestId(`chart-evidence-${CLAIM}`)
    if (bars.length > 0) {
      expect((await chart.getAttribute('data-series'))?.split(',')).toHaveLength(bars.length)
      expect(await chart.getByTestId(`table-evidence-${CLAIM}`).locator('tbody tr').count()).toBe(bars.length)
    } else {
      expect(await chart.count()).toBe(0)
    }
    // The earlier verdict, with its evidence drawn (one bar per runtime) and its numbers as a table.
    const earlier = page.getByTestId('claim-cpu-processes')
    expect(await earlier.getByTestId('claim-verdict').innerText()).toBe(words.claims.verdicts.holds)
    await earlier.getByTestId('chart-evidence-cpu-processes').locator('canvas').waitFor()
    expect(await earlier.getByTestId('table-evidence-cpu-processes').locator('tbody tr').count()).toBe(2)
    // The other claims were not run: still "not run yet".
    expect(await page.getByTestId('claim-deadlock').getByTestId('claim-verdict').getAttribute('data-verdict')).toBe('none')
    await earlier.scrollIntoViewIfNeeded()
    await screenshot(page, `claims-${locale}`)
    // Decided here: the button runs it again, the verdict says how old it is.
    expect(await card.getByTestId(`claim-run-${CLAIM}`).innerText()).toBe(words.claimsScreen.runAgain)
    expect(await card.getByTestId('claim-when').locator('time').getAttribute('datetime')).toBe(report.createdAt)
    // From the verdict to the runs it rests on: the saved report, on its experiment's screen.
    const cited = report.runs.find((r) => decided.runIds.includes(r.id))
    expect(cited).toBeDefined()
    await card.getByTestId('claim-open-runs').click()
    await page.locator(`[data-testid="nav-${cited!.workload}"][aria-current="page"]`).waitFor()
    expect(lab.pageErrors).toEqual([])
  })
})
