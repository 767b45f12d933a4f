/**
 * English texts the engine composes at run time (run errors, machine-state reasons, unavailable
 * measurements, report files that cannot be read). Each key is a message code
 * (src-shared/engine-message.ts): the engine stores the English text AND the code with its
 * parameters, so a display translates what the engine said. These are the exact words reports
 * have always stored: a change here changes every stored English text.
 * `{inner}` is a nested message (a cause), translated on its own; `{text}` is a detail the engine
 * cannot translate (an OS error message, a URL, a validation detail).
 */
export default {
  // Anything untranslatable, as it came.
  text: '{text}',
  withDetail: '{inner}: {detail}',

  // How runs end early.
  cancelledKeepPoints: 'Cancelled by the user; the points measured before the cancel are kept.',
  cancelled: 'Cancelled by the user.',
  experimentFailed: 'The experiment failed: {inner}',
  checkFailed: 'Check failed: {inner}',
  wrongAnswer: '{workload}: wrong answer — expected {expected}, got {actual} ({source})',
  prepareFailed: 'Could not prepare the workload: {inner}',
  diskCannotUse: 'cannot use {dir} for file I/O: {why}',
  diskTooSmall:
    'this file-I/O configuration needs {needed} on disk, but {dir} has {free} free and a run may use at most {share}% of it ({allowed}). Lower --tasks, --files or --file-size, or choose another disk with --dir. Nothing was written.',
  tempDirFailed: 'could not create a temporary directory in {parent}: {why}',

  // Workers and tasks (src-main/engine/runtimes/errors.ts).
  taskTimeout: 'The task did not finish within {ms} ms; its worker was stopped and replaced',
  taskFailed: 'The task failed in the worker: {name}: {inner}',
  workerCouldNotStart: 'Could not start a {runtime} worker: {inner}',
  workerExitedBeforeReady: 'it exited before it was ready ({inner})',
  workerLost: 'A {runtime} worker was lost during the run: it exited unexpectedly ({inner})',
  workerLostBeforeReady: 'A {runtime} worker was lost during the run, before it was ready: it exited unexpectedly ({inner})',
  exitCode: 'exit code {code}',
  signal: 'signal {signal}',

  // The network-fetch kernel (src-workers/kernels/fetch.ts).
  fetchOwnServer: "the lab's own loopback server",
  fetchUrl: '{url}',
  fetchRefusedOwn: "could not connect to the lab's own loopback server: it is no longer running (connection refused)",
  fetchRefused: 'could not connect to {url}: connection refused (nothing listens on that port)',
  fetchHostNotFound: 'could not connect to {url}: the host name was not found',
  fetchResetOwn: "the lab's own loopback server reset the connection: it stopped or crashed during the run",
  fetchReset: '{url} reset the connection',
  fetchClosedEarlyOwn: "the lab's own loopback server closed the connection before the answer was complete: it stopped or crashed during the run",
  fetchClosedEarly: '{url} closed the connection before the answer was complete',
  fetchUnreachable: 'could not connect to {url}: the network or host is unreachable',
  fetchTimedOut: 'no complete answer from {inner} within {ms} ms',
  fetchHttpStatus: '{inner} answered HTTP {status}{statusText}',
  fetchTooLarge: '{inner} sent more than {max} bytes in one answer; refusing the rest',
  fetchOther: 'request to {inner} failed: {why}',
  fetchInvalidUrl: '"{url}" is not a valid URL',
  fetchBadProtocol: '{url}: only http:// and https:// URLs can be fetched',
  fetchCancelled: 'request cancelled',

  // The lab's loopback server (src-main/engine/loopback/controller.ts).
  loopbackCouldNotListen: "The lab's own loopback server could not listen: {why}",
  loopbackNotStarted: "The lab's own loopback server did not start within {ms} ms",
  loopbackCouldNotStart: "The lab's own loopback server could not be started: {why}",
  loopbackExited: "The lab's own loopback server exited before listening (exit code {code})",

  // External programs (perf, mkfifo: src-main/engine/runtimes/external-program.ts).
  programNotFound: '{file} is not installed (or not on the PATH)',
  programCouldNotStart: '{file} could not be started: {why}',
  programTimedOut: '{file} did not finish within {seconds} s and was stopped',
  programExitCode: '{file} failed with exit code {code}',
  programSignal: '{file} was ended by signal {signal}',
  programWatchdogLost: 'the watchdog process of {file} was killed from outside; {file} was stopped',

  // Measurements a micro-experiment could not make here.
  fifoWindows: 'Windows has no POSIX named pipes (FIFOs), which the blocking pipe ping-pong needs; see the IPC ping-pong instead',
  fifoFailed: 'could not make named pipes: {inner}',
  perfNotLinux: 'perf bench exists only on Linux; this is {platform}',
  perfUnreadable: 'could not read "usecs/op" in perf\'s output: {output}',
  fifoNoMkfifo: 'the mkfifo command is not installed',
  perfNotInstalled: 'perf is not installed (Debian/Ubuntu: apt-get install linux-perf)',
  perfTimedOut: 'perf did not finish within {seconds} s',
  perfFailed: 'perf failed: {inner}',
  deadlockProcessesNotBuilt: 'Node processes share no memory, so the locks would have to live in the engine (a Manager-style lock server); that variant is not built yet',
  livelockProcessesNotBuilt: 'Node processes share no memory, so two processes cannot hold the lab’s locks; livelock is shown between threads',
  switchesNotLinux: "per-thread switch counts come from Linux's /proc/thread-self; not available on {platform}",
  switchesNoLines: '/proc/thread-self/status has no ctxt_switches lines',
  switchesUnreadable: 'cannot read /proc/thread-self/status: {why}',
  switchesWindows: 'Windows does not count context switches per process (Node reports 0 there, which would be false)',
  switchesNothing: 'nothing was counted',

  // The machine's state (src-main/engine/measure): why a figure is not known.
  stateCancelled: 'the suite was cancelled before the probe ended',
  stateNotProbed: 'not probed on {platform}',
  probeNoAnswer: 'the probe did not answer within {seconds} s',
  probeFailed: 'the probe failed: {why}',
  stateNotMeasured: 'not measured',
  cpuOnlineMissing: '{path}/online is missing or unreadable',
  cpuSiblingsMissing: '{dir}/core_cpus_list and thread_siblings_list are missing',
  coreTypesMalformed: 'sys/devices/cpu_core/cpus or cpu_atom/cpus is malformed',
  coreTypesUntold: 'the kernel tells no core types here (no cpu_core/cpu_atom, no cpu_capacity, no sys/devices/cpu)',
  noCpufreq: 'no cpufreq in sysfs (usual in virtual machines and containers: the host sets the frequency)',
  powerSuppliesMissing: '{path} is missing (no power-supply class in this kernel or container)',
  batteryNoStatus: 'the battery reports no status and no power adapter is listed in {path}',
  noGovernorMac: 'macOS sets the CPU frequency itself and exposes no governor',
  noGovernorWindows: 'Windows has power plans, not a frequency governor; not read',
  noFrequency: 'not readable without a native module on this OS',
  coreTypesWindows: 'Windows tells core types only through a native call (GetSystemCpuSetInformation); not read',
  busyNoInterval: 'no interval could be counted: {inner}',
  busyEndedEarly: 'the runs ended before the first interval',
  busyNoCores: 'os.cpus() listed no cores',
  busyCoresChanged: 'the number of cores changed',
  busyBackwards: "a core's counters went back",
  busyNoTime: 'no CPU time passed',
  macNoCores: 'sysctl printed no hw.physicalcpu and hw.logicalcpu',
  macNoPerfLevels: 'this macOS does not report performance levels (sysctl hw.nperflevels, macOS 12 and later)',
  macNoPerfLevel0: 'sysctl printed hw.nperflevels but no hw.perflevel0.logicalcpu',
  macNoPerfLevel: 'sysctl printed no hw.perflevel{n}.logicalcpu',
  pmsetNoSource: 'pmset -g batt did not say where the power comes from',
  pmsetUnknownSource: 'pmset -g batt names an unknown power source: {source}',
  winNoCores: 'Win32_Processor gave no NumberOfCores and NumberOfLogicalProcessors',
  winBatteryUndefined: 'Win32_Battery reports an undefined status ({statuses})',
  cpusNotLinux: 'not read on {platform} (Linux /proc only)',
  cpusNoList: 'no Cpus_allowed_list in {path}',
  cpusUnreadable: '{path} could not be read ({code})',
  busyChildren: "the lab's child processes ran, and their CPU time cannot be read on this OS",

  // Report files that cannot be read (src-main/engine/report/read-report.ts).
  fileNoSuchFile: '{source}: no such file',
  fileNotFolder: '{source}: no such file (a part of the path is not a folder)',
  filePermission: '{source}: permission denied',
  fileIsFolder: '{source}: is a folder, not a report file',
  fileLoop: '{source}: too many levels of symbolic links (a link loop?)',
  fileNameTooLong: '{source}: the file name is too long',
  fileIoError: '{source}: could not be read (input/output error)',
  fileRefused: '{source}: could not be read (the system refused to read it)',
  fileUnreadable: '{source}: could not be read ({code})',
  fileIsFifo: '{source}: is a named pipe (FIFO), not a report file',
  fileIsSocket: '{source}: is a socket, not a report file',
  fileIsDevice: '{source}: is a device, not a report file',
  fileNotRegular: '{source}: is not a regular file',
  fileTooLarge: '{source}: file is {bytes} bytes, larger than the {mib} MiB limit for a report',
  fileNotJson: '{source}: not valid JSON: {detail}',
  fileNotReport: '{source}: not a valid report: {detail}',
  fileNotReportMigrated: '{source}: not a valid report (written as version {from}, read after migrating to {to}): {detail}',

  // Python interpreters (src-main/engine/runtimes/python/).
  pythonFlagMissing: '--python {path}: no such program',
  pythonFlagNotPython: '--python {path}: not a Python interpreter (it did not answer the probe) {detail}',
  pythonFlagTooOld: '--python {path}: Python {detail} is too old; the lab needs {min} or newer',
  pythonNotFound: 'No Python {min}+ interpreter was found (looked for python3, python, py -3, python3.13t, python3.14t and pyenv versions). Install one from python.org or your package manager, or give its path with --python PATH.',
  pythonCrashed: 'The Python interpreter ({version}) ended unexpectedly ({inner}); it said: {stderr}',
  pythonProtocol: 'The Python worker program broke the protocol: {detail}',
}
