/**
 * How LabService hands results back across a front door: an `Outcome`, never a thrown Error (an
 * exception does not survive IPC or the WebSocket in a form the app can show).
 */
import type { Outcome } from '../../src-shared/api'
import { CodedError } from '../../src-shared/engine-message'
import { toError } from './runtimes/errors'

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value })
/** A coded failure (a report file that cannot be read) carries its code, so the app can say it in the reader's language. */
export const fail = <T>(error: unknown): Outcome<T> => {
  const coded = error instanceof CodedError ? { engineMessage: error.engineMessage } : {}
  return { ok: false, message: toError(error).message, ...coded }
}
/** The history port throws readable Errors; the API hands them back as outcomes. */
export const settle = <T>(promise: Promise<T>): Promise<Outcome<T>> => promise.then(ok<T>, fail<T>)
