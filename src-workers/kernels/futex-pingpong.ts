/**
 * Ping-pong between two threads through a futex: `Atomics.wait` / `Atomics.notify` on one Int32 of
 * a SharedArrayBuffer, with an optional payload copied through shared memory each way. Each side
 * sleeps until the other wakes it, so a round trip is two wake-ups (two switches when the threads
 * share a core) plus the mechanism. `self` does both halves on one thread: the mechanism alone.
 */
import type { PingPongResult } from '../../src-shared/protocol'
import { countSwitches } from './switch-counters'
import { fillPattern, sameBytes, stampRound } from './payload-pattern'

/** Bytes before the payloads: the turn flag (Int32), padded to 8 for alignment. */
export const FUTEX_HEADER_BYTES = 8
const IDLE = 0
const TO_PONG = 1
const TO_PING = 2

export function futexBufferBytes(payloadBytes: number): number {
  return FUTEX_HEADER_BYTES + 2 * payloadBytes
}

interface Views {
  flag: Int32Array
  toPong: Uint8Array
  toPing: Uint8Array
}

function viewsOf(buffer: SharedArrayBuffer, payloadBytes: number): Views {
  if (buffer.byteLength < futexBufferBytes(payloadBytes)) {
    throw new RangeError(`futex buffer of ${buffer.byteLength} bytes is too small for ${payloadBytes}-byte payloads`)
  }
  return {
    flag: new Int32Array(buffer, 0, 1),
    toPong: new Uint8Array(buffer, FUTEX_HEADER_BYTES, payloadBytes),
    toPing: new Uint8Array(buffer, FUTEX_HEADER_BYTES + payloadBytes, payloadBytes),
  }
}

/** Sleeps while the flag holds `value`; a timeout means the partner is gone. */
function waitWhile(flag: Int32Array, value: number, timeoutMs: number): void {
  while (Atomics.load(flag, 0) === value) {
    if (Atomics.wait(flag, 0, value, timeoutMs) === 'timed-out') {
      throw new Error(`futex ping-pong: no answer within ${timeoutMs} ms (the partner thread is gone or stalled)`)
    }
  }
}

export function futexPing(buffer: SharedArrayBuffer, payloadBytes: number, rounds: number, timeoutMs: number): PingPongResult {
  const { flag, toPong, toPing } = viewsOf(buffer, payloadBytes)
  const sent = fillPattern(new Uint8Array(payloadBytes), 1)
  const received = new Uint8Array(payloadBytes)
  const roundTripsUs = new Array<number>(rounds)
  let intact = 0
  const { switches } = countSwitches(() => {
    for (let round = 0; round < rounds; round++) {
      stampRound(sent, round)
      const t0 = performance.now()
      toPong.set(sent)
      Atomics.store(flag, 0, TO_PONG)
      Atomics.notify(flag, 0)
      waitWhile(flag, TO_PONG, timeoutMs)
      received.set(toPing)
      roundTripsUs[round] = (performance.now() - t0) * 1000
      if (sameBytes(received, sent)) intact++
    }
  })
  return { kind: 'pingpong', roundTripsUs, intact, switches }
}

export function futexPong(buffer: SharedArrayBuffer, payloadBytes: number, rounds: number, timeoutMs: number): PingPongResult {
  const { flag, toPong, toPing } = viewsOf(buffer, payloadBytes)
  let answered = 0
  const { switches } = countSwitches(() => {
    for (let round = 0; round < rounds; round++) {
      // The flag holds IDLE before the first round and TO_PING after each answer.
      let value: number
      while ((value = Atomics.load(flag, 0)) !== TO_PONG) waitWhile(flag, value, timeoutMs)
      toPing.set(toPong)
      Atomics.store(flag, 0, TO_PING)
      Atomics.notify(flag, 0)
      answered++
    }
  })
  return { kind: 'pingpong', roundTripsUs: [], intact: answered, switches }
}

/** Both halves on one thread: the same stores, notifies, waits and copies, with no one to wake. */
export function futexSelf(payloadBytes: number, rounds: number): PingPongResult {
  const buffer = new SharedArrayBuffer(futexBufferBytes(payloadBytes))
  const { flag, toPong, toPing } = viewsOf(buffer, payloadBytes)
  const sent = fillPattern(new Uint8Array(payloadBytes), 1)
  const received = new Uint8Array(payloadBytes)
  const roundTripsUs = new Array<number>(rounds)
  let intact = 0
  const { switches } = countSwitches(() => {
    for (let round = 0; round < rounds; round++) {
      stampRound(sent, round)
      const t0 = performance.now()
      toPong.set(sent)
      Atomics.store(flag, 0, TO_PONG)
      Atomics.notify(flag, 0)
      // The pong half: finds its message at once.
      Atomics.wait(flag, 0, IDLE, 0)
      toPing.set(toPong)
      Atomics.store(flag, 0, TO_PING)
      Atomics.notify(flag, 0)
      // The ping half: the value has already changed, so the wait returns "not-equal" without sleeping.
      Atomics.wait(flag, 0, TO_PONG, 0)
      received.set(toPing)
      roundTripsUs[round] = (performance.now() - t0) * 1000
      if (sameBytes(received, sent)) intact++
    }
  })
  return { kind: 'pingpong', roundTripsUs, intact, switches }
}
