/**
 * Global-lock mode as a run setting (issue 16): which workloads it applies to, and the switch
 * interval's bounds. The lock itself: src-workers/sync/global-lock.ts; on the wire:
 * protocol-global-lock.ts.
 */
import type { WorkloadName } from './workloads'

/**
 * The workloads whose kernels take the lock: the sweeps (prime computes under it, the I/O ones
 * release it while they wait) and the shared-state experiments (race, locks, primitives,
 * shared-vs-messages: their threads compute under it and let it go around every sleep on a
 * primitive, sync/wait.ts, and every wait for a message). The other micro-experiments drive their
 * own threads without it, so a run asking for it there is refused with the reason rather than
 * silently run without it.
 */
export const GLOBAL_LOCK_WORKLOADS = ['prime', 'file-io', 'network-fetch', 'sleep', 'race', 'locks', 'primitives', 'shared-vs-messages'] as const satisfies readonly WorkloadName[]

export function globalLockApplies(workload: string): boolean {
  return (GLOBAL_LOCK_WORKLOADS as readonly string[]).includes(workload)
}

export { DEFAULT_SWITCH_INTERVAL_MS, SWITCH_INTERVAL_MAX_MS } from './protocol-global-lock'
