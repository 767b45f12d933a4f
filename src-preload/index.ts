/**
 * The preload: exposes exactly one object, `api` (a `LabApi` over IPC), to the sandboxed,
 * context-isolated renderer. Nothing of `ipcRenderer` itself crosses the bridge.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { createPreloadApi } from './api'

const api = createPreloadApi(ipcRenderer)

export type { PreloadApi } from './api'

contextBridge.exposeInMainWorld('api', api)
