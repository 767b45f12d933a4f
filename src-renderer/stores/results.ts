/**
 * Finished reports the renderer holds: from runs, imports and the history folder. They survive a
 * reload through localStorage and are validated with the report schema when read back, so a stale
 * or hand-edited entry is dropped (and counted) instead of reaching a chart.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { type Report, ReportSchema } from '../../src-shared/report'
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

function restore(): { entries: StoredReport[]; dropped: number; selectedKey: string | null; compareKeys: string[] } {
  const raw = readStored(STORAGE_KEY) as Partial<Persisted> | undefined
  const entries: StoredReport[] = []
  let dropped = 0
  for (const item of Array.isArray(raw?.entries) ? raw.entries : []) {
    const entry = item as Partial<StoredReport> | null
    const parsed = ReportSchema.safeParse(entry?.report)
    const sourceOk = entry?.source === 'run' || entry?.source === 'import' || entry?.source === 'history'
    if (!parsed.success || !entry || !sourceOk || typeof entry.key !== 'string') {
      dropped++
      continue
    }
    entries.push({ key: entry.key, source: entry.source!, name: String(entry.name ?? ''), addedAt: String(entry.addedAt ?? ''), report: parsed.data })
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
  const restored = restore()
  // Shallow: a report is replaced, never edited in place (add, remove, rename build new arrays),
  // and deep proxies over every point of every report made each chart read and each save crawl them.
  const entries = shallowRef<StoredReport[]>(restored.entries)
  const droppedOnRestore = ref(restored.dropped)
  const selectedKey = ref<string | null>(restored.selectedKey)
  const compareKeys = ref<string[]>(restored.compareKeys)
  const storageFull = ref(false)
  let counter = 0

  const selected = computed(() => entries.value.find((e) => e.key === selectedKey.value) ?? null)

  /**
   * Adds a report (the same report added twice replaces the first) and shows it, unless it is
   * imported: someone else's report is opened explicitly (`select`), it never takes over a screen.
   */
  function add(report: Report, source: ReportSource, name?: string): string {
    const key = `${source}-${Date.now().toString(36)}-${(counter++).toString(36)}`
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

  return { entries, droppedOnRestore, selectedKey, selected, compareKeys, storageFull, add, remove, select, toggleCompare, shownFor, rename }
})
