/**
 * A cleanup registry drained after each test (Electron Fiddle's tests), so that no worker, pool or
 * temp dir outlives the test that made it, even when an assertion fails half-way.
 */
import { afterEach } from 'vitest'

type Cleanup = () => unknown

const pending: Cleanup[] = []

export function onCleanup<T>(value: T, cleanup: (value: T) => unknown): T {
  pending.push(() => cleanup(value))
  return value
}

afterEach(async () => {
  const errors: unknown[] = []
  for (const cleanup of pending.splice(0).reverse()) {
    try {
      await cleanup()
    } catch (error) {
      errors.push(error)
    }
  }
  if (errors.length > 0) throw errors[0]
})
