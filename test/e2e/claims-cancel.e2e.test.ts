/**
 * "Run all" on the Claims screen, cancelled midway (issue 18): the suite ends aborted, the screen
 * says so, each claim shows what the engine decided from the runs that finished (the saved
 * report's verdicts, none of them "cannot be settled" for a run the user stopped), the claims it
 * never reached keep the verdict they had, and no engine child process is left.
 */
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { CLAIM_IDS } from '../../src-shared/claims/claim-ids'
import en from '../../src-shared/i18n/en'
import type { Report } from '../../src-shared/report'
import { childPidsOf, survivors } from '../helpers/processes'
import { type WebLab, screenshot, startWebLab } from './web-lab'
import { earlierReport, saveEarlier, savedReport } from './claims-history'

let lab: WebLab | undefined
afterEach(async () => {
  await lab?.close()
  lab = undefined
})

/** A verdict decided here before, for a claim late in the Workshop plan (the cancel comes before it). */
const EARLIER: Report = earlierReport([{ claim: 'deadlock', verdict: 'holds', because: { code: 'fixture' }, figures: [], runIds: [], english: 'Holds.' }])

const cmdline = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
  } catch {
    return ''
  }
}

/** Every process under `pid`, children first found first. */
function descendants(pid: number): number[] {
  const found: number[] = []
  for (let queue = childPidsOf(pid); queue.length > 0; ) {
    const next = queue.shift()!
    found.push(next)
    queue.push(...childPidsOf(next))
  }
  return found
}

function claimsReport(historyDir: string): Promise<Report> {
  return savedReport(historyDir, (report) => report.createdAt !== EARLIER.createdAt, 'the cancelled suite saved no report')
}

describe('the Claims screen, Run all cancelled midway', () => {
  it('ends aborted, shows only the verdicts of finished claims, keeps the others and leaves no process', async () => {
    lab = await startWebLab()
    const { page, historyDir } = lab
    await saveEarlier(historyDir, EARLIER)
    // The web server is this test's child, known by its history folder on its command line.
    const server = childPidsOf(process.pid).find((pid) => cmdline(pid).includes(historyDir))
    expect(server).toBeDefined()

    await page.getByTestId('nav-claims').click()
    await page.getByTestId('screen-claims').waitFor()
    const verdictOf = (id: string) => page.getByTestId(`claim-${id}`).getByTestId('claim-verdict')
    await expect.poll(() => verdictOf('deadlock').getAttribute('data-verdict')).toBe('holds')

    // With the keyboard: Enter on "Run all", and the focus lands on Cancel (not lost to the page).
    await page.getByTestId('claims-run-all').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('claims-progress-bar').waitFor()
    // (A script string: the page's DOM types are not in this Node project's lib.)
    const focused = () => page.evaluate<string | null>(`document.activeElement?.getAttribute('data-testid') ?? null`)
    await expect.poll(focused).toBe('claims-cancel')
    // Midway: once the engine has started workers for the first runs.
    const seen = new Set<number>()
    await expect
      .poll(
        () => {
          for (const pid of descendants(server!)) seen.add(pid)
          return seen.size
        },
        { timeout: 60_000, interval: 100 },
      )
      .toBeGreaterThan(0)
    // Far enough for the first claims' runs to have finished (the plan starts with short ones).
    const percent = page.getByTestId('claims-progress-percent')
    await expect.poll(async () => Number.parseInt(await percent.innerText(), 10), { timeout: 120_000, interval: 200 }).toBeGreaterThanOrEqual(35)
    // One experiment at a time: the claims not reached yet say they wait, not that they are measured.
    expect(await page.locator('[data-testid=claim-verdict][data-verdict=waiting]').count()).toBeGreaterThan(0)
    await page.keyboard.press('Enter')
    await page.getByTestId('claims-progress').waitFor({ state: 'detached', timeout: 60_000 })
    // The suite over, the focus is back on "Run all".
    await expect.poll(focused).toBe('claims-run-all')
    // The note is drawn only for a claims suite that ended aborted.
    expect(await page.getByTestId('claims-cancelled').innerText()).toBe(en.claimsScreen.cancelled)

    // The report holds only verdicts decided from finished runs: none blames the cancel.
    const report = await claimsReport(historyDir)
    const decided = report.claims ?? []
    expect(decided.filter((v) => v.because.code === 'runAborted' || v.because.code === 'notMeasured')).toEqual([])
    expect(decided.length).toBeLessThan(CLAIM_IDS.length)
    // The screen shows exactly that: a decided claim its new verdict, the others what they had.
    for (const id of CLAIM_IDS) {
      const fresh = decided.find((v) => v.claim === id)
      const expected = fresh ? fresh.verdict : id === 'deadlock' ? 'holds' : 'none'
      await expect.poll(() => verdictOf(id).getAttribute('data-verdict')).toBe(expected)
    }
    expect(await page.getByTestId('claim-deadlock').getByTestId('claim-run-deadlock').innerText()).toBe(en.claimsScreen.runAgain)

    // No engine child outlives the cancel (a worker, a child process, an interpreter).
    for (const pid of descendants(server!)) seen.add(pid)
    expect(await survivors([...seen])).toEqual([])
    await screenshot(page, 'claims-cancelled')
    expect(lab.pageErrors).toEqual([])
  })
})
