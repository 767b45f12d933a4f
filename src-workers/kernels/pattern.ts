/**
 * Deterministic bytes for the I/O workloads: the files the file-I/O kernel writes and the body the
 * loopback server sends. Pseudo-random (xorshift32) so that no filesystem or link can compress or
 * deduplicate them into a flattering figure, and reproducible from a seed so that whoever reads
 * them back can tell a right byte from a wrong one.
 */

/** Bytes `stampBlock` overwrites at the start of a block: four little-endian 32-bit words. */
export const STAMP_BYTES = 16
/** Fourth stamp word: marks a block as one of ours when a file is inspected by hand. */
const STAMP_MAGIC = 0x434c4142 // "CLAB"

/**
 * `size` bytes of xorshift32 output (Marsaglia 2003) started from `seed`. The seed is mixed with
 * a constant first because xorshift32 maps 0 to 0 forever.
 */
export function patternBytes(size: number, seed: number): Buffer {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`pattern size must be a non-negative integer, got ${size}`)
  const words = new Uint32Array(Math.ceil(size / 4))
  let x = (seed ^ 0x9e3779b9) >>> 0 || 1
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    words[i] = x >>> 0
  }
  // Little-endian words on every platform Node runs on that matters here; the bytes only need to
  // be the same for the writer and the checker, which run on the same machine.
  return Buffer.from(words.buffer, 0, size)
}

const stamp = Buffer.alloc(STAMP_BYTES)

/**
 * Copies `pattern[0, length)` into `scratch` and stamps seed, file and block number over its
 * first bytes, so that every block of every file differs (a block read from the wrong place or
 * the wrong file fails its checksum). Returns the filled part of `scratch`.
 */
export function stampBlock(scratch: Buffer, pattern: Buffer, length: number, seed: number, file: number, block: number): Buffer {
  pattern.copy(scratch, 0, 0, length)
  stamp.writeUInt32LE(seed >>> 0, 0)
  stamp.writeUInt32LE(file >>> 0, 4)
  stamp.writeUInt32LE(block >>> 0, 8)
  stamp.writeUInt32LE(STAMP_MAGIC, 12)
  stamp.copy(scratch, 0, 0, Math.min(STAMP_BYTES, length))
  return scratch.subarray(0, length)
}
