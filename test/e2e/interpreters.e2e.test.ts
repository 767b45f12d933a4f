/**
 * The run form's interpreter list (issue 16): shown once a CPython runtime is ticked, it offers
 * the interpreters the lab found; a run with one ticked records that interpreter beside its
 * figures. Skipped where the machine has no usable Python (the machine panel then says how to
 * get one, tested elsewhere).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { configure, finished, openScreen, run } from './form-driver'
import { type WebLab, startWebLab } from './web-lab'
import { discoverPythons } from '../../src-main/engine/runtimes/python/discover'
import { isSupported } from '../../src-shared/python'

let lab: WebLab | undefined
afterEach(async () => {
  await lab?.close()
  lab = undefined
})

const usable = (await discoverPythons()).filter(isSupported)

describe.skipIf(usable.length === 0)('interpreters in the run form', () => {
  it('appear with a CPython runtime, and the ticked one runs', async () => {
    lab = await startWebLab()
    const { page } = lab
    await openScreen(page, 'prime')
    const form = page.getByTestId('form-prime')
    await configure(page, 'prime', { workload: { hi: 20_000 }, runtimes: ['thread'], workers: [1, 2], repeat: 1, warmup: 0, label: 'e2e interpreters' })
    expect(await form.getByTestId('field-pythons').count()).toBe(0)
    await form.getByTestId('field-runtimes-py-thread').setChecked(true)
    const boxes = form.locator('[data-testid^="field-pythons-"]')
    await boxes.first().waitFor()
    expect(await boxes.count()).toBe(usable.length)
    const chosen = usable[usable.length - 1]!
    await form.getByTestId(`field-pythons-${chosen.executable}`).setChecked(true)
    const item = await run(page, 'prime', 'e2e interpreters')
    expect(await finished(item)).toBe('completed')
    // The run's settings name the interpreter that ran it (the machine panel lists them all, so not the page).
    const settings = page.getByTestId('run-settings')
    await expect.poll(async () => (await settings.count()) > 0 && (await settings.textContent())).toContain(chosen.version)
    for (const other of usable.filter((p) => p.version !== chosen.version)) expect(await settings.textContent()).not.toContain(other.version)
    expect(lab.pageErrors).toEqual([])
  })
})
