/**
 * English texts of the report area: everything the HTML, Markdown and PDF exports (and the
 * comparison exports) show; see zh-CN-report.ts for the Chinese. These are the exports' exact
 * English words: a change here changes every English snapshot. Plain words; vue-i18n reserves
 * braces, at, pipe and dollar signs: only {placeholders} use them. Singular and plural are two
 * keys (`...One`, `...Many`), since vue-i18n's plural syntax needs the pipe.
 */
import type { WarningCode } from '../report'

export default {
  language: 'English',
  /** Separators, so that Chinese gets its full-width punctuation. */
  list: ', ',
  colon: ': ',
  meta: {
    language: 'Language: {language}',
    measured: 'Measured with Concurrency Lab {lab} on {date}.',
    runsOne: '{n} run.',
    runsMany: '{n} runs.',
    defaultTitle: 'Concurrency Lab report — {cpu}',
    footer:
      'Self-contained file: it loads nothing from the network and runs no script. ' +
      'Import the JSON export of this report into Concurrency Lab to compare it with other machines.',
  },
  sections: {
    machine: 'Machine',
    warnings: 'Warnings',
    otherFigures: 'Other figures',
    howToRead: 'How to read this report',
    significance: 'Significance',
  },
  group: {
    options: 'Options: {options}',
    noOptions: '(no options)',
    everyPoint: 'Every point: {case}',
    noPoint: 'No point was measured.',
    settingsFor: 'Settings for {runtime}: {settings}',
  },
  machine: {
    cpu: 'CPU',
    cores: 'Cores',
    coresValue: '{logical} logical, {available} available to the lab',
    memory: 'Memory',
    os: 'Operating system',
    node: 'Node.js',
    electron: 'Electron',
    chrome: '{electron} (Chrome {chrome})',
    lab: 'Concurrency Lab',
    hostname: 'Host name',
    loadAverage: 'Load average at start',
  },
  /** Report fields beyond the core ones, by their path in the report. */
  reportFields: {
    host: {
      eventLoopDelayMs: {
        p50: 'Engine event-loop delay, p50 (ms)',
        p99: 'Engine event-loop delay, p99 (ms)',
        max: 'Engine event-loop delay, max (ms)',
      },
      resolutionMs: 'Event-loop delay resolution (ms)',
      samples: 'Event-loop delay samples',
    },
  },
  /** Names of extra figures and run fields, for chart axes and headings (others are spelt out from their key). */
  fieldNames: {
    cpu: 'cpu',
    latency: 'latency',
    latencyByOp: 'latency by op',
    throughput: 'throughput',
    references: 'references',
  },
  units: {
    bytes: 'bytes',
    perSecond: 'per second',
  },
  table: {
    runtime: 'runtime',
    case: 'case',
    workers: 'workers',
    median: 'median [95% interval]',
    speedup: 'speedup [95% CI]',
    efficiency: 'efficiency',
    vsMain: 'vs main',
    karpFlatt: 'Karp–Flatt',
    check: 'check',
    over: '{workers} (over)',
    checkFailed: '✗ expected {expected}, got {actual}',
    libuvPool: 'libuv pool {size}',
    /** A time: the median and its 95% interval, asymmetric, so never written as ±. */
    time: '{median} [{lo}–{hi}]',
    /** Below 5 samples: the range and the count instead of an interval (see notes.fewSamples). */
    timeRange: '{median} (range {lo}–{hi}, n={n})',
    timeOne: '{median} (n=1)',
    speedupNa: '{ratio} (n/a: {reason})',
    speedupWhy: { 'reference-itself': 'the reference point itself', 'few-samples': 'fewer than 5 samples' },
    karpFlattNa: 'n/a: {reason}',
    karpFlattWhy: {
      'one-worker': 'one worker',
      'no-speedup': 'speedup ≤ 1',
      superlinear: 'speedup ≥ workers',
      oversubscribed: 'more workers than cores',
      'no-reference': 'no 1-worker point',
    },
  },
  settings: {
    one: '{serialization} serialization, {warmup} warm-up, {repeat} repetition',
    many: '{serialization} serialization, {warmup} warm-up, {repeat} repetitions',
    timeout: ', task timeout {timeout}',
    other: ', {key} = {value}',
  },
  notes: {
    overhead: 'Harness overhead (empty-task round trip, median): {list}',
    amdahl: 'Amdahl serial fraction: {list}',
    amdahlItem: '{runtime} {share}% (max speedup {max})',
    status: '{runtime}: {status}',
    statusError: '{runtime}: {status} — {error}',
    amdahlNa: '{runtime} n/a: {reason}',
    amdahlWhy: {
      'too-few-points': 'no point with 1 < workers ≤ cores',
      'speedup-out-of-range': 'no point with 1 < speedup < workers',
    },
    intervals: 'Times: median [95% bootstrap interval of the median]. Speedups: ratio of medians [95% bootstrap interval].',
    intervalsMean: 'Times: median [95% Student-t interval of the mean] (a report from an older lab).',
    fewSamples: '(range min–max, n): fewer than 5 repetitions give no trustworthy 95% interval, so the range of the measured times is shown instead. Use 5 repetitions or more.',
    schedule: 'Schedule: {order}, seed {seed}.',
    orders: { interleaved: 'interleaved (each round takes every point once, in a shuffled order)', sequential: 'sequential (each point measured to the end before the next)' },
  },
  significance: {
    intro: 'Mann–Whitney U test at each worker count; p-values Holm-adjusted over the comparisons of this table, alpha {alpha}. Time ratio: the first runtime\'s time over the second\'s (Hodges–Lehmann; below 1× the first is faster).',
    workers: 'workers',
    pair: 'comparison',
    verdict: 'verdict',
    ratio: 'time ratio',
    p: 'p (Holm)',
    pairText: '{a} vs {b}',
    pairBaseline: '{a} vs {b} (1 worker)',
    verdicts: { faster: 'faster', slower: 'slower', 'no-clear-difference': 'no clear difference at this noise', 'too-few-repetitions': 'too few repetitions to tell' },
    tooFew: 'Too few repetitions to tell: with {nA} against {nB} repetitions the smallest p the test can reach is {minP}, not below {alpha}. Use 5 repetitions or more.',
  },
  status: {
    completed: 'COMPLETED',
    aborted: 'ABORTED',
    failed: 'FAILED',
  },
  warnings: {
    place: '{workload} on {runtime}',
    wholeReport: 'whole report',
    workersOne: '{where}, {n} worker',
    workersMany: '{where}, {n} workers',
    markdownLine: '{code} ({place}): {message}',
    htmlLine: '{code} {place}: {message}',
  },
  /** A warning's explanation by its code, for exports in another language than the stored message's. */
  warningText: {
    outliers: 'Some repetitions were far from the median: something else probably used the machine meanwhile. Close other programs and measure again.',
    'high-variance': 'The repetitions varied a lot: differences between points smaller than that may be noise. Close other programs, or use more repetitions.',
    'slow-first-run': 'The first repetition was much slower than the others: it paid one-off costs (starting workers, JIT compilation, caches). More warm-up runs keep them out.',
    oversubscribed: 'More workers than logical cores: the operating system time-shares the cores, so expect no more speedup. These points are left out of the Amdahl fit.',
    'machine-busy': 'The machine was already busy when the run started: other programs competed for the cores, so the times are slower and noisier.',
    'check-failed': 'The result did not match the expected answer: timings of a wrong answer mean nothing.',
    'few-samples': 'Some points were measured fewer than 3 times: their 95% interval is very wide or unknown. Use at least 3 repetitions, better 5.',
    'on-battery': 'The machine ran on battery: laptops on battery lower the CPU frequency and limit boost, so every figure is slower and may drift as the charge drops. Plug the machine in and measure again before comparing.',
    'powersave-governor': 'The CPU frequency governor was powersave: the cores ran below their top frequency, so the figures are slower than the machine can do. Set the performance governor (for example sudo cpupower frequency-set -g performance) and measure again.',
    'cpu-used-by-others': 'Other programs used a large share of the CPU while the lab ran (the lab\'s own time left out): the times are slower and noisier than they should be, the more workers the worse. Close other programs and measure again.',
    'hybrid-cores': 'This machine has fast performance cores and slower efficiency cores: the operating system decides where each thread or process runs, so the same point can differ between repetitions, and a speedup that stops growing past the performance cores is the hardware, not the runtime.',
    'smt-shared-cores': 'Some worker counts are above the number of physical cores (SMT, Hyper-Threading): there two workers share one core\'s execution units, so expect much less extra speedup than below it. That is the hardware, not the runtime.',
    drift: 'A point\'s repetitions trended over the run (their times grew or shrank steadily as the run went on): the machine warmed up, throttled or got busier meanwhile, so its figures depend on when they were taken. Close other programs, let the machine settle, and measure again.',
  } satisfies Record<WarningCode, string>,
  explain: {
    median: {
      term: 'Median [95% interval]',
      text: 'The middle of the measured repetitions, and the 95% interval of that median from a bootstrap (times are skewed, so the interval is not symmetric around the median): with more repetitions or a quieter machine it shrinks. Below 5 repetitions the range and the count are shown instead.',
    },
    speedup: {
      term: 'Speedup',
      text: 'Time with 1 worker divided by time with N workers, on the same runtime. The ideal is N; below it, the work or its coordination did not split perfectly.',
    },
    efficiency: {
      term: 'Efficiency',
      text: 'Speedup divided by the number of workers: the share of each worker that did useful work (100% = perfect scaling).',
    },
    vsMain: {
      term: 'vs main',
      text: 'Time on the main thread divided by time with this runtime and worker count: above 1, the workers paid off.',
    },
    karpFlatt: {
      term: 'Karp–Flatt',
      text: 'The serial fraction implied by each point. If it grows with the worker count, the cost is coordination overhead rather than a fixed serial part.',
    },
    amdahl: {
      term: 'Amdahl serial fraction',
      text: 'The share of the work that could not be split, fitted to all points up to the core count, and the highest speedup it allows.',
    },
    overhead: {
      term: 'Harness overhead',
      text: 'What sending one empty task through the same pool and back costs: the lab measures its own overhead so you can tell it apart from the work.',
    },
    over: {
      term: '(over)',
      text: 'More workers than logical cores: the operating system takes turns between them, so no further speedup is possible.',
    },
  },
  /** Names in the trace export (Perfetto, chrome://tracing): one process per point, one track per worker. */
  trace: {
    processOne: '{workload} · {runtime} · {n} worker',
    processMany: '{workload} · {runtime} · {n} workers',
    worker: 'worker {n}',
    capped: '{omitted} spans left out: a report keeps at most {max} spans, every point its first repetitions',
  },
  charts: {
    workers: 'workers',
    payloadSize: 'payload size',
    runtimeCase: 'runtime · case',
    withKey: '{caption} Bars: {key}.',
    withPart: '{name} ({part})',
    withUnit: '{name}, {unit}',
    speedupTitle: 'Speedup against workers',
    speedupY: 'speedup (× the 1-worker time)',
    cores: '{n} cores',
    speedupCaption:
      'Each line is a runtime; bars are 95% intervals. The dashed line is perfect scaling. ' +
      'Past the core count the workers take turns on the cores, so the curve flattens or falls.',
    medianTime: 'Median time',
    timeAgainst: 'Time against {x}',
    medianTimeMs: 'median time (ms)',
    timeCaption: 'Median time of one repetition; error bars are 95% intervals of the mean. Lower is faster.',
    extraCaption: 'The "{name}" figure of each point, as the workload recorded it.',
    trimmed: ' Only the first {shown} of {total} points are drawn; the table has them all.',
    timelineTitleOne: 'Who worked when: {runtime}, {n} worker',
    timelineTitleMany: 'Who worked when: {runtime}, {n} workers',
    timelineCaption: 'Chunks of the last repetition on each worker. Gaps at the end of a row are time a worker waited for the others (load imbalance).',
    ideal: 'ideal (speedup = workers)',
    worker: 'worker {n}',
    workerBusy: 'worker {n}: busy {busy} of {total}',
    span: 'worker {n}: {label} ({time})',
    timelineX: 'time since the repetition started (ms)',
    chunksShown: 'first {shown} of {total} chunks shown',
  },
  compare: {
    title: 'Machine comparison',
    pageTitle: 'Machine comparison (baseline {baseline})',
    baseline: 'Baseline: {baseline}.',
    explanation:
      'Each cell: the median time followed by its 95% interval, then the speed relative to the baseline machine ' +
      '(baseline time / this time: above 1× this machine was faster) with a conservative 95% interval built from both ' +
      "machines' intervals. Points are compared only when workload, runtime, options, settings, worker count and case all match.",
    summary: 'Summary',
    machines: 'Machines',
    reportCreated: 'Report created',
    notCompared: 'Not compared',
    notes: 'Notes',
    footer: 'Self-contained file: it loads nothing from the network and runs no script.',
    caseWorkers: 'case · workers',
    timeAgainstWorkers: 'Time against workers',
    lineCaption: 'One line per machine; bars are 95% intervals. Lower is faster.',
    barCaption: 'One bar per machine; lines are 95% intervals. Lower is faster.',
    relativeTitle: 'Speed relative to {baseline}',
    relativeY: "× {baseline}'s speed",
    relativeReference: '1× = {baseline}',
    relativeNote: 'Above 1: faster than {baseline}. Lines are conservative 95% intervals from both machines.',
    otherSettings: 'other settings',
    notRun: 'not run',
    notMeasured: 'not measured',
    wrongAnswer: 'WRONG ANSWER',
    isBaseline: 'baseline',
    checkFailed: 'not compared',
    noBaseline: 'no baseline',
    runStatus: {
      completed: 'completed',
      aborted: 'aborted',
      failed: 'failed',
    },
    groupTitle: '{workload} on {runtime}',
    everyPoint: 'every point: {case}',
    mismatch: '{workload} on {runtime} was measured with different settings, so those points are not compared: {fields}',
    notRunValue: '(not run)',
    summaryBaseline: '{label}: the baseline',
    summaryNone: '{label}: no point could be compared with the baseline',
    fasterOne: '{label}: {times}× faster than the baseline (geometric mean over {n} point)',
    fasterMany: '{label}: {times}× faster than the baseline (geometric mean over {n} points)',
    slowerOne: '{label}: {times}× slower than the baseline (geometric mean over {n} point)',
    slowerMany: '{label}: {times}× slower than the baseline (geometric mean over {n} points)',
  },
}
