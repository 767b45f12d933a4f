/**
 * English texts about the Python interpreters behind the CPython runtimes (issue 16): a py run's
 * name with its version, the interpreter line beside its figures (tables and exports), the app's
 * interpreter list and the run form's choice of interpreters. Part of the root catalogue (en.ts)
 * under `python`. vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */
export default {
  /** A py run's name: its runtime and the interpreter's version, e.g. "CPython threads 3.11.2". */
  runName: '{runtime} {version}',
  build: {
    gil: 'GIL',
    freeThreaded: 'free-threaded, no GIL',
    freeThreadedGil: 'free-threaded build, GIL on',
  },
  info: '{implementation} {version}, {build}',
  infoStart: '{implementation} {version}, {build}, start method {method}',
  /** A CLI spawn row of a py-process run: one per start method measured. */
  startMethodRow: '{run}, start method {method}',
  /** The line under a table: every py run's interpreter. */
  runsLine: 'Interpreters: {list}',
  runItem: '{run}: {info}',
  /** Between two items of that line (an item has commas of its own). */
  separator: '; ',
  /** Appended to a run's settings line in exports. */
  settingsPart: ', interpreter {info}',
  cli: {
    allAlone: '--python all already takes every interpreter found: give it alone, or give paths only',
    tooMany: '--python: at most {max} interpreters side by side',
  },
  panel: {
    title: 'Python interpreters',
    note: 'Found on this machine for the CPython runtimes (py-thread, py-process, py-async), in the order the lab prefers them.',
    version: 'Version',
    build: 'Build',
    startMethods: 'Start methods',
    path: 'Path',
    source: 'Found as',
    usable: 'usable',
    tooOld: 'too old: the lab needs Python {min} or newer',
    none: 'No Python {min}+ interpreter was found: the CPython runtimes are left out and everything else runs. Get one from python.org, with apt install python3 on Debian or Ubuntu, or with pyenv, then restart the lab.',
    sources: {
      flag: '--python',
      path: 'PATH',
      launcher: 'py launcher',
      'free-threaded': 'free-threaded name',
      pyenv: 'pyenv',
    },
  },
  pick: {
    label: 'Python interpreters',
    help: 'The CPython runtimes run once per interpreter ticked, side by side; none ticked: the first one found.',
  },
}
