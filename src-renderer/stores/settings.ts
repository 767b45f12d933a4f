/**
 * What the user is setting up: the screen shown, each workload's form draft (kept across reloads,
 * like a half-filled form in any desktop app), and what the engine offers (runtimes, machine).
 */
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { WORKLOAD_NAMES } from '../../src-shared/config'
import type { Machine } from '../../src-shared/report'
import { getLabApi } from '../api'
import { type Draft, defaultDraft, patchDraft, sanitizeDraft } from '../forms/draft'
import type { Preset } from '../forms/presets'
import { nextTask } from '../next-task'
import { readStored, writeStored } from '../persist'

/** The runtimes a new form selects: the baseline and both kinds of worker, when offered. */
const PREFERRED_RUNTIMES = ['main', 'thread', 'process']
const PAGES = ['claims', 'history', 'compare'] as const

function viewFromHash(): string | null {
  const hash = globalThis.location?.hash.replace(/^#\/?/, '') ?? ''
  return hash.length > 0 ? decodeURIComponent(hash) : null
}

export const useSettingsStore = defineStore('settings', () => {
  const machine = ref<Machine | null>(null)
  const runtimes = ref<string[]>([...PREFERRED_RUNTIMES])
  const engineError = ref<string | null>(null)
  const workloads = computed<string[]>(() => [...WORKLOAD_NAMES])
  const views = computed<string[]>(() => [...workloads.value, ...PAGES])
  const view = ref<string>(viewFromHash() ?? String(readStored('view') ?? 'prime'))
  const drafts = ref<Record<string, Draft>>({})
  const storedDrafts = readStored('drafts')

  const preferredRuntimes = () => PREFERRED_RUNTIMES.filter((r) => runtimes.value.includes(r))

  function draftFor(workload: string): Draft {
    const existing = drafts.value[workload]
    if (existing) return existing
    const fallback = defaultDraft(workload, preferredRuntimes())
    const stored = (storedDrafts as Record<string, unknown> | undefined)?.[workload]
    const draft = stored ? sanitizeDraft(stored, fallback) : fallback
    drafts.value[workload] = draft
    return drafts.value[workload]!
  }

  function setDraft(workload: string, draft: Draft): void {
    drafts.value[workload] = draft
  }

  /** A preset starts from the defaults, so the same preset always gives the same run. */
  function applyPreset(workload: string, preset: Preset): void {
    const base = defaultDraft(workload, preferredRuntimes())
    const runtimesWanted = preset.common?.runtimes
    const common = { ...preset.common }
    if (Array.isArray(runtimesWanted)) common.runtimes = runtimesWanted.filter((r) => typeof r === 'string' && runtimes.value.includes(r))
    drafts.value[workload] = patchDraft(base, { workload: preset.workload ?? {}, common })
  }

  function resetDraft(workload: string): void {
    drafts.value[workload] = defaultDraft(workload, preferredRuntimes())
  }

  function show(name: string): void {
    if (!views.value.includes(name)) return
    view.value = name
  }

  async function load(): Promise<void> {
    const api = getLabApi()
    try {
      const [m, r] = await Promise.all([api.getMachine(), api.getRuntimes()])
      machine.value = m
      runtimes.value = r
      engineError.value = null
    } catch (error) {
      engineError.value = error instanceof Error ? error.message : String(error)
    }
  }

  let refreshing = false
  /** The machine panel's "now": asked again while shown; one call at a time, a failure changes nothing. */
  async function refreshMachine(): Promise<void> {
    if (refreshing) return
    refreshing = true
    try {
      machine.value = await getLabApi().getMachine()
    } catch {
      // The header already says when the engine is unreachable.
    } finally {
      refreshing = false
    }
  }

  if (!views.value.includes(view.value)) view.value = workloads.value[0] ?? 'history'
  watch(view, (name) => {
    writeStored('view', name)
    // The address follows in a task of its own: a same-document navigation took 0-30 ms in the
    // switch's task, already the longest one (issue 13: no task over 50 ms).
    void nextTask().then(() => {
      if (globalThis.location && view.value === name && viewFromHash() !== name) globalThis.location.hash = `#/${encodeURIComponent(name)}`
    })
  })
  globalThis.addEventListener?.('hashchange', () => {
    const name = viewFromHash()
    if (name && name !== view.value) show(name)
  })
  watch(drafts, (value) => writeStored('drafts', value), { deep: true })

  return { machine, runtimes, engineError, workloads, views, view, drafts, draftFor, setDraft, applyPreset, resetDraft, show, load, refreshMachine }
})
