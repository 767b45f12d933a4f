/**
 * Issue 13 §1, the engine's side of the page, driven for real: the web server stopped (the page
 * says so, Run says why it cannot start) and started again on the same port (the page reconnects
 * by itself); an imported report (labelled, never the default, the Machine panel still this
 * machine); the Machine panel's load average asked again while shown.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { configure, finished, openScreen, run } from './form-driver'
import { type WebLab, screenshot, startWebLab } from './web-lab'

let lab: WebLab

beforeAll(async () => {
  lab = await startWebLab()
})
afterAll(async () => {
  await lab?.close()
})

describe('the page and the engine', () => {
  it('says when the engine is gone, explains a Run pressed meanwhile, and reconnects when it is back', async () => {
    const { page } = lab
    await openScreen(page, 'prime')
    await page.locator('[data-testid=connection][data-state=open]').waitFor()
    await lab.stopServer()
    await page.locator('[data-testid=connection][data-state=retrying]').waitFor()
    expect(await page.getByTestId('connection-lost').innerText()).toMatch(/No connection to the lab engine/)
    await configure(page, 'prime', { workload: { hi: 1_000_000 }, runtimes: ['main'], workers: [1], repeat: 1, warmup: 0, label: 'e2e while down' })
    await page.getByTestId('form-prime').getByTestId('run-button').click()
    await expect.poll(() => page.getByTestId('enqueue-error').innerText()).toMatch(/^Could not start the run: .*lab server/)
    await screenshot(page, 'truth-engine-gone')

    await lab.restartServer()
    await page.locator('[data-testid=connection][data-state=open]').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('connection-lost').count()).toBe(0)
    const item = await run(page, 'prime', 'e2e while down')
    expect(await finished(item)).toBe('completed')
    expect(lab.pageErrors).toEqual([])
  })

  it('labels an imported report, never shows it by default, and keeps this machine in the Machine panel', async () => {
    const { page } = lab
    const ownCpu = await page.getByTestId('machine-cpu').innerText()
    // Someone else's report: our own saved one, from "another machine".
    const [file] = (await readdir(lab.historyDir)).filter((f) => f.endsWith('.json'))
    const report = JSON.parse(await readFile(join(lab.historyDir, file!), 'utf8')) as { label?: string; createdAt: string; machine: { cpuModel: string } }
    report.label = 'e2e their laptop'
    report.createdAt = '2020-01-01T00:00:00.000Z'
    report.machine.cpuModel = 'Imported CPU 9000'
    const path = join(tmpdir(), `conlab-e2e-import-${process.pid}.json`)
    await writeFile(path, JSON.stringify(report))
    try {
      await openScreen(page, 'history')
      await page.getByTestId('import-input').setInputFiles(path)
      await page.getByTestId('import-messages').filter({ hasText: 'Imported' }).waitFor()
    } finally {
      await rm(path, { force: true })
    }
    await openScreen(page, 'prime')
    expect(await page.getByTestId('showing-imported').count()).toBe(0)
    expect(await page.getByTestId('showing-select').locator('option:checked').innerText()).toMatch(/e2e while down/)
    expect(await page.getByTestId('machine-cpu').innerText()).toBe(ownCpu)
    expect(await page.getByTestId('report-machine-panel').count()).toBe(0)

    // Opened explicitly: labelled, with the other machine in a panel of its own.
    await openScreen(page, 'history')
    await page.getByTestId('session-item').filter({ hasText: 'e2e their laptop' }).getByTestId('session-show').click()
    await page.getByTestId('showing-imported').waitFor()
    expect(await page.getByTestId('showing-imported').innerText()).toMatch(/imported/)
    expect(await page.getByTestId('showing-select').locator('option:checked').innerText()).toMatch(/e2e their laptop.*\(imported\)/)
    expect(await page.getByTestId('machine-cpu').innerText()).toBe(ownCpu)
    expect(await page.getByTestId('report-machine-cpu').innerText()).toBe('Imported CPU 9000')
    await screenshot(page, 'truth-imported')

    // A reload goes back to the user's own latest run.
    await page.reload()
    await openScreen(page, 'prime')
    await page.getByTestId('showing-select').waitFor()
    expect(await page.getByTestId('showing-imported').count()).toBe(0)
    expect(await page.getByTestId('showing-select').locator('option:checked').innerText()).toMatch(/e2e while down/)
    expect(lab.pageErrors).toEqual([])
  })

  it('asks the engine for the machine again while the panel is shown', async () => {
    const { page } = lab
    let asked = 0
    page.on('websocket', (socket) => socket.on('framesent', (frame) => void (String(frame.payload).includes('"getMachine"') && asked++)))
    await page.reload()
    await openScreen(page, 'prime')
    await expect.poll(() => asked, { timeout: 20_000 }).toBeGreaterThanOrEqual(3)
    expect(await page.getByTestId('machine-load').innerText()).toMatch(/\d/)
  })
})
