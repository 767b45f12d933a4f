/**
 * Start-up in steps, each in a task of its own, so that none blocks the page for more than
 * 50 ms (issue 13; `npm run bench:ui` measures it): evaluating Vue, vue-i18n, zod with every
 * schema, the stores and the first render as one module graph was one task of 110-190 ms.
 * Importing a module evaluates it with whatever it imports that has not run yet, so each step
 * below runs only its own new part; a timer between steps lets the browser in. The language
 * comes before anything is drawn (a Chinese window never shows English first).
 */
import { nextTask } from './next-task'
import './style.css'

const STEPS: ReadonlyArray<() => Promise<unknown>> = [
  () => import('vue'),
  () => import('./i18n'),
  // The window's language: its catalogue (only English is in the i18n step) and zod's messages.
  async () => (await import('./i18n/locale')).startLocale(),
  // zod itself (its smallest user here), then the schemas: building them all is the largest
  // part of start-up, so each workload's definition is a step (a new one is picked up here),
  // then their union, the run configuration and the report.
  () => import('../src-shared/runtime-names'),
  ...Object.values(import.meta.glob(['../src-shared/workloads/*.ts', '!../src-shared/workloads/index.ts'])),
  () => import('../src-shared/workloads'),
  () => import('../src-shared/config'),
  () => import('../src-shared/report'),
  () => import('./App.vue'),
]

async function boot(): Promise<void> {
  for (const step of STEPS) {
    await step()
    await nextTask()
  }
  const [{ createApp }, { createPinia }, { i18n }, { default: App }] = await Promise.all([import('vue'), import('pinia'), import('./i18n'), import('./App.vue')])
  createApp(App).use(createPinia()).use(i18n).mount('#app')
}

void boot()
