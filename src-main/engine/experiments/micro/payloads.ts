/**
 * Payloads of the echo round trips, built once per point on the engine side: bytes with the
 * xorshift pattern (round number stamped in) for structured clone, transfer and advanced IPC, and
 * a printable ASCII string for JSON IPC (one byte per character, nothing for JSON to escape).
 */
import { Buffer } from 'node:buffer'
import type { EchoPayload } from '../../../../src-shared/protocol'
import { fillPattern, sameBytes, stampRound } from '../../../../src-workers/kernels/payload-pattern'

export type PayloadKind = 'bytes' | 'string'

export function makeBytes(size: number, seed = 7): Uint8Array {
  return fillPattern(new Uint8Array(size), seed)
}

/** Printable ASCII (0x21..0x7e minus `"` and `\`), so JSON carries it byte for byte. */
export function makeString(size: number, seed = 7): string {
  const bytes = makeBytes(size, seed)
  for (let i = 0; i < bytes.length; i++) {
    let c = 0x21 + (bytes[i]! % 94)
    if (c === 0x22 || c === 0x5c) c = 0x41
    bytes[i] = c
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
}

/** Content equality: the same string, or the same bytes whatever view type came back. */
export function sameEcho(sent: EchoPayload, received: unknown): boolean {
  if (typeof sent === 'string') return received === sent
  return received instanceof Uint8Array && sameBytes(sent, received)
}

/**
 * Hands out the payload of each round: bytes get the round stamped in, so an answer from an
 * earlier round fails the check; a transferred payload is a fresh copy (the sent one is detached).
 */
export class PayloadSource {
  readonly master: EchoPayload

  constructor(
    readonly kind: PayloadKind,
    readonly size: number,
    private readonly transfer: boolean,
  ) {
    this.master = kind === 'string' ? makeString(size) : makeBytes(size)
  }

  forRound(round: number): EchoPayload {
    if (typeof this.master === 'string') return this.master
    stampRound(this.master, round)
    return this.transfer ? this.master.slice() : this.master
  }

  matches(received: unknown): boolean {
    return sameEcho(this.master, received)
  }
}
