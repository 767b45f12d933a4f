/**
 * localStorage with the failures handled: a private window without storage, a full quota, or a
 * value written by an older version all degrade to "nothing saved" instead of a blank screen.
 */
const PREFIX = 'conlab.'

/** The part of the Web Storage API used here (typed locally: this file also runs under Node in tests). */
interface StorageLike {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}
const storage = (): StorageLike | undefined => (globalThis as { localStorage?: StorageLike }).localStorage

export function readStored(key: string): unknown {
  try {
    const text = storage()?.getItem(PREFIX + key)
    return text === null || text === undefined ? undefined : (JSON.parse(text) as unknown)
  } catch {
    return undefined
  }
}

/** Returns false when the browser refused (quota); the caller decides what to drop and retries. */
export function writeStored(key: string, value: unknown): boolean {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(value))
    return true
  } catch {
    return false
  }
}
