/**
 * Electron IPC as Electron Fiddle does it (its src/main/ipc.ts): a fixed allow-list of channels (one invoke
 * channel per `LabApi` method, plus "ready"), every message checked to come from our own
 * window's top frame at our own address, and events queued until the renderer is ready.
 */
import { ipcMain } from 'electron'
import type { BrowserWindow, IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron'
import { LAB_API_METHODS, type LabApi } from '../../src-shared/api'
import { type CallOutcome, IPC_EVENT_CHANNEL, IPC_READY_CHANNEL, ipcCallChannel } from '../../src-shared/protocol'
import { type LabCallTarget, dispatchLabCall } from '../engine/lab-dispatch'
import { EventOutbox } from './event-outbox'
import { isAppUrl } from './security'

type SenderEvent = Pick<IpcMainEvent | IpcMainInvokeEvent, 'sender' | 'senderFrame'>

export function isTrustedSender(event: SenderEvent, contents: WebContents, devOrigin: string | null): boolean {
  const frame = event.senderFrame
  if (contents.isDestroyed() || event.sender.id !== contents.id || !frame) return false
  // The top frame only: an iframe (were one ever to load) is not our renderer.
  const main = contents.mainFrame
  return frame.processId === main.processId && frame.routingId === main.routingId && isAppUrl(frame.url, devOrigin)
}

const REFUSED: CallOutcome = { ok: false, message: 'Refused: this request did not come from the lab window' }

export interface IpcBridge {
  dispose(): void
}

export function registerIpc(service: LabCallTarget & Pick<LabApi, 'onSuiteEvent'>, window: BrowserWindow, devOrigin: string | null): IpcBridge {
  const contents = window.webContents
  const outbox = new EventOutbox((event) => {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event)
  })
  const trusted = (event: SenderEvent) => {
    const ok = isTrustedSender(event, contents, devOrigin)
    if (!ok) console.warn(`Ignored an IPC message from an unexpected sender (${event.senderFrame?.url ?? 'no frame'})`)
    return ok
  }

  for (const method of LAB_API_METHODS) {
    ipcMain.handle(ipcCallChannel(method), (event, ...args: unknown[]) => (trusted(event) ? dispatchLabCall(service, method, args) : REFUSED))
  }
  const onReady = (event: IpcMainEvent) => {
    if (trusted(event)) outbox.open()
  }
  ipcMain.on(IPC_READY_CHANNEL, onReady)
  const unsubscribe = service.onSuiteEvent((event) => outbox.push(event))
  const onPageGone = () => outbox.close()
  contents.on('did-navigate', onPageGone)
  contents.on('render-process-gone', onPageGone)

  return {
    dispose() {
      for (const method of LAB_API_METHODS) ipcMain.removeHandler(ipcCallChannel(method))
      ipcMain.off(IPC_READY_CHANNEL, onReady)
      unsubscribe()
      if (!contents.isDestroyed()) {
        contents.off('did-navigate', onPageGone)
        contents.off('render-process-gone', onPageGone)
      }
    },
  }
}
