/**
 * English texts of the run form: its buttons, the interpreters to run, and why a setting or the
 * Cores field is disabled.
 * Part of the root catalogue (en.ts), spread into it.
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */
export default {
  form: {
    title: 'Settings',
    presets: 'Presets',
    workloadOptions: 'Workload',
    runOptions: 'Run',
    label: 'Name for this run (e.g. your laptop)',
    run: 'Run',
    reset: 'Defaults',
    auto: 'Automatic (1, 2, 4 … cores, then twice the cores)',
    fixErrors: 'To run, fix: {fields}.',
    /** The empty choice of an optional setting without a default: leave it to the lab. */
    unset: 'Default (not set)',
    /** The run form's choice of interpreters for the CPython runtimes (issue 16). */
    pythons: {
      label: 'Interpreters',
      help: 'Each CPython runtime runs once per interpreter ticked, its version beside its figures. None ticked: the first one found.',
      option: '{info} ({path})',
    },
    /** Why a setting is disabled (src-shared/not-applicable.ts); also listed with the results. */
    notApplicable: {
      'desktop-only': 'desktop app only',
      'workers-only': 'not measured: this experiment times workers, and the main thread has none',
      'own-worker-counts': 'not used: this experiment sets its own worker counts',
      'static-chunking': 'not used with static chunking (one chunk per worker)',
      'threads-only': 'threads only: this experiment needs memory shared between threads, which Node processes cannot have',
      'no-python-kernel': 'not applicable: the Python worker has no kernel for this experiment (yet)',
      'no-global-lock': 'not available here: the global lock applies to prime search, file I/O, network fetch, sleep and the shared-state experiments (race, locks, primitives, shared vs messages); this experiment drives its own threads and processes',
    },
    /** Why the Cores field is disabled (getMachine's coreControl): runs then use every core. */
    coresUnavailable: {
      'no-taskset': 'not available: taskset (util-linux) was not found, so runs use every core',
      'windows-no-affinity': 'not available on Windows here: runs use every core',
      'macos-no-affinity': 'not available on macOS: it has no way to pin a process to cores',
      'unsupported-platform': 'not available on this platform: runs use every core',
      'not-restarted': 'not available: runs use every core',
      'not-taken': 'not available: the system did not accept a restriction',
      'no-powershell': 'not available: PowerShell (powershell.exe) was not found, so runs use every core',
    },
    coresTooMany: 'at most {max} here (the cores the lab may use)',
  },
}
