/**
 * English texts of the micro-benchmark tables: spawn cost, IPC latency, context switches,
 * oversubscription.
 * Part of the cli area (en-cli.ts), spread into it.
 * Plain words; vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */
export default {
  micro: {
    notMeasured: '{runtime}: {what} not measured — {reason}',
    point: '{name}{size}, {workers} worker(s): {figure}',
    latency: 'p50 {p50}, p99 {p99}',
    median: 'median {median}',
    spawnTitle: 'Spawn cost — cold start vs a warm pool',
    spawnColumns: { runtime: 'runtime', coldReady: 'cold: first message p50', p90: 'p90', coldTask: 'cold: first task p50', warm: 'warm pool: task p50', rss: 'memory / worker (RSS)', heap: 'heap used' },
    rssChild: '{size} (child)',
    rssGrowth: '{size} (engine growth)',
    spawnNote: '{samples} cold spawns per runtime (after 1 not kept); times from the spawn request',
    ipcTitle: 'IPC latency — round trip, engine ⇄ worker (atomics: thread ⇄ thread)',
    ipcColumns: { mechanism: 'mechanism', payload: 'payload', p50: 'p50', p90: 'p90', p99: 'p99', max: 'max', mbps: 'MB/s', count: 'round trips' },
    notAvailable: 'n/a',
    pingTitle: 'Context switches — ping-pong (a round trip is two switches plus the mechanism)',
    pingColumns: { pingPong: 'ping-pong', runtime: 'runtime', workers: 'workers', p50: 'round trip p50', p99: 'p99', threadVol: 'thread vol./rt', threadInvol: 'thread invol./rt', processVol: 'process vol./rt' },
    pingNote: 'switches per round trip (rt), summed over the threads involved (Linux /proc/thread-self) and their processes (getrusage); n/a: not counted on this platform',
    overTitle: 'Oversubscription — busy workers on {cores} cores; ideal = K / cores × the one-per-core time',
    overColumns: { runtime: 'runtime', busy: 'busy workers', time: 'time (median)', ideal: 'ideal', excess: 'excess', invol: 'invol. switches / rep.', perSwitch: 'excess / switch' },
    over: '{workers} (over)',
    excess: '{time} ({share})',
    /** A cost whose 95% interval lies above 0. */
    excessCi: '{time} [{lo}–{hi}] ({share})',
    /** The excess's 95% interval reaches 0: no cost is claimed, and none below the ideal shown. */
    excessWithinNoise: 'within noise (±{noise})',
    excessWithinNoiseUnknown: 'within noise',
    /** A median operation with its 95% bootstrap interval, or its range below 5 operations. */
    p50Ci: '{p50} [{lo}–{hi}]',
    p50Range: '{p50} (range {lo}–{hi}, n={n})',
    reference: '{command}: {time} per round trip ({variant}, outside reference)',
    referenceMissing: '{command}: unavailable — {reason}',
    countersMissing: '{runtime}: some switch counters are not available here — {reason}',
  },
}
