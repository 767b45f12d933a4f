/**
 * `window.api` for the renderer, typed from the preload's own object (src-preload/api.ts).
 * Absent in web mode, where src-renderer/api picks the WebSocket transport instead.
 */
import type { PreloadApi } from './api'

declare global {
  interface Window {
    api?: PreloadApi
  }
}

export type { PreloadApi }
