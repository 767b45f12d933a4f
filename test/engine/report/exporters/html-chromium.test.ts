/**
 * The HTML export in a real browser (Debian Chromium through playwright-core) with the network
 * off: the charts render as SVG carrying the report's numbers, nothing is requested, nothing
 * breaks the CSP, and a hostile report stays text.
 */
import { existsSync } from 'node:fs'
import { type Browser, type Page, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../../../src-shared/report'
import { compareReports } from '../../../../src-main/engine/report/compare'
import { comparisonToHtml } from '../../../../src-main/engine/report/exporters/compare-html'
import { reportToHtml } from '../../../../src-main/engine/report/exporters/html'
import { makeReport } from '../../../fixtures/report-fixture'
import { microReport, scaledReport, suiteReport } from '../report-samples'

const CHROMIUM = '/usr/bin/chromium'
let browser: Browser | undefined

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with apt-get install -y chromium`)
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
})

afterAll(async () => {
  await browser?.close()
})

interface Loaded {
  page: Page
  requests: string[]
  problems: string[]
}

/** Loads the page offline; every request (there should be none) and every console error is kept. */
async function load(html: string): Promise<Loaded> {
  const context = await browser!.newContext({ offline: true, javaScriptEnabled: true })
  const page = await context.newPage()
  const requests: string[] = []
  const problems: string[] = []
  await page.route('**/*', async (route) => {
    requests.push(route.request().url())
    await route.abort()
  })
  page.on('request', (r) => requests.push(r.url()))
  page.on('requestfailed', (r) => problems.push(`failed request ${r.url()}`))
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))
  await page.setContent(html, { waitUntil: 'load' })
  return { page, requests, problems }
}

/** The drawn points of every chart: its title and each circle's data values and size on screen. */
async function chartPoints(page: Page) {
  return page.$$eval('svg.chart', (svgs) =>
    svgs.map((svg) => ({
      title: svg.querySelector('title')?.textContent ?? '',
      kind: svg.getAttribute('data-chart'),
      width: svg.getBoundingClientRect().width,
      points: [...svg.querySelectorAll('circle.point')].map((c) => ({
        x: Number(c.getAttribute('data-x')),
        y: Number(c.getAttribute('data-y')),
        visible: c.getBoundingClientRect().width > 0,
      })),
      bars: [...svg.querySelectorAll('rect.bar')].map((r) => Number(r.getAttribute('data-value'))),
      spans: svg.querySelectorAll('rect.span').length,
    })),
  )
}

describe('the HTML export in Chromium, offline', () => {
  it('draws the speedup chart with the report\'s numbers, the ideal line, and requests nothing', async () => {
    const { page, requests, problems } = await load(reportToHtml(suiteReport()))
    const charts = await chartPoints(page)
    const speedup = charts.find((c) => c.title === 'Speedup against workers')
    expect(speedup).toBeDefined()
    expect(speedup!.width).toBeGreaterThan(100)
    expect(speedup!.points.map((p) => [p.x, p.y])).toEqual([[1, 1], [2, 1.961], [1, 1], [2, 1.89]])
    expect(speedup!.points.every((p) => p.visible)).toBe(true)
    expect(await page.locator('svg.chart .ideal').count()).toBe(1)
    const time = charts.find((c) => c.title === 'Time against workers')
    expect(time!.points.map((p) => p.y)).toEqual([200, 100, 51, 105, 56])
    expect(charts.find((c) => c.kind === 'timeline')!.spans).toBe(2)
    expect(charts.find((c) => c.kind === 'bar')!.bars.length).toBeGreaterThan(0)
    expect(requests).toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('draws extra figures found by shape (latency percentiles, throughput) over payload sizes', async () => {
    const { page, requests, problems } = await load(reportToHtml(microReport()))
    const charts = await chartPoints(page)
    const latency = charts.find((c) => c.title.startsWith('latency'))
    expect(latency?.bars).toEqual([20, 50, 60, 400, 24, 60, 72, 480, 40, 100, 120, 800, 100, 250, 300, 2000, 22, 55, 66, 440])
    const time = charts.find((c) => c.title === 'Time against payload size')
    expect(time?.points.map((p) => p.x)).toEqual([64, 65536, 64, 65536])
    expect(charts.find((c) => c.title.startsWith('throughput'))?.points).toHaveLength(4)
    expect(requests).toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('keeps a hostile report as text: no element, handler or script comes from the file', async () => {
    const label = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'
    const report: Report = makeReport({ label, machine: { ...makeReport().machine, cpuModel: '<iframe src="https://example.com">' } })
    const { page, requests, problems } = await load(reportToHtml(report))
    expect(await page.locator('h1').textContent()).toBe(label)
    expect(await page.locator('img, script, iframe, [onerror]').count()).toBe(0)
    expect(await page.title()).not.toBe('pwned')
    expect(requests).toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('draws a comparison of three machines with the ratios as bars', async () => {
    const comparison = compareReports([
      { source: 'a.json', report: suiteReport() },
      { source: 'b.json', report: scaledReport('bob', 0.5) },
      { source: 'c.json', report: scaledReport('carol', 2) },
    ])
    const { page, requests, problems } = await load(comparisonToHtml(comparison))
    const charts = await chartPoints(page)
    const relative = charts.filter((c) => c.title === 'Speed relative to alice-laptop')
    expect(relative.length).toBeGreaterThan(0)
    expect(relative[0]!.bars).toEqual([2, 0.5])
    expect(requests).toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })
})
