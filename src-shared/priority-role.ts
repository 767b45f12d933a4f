/**
 * What the engine and the processes of the priority-inversion workload (src-workers/hazards/
 * priority-role.ts) say to each other: a role's configuration (one JSON argument) and its messages.
 */
export type PriorityRole = 'low' | 'medium' | 'high' | 'probe'

export interface PriorityRoleConfig {
  role: PriorityRole
  /** The nice value the role sets for itself (low, medium); the high one keeps the engine's. */
  nice: number
  lockFile: string
  stopFile: string
  /** Busy-loop steps of one work unit. */
  unitSteps: number
  /** Work units the low one does while holding the lock. */
  holdUnits: number
  /** Every loop ends by then (ms from the role's start). */
  deadlineMs: number
  /**
   * The engine's pid. A role compares its parent with it rather than with the parent it saw at
   * start: an engine killed while the role was still loading would otherwise look like its parent.
   */
  enginePid: number
}

export type PriorityRoleMessage =
  | { type: 'probe'; canLower: boolean; canRaise: boolean; uid: number }
  | { type: 'held'; pid: number }
  | { type: 'released'; units: number }
  | { type: 'running'; pid: number }
  | { type: 'units'; endsNs: number[] }
  | { type: 'asking'; askedNs: number }
  | { type: 'got'; askedNs: number; gotNs: number }
  | { type: 'gave-up' }
  | { type: 'error'; what: string }
