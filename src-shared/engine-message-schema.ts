/**
 * The schema of a stored engine message (engine-message.ts) in a report file, which may come from
 * anyone: the code must be one the catalogues know, parameters are short plain strings or finite
 * numbers under plain names, and nesting is bounded. Displays escape the parameters as they
 * escape every other text read from a file.
 */
import { z } from 'zod'
import { type EngineMessage, MAX_MESSAGE_DEPTH, MESSAGE_CODES } from './engine-message'

const ParamsSchema = z
  .record(z.string().regex(/^\w{1,40}$/), z.union([z.string().max(2000), z.number().finite()]))
  .refine((params) => Object.keys(params).length <= 12, 'at most 12 parameters')

function messageSchema(depth: number): z.ZodType<EngineMessage> {
  const base = { code: z.enum(MESSAGE_CODES), params: ParamsSchema.optional() }
  return (depth <= 1 ? z.object(base) : z.object({ ...base, inner: messageSchema(depth - 1).optional() })) as z.ZodType<EngineMessage>
}

export const EngineMessageSchema = messageSchema(MAX_MESSAGE_DEPTH)
