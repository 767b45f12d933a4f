/**
 * Network fetch, the I/O-bound workload where almost all the time is waiting: each task GETs the
 * lab's loopback server (or a user URL, bounded) many times and verifies every body.
 */
import { z } from 'zod'
import { KIB, MIB, sizeText } from '../sizes'
import { refinement } from '../validation-messages'
import { defineWorkload } from './define'

/** Requests per repetition allowed against somebody else's server (a user-given URL). */
export const USER_URL_MAX_REQUESTS = 200
/** Largest body accepted from a user-given URL; a bigger answer fails the request. */
export const USER_URL_MAX_BODY_BYTES = 64 * MIB
export const FETCH_MAX_PAYLOAD = 64 * MIB

export const NetworkFetchOptionsSchema = z
  .object({
    workload: z.literal('network-fetch'),
    /** Tasks per repetition, handed out to the workers from one queue. */
    tasks: z.number().int().min(1).max(10_000).default(8),
    /** Requests each task makes. */
    requests: z.number().int().min(1).max(100_000).default(16),
    /** Requests a task keeps in flight at once, over keep-alive connections. */
    inFlight: z.number().int().min(1).max(256).default(2),
    /** Bytes of each answer of the lab's own loopback server. */
    payloadSize: z.number().int().min(0).max(FETCH_MAX_PAYLOAD).default(16 * KIB),
    /** The loopback server waits this long before answering: the "network" wait. */
    latencyMs: z.number().int().min(0).max(10_000).default(5),
    /** Extra wait drawn uniformly from [0, jitterMs], the same for a request id and seed every run. */
    jitterMs: z.number().int().min(0).max(10_000).default(0),
    /** Seeds the jitter and the payload's bytes. */
    seed: z.number().int().min(0).max(0xffff_ffff).default(1),
    /** Fetch this http(s) URL instead of the loopback server (bounded request count and time). */
    url: z
      .url({ protocol: /^https?$/, error: 'url must be an absolute http:// or https:// URL' })
      .max(2048)
      .optional(),
    /** A request without its whole answer after this long fails, with the URL and the bound named. */
    requestTimeoutMs: z.number().int().min(10).max(60_000).default(10_000),
  })
  .refine((o) => o.url === undefined || o.tasks * o.requests <= USER_URL_MAX_REQUESTS, {
    message: `with a url of your own, tasks × requests must stay at or below ${USER_URL_MAX_REQUESTS} per repetition`,
    ...refinement('fetchMaxRequests', { max: USER_URL_MAX_REQUESTS }),
    path: ['requests'],
  })
export type NetworkFetchOptions = z.infer<typeof NetworkFetchOptionsSchema>

const IO_RUNTIMES = ['main', 'main-async', 'thread', 'process'] as const

export const networkFetchDefinition = defineWorkload({
  schema: NetworkFetchOptionsSchema,
  shape: 'sweep',
  workersOnly: false,
  defaultRuntimes: ['main', 'thread', 'process'],
  flags: { payloadSize: { unit: 'bytes' }, requestTimeoutMs: { flag: 'request-timeout' } },
  presets: [
    { id: 'quick', workload: { tasks: 4, requests: 8, latencyMs: 5 }, common: { runtimes: [...IO_RUNTIMES], workers: [1, 2, 4], repeat: 3, warmup: 1 } },
    // Mostly waiting: one thread keeping many requests in flight should keep up with workers.
    { id: 'workshop-io', workload: { tasks: 8, requests: 16, inFlight: 2, latencyMs: 10 }, common: { runtimes: [...IO_RUNTIMES], workers: [1, 2, 4, 8], repeat: 5, warmup: 1 } },
  ],
  describe: (o, t) =>
    t('workloads.network-fetch.describe', {
      tasks: o.tasks,
      requests: o.requests,
      inFlight: o.inFlight,
      target:
        o.url ??
        t('workloads.network-fetch.loopback', {
          size: sizeText(o.payloadSize),
          latencyMs: o.latencyMs,
          jitter: o.jitterMs ? t('workloads.network-fetch.jitter', { jitterMs: o.jitterMs }) : '',
        }),
    }),
})
