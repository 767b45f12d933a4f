/**
 * What the engine says at run time (a run's error, why a machine figure is unknown, why a
 * measurement could not be made), as data: a code of the `engine` catalogue area with its
 * parameters, and optionally one nested message (`inner`, a cause worded on its own). Reports
 * keep the English text they always stored, next to this, so a display in another language
 * translates the code and old files (text only) still show their text.
 * No zod here: worker bundles import this (the schema is engine-message-schema.ts).
 */
import engineEn from './i18n/en-engine'
import type { Translate } from './workloads/define'

export type MessageCode = keyof typeof engineEn
export const MESSAGE_CODES = Object.keys(engineEn) as [MessageCode, ...MessageCode[]]

export type MessageParams = Readonly<Record<string, string | number>>

export interface EngineMessage {
  readonly code: MessageCode
  readonly params?: MessageParams
  /** A nested message filling the `{inner}` placeholder. */
  readonly inner?: EngineMessage
}

/** How deep messages nest at most (prepare failed → task failed → fetch timed out → the server). */
export const MAX_MESSAGE_DEPTH = 5

export function message(code: MessageCode, params?: MessageParams, inner?: EngineMessage): EngineMessage {
  return { code, ...(params ? { params } : {}), ...(inner ? { inner } : {}) }
}

/** A detail the engine cannot translate (an OS message, a URL), as a message. */
export const plainText = (text: string): EngineMessage => message('text', { text })

/** The message in the reader's language: `t` looks up `engine.<code>`. */
export function messageText(t: Translate, m: EngineMessage, depth = 0): string {
  const inner = m.inner && depth < MAX_MESSAGE_DEPTH ? messageText(t, m.inner, depth + 1) : ''
  return t(`engine.${m.code}`, { ...m.params, inner })
}

function fillEnglish(key: string, params: Record<string, string | number> = {}): string {
  const code = key.slice('engine.'.length) as MessageCode
  const template: string = Object.hasOwn(engineEn, code) ? engineEn[code] : key
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** The English words stored in reports (and shown where no catalogue is at hand). */
export const englishText = (m: EngineMessage): string => messageText(fillEnglish, m)

/** A stored text with its optional structured form: the translation when there is one. */
export function shownText(t: Translate, text: string, structured: EngineMessage | undefined): string {
  return structured ? messageText(t, structured) : text
}

/** An error that says its message as data too; serializeError carries `engineMessage` across workers. */
export class CodedError extends Error {
  readonly engineMessage: EngineMessage
  constructor(m: EngineMessage, options?: { cause?: unknown }) {
    super(englishText(m), options)
    this.engineMessage = m
  }
}

/** A value shaped like a stored message whose code the catalogues know. */
export function isMessage(value: unknown): value is EngineMessage {
  return typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'string' && Object.hasOwn(engineEn, value.code)
}

/** The structured message of anything thrown (a CodedError, a serialized one), else its text as plain text. */
export function messageOf(thrown: unknown): EngineMessage {
  if (typeof thrown === 'object' && thrown !== null && 'engineMessage' in thrown && isMessage(thrown.engineMessage)) return thrown.engineMessage
  // An Error, or a SerializedError that crossed a worker boundary.
  if (typeof thrown === 'object' && thrown !== null && 'message' in thrown && typeof thrown.message === 'string') return plainText(thrown.message)
  return plainText(typeof thrown === 'string' ? thrown : (JSON.stringify(thrown) ?? String(thrown)))
}
