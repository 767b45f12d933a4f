/**
 * The timed loop of an echo mechanism: warm-up round trips first (JIT, buffer pools, first-touch
 * page faults), then one round trip at a time on the engine's clock, each answer compared with
 * what was sent after its time is taken. Sampling stops at `samples` or when the time budget of
 * the point runs out, whichever comes first (always at least one round trip).
 */
import type { Clock } from '../../measure/clock'
import type { EchoTransport } from './echo-client'
import { type PayloadKind, PayloadSource } from './payloads'

export interface SamplingSettings {
  samples: number
  warmup: number
  /** Time budget of the timed part of one point. */
  maxMs: number
  clock: Clock
  signal: AbortSignal
}

export interface TimedRoundTrips {
  roundTripsUs: number[]
  intact: number
}

export async function measureEcho(
  transport: EchoTransport,
  kind: PayloadKind,
  payloadBytes: number,
  transfer: boolean,
  settings: SamplingSettings,
): Promise<TimedRoundTrips> {
  const { clock, signal } = settings
  const source = new PayloadSource(kind, payloadBytes, transfer)
  for (let round = 0; round < settings.warmup; round++) {
    signal.throwIfAborted()
    const reply = await transport.roundTrip(source.forRound(round), transfer)
    if (!source.matches(reply)) throw new Error(`echo warm-up round ${round}: the answer differs from what was sent (${payloadBytes} bytes)`)
  }
  const roundTripsUs: number[] = []
  let intact = 0
  const deadline = clock.now() + settings.maxMs
  for (let i = 0; i < settings.samples; i++) {
    signal.throwIfAborted()
    if (i > 0 && clock.now() > deadline) break
    const payload = source.forRound(settings.warmup + i)
    const t0 = clock.now()
    const reply = await transport.roundTrip(payload, transfer)
    roundTripsUs.push((clock.now() - t0) * 1000)
    if (source.matches(reply)) intact++
  }
  return { roundTripsUs, intact }
}
