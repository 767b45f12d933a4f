/**
 * A start gate over shared memory: every client thread waits here until all have arrived, so the
 * updates of all of them contend from the first one on (otherwise the first worker to get its
 * task would run half its loop alone). Layout: Int32 [arrived, abort]. The engine sets `abort`
 * on cancel; waits are sliced so that a cancel or a missing partner ends them, never a hang.
 */
export const GATE_INTS = 2
const ARRIVED = 0
const ABORT = 1
/** Longest single Atomics.wait: the abort word is checked at least this often. */
const SLICE_MS = 20

export type GateOutcome = 'passed' | 'timeout' | 'aborted'

export function gateBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(GATE_INTS * Int32Array.BYTES_PER_ELEMENT)
}

export function passGate(buffer: SharedArrayBuffer, parties: number, timeoutMs: number): GateOutcome {
  const gate = new Int32Array(buffer)
  const arrived = Atomics.add(gate, ARRIVED, 1) + 1
  if (arrived >= parties) {
    Atomics.notify(gate, ARRIVED)
    return 'passed'
  }
  const deadline = performance.now() + timeoutMs
  for (;;) {
    const seen = Atomics.load(gate, ARRIVED)
    if (seen >= parties) return 'passed'
    if (Atomics.load(gate, ABORT) !== 0) return 'aborted'
    const left = deadline - performance.now()
    if (left <= 0) return 'timeout'
    Atomics.wait(gate, ARRIVED, seen, Math.min(SLICE_MS, left))
  }
}

/** Engine side, before each repetition: nobody has arrived yet. */
export function resetGate(buffer: SharedArrayBuffer): void {
  Atomics.store(new Int32Array(buffer), ARRIVED, 0)
}

/** Engine side, on cancel: every waiter leaves within one slice. */
export function abortGate(buffer: SharedArrayBuffer): void {
  const gate = new Int32Array(buffer)
  Atomics.store(gate, ABORT, 1)
  Atomics.notify(gate, ARRIVED)
}
