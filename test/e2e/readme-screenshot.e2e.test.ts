/**
 * Makes the README's screenshot from a real, full-size prime sweep. Not part of CI (a minute of
 * both cores for a picture): run it on a quiet machine with
 * `CONLAB_README_SCREENSHOT=1 npx vitest run --config vitest.e2e.config.ts test/e2e/readme-screenshot.e2e.test.ts`
 * after a build. The e2e tests' own small sweeps are too short to show real speedups.
 */
import { expect, it } from 'vitest'
import { configure, finished, openScreen, run, scrollFormToTop } from './form-driver'
import { screenshot, startWebLab } from './web-lab'

it.runIf(process.env.CONLAB_README_SCREENSHOT === '1')('screenshots a full prime sweep for the README', async () => {
  const lab = await startWebLab()
  try {
    const { page } = lab
    await openScreen(page, 'prime')
    await configure(page, 'prime', { workload: { hi: 1_000_000_000 }, runtimes: ['main', 'thread', 'process'], workers: 'auto', repeat: 8, warmup: 1, label: 'Workshop sweep' })
    const item = await run(page, 'prime', 'Workshop sweep')
    expect(await finished(item)).toBe('completed')
    await scrollFormToTop(page, 'prime')
    await screenshot(page, 'readme-main', 'docs/screenshot-main.png')
  } finally {
    await lab.close()
  }
}, 600_000)
