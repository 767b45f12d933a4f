import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { futexBufferBytes, futexPing, futexSelf } from '../../../src-workers/kernels/futex-pingpong'
import { fillPattern, sameBytes, stampRound } from '../../../src-workers/kernels/payload-pattern'
import { runPingPong } from '../../../src-workers/kernels/pingpong'
import { onCleanup } from '../../helpers/cleanup'

describe('payload pattern', () => {
  it('fills a reproducible, non-constant pattern and tells a single changed byte', () => {
    const a = fillPattern(new Uint8Array(4096), 3)
    const b = fillPattern(new Uint8Array(4096), 3)
    expect(sameBytes(a, b)).toBe(true)
    expect(new Set(a).size).toBeGreaterThan(200)
    b[4095]! ^= 1
    expect(sameBytes(a, b)).toBe(false)
    expect(sameBytes(a, a.subarray(1))).toBe(false)
    // Small payloads are compared by a loop rather than memcmp: the same answer.
    const small = fillPattern(new Uint8Array(64), 5)
    const copy = small.slice()
    expect(sameBytes(small, copy)).toBe(true)
    copy[63]! ^= 0x80
    expect(sameBytes(small, copy)).toBe(false)
  })

  it('stamps the round into the first bytes', () => {
    const bytes = new Uint8Array(8)
    stampRound(bytes, 0x01020304)
    expect([...bytes.subarray(0, 4)]).toEqual([4, 3, 2, 1])
    const tiny = new Uint8Array(2)
    stampRound(tiny, 0x0304)
    expect([...tiny]).toEqual([4, 3])
  })
})

describe('futex ping-pong kernel', () => {
  it.each([0, 64, 65_536])('copies a %i-byte payload both ways intact on one thread', (bytes) => {
    const result = futexSelf(bytes, 50)
    expect(result.roundTripsUs).toHaveLength(50)
    expect(result.intact).toBe(50)
  })

  it('fails instead of hanging when nobody answers', () => {
    const buffer = new SharedArrayBuffer(futexBufferBytes(8))
    expect(() => futexPing(buffer, 8, 1, 20)).toThrow(/no answer within 20 ms/)
  })

  it('refuses a buffer too small for the payload', () => {
    expect(() => futexPing(new SharedArrayBuffer(8), 64, 1, 20)).toThrow(RangeError)
  })

  it('refuses nonsensical round counts', () => {
    const channel = { type: 'futex' as const, buffer: new SharedArrayBuffer(8), payloadBytes: 0 }
    expect(() => runPingPong({ kind: 'pingpong', role: 'self', channel, rounds: 0, timeoutMs: 10 })).toThrow(RangeError)
  })
})

describe.runIf(process.platform !== 'win32')('pipe ping-pong kernel', () => {
  it('writes and reads a FIFO on one thread, every byte intact', () => {
    const dir = onCleanup(mkdtempSync(join(tmpdir(), 'conlab-test-fifo-')), (d) => rmSync(d, { recursive: true, force: true }))
    const path = join(dir, 'p')
    execFileSync('mkfifo', [path])
    const result = runPingPong({ kind: 'pingpong', role: 'self', channel: { type: 'pipe', sendPath: path, receivePath: path }, rounds: 300, timeoutMs: 1000 })
    expect(result.roundTripsUs).toHaveLength(300)
    expect(result.intact).toBe(300)
  })
})
