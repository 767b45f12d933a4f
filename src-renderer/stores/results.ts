/**
 * Finished reports the renderer holds: from runs, imports and the history folder. They survive a
 * reload through localStorage and are validated with the report schema when read back, so a stale
 * or hand-edited entry is dropped (and counted) instead of reaching a chart.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { type Report, ReportSchema } from '../../src-shared/report'
import { nextTask } from '../next-task'
import { readStored, writeStored } from '../persist'

export type ReportSource = 'run' | 'import' | 'history'

export interface StoredReport {
  key: string
  source: ReportSource
  name: string
  addedAt: string
  report: Report
}

/** localStorage holds 5 MB or so; reports with timelines run to a few hundred kB. */
const MAX_KEPT = 20
const STORAGE_KEY = 'results'

interface Persisted {
  entries: unknown[]
  selectedKey: string | null
  compareKeys: string[]
}

interface Restored {
  entries: StoredReport[]
  dropped: number
  selectedKey: string | null
  compareKeys: string[]
}

/** One stored entry checked against the report schema, or null (dropped) when it fails. */
function restoreEntry(item: unknown): StoredReport | null {
  const entry = item as Partial<StoredReport> | null
  const parsed = ReportSchema.safeParse(entry?.report)
  const sourceOk = entry?.source === 'run' || entry?.source === 'import' || entry?.source === 'history'
  if (!parsed.success || !entry || !sourceOk || typeof entry.key !== 'string') return null
  return { key: entry.key, source: entry.source!, name: String(entry.name ?? ''), addedAt: String(entry.addedAt ?? ''), report: parsed.data }
}

/**
 * The saved entries, each checked in a task of its own: checking 6-20 reports with real points in
 * the task that also drew the first chart blocked a reload for 60-90 ms (issue 13: no task over
 * 50 ms). Bounded: at most MAX_KEPT entries (the newest) are read, so at most MAX_KEPT tasks.
 */
async function restore(): Promise<Restored> {
  const raw = readStored(STORAGE_KEY) as Partial<Persisted> | undefined
  const items = Array.isArray(raw?.entries) ? raw.entries : []
  const entries: StoredReport[] = []
  let dropped = Math.max(0, items.length - MAX_KEPT)
  for (const item of items.slice(-MAX_KEPT)) {
    await nextTask()
    const entry = restoreEntry(item)
    if (entry) entries.push(entry)
    else dropped++
  }
  const keys = new Set(entries.map((e) => e.key))
  // An imported report is shown when asked for, never by default after a reload.
  const selectable = new Set(entries.filter((e) => e.source !== 'import').map((e) => e.key))
  const selectedKey = typeof raw?.selectedKey === 'string' && selectable.has(raw.selectedKey) ? raw.selectedKey : null
  const compareKeys = Array.isArray(raw?.compareKeys) ? raw.compareKeys.filter((k): k is string => typeof k === 'string' && keys.has(k)) : []
  return { entries, dropped, selectedKey, compareKeys }
}

/** Title for lists: the user's label, else the machine and time it was measured. */
export function reportTitle(report: Report): string {
  return report.label ?? `${report.machine.hostname ?? report.machine.cpuModel} — ${report.createdAt.slice(0, 16).replace('T', ' ')}`
}

export const useResultsStore = defineStore('results', () => {
  // Shallow: a report is replaced, never edited in place (add, remove, rename build new arrays),
  // and deep proxies over every point of every report made each chart read and each save crawl them.
  const entries = shallowRef<StoredReport[]>([])
  const droppedOnRestore = ref(0)
  const selectedKey = ref<string | null>(null)
  const compareKeys = ref<string[]>([])
  const storageFull = ref(false)
  /** True until the saved entries are back: until then nothing is written over them. */
  const restoring = ref(true)
  let counter = 0

  const selected = computed(() => entries.value.find((e) => e.key === selectedKey.value) ?? null)

  /**
   * Adds a report (the same report added twice replaces the first) and shows it, unless it is
   * imported: someone else's report is opened explicitly (`select`), it never takes over a screen.
   */
  function add(report: Report, source: ReportSource, name?: string): string {
    // The random part: a report added while the saved ones come back must not take a saved key.
    const key = `${source}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}${(counter++).toString(36)}`
    const sameReport = (e: StoredReport) => e.report.createdAt === report.createdAt && e.report.machine.hostname === report.machine.hostname && e.report.runs.length === report.runs.length
    const kept = entries.value.filter((e) => !sameReport(e))
    entries.value = [...kept, { key, source, name: name ?? reportTitle(report), addedAt: new Date().toISOString(), report }].slice(-MAX_KEPT)
    if (source !== 'import') selectedKey.value = key
    else if (selectedKey.value !== null && !entries.value.some((e) => e.key === selectedKey.value)) selectedKey.value = null
    return key
  }

  function remove(key: string): void {
    entries.value = entries.value.filter((e) => e.key !== key)
    compareKeys.value = compareKeys.value.filter((k) => k !== key)
    if (selectedKey.value === key) selectedKey.value = null
  }

  function select(key: string | null): void {
    selectedKey.value = key
  }

  function toggleCompare(key: string): void {
    compareKeys.value = compareKeys.value.includes(key) ? compareKeys.value.filter((k) => k !== key) : [...compareKeys.value, key]
  }

  /**
   * The report an experiment screen shows: the selected one if it has this workload, else the
   * newest one of the user's own (run here or opened from the history), never an imported one.
   */
  function shownFor(workload: string): StoredReport | null {
    const has = (e: StoredReport) => e.report.runs.some((r) => r.workload === workload)
    if (selected.value && has(selected.value)) return selected.value
    return [...entries.value].reverse().find((e) => e.source !== 'import' && has(e)) ?? null
  }

  /**
   * A report renamed in the history (matched by when it was created): every list shows the new
   * title, and its label goes with it into exports and comparisons. Returns the keys changed.
   */
  function rename(createdAt: string, title: string): string[] {
    const changed: string[] = []
    entries.value = entries.value.map((e) => {
      if (e.report.createdAt !== createdAt) return e
      changed.push(e.key)
      return { ...e, name: title, report: { ...e.report, label: title } }
    })
    return changed
  }

  function persist(): void {
    if (restoring.value) return
    let keep = entries.value
    // On a full quota, drop the oldest entries from storage (they stay on screen until reload).
    for (;;) {
      const ok = writeStored(STORAGE_KEY, { entries: keep, selectedKey: selectedKey.value, compareKeys: compareKeys.value } satisfies Persisted)
      storageFull.value = !ok
      if (ok || keep.length === 0) return
      keep = keep.slice(1)
    }
  }
  watch([entries, selectedKey, compareKeys], persist)

  /**
   * The saved entries come back over several tasks (see restore). What was added or picked in
   * the meantime stays, after them: a run that ends during a reload is the newest report.
   */
  const ready = restore().then((restored) => {
    const added = new Set(entries.value.map((e) => e.key))
    entries.value = [...restored.entries.filter((e) => !added.has(e.key)), ...entries.value].slice(-MAX_KEPT)
    droppedOnRestore.value = restored.dropped
    selectedKey.value ??= restored.selectedKey
    compareKeys.value = [...new Set([...restored.compareKeys, ...compareKeys.value])]
    restoring.value = false
    persist()
  })

  return { entries, droppedOnRestore, restoring, ready, selectedKey, selected, compareKeys, storageFull, add, remove, select, toggleCompare, shownFor, rename }
})
