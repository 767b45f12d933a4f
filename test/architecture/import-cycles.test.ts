import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compilerOptionsOf, describeCycle, findCycles, importGraph } from './import-graph'

const ROOT = join(import.meta.dirname, '..', '..')
const SOURCE_ROOTS = ['src-main', 'src-workers', 'src-shared', 'src-preload', 'src-renderer'].map((dir) => join(ROOT, dir))
const options = compilerOptionsOf(join(ROOT, 'tsconfig.node.json'))

describe('import cycles', () => {
  it('there are none in the source', () => {
    const graph = importGraph(SOURCE_ROOTS, options)
    // Guards the walk itself: a resolver that found nothing would pass the check below vacuously.
    expect(graph.get(join(ROOT, 'src-main', 'engine', 'executors.ts'))).toContain(join(ROOT, 'src-main', 'engine', 'inline-executor.ts'))
    expect(graph.get(join(ROOT, 'src-renderer', 'App.vue'))?.length).toBeGreaterThan(0)
    expect(findCycles(graph).map((cycle) => describeCycle(cycle, ROOT))).toEqual([])
  })

  it('reports a cycle, type-only links included, and nothing outside it', () => {
    const fixture = join(import.meta.dirname, 'fixtures', 'cycle')
    const cycles = findCycles(importGraph([fixture], options))
    expect(cycles.map((cycle) => describeCycle(cycle, fixture))).toEqual(['a.ts -> b.ts -> c.ts -> a.ts'])
  })

  it('reports a file that imports itself', () => {
    expect(findCycles(new Map([['x.ts', ['x.ts']], ['y.ts', ['x.ts']]]))).toEqual([['x.ts', 'x.ts']])
  })
})
