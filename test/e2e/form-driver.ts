/**
 * Drives an experiment screen the way a user does: pick the tab, type settings into the fields
 * (by their stable data-testids), press Run, and wait for the queue to say how it ended.
 */
import type { Locator, Page } from 'playwright-core'

export interface Settings {
  /** Workload options, keyed by option name (e.g. `hi`). */
  workload?: Record<string, string | number | boolean>
  runtimes?: string[]
  /** A worker-count list; `auto` keeps the automatic sweep. */
  workers?: number[] | 'auto'
  repeat?: number
  warmup?: number
  taskTimeoutMs?: number
  /** `sequential` makes each point arrive as soon as it is measured (interleaved: at the end). */
  order?: 'sequential' | 'interleaved'
  label?: string
}

/** Long enough for a slow run on two busy cores; tests wait for states, never for times. */
export const RUN_TIMEOUT = 100_000

export async function openScreen(page: Page, workload: string): Promise<void> {
  await page.getByTestId(`nav-${workload}`).click()
  await page.getByTestId(`screen-${workload}`).waitFor()
}

async function setField(field: Locator, value: string | number | boolean): Promise<void> {
  if (typeof value === 'boolean') await field.setChecked(value)
  else if ((await field.locator('xpath=self::select').count()) > 0) await field.selectOption(String(value))
  else await field.fill(String(value))
}

export async function configure(page: Page, workload: string, settings: Settings): Promise<void> {
  const form = page.getByTestId(`form-${workload}`)
  await form.getByTestId('reset-button').click()
  for (const [key, value] of Object.entries(settings.workload ?? {})) await setField(form.getByTestId(`field-workload.${key}`), value)
  if (settings.runtimes) {
    const boxes = form.locator('[data-testid^="field-runtimes-"]')
    for (const box of await boxes.all()) {
      const runtime = (await box.getAttribute('data-testid'))!.slice('field-runtimes-'.length)
      // A runtime that does not apply to this experiment is disabled and unticked already.
      if (await box.isEnabled()) await box.setChecked(settings.runtimes.includes(runtime))
    }
  }
  if (settings.workers !== undefined) {
    await form.getByTestId('field-workers-auto').setChecked(settings.workers === 'auto')
    if (settings.workers !== 'auto') await form.getByTestId('field-workers').fill(settings.workers.join(', '))
  }
  if (settings.repeat !== undefined) await form.getByTestId('field-repeat').fill(String(settings.repeat))
  if (settings.warmup !== undefined) await form.getByTestId('field-warmup').fill(String(settings.warmup))
  if (settings.taskTimeoutMs !== undefined) await form.getByTestId('field-taskTimeoutMs').fill(String(settings.taskTimeoutMs))
  if (settings.order !== undefined) await form.getByTestId('field-order').selectOption(settings.order)
  if (settings.label !== undefined) await form.getByTestId('field-label').fill(settings.label)
}

/** The queue entry of the suite labelled `label` (labels are unique per test). */
export function queueItem(page: Page, label: string): Locator {
  return page.getByTestId('queue-item').filter({ has: page.locator('.queue-label', { hasText: label }) })
}

export async function run(page: Page, workload: string, label: string): Promise<Locator> {
  await page.getByTestId(`form-${workload}`).getByTestId('run-button').click()
  const item = queueItem(page, label)
  await item.waitFor()
  return item
}

/** Starts the run from the keyboard: Enter in a text field submits the settings form. */
export async function runByKeyboard(page: Page, workload: string, label: string): Promise<Locator> {
  await page.getByTestId(`form-${workload}`).getByTestId('field-label').press('Enter')
  const item = queueItem(page, label)
  await item.waitFor()
  return item
}

/** Scrolls the settings column back to its top (the presets), as a person would before a screenshot. */
export async function scrollFormToTop(page: Page, workload: string): Promise<void> {
  await page.getByTestId(`form-${workload}`).getByTestId('preset-quick').scrollIntoViewIfNeeded()
}

/** Waits until the suite has left queued/running, and returns the state it ended in. */
export async function finished(item: Locator): Promise<string | null> {
  await item.and(item.page().locator('[data-state=completed], [data-state=aborted], [data-state=failed]')).waitFor({ timeout: RUN_TIMEOUT })
  return item.getAttribute('data-state')
}
