import { describe, expect, expectTypeOf, it } from 'vitest'
import { RUNTIME_NAMES } from '../../src-shared/config'
import { type InProcessRuntime, RUNTIME_TRAITS, type WorkerRuntimeName, isInProcessRuntime, isInterpreterRuntime } from '../../src-shared/runtime-traits'
import type { WorkerRuntimeKind } from '../../src-shared/protocol'

const traits = RUNTIME_NAMES.map((name) => [name, RUNTIME_TRAITS[name]] as const)

describe('runtime traits', () => {
  it('describe every runtime, and nothing else', () => {
    expect(Object.keys(RUNTIME_TRAITS).sort()).toEqual([...RUNTIME_NAMES].sort())
  })

  it('hold together: a runtime is on the engine thread, a worker thread, or a process of its own', () => {
    for (const [name, t] of traits) {
      const places = [t.onEngineThread, t.workerThread, t.ownProcess].filter(Boolean)
      expect(places, name).toHaveLength(1)
      expect(t.inEngineProcess, name).toBe(!t.ownProcess)
      // A SharedArrayBuffer cannot cross a process boundary; a worker has its own event loop, the engine thread the engine's.
      if (t.sharesMemory) expect(t.inEngineProcess, name).toBe(true)
      expect(t.ownEventLoop, name).toBe(!t.onEngineThread)
      if (t.baseline) expect(t.parallel, name).toBe(false)
    }
    // Speedups are measured against one reference.
    expect(traits.filter(([, t]) => t.baseline).map(([name]) => name)).toEqual(['main'])
  })

  it('derive the worker and in-process runtime names from the table', () => {
    expectTypeOf<InProcessRuntime>().toEqualTypeOf<'main' | 'main-async'>()
    expectTypeOf<WorkerRuntimeName>().toEqualTypeOf<'thread' | 'process' | 'utility'>()
    expectTypeOf<WorkerRuntimeKind>().toEqualTypeOf<WorkerRuntimeName>()
    expect(RUNTIME_NAMES.filter(isInProcessRuntime)).toEqual(['main', 'main-async'])
    expect(RUNTIME_NAMES.filter(isInterpreterRuntime)).toEqual(['py-thread', 'py-process', 'py-async'])
  })

  it('say which runtimes need the desktop app and which run in parallel', () => {
    expect(traits.filter(([, t]) => t.desktopOnly).map(([name]) => name)).toEqual(['utility'])
    expect(traits.filter(([, t]) => t.parallel).map(([name]) => name)).toEqual(['thread', 'process', 'utility', 'py-process'])
  })
})
