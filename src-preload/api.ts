/**
 * The object the preload exposes as `window.api`: `LabApi` over Electron IPC. One invoke channel
 * per method (the main process registers exactly these, see src-main/app/ipc.ts), each answered
 * with the `Outcome` envelope of protocol.ts. No `electron` import here (the IPC object is
 * passed in), so the renderer's type-check can read this file for `window.api`'s type.
 */
import type { LabApi, SuiteEvent } from '../src-shared/api'
import { labCallsOver } from '../src-shared/lab-client'
import { type CallOutcome, IPC_EVENT_CHANNEL, IPC_READY_CHANNEL, ipcCallChannel } from '../src-shared/protocol'

/** The members of Electron's `ipcRenderer` used here. */
export interface PreloadIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  send(channel: string, ...args: unknown[]): void
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

export function createPreloadApi(ipc: PreloadIpc) {
  const listeners = new Set<(event: SuiteEvent) => void>()
  let readySent = false

  // The main process sends only SuiteEvents on this channel, and only to our own window.
  ipc.on(IPC_EVENT_CHANNEL, (_event, payload) => {
    for (const listener of [...listeners]) listener(payload as SuiteEvent)
  })

  const calls = labCallsOver(async (method, args) => {
    const outcome = (await ipc.invoke(ipcCallChannel(method), ...args)) as CallOutcome
    if (!outcome.ok) throw new Error(outcome.message)
    return outcome.value
  })

  // A plain object of functions: contextBridge copies own properties (a Proxy would arrive empty).
  const api = {
    ...calls,
    onSuiteEvent(listener) {
      listeners.add(listener)
      // The first subscriber means the renderer listens: main flushes what it queued (Fiddle style).
      if (!readySent) {
        readySent = true
        ipc.send(IPC_READY_CHANNEL)
      }
      return () => void listeners.delete(listener)
    },
  } satisfies LabApi
  return api
}

/** `window.api`'s type, derived from the object itself so the two cannot drift (unlike Electron Fiddle's hand-written one). */
export type PreloadApi = ReturnType<typeof createPreloadApi>
