/**
 * English texts of what stands behind the figures: the machine, its state during the runs, the
 * harness overhead, the settings.
 * Part of the root catalogue (en.ts), spread into it.
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */
export default {
  machine: {
    title: 'This machine, now',
    reportTitle: 'Machine of this report',
    cpu: 'CPU',
    cores: 'Logical cores',
    parallelism: 'Available parallelism',
    memory: 'Memory',
    os: 'Operating system',
    versions: 'Versions',
    load: 'Load average',
    loadNow: 'Load average (1, 5, 15 min)',
    liveNote: 'The machine the engine runs on, refreshed every few seconds.',
    reportNote: 'The machine that measured the imported report shown, not this one.',
  },
  machineState: {
    title: 'Machine state during the runs',
    note: 'What can bend the figures besides the code: shared cores, slower cores, power saving, other programs.',
    cores: 'Cores and SMT',
    coresValue: '{physical} physical, {logical} logical',
    smt: 'two logical cores share some physical ones (SMT)',
    noSmt: 'no SMT',
    coreTypes: 'Core types',
    hybrid: '{p} performance and {e} efficiency logical cores',
    notHybrid: 'one kind of core',
    governor: 'Frequency governor',
    frequency: 'Clock',
    frequencyNow: '{min}–{max} MHz',
    frequencyMax: '{min}–{max} MHz, at most {top} MHz',
    power: 'Power',
    noBattery: 'no battery',
    onBattery: 'on battery ({charge})',
    onMains: 'on mains power',
    busy: 'Other programs',
    busyBefore: 'before the runs {share} of the CPU',
    busyDuring: 'during them {mean} on average, {max} at most',
    unknown: 'unknown: {reason}',
    pending: 'measured when the suite ends',
  },
  overhead: {
    title: 'Harness overhead',
    explain: 'The round trip of an empty task through the same pool, per task. When it is a large share of a chunk’s time, the figures measure the harness as much as the work.',
    perTask: 'per empty task',
    share: '{pct} of a chunk',
    eventLoop: 'Engine event-loop delay: p50 {p50}, p99 {p99}',
  },
  settings: {
    title: 'Settings behind these figures',
    serialization: 'Serialization',
    warmup: 'Warm-ups',
    repeat: 'Repetitions',
    timeout: 'Task timeout',
    uvPool: 'libuv pool (UV_THREADPOOL_SIZE)',
    globalLock: 'Global lock: switch interval',
    globalLockFigures: 'Global lock: hand-overs, wait per worker',
  },
}
