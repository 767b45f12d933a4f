/**
 * The renderer's one door to the engine. Inside Electron the preload has put `window.api` (IPC);
 * in a browser (web mode, `npm run serve`) there is none and the WebSocket client is used, its
 * address and token read from the page URL. Views and stores import only `getLabApi()`.
 */
import type { LabApi } from '../../src-shared/api'
import type { PreloadApi } from '../../src-preload/types'
import { createWsLabApi, socketUrlFromLocation } from './ws-transport'

let instance: LabApi | undefined

export function getLabApi(): LabApi {
  const preload: PreloadApi | undefined = window.api
  instance ??= preload ?? createWsLabApi(socketUrlFromLocation(window.location), (url) => new WebSocket(url))
  return instance
}
