/**
 * Payload bytes for messaging experiments: a xorshift pattern (so that no layer can compress or
 * share zero pages, and any corruption shows) with the round number stamped in, so a stale answer
 * from an earlier round fails the check too.
 */
import { Buffer } from 'node:buffer'

/** Fills `bytes` with a xorshift32 stream from `seed` (never 0: xorshift maps 0 to 0). */
export function fillPattern(bytes: Uint8Array, seed: number): Uint8Array {
  let x = (seed | 0) || 0x2545f491
  for (let i = 0; i < bytes.length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    bytes[i] = x & 0xff
  }
  return bytes
}

/** Writes the round number into the first (up to) 4 bytes, little-endian. */
export function stampRound(bytes: Uint8Array, round: number): void {
  const n = Math.min(4, bytes.length)
  for (let i = 0; i < n; i++) bytes[i] = (round >>> (8 * i)) & 0xff
}

/** Below this many bytes a plain loop beats making two Buffer views for memcmp. */
const SMALL = 256

/** Byte-for-byte equality through memcmp (Buffer.equals), fast enough for megabytes per round. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false
  if (a.byteLength <= SMALL) {
    for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false
    return true
  }
  return bufferView(a).equals(bufferView(b))
}

/** A Buffer over the same bytes (no copy), for memcmp. */
export function bufferView(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
