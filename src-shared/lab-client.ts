/**
 * Builds the renderer's side of `LabApi`'s calls from the method list, whatever carries them:
 * the preload (Electron IPC) and the WebSocket client each supply only how one call travels.
 * No method is listed here, so a method added to `LAB_API` reaches every client by itself.
 */
import { LAB_API_METHODS, type LabApiMethod, type LabCalls } from './api'

/** Sends one call by name and resolves with the engine's answer (rejects with its message). */
export type SendCall = (method: LabApiMethod, args: unknown[]) => Promise<unknown>

export function labCallsOver(send: SendCall): LabCalls {
  const calls: Partial<Record<LabApiMethod, (...args: unknown[]) => Promise<unknown>>> = {}
  for (const method of LAB_API_METHODS) calls[method] = (...args) => send(method, args)
  // Every method is filled in above, and the engine routes a call by the same name it came
  // with (src-main/engine/lab-dispatch.ts), so the reply to M is M's result.
  return calls as LabCalls
}
