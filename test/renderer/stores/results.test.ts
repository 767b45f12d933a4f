import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { useResultsStore } from '../../../src-renderer/stores/results'
import { makeReport, makeRun } from '../../fixtures/report-fixture'

/** The browser's localStorage, as far as the store uses it. */
class MemoryStorage {
  readonly items = new Map<string, string>()
  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value)
  }
}

const KEY = 'conlab.results'
let storage: MemoryStorage

beforeEach(() => {
  storage = new MemoryStorage()
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true })
  setActivePinia(createPinia())
})
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage')
})

/** A fresh store over the same storage: what a reload of the renderer gives. */
function reload() {
  setActivePinia(createPinia())
  return useResultsStore()
}

describe('results store', () => {
  it('keeps reports across a reload and shows the newest one per workload', async () => {
    const store = useResultsStore()
    store.add(makeReport({ createdAt: '2024-01-01T00:00:00.000Z' }), 'run', 'first')
    const key = store.add(makeReport({ createdAt: '2024-02-01T00:00:00.000Z' }), 'history', 'second')
    await nextTick()
    const again = reload()
    expect(again.entries.map((e) => e.name)).toEqual(['first', 'second'])
    expect(again.selectedKey).toBe(key)
    expect(again.shownFor('prime')?.name).toBe('second')
    expect(again.shownFor('spawn')).toBeNull()
  })

  it('never shows an imported report by default: only when picked, and not again after a reload', async () => {
    const store = useResultsStore()
    const own = store.add(makeReport({ createdAt: '2024-01-01T00:00:00.000Z' }), 'run', 'mine')
    const imported = store.add(makeReport({ createdAt: '2024-02-01T00:00:00.000Z' }), 'import', 'theirs')
    expect(store.selectedKey).toBe(own)
    expect(store.shownFor('prime')?.name).toBe('mine')
    store.select(imported)
    expect(store.shownFor('prime')?.name).toBe('theirs')
    await nextTick()
    const again = reload()
    expect(again.selectedKey).toBeNull()
    expect(again.shownFor('prime')?.name).toBe('mine')
  })

  it('renames a report everywhere it is listed, label included', () => {
    const store = useResultsStore()
    store.add(makeReport({ createdAt: '2024-01-01T00:00:00.000Z' }), 'run', 'old')
    store.add(makeReport({ createdAt: '2024-02-01T00:00:00.000Z' }), 'run', 'other')
    store.rename('2024-01-01T00:00:00.000Z', 'new title')
    expect(store.entries.map((e) => [e.name, e.report.label])).toEqual([['new title', 'new title'], ['other', 'fixture']])
  })

  it('drops, and counts, stored entries the report schema rejects', async () => {
    const store = useResultsStore()
    store.add(makeReport(), 'run', 'good')
    await nextTick()
    const saved = JSON.parse(storage.getItem(KEY)!) as { entries: Array<{ report: { runs: unknown[] } }> }
    saved.entries.push({ ...saved.entries[0]!, report: { ...saved.entries[0]!.report, runs: [{ ...makeRun(), status: 'exploded' }] } })
    storage.setItem(KEY, JSON.stringify(saved))
    const again = reload()
    expect(again.entries.map((e) => e.name)).toEqual(['good'])
    expect(again.droppedOnRestore).toBe(1)
  })

  it('survives storage that holds garbage', () => {
    storage.setItem(KEY, '{not json')
    expect(reload().entries).toEqual([])
  })

  it('replaces a report added twice instead of listing it twice', () => {
    const store = useResultsStore()
    store.add(makeReport(), 'run', 'once')
    store.add(makeReport(), 'history', 'again')
    expect(store.entries.map((e) => e.name)).toEqual(['again'])
  })
})
