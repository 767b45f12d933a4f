/**
 * The size of libuv's thread pool in this process, worked out the way libuv does it
 * (src/threadpool.c, `init_threads`): UV_THREADPOOL_SIZE read once with C's `atoi` when the pool
 * first starts, 0 becomes 1, anything above the maximum is clamped, and unset means 4. Worker
 * threads share their process's pool; every child process has its own.
 */

export const UV_DEFAULT_THREADPOOL_SIZE = 4

/** libuv raised its cap from 128 to 1024 in 1.45.0. */
function maxPoolSize(uvVersion: string): number {
  const [major = 0, minor = 0] = uvVersion.split('.').map(Number)
  return major > 1 || (major === 1 && minor >= 45) ? 1024 : 128
}

/** C `atoi`: leading blanks, an optional sign, then digits; anything else reads as 0. */
function atoi(text: string): number {
  const match = /^[\t\n\v\f\r ]*([+-]?\d+)/.exec(text)
  return match ? Number.parseInt(match[1]!, 10) : 0
}

export function effectiveUvThreadpoolSize(value: string | undefined, uvVersion: string = process.versions.uv ?? '1.46.0'): number {
  const max = maxPoolSize(uvVersion)
  if (value === undefined) return UV_DEFAULT_THREADPOOL_SIZE
  let n = atoi(value)
  // libuv stores the count in an unsigned int, so a negative value wraps to a huge one: the cap.
  if (n < 0) return max
  if (n === 0) n = 1
  return Math.min(n, max)
}

/** This process's pool size, as its environment set it. */
export function currentUvThreadpoolSize(): number {
  return effectiveUvThreadpoolSize(process.env.UV_THREADPOOL_SIZE)
}
