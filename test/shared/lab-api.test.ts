/**
 * One method list, three clients: the preload object, the WebSocket client and the engine's
 * dispatcher are all built from `LAB_API`, so each exposes (or routes) exactly its methods.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it, vi } from 'vitest'
import { LAB_API, LAB_API_METHODS, type LabApiArgs, type LabApiMethod, type LabCalls } from '../../src-shared/api'
import { ipcCallChannel } from '../../src-shared/protocol'
import { createPreloadApi } from '../../src-preload/api'
import { createWsLabApi } from '../../src-renderer/api/ws-transport'
import { dispatchLabCall } from '../../src-main/engine/lab-dispatch'
import { makeReport } from '../fixtures/report-fixture'
import { tinySuite } from '../helpers/lab'

vi.mock('electron', () => ({ ipcMain: {} }))

/** A valid call of every method; the mapped type makes a new method a compile error here. */
const SAMPLE_ARGS: { [M in LabApiMethod]: LabApiArgs[M] } = {
  getMachine: [],
  getRuntimes: [],
  enqueueSuite: [tinySuite(), 'label'],
  enqueueClaims: [['switch-10ms'], 'label'],
  getClaimVerdicts: [],
  cancelSuite: ['suite-1'],
  listQueue: [],
  clearFinished: [],
  listHistory: [],
  openHistory: ['report-1'],
  renameHistory: ['report-1', 'Alice'],
  deleteHistory: ['report-1'],
  importReport: ['a.json', '{}'],
  exportReport: [makeReport(), 'csv'],
  compareReports: [[makeReport({ label: 'a' }), makeReport({ label: 'b' })], { index: 1 }],
  exportComparison: [[makeReport({ label: 'a' }), makeReport({ label: 'b' })], 'md', { index: 1 }, 'zh-CN'],
}

/** The packages a file's runtime imports reach, following relative imports (type-only ones are erased). */
function runtimePackages(entry: string, seen = new Set<string>(), found = new Set<string>()): Set<string> {
  if (seen.has(entry)) return found
  seen.add(entry)
  const source = ts.createSourceFile(entry, readFileSync(entry, 'utf8'), ts.ScriptTarget.Latest)
  for (const statement of source.statements) {
    if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) || !statement.moduleSpecifier) continue
    const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined
    if (clause?.isTypeOnly || (ts.isExportDeclaration(statement) && statement.isTypeOnly)) continue
    const named = clause?.namedBindings
    if (clause && !clause.name && named && ts.isNamedImports(named) && named.elements.every((e) => e.isTypeOnly)) continue
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text
    if (!specifier.startsWith('.')) found.add(specifier)
    else runtimePackages([`${resolve(dirname(entry), specifier)}.ts`, resolve(dirname(entry), specifier, 'index.ts')].find(existsSync)!, seen, found)
  }
  return found
}

const callsOf = (client: object, extra: string[]) => Object.keys(client).filter((key) => !extra.includes(key)).sort()
const methods = [...LAB_API_METHODS].sort()

describe('LabApi: one method list', () => {
  it('lists every LAB_API entry once', () => {
    expect(LAB_API_METHODS).toEqual(Object.keys(LAB_API))
    expect(new Set(LAB_API_METHODS).size).toBe(LAB_API_METHODS.length)
    expect(Object.keys(SAMPLE_ARGS).sort()).toEqual(methods)
  })

  it('the preload object and the WebSocket client expose exactly those methods', () => {
    const ipc = { invoke: async () => ({ ok: true, value: null }), send: () => undefined, on: () => undefined }
    const preload = createPreloadApi(ipc)
    expect(callsOf(preload, ['onSuiteEvent'])).toEqual(methods)
    expect(typeof preload.onSuiteEvent).toBe('function')

    // Never connects: building the client opens no socket.
    const connect = vi.fn()
    const ws = createWsLabApi('ws://127.0.0.1:9/t/ws', connect)
    expect(callsOf(ws, ['onSuiteEvent', 'close', 'onConnection', 'reconnect'])).toEqual(methods)
    expect(connect).not.toHaveBeenCalled()
    // The IPC side registers one channel per method of the same list: test/app/ipc.test.ts.
  })

  it('keeps the method list loadable by the sandboxed preload, which can require electron and nothing else', () => {
    expect([...runtimePackages(resolve(import.meta.dirname, '../../src-preload/index.ts'))]).toEqual(['electron'])
    // The argument schemas (zod) stay on the engine's side and in the renderer.
    expect(runtimePackages(resolve(import.meta.dirname, '../../src-main/engine/lab-dispatch.ts')).has('zod')).toBe(true)
  })

  it('the preload sends each method on its own channel, with the arguments as given', async () => {
    const invoked: Array<[string, unknown[]]> = []
    const preload = createPreloadApi({
      invoke: async (channel, ...args) => {
        invoked.push([channel, args])
        return { ok: true, value: channel }
      },
      send: () => undefined,
      on: () => undefined,
    })
    for (const method of LAB_API_METHODS) {
      const call = preload[method] as (...args: unknown[]) => Promise<unknown>
      expect(await call(...SAMPLE_ARGS[method])).toBe(ipcCallChannel(method))
    }
    expect(invoked).toEqual(LAB_API_METHODS.map((method) => [ipcCallChannel(method), SAMPLE_ARGS[method]]))
  })

  it('the dispatcher routes each method, once its arguments are checked, to the same-named service method', async () => {
    const reached: Array<[string, unknown[]]> = []
    const target = Object.fromEntries(
      LAB_API_METHODS.map((method) => [
        method,
        async (...args: unknown[]) => {
          reached.push([method, args])
          return method
        },
      ]),
    ) as unknown as LabCalls
    for (const method of LAB_API_METHODS) {
      expect(await dispatchLabCall(target, method, SAMPLE_ARGS[method])).toEqual({ ok: true, value: method })
      expect(await dispatchLabCall(target, method, [...SAMPLE_ARGS[method], 'one too many', 'and another'])).toMatchObject({
        ok: false,
        message: expect.stringMatching(new RegExp(`^Bad arguments for ${method}`)),
      })
    }
    expect(reached).toEqual(LAB_API_METHODS.map((method) => [method, SAMPLE_ARGS[method]]))
  })
})
