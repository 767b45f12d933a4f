/**
 * One process of the priority-inversion workload (engine: experiments/hazards/priority-case.ts),
 * started pinned to one core. Its role is its first argument:
 * - `low`: lowers its own priority, takes the lock file, works `holdUnits` work units holding it,
 *   then lets go;
 * - `medium`: lowers its own priority and works unit after unit until the stop file appears,
 *   noting when each unit ended (the process-wide monotonic clock, shared by every process on
 *   Linux), which it reports at the end;
 * - `high`: keeps its priority, asks for the lock, sleeps 1 ms between tries, and reports when it
 *   asked and when it got it;
 * - `probe`: reports whether this user may lower its priority and raise it back (CAP_SYS_NICE).
 * Every loop is bounded by `deadlineMs`; a lost engine (IPC disconnect) ends the process.
 */
import { closeSync, existsSync, openSync, unlinkSync } from 'node:fs'
import { getPriority, setPriority } from 'node:os'
import type { PriorityRoleConfig, PriorityRoleMessage } from '../../src-shared/priority-role'
import { spin } from '../kernels/busy'

const config = JSON.parse(process.argv[2] ?? '{}') as PriorityRoleConfig
const deadline = Date.now() + config.deadlineMs
const send = (m: PriorityRoleMessage) => process.send?.(m)
/** The role's last word: sent, then the channel closed so the process can end. */
const finish = (m: PriorityRoleMessage): void => void process.send?.(m, () => process.disconnect?.())
const nowNs = (): number => Number(process.hrtime.bigint())
const nap = new Int32Array(new SharedArrayBuffer(4))
process.on('disconnect', () => process.exit(0))
// The busy loops never yield to the event loop, so a lost engine (SIGKILLed: no 'disconnect' is
// handled meanwhile) is noticed by the parent changing: this process was reparented. The engine's
// pid comes in the config, because the engine may already be gone when this line first runs.
const orphaned = (): boolean => process.ppid !== config.enginePid

function tryLock(): boolean {
  try {
    closeSync(openSync(config.lockFile, 'wx'))
    return true
  } catch {
    return false
  }
}

function probe(): void {
  const start = getPriority()
  let canLower = false
  let canRaise = false
  try {
    setPriority(Math.min(19, start + 5))
    canLower = true
    setPriority(start)
    canRaise = true
  } catch {
    // EACCES: lowering is always allowed, raising back needs CAP_SYS_NICE.
  }
  finish({ type: 'probe', canLower, canRaise, uid: process.getuid?.() ?? -1 })
}

function main(): void {
  if (orphaned()) process.exit(0)
  switch (config.role) {
    case 'probe':
      return probe()
    case 'low': {
      setPriority(config.nice)
      if (!tryLock()) return finish({ type: 'error', what: 'lock-taken' })
      send({ type: 'held', pid: process.pid })
      let units = 0
      while (units < config.holdUnits && Date.now() < deadline && !orphaned()) {
        spin(config.unitSteps)
        units++
      }
      unlinkSync(config.lockFile)
      return finish({ type: 'released', units })
    }
    case 'medium': {
      setPriority(config.nice)
      send({ type: 'running', pid: process.pid })
      const ends: number[] = []
      while (!existsSync(config.stopFile) && Date.now() < deadline && ends.length < 1_000_000 && !orphaned()) {
        spin(config.unitSteps)
        ends.push(nowNs())
      }
      return finish({ type: 'units', endsNs: ends })
    }
    case 'high': {
      const askedNs = nowNs()
      send({ type: 'asking', askedNs })
      while (!tryLock()) {
        if (Date.now() > deadline || orphaned()) return finish({ type: 'gave-up' })
        Atomics.wait(nap, 0, 0, 1)
      }
      const gotNs = nowNs()
      unlinkSync(config.lockFile)
      return finish({ type: 'got', askedNs, gotNs })
    }
  }
}

main()
