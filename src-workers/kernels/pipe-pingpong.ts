/**
 * Ping-pong between two processes through a pair of named pipes (FIFOs), one byte each way, with
 * blocking reads and writes: the loop of `perf bench sched pipe`, written in Node. Each side sleeps
 * in read(2) until the other writes, so a round trip is two wake-ups plus two pipe transfers.
 * `self` writes and reads one pipe on one thread: the pipe's cost without a switch.
 *
 * The FIFOs are opened read-write (Linux allows it on a FIFO), so opening never waits for the
 * partner and a pipe never reads end-of-file while the other side is still opening it.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs'
import type { PingPongResult } from '../../src-shared/protocol'
import { countSwitches } from './switch-counters'

function readByte(fd: number, into: Uint8Array): void {
  // A blocking read of a FIFO returns at least one byte, or 0 if every writer has gone.
  if (readSync(fd, into, 0, 1, null) !== 1) throw new Error('pipe ping-pong: the partner closed its end of the pipe')
}

function withFds<T>(paths: string[], work: (fds: number[]) => T): T {
  const fds: number[] = []
  try {
    for (const path of paths) fds.push(openSync(path, 'r+'))
    return work(fds)
  } finally {
    for (const fd of fds) closeSync(fd)
  }
}

export function pipePing(sendPath: string, receivePath: string, rounds: number): PingPongResult {
  return withFds([sendPath, receivePath], ([send, receive]) => {
    const out = new Uint8Array(1)
    const back = new Uint8Array(1)
    const roundTripsUs = new Array<number>(rounds)
    let intact = 0
    const { switches } = countSwitches(() => {
      for (let round = 0; round < rounds; round++) {
        out[0] = round & 0xff
        const t0 = performance.now()
        writeSync(send!, out, 0, 1, null)
        readByte(receive!, back)
        roundTripsUs[round] = (performance.now() - t0) * 1000
        if (back[0] === out[0]) intact++
      }
    })
    return { kind: 'pingpong', roundTripsUs, intact, switches }
  })
}

export function pipePong(sendPath: string, receivePath: string, rounds: number): PingPongResult {
  return withFds([sendPath, receivePath], ([send, receive]) => {
    const byte = new Uint8Array(1)
    let answered = 0
    const { switches } = countSwitches(() => {
      for (let round = 0; round < rounds; round++) {
        readByte(receive!, byte)
        writeSync(send!, byte, 0, 1, null)
        answered++
      }
    })
    return { kind: 'pingpong', roundTripsUs: [], intact: answered, switches }
  })
}

export function pipeSelf(path: string, rounds: number): PingPongResult {
  return withFds([path], ([fd]) => {
    const out = new Uint8Array(1)
    const back = new Uint8Array(1)
    const roundTripsUs = new Array<number>(rounds)
    let intact = 0
    const { switches } = countSwitches(() => {
      for (let round = 0; round < rounds; round++) {
        out[0] = round & 0xff
        const t0 = performance.now()
        // Both transfers of a round trip, on one thread: the byte is already there when read.
        writeSync(fd!, out, 0, 1, null)
        readByte(fd!, back)
        writeSync(fd!, back, 0, 1, null)
        readByte(fd!, back)
        roundTripsUs[round] = (performance.now() - t0) * 1000
        if (back[0] === out[0]) intact++
      }
    })
    return { kind: 'pingpong', roundTripsUs, intact, switches }
  })
}
