/**
 * The renderer's one door to the engine: `getLabApi()` returns the preload's `window.api` inside
 * Electron, or a WebSocket client in web mode (`npm run serve`). Views import only this.
 * (Stub while the transports are being written; the signature is final.)
 */
import type { LabApi } from '../../src-shared/api'

let instance: LabApi | undefined

export function getLabApi(): LabApi {
  if (instance) return instance
  throw new Error('LabApi transport not wired yet')
}
