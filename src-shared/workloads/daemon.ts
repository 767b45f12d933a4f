/**
 * Daemon (issue 18, part 0): what survives when its host exits. A sacrificial host process starts
 * a worker thread, an attached and a detached child (Node), daemon and non-daemon threads and
 * multiprocessing processes (CPython, where an interpreter is found), then ends: normally, or
 * SIGKILLed. The engine counts, over R rounds, which of them was still alive afterwards, then
 * ends every survivor itself. Every child ends by itself within `lifetimeMs` anyway.
 */
import { z } from 'zod'
import { DAEMON_EXITS } from '../daemon-report'
import { defineWorkload, optionNames } from './define'

export const DaemonOptionsSchema = z.object({
  workload: z.literal('daemon'),
  /** How the host ends; one point per kind and way. */
  exits: z.array(z.enum(DAEMON_EXITS)).min(1).max(DAEMON_EXITS.length).default([...DAEMON_EXITS]).transform((xs) => DAEMON_EXITS.filter((e) => xs.includes(e))),
  /** Hosts per runtime and way (R): the finding is "survived k of R". */
  rounds: z.number().int().min(1).max(10).default(3),
  /** Every thread and child ends by itself by then: a survivor never outlives this bound. */
  lifetimeMs: z.number().int().min(1000).max(5000).default(2000),
  /** How long a non-daemon thread or process works on a normal exit (the host waits for it). */
  holdMs: z.number().int().min(100).max(2000).default(400),
  /** After the host has ended, how long before a child still alive counts as a survivor. */
  observeMs: z.number().int().min(100).max(800).default(300),
})
export type DaemonOptions = z.infer<typeof DaemonOptionsSchema>

const RUNTIMES = ['thread', 'process', 'py-thread', 'py-process'] as const

export const daemonDefinition = defineWorkload({
  schema: DaemonOptionsSchema,
  shape: 'micro',
  workersOnly: true,
  defaultRuntimes: RUNTIMES,
  flags: { exits: { flag: 'daemon-exits' }, rounds: { flag: 'daemon-rounds' }, lifetimeMs: { flag: 'daemon-lifetime-ms' }, holdMs: { flag: 'daemon-hold-ms' }, observeMs: { flag: 'daemon-observe-ms' } },
  presets: [{ id: 'quick', workload: { exits: [...DAEMON_EXITS], rounds: 2, lifetimeMs: 1500, holdMs: 300, observeMs: 250 }, common: { runtimes: [...RUNTIMES], repeat: 1, warmup: 0 } }],
  describe: (o, t) => t('workloads.daemon.describe', { exits: optionNames(t, 'daemon', 'exits', o.exits), rounds: o.rounds, lifetimeMs: o.lifetimeMs, holdMs: o.holdMs, observeMs: o.observeMs }),
})
