/**
 * Global-lock mode as a run setting (issue 16): which workloads it applies to, and the switch
 * interval's bounds. The lock itself: src-workers/sync/global-lock.ts; on the wire:
 * protocol-global-lock.ts.
 */
import type { WorkloadName } from './workloads'

/**
 * The sweeps whose kernels take the lock (prime computes under it, the I/O ones release it while
 * they wait). The shared-state experiments (locks, primitives, shared-vs-messages, race) drive
 * their own threads and measure the lab's own primitives: not yet under the lock, so a run asking
 * for it there is refused with the reason rather than silently run without it.
 */
export const GLOBAL_LOCK_WORKLOADS = ['prime', 'file-io', 'network-fetch', 'sleep'] as const satisfies readonly WorkloadName[]

export function globalLockApplies(workload: string): boolean {
  return (GLOBAL_LOCK_WORKLOADS as readonly string[]).includes(workload)
}

export { DEFAULT_SWITCH_INTERVAL_MS, SWITCH_INTERVAL_MAX_MS } from './protocol-global-lock'
