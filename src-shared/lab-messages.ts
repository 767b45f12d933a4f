/**
 * Runtime checks for the renderer <-> engine messages of src-shared/protocol.ts. The engine
 * validates everything a renderer (or anything else that reached the socket) sends; the
 * renderer checks the envelope of what its own server sends back.
 *
 * Separate from protocol.ts because workers import that file and must not load zod.
 */
import { z } from 'zod'
import { LAB_API_METHODS } from './api'
import { EngineMessageSchema } from './engine-message-schema'
import type { EngineToRenderer, RendererToEngine } from './protocol'

/** Far more than any call needs; stops a client from sending a million arguments. */
const MAX_ARGS = 8

export const RendererToEngineSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('call'),
    id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    method: z.enum(LAB_API_METHODS),
    args: z.array(z.unknown()).max(MAX_ARGS),
  }),
])

const OutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), message: z.string(), engineMessage: EngineMessageSchema.optional() }),
])

/** The envelope only: the event itself comes from our own engine and is typed by protocol.ts. */
export const EngineToRendererEnvelopeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reply'), id: z.number().int().nullable(), outcome: OutcomeSchema }),
  z.object({
    type: z.literal('event'),
    payload: z.object({ suiteId: z.string(), event: z.looseObject({ type: z.string() }) }),
  }),
])

/** Reads a message id out of something that failed validation, so the error reply can name it. */
export function salvageId(value: unknown): number | null {
  if (typeof value !== 'object' || value === null || !('id' in value)) return null
  const { id } = value
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : null
}

// Compile-time guard: the schema and the protocol type must describe the same messages.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const _sameShape: Equals<z.infer<typeof RendererToEngineSchema>, RendererToEngine> = true
const _replyShape: Extract<EngineToRenderer, { type: 'reply' }> extends z.infer<typeof EngineToRendererEnvelopeSchema> ? true : false = true
void _sameShape
void _replyShape
