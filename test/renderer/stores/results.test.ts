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

/** A fresh store over the same storage, its saved entries back: what a reload of the renderer gives. */
async function reload() {
  setActivePinia(createPinia())
  const store = useResultsStore()
  await store.ready
  return store
}

describe('results store', () => {
  it('keeps reports across a reload and shows the newest one per workload', async () => {
    const store = useResultsStore()
    store.add(makeReport({ createdAt: '2024-01-01T00:00:00.000Z' }), 'run', 'first')
    const key = store.add(makeReport({ createdAt: '2024-02-01T00:00:00.000Z' }), 'history', 'second')
    await nextTick()
    const again = await reload()
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
    const again = await reload()
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
    const again = await reload()
    expect(again.entries.map((e) => e.name)).toEqual(['good'])
    expect(again.droppedOnRestore).toBe(1)
  })

  it('survives storage that holds garbage', async () => {
    storage.setItem(KEY, '{not json')
    expect((await reload()).entries).toEqual([])
  })

  it('checks saved reports over several tasks, keeping what was added meanwhile and the storage intact', async () => {
    const store = useResultsStore()
    await store.ready
    for (let month = 1; month <= 4; month++) store.add(makeReport({ createdAt: `2024-0${month}-01T00:00:00.000Z` }), 'run', `saved ${month}`)
    await nextTick()
    setActivePinia(createPinia())
    const again = useResultsStore()
    // A timer set now runs between two of the checks: the page is let in while they run.
    const seenByTimer = new Promise<number>((resolve) => setTimeout(() => resolve(again.entries.length), 0))
    again.add(makeReport({ createdAt: '2024-09-01T00:00:00.000Z' }), 'run', 'during the reload')
    await nextTick()
    expect(JSON.parse(storage.getItem(KEY)!).entries).toHaveLength(4)
    expect(await seenByTimer).toBeLessThan(5)
    await again.ready
    expect(again.entries.map((e) => e.name)).toEqual(['saved 1', 'saved 2', 'saved 3', 'saved 4', 'during the reload'])
    expect(again.shownFor('prime')?.name).toBe('during the reload')
    await nextTick()
    expect(JSON.parse(storage.getItem(KEY)!).entries).toHaveLength(5)
  })

  it('replaces a report added twice instead of listing it twice', () => {
    const store = useResultsStore()
    store.add(makeReport(), 'run', 'once')
    store.add(makeReport(), 'history', 'again')
    expect(store.entries.map((e) => e.name)).toEqual(['again'])
  })
})
