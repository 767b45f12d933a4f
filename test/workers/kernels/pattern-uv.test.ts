/** The deterministic bytes of the I/O workloads, and libuv's pool size as libuv computes it. */
import { describe, expect, it } from 'vitest'
import { STAMP_BYTES, patternBytes, stampBlock } from '../../../src-workers/kernels/pattern'
import { effectiveUvThreadpoolSize } from '../../../src-workers/kernels/uv-pool'

describe('patternBytes', () => {
  it('is the same for a seed, differs between seeds, and has the asked length', () => {
    expect(patternBytes(1001, 5).equals(patternBytes(1001, 5))).toBe(true)
    expect(patternBytes(1001, 5).equals(patternBytes(1001, 6))).toBe(false)
    expect(patternBytes(1001, 5)).toHaveLength(1001)
    expect(patternBytes(0, 5)).toHaveLength(0)
    // A longer pattern starts with the shorter one: files and payloads of any size agree.
    expect(patternBytes(64, 5).equals(patternBytes(1000, 5).subarray(0, 64))).toBe(true)
  })

  it('does not degenerate to zeros for seed 0 (xorshift maps 0 to 0)', () => {
    expect(patternBytes(64, 0).some((b) => b !== 0)).toBe(true)
  })

  it('stamps seed, file and block over the start of a block only', () => {
    const pattern = patternBytes(64, 1)
    const block = stampBlock(Buffer.alloc(64), pattern, 40, 9, 2, 3)
    expect(block).toHaveLength(40)
    expect([block.readUInt32LE(0), block.readUInt32LE(4), block.readUInt32LE(8)]).toEqual([9, 2, 3])
    expect(block.subarray(STAMP_BYTES).equals(pattern.subarray(STAMP_BYTES, 40))).toBe(true)
    expect(stampBlock(Buffer.alloc(64), pattern, 3, 9, 2, 3)).toEqual(Buffer.from([9, 0, 0]))
  })
})

describe('effectiveUvThreadpoolSize', () => {
  it('follows libuv: unset is 4, 0 and garbage are 1, big values are capped, atoi reads a prefix', () => {
    expect(effectiveUvThreadpoolSize(undefined, '1.46.0')).toBe(4)
    expect(effectiveUvThreadpoolSize('16', '1.46.0')).toBe(16)
    expect(effectiveUvThreadpoolSize(' 8threads', '1.46.0')).toBe(8)
    expect(effectiveUvThreadpoolSize('0', '1.46.0')).toBe(1)
    expect(effectiveUvThreadpoolSize('', '1.46.0')).toBe(1)
    expect(effectiveUvThreadpoolSize('many', '1.46.0')).toBe(1)
    expect(effectiveUvThreadpoolSize('5000', '1.46.0')).toBe(1024)
    expect(effectiveUvThreadpoolSize('5000', '1.44.2')).toBe(128)
    expect(effectiveUvThreadpoolSize('-1', '1.46.0')).toBe(1024)
  })
})
