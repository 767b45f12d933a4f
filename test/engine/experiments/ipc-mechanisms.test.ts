/**
 * Every IPC mechanism round-trips payloads of several sizes intact through real threads and real
 * processes, and the content check catches an answer that differs from what was sent.
 */
import { describe, expect, it } from 'vitest'
import { NODE_IPC_MECHANISMS } from '../../../src-shared/workloads/ipc-latency'
import type { EchoPayload } from '../../../src-shared/protocol'
import type { EchoTransport } from '../../../src-main/engine/experiments/micro/echo-client'
import { measureEcho } from '../../../src-main/engine/experiments/micro/echo-measure'
import { openIpcSession } from '../../../src-main/engine/experiments/micro/ipc-mechanisms'
import { systemClock } from '../../../src-main/engine/measure/clock'
import { onCleanup } from '../../helpers/cleanup'
import { fakeUtilityFork } from '../../fakes/utility-fork'

const SIZES = [1, 64, 65_536, 1024 * 1024]

describe('IPC mechanisms', () => {
  it.each(NODE_IPC_MECHANISMS)('%s round-trips 1 B to 1 MiB intact', async (mechanism) => {
    const signal = new AbortController().signal
    const session = await openIpcSession(mechanism, {
      config: { serialization: 'advanced', taskTimeoutMs: 60_000 },
      runtimeDeps: { clock: systemClock, utilityFork: fakeUtilityFork },
      signal,
    })
    onCleanup(session, (s) => s.close(true))
    for (const bytes of SIZES) {
      const timed = await session.measure(bytes, { samples: 4, warmup: 1, maxMs: 60_000, clock: systemClock, signal })
      expect(timed.roundTripsUs).toHaveLength(4)
      expect(timed.intact).toBe(4)
      expect(timed.roundTripsUs.every((us) => Number.isFinite(us) && us >= 0)).toBe(true)
    }
    await session.close(false)
  })
})

/** An in-process transport that answers with something else than it got. */
function transport(answer: (payload: EchoPayload, round: number) => EchoPayload): EchoTransport {
  let round = 0
  return { roundTrip: async (payload) => answer(payload, round++), close: () => undefined }
}

const settings = { samples: 5, warmup: 0, maxMs: 60_000, clock: systemClock, signal: new AbortController().signal }

describe('echo content check', () => {
  it('counts an answer with one byte flipped as not intact, though its length is right', async () => {
    const flipLast = transport((p) => {
      if (typeof p === 'string') return p
      const copy = p.slice()
      copy[copy.length - 1]! ^= 0xff
      return copy
    })
    expect((await measureEcho(flipLast, 'bytes', 1000, false, settings)).intact).toBe(0)
  })

  it('counts a stale answer (an earlier round) as not intact', async () => {
    let previous: Uint8Array | undefined
    const stale = transport((p) => {
      const answer = previous ?? (p as Uint8Array).slice()
      previous = (p as Uint8Array).slice()
      return answer
    })
    // Only the first round's answer is its own.
    expect((await measureEcho(stale, 'bytes', 64, false, settings)).intact).toBe(1)
  })

  it('counts a same-length different string as not intact, and a faithful echo as intact', async () => {
    expect((await measureEcho(transport((p) => (p as string).replace(/^./, '#')), 'string', 100, false, settings)).intact).toBe(0)
    expect((await measureEcho(transport((p) => p), 'string', 100, false, settings)).intact).toBe(5)
  })

  it('fails the warm-up loudly when the answer is wrong', async () => {
    const wrong = transport(() => new Uint8Array(8))
    await expect(measureEcho(wrong, 'bytes', 8, false, { ...settings, warmup: 1 })).rejects.toThrow(/differs/)
  })
})
