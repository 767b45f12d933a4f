/**
 * The loopback server's own little protocol with the engine (controller <-> server process), a
 * discriminated union like the worker protocol, kept apart from it because the server is not a
 * worker: it runs no tasks and answers HTTP instead.
 */
import type { SerializedError } from '../../../src-shared/protocol'

export interface LoopbackServerOptions {
  /** Bytes of every answer's body. */
  payloadSize: number
  /** Wait before answering, in ms: the stand-in for a network and a slow backend. */
  latencyMs: number
  /** Extra wait drawn uniformly from [0, jitterMs] per request id: the same every run. */
  jitterMs: number
  /** Seeds the jitter and the body's bytes. */
  seed: number
}

export type ControllerToServer = { type: 'start'; options: LoopbackServerOptions } | { type: 'stop' }

export type ServerToController =
  | { type: 'listening'; port: number }
  | { type: 'failed'; error: SerializedError }
  /** Sent just before a graceful exit; `served` counts answers sent in full. */
  | { type: 'stopped'; served: number }
