/**
 * Stand-ins for the few Electron objects the shell's IPC code touches (Electron cannot run
 * here; stubs are allowed for Electron only). `ipcMain` is installed by vi.mock('electron') in
 * the test file; the window and the renderer side are built here.
 */
import { EventEmitter } from 'node:events'
import type { BrowserWindow, IpcMainEvent, IpcMainInvokeEvent, Session, WebContents } from 'electron'
import { IPC_EVENT_CHANNEL } from '../../src-shared/protocol'
import type { PreloadIpc } from '../../src-preload/api'

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown
type Listener = (event: IpcMainEvent, ...args: unknown[]) => void

export class FakeIpcMain {
  readonly handlers = new Map<string, Handler>()
  readonly listeners = new Map<string, Set<Listener>>()
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
    this.handlers.set(channel, handler)
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }
  on(channel: string, listener: Listener): this {
    if (!this.listeners.has(channel)) this.listeners.set(channel, new Set())
    this.listeners.get(channel)!.add(listener)
    return this
  }
  off(channel: string, listener: Listener): this {
    this.listeners.get(channel)?.delete(listener)
    return this
  }
  /** What Electron does for `ipcRenderer.invoke` from `sender`; throws like Electron with no handler. */
  async invoke(sender: FakeFrameSender, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    return handler(sender.event() as IpcMainInvokeEvent, ...args)
  }
  send(sender: FakeFrameSender, channel: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(channel) ?? []) listener(sender.event() as IpcMainEvent, ...args)
  }
}

export interface FakeFrame {
  processId: number
  routingId: number
  url: string
}

export class FakeContents extends EventEmitter {
  readonly sent: Array<{ channel: string; payload: unknown }> = []
  readonly mainFrame: FakeFrame
  destroyed = false
  constructor(
    readonly id: number,
    url = 'conlab://app/index.html',
  ) {
    super()
    this.mainFrame = { processId: 100 + id, routingId: 1, url }
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
    this.emit(`renderer:${channel}`, payload)
  }
  windowOpenHandler: Parameters<WebContents['setWindowOpenHandler']>[0] | undefined
  setWindowOpenHandler(handler: Parameters<WebContents['setWindowOpenHandler']>[0]): void {
    this.windowOpenHandler = handler
  }
}

type Handler0<K extends keyof Session> = Session[K] extends (handler: infer H, ...rest: never[]) => unknown ? Exclude<H, null> : never

/** A session that keeps the handlers the shell installs, so a test can call them as Electron would. */
export class FakeSession extends EventEmitter {
  permissionRequest: Handler0<'setPermissionRequestHandler'> | undefined
  permissionCheck: Handler0<'setPermissionCheckHandler'> | undefined
  devicePermission: Handler0<'setDevicePermissionHandler'> | undefined
  displayMedia: Handler0<'setDisplayMediaRequestHandler'> | undefined
  readonly headerRewrites: string[] = []
  readonly webRequest = { onHeadersReceived: (filter: { urls: string[] }) => void this.headerRewrites.push(...filter.urls) }
  setPermissionRequestHandler(handler: Handler0<'setPermissionRequestHandler'> | null): void {
    this.permissionRequest = handler ?? undefined
  }
  setPermissionCheckHandler(handler: Handler0<'setPermissionCheckHandler'> | null): void {
    this.permissionCheck = handler ?? undefined
  }
  setDevicePermissionHandler(handler: Handler0<'setDevicePermissionHandler'> | null): void {
    this.devicePermission = handler ?? undefined
  }
  setDisplayMediaRequestHandler(handler: Handler0<'setDisplayMediaRequestHandler'> | null): void {
    this.displayMedia = handler ?? undefined
  }
  asSession(): Session {
    return this as unknown as Session
  }
}

/** An Electron event whose preventDefault is recorded. */
export function fakeEvent(): { event: { preventDefault(): void; defaultPrevented: boolean }; prevented(): boolean } {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true
    },
  }
  return { event, prevented: () => event.defaultPrevented }
}

/** A frame of some WebContents that sends a message: our window's top frame, or something else. */
export class FakeFrameSender {
  constructor(
    readonly contents: FakeContents,
    readonly frame: FakeFrame | null = contents.mainFrame,
  ) {}
  event(): Pick<IpcMainEvent, 'sender' | 'senderFrame'> {
    return { sender: this.contents as unknown as WebContents, senderFrame: this.frame as IpcMainEvent['senderFrame'] }
  }
}

export function fakeWindow(contents: FakeContents): BrowserWindow {
  return { webContents: contents } as unknown as BrowserWindow
}

/** `ipcRenderer` of a page in `contents`, wired to the fake main process: what the preload gets. */
export function fakeIpcRenderer(ipcMain: FakeIpcMain, sender: FakeFrameSender): PreloadIpc {
  return {
    invoke: (channel, ...args) => ipcMain.invoke(sender, channel, ...structuredClone(args)),
    send: (channel, ...args) => ipcMain.send(sender, channel, ...structuredClone(args)),
    on: (channel, listener) => {
      if (channel !== IPC_EVENT_CHANNEL) throw new Error(`unexpected channel ${channel}`)
      sender.contents.on(`renderer:${channel}`, (payload: unknown) => listener({}, structuredClone(payload)))
    },
  }
}
