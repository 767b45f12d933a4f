/**
 * The renderer's one door to the engine. Inside Electron the preload has put `window.api` (IPC);
 * in a browser (web mode, `npm run serve`) there is none and the WebSocket client is used, its
 * address and token read from the page URL. Views and stores import only `getLabApi()`, and
 * follow the link with `watchConnection` (always open over IPC: the engine is the app itself).
 */
import type { LabApi } from '../../src-shared/api'
import type { PreloadApi } from '../../src-preload/types'
import { type ConnectionState, type WsLabApi, createWsLabApi, socketUrlFromLocation } from './ws-transport'

export type { ConnectionState } from './ws-transport'

let instance: LabApi | undefined
let socketApi: WsLabApi | undefined

export function getLabApi(): LabApi {
  const preload: PreloadApi | undefined = window.api
  if (!instance) {
    if (preload) instance = preload
    else instance = socketApi = createWsLabApi(socketUrlFromLocation(window.location), (url) => new WebSocket(url))
  }
  return instance
}

export function watchConnection(listener: (state: ConnectionState) => void): () => void {
  getLabApi()
  if (!socketApi) {
    listener({ kind: 'open' })
    return () => undefined
  }
  return socketApi.onConnection(listener)
}

export function reconnect(): void {
  socketApi?.reconnect()
}
