/**
 * English texts of the daemon workload (issue 18, part 0): its workload entry, the form's fields,
 * the CLI table and "What this shows". Merged by en.ts (workloads, fields, options, root `daemon`).
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */

export const daemonWorkload = {
  title: 'Daemon threads and processes',
  heading: 'Daemon (what survives when its host exits)',
  intro: 'A host process starts threads and child processes, daemon or not, then exits normally or is killed: which of them is still alive afterwards? Counted over rounds; the lab then ends every survivor itself.',
  describe: 'host exits {exits}; {rounds} rounds; children live {lifetimeMs} ms at most; non-daemon work {holdMs} ms; survivors judged {observeMs} ms after the host ended',
}

export const daemonFields = {
  exits: { label: 'How the host ends', help: 'normal: its main code returns; sigkill: the lab kills it mid-way. One row per kind and way.' },
  rounds: { label: 'Rounds', help: 'Hosts started per runtime and way: the result is survived k of R.' },
  lifetimeMs: { label: 'Child lifetime bound (ms)', help: 'Every thread and child ends by itself by then, so nothing is ever left.' },
  holdMs: { label: 'Non-daemon work (ms)', help: 'On a normal exit, a non-daemon thread or process works this long: the host waits for it.' },
  observeMs: { label: 'Look after (ms)', help: 'How long after the host ended a child still alive counts as a survivor.' },
}

export const daemonOptions = {
  exits: { normal: 'Normal exit', sigkill: 'SIGKILL' },
}

export default {
  daemon: {
    kinds: {
      'worker-thread': 'Node worker thread',
      'fork-child': 'forked child (attached)',
      'detached-child': 'detached child (spawn detached, unref)',
      'py-daemon-thread': 'threading.Thread(daemon=True)',
      'py-thread': 'threading.Thread (non-daemon)',
      'py-daemon-process': 'multiprocessing.Process(daemon=True)',
      'py-process': 'multiprocessing.Process (non-daemon)',
    },
    exits: daemonOptions.exits,
    cli: {
      title: 'Daemon — the host ends; what is still alive?',
      columns: { kind: 'started by the host', runtime: 'runtime', exit: 'host ended by', survived: 'survived', endedByLab: 'ended by the lab', exitDelay: 'host exit waited' },
      ofRounds: '{k} of {n}',
      delay: '{ms} ms (held {held} of {of})',
      guarantee: 'Every survivor was killed by the lab right after it was counted; every thread and child also ends by itself within its lifetime bound, and within 100 ms of the lab’s own end.',
      noHost: 'the daemon host starts plain Node threads and processes, or CPython ones; this runtime cannot be started there',
      noPython: 'no Python interpreter was found for the CPython host',
      noGroups: 'process groups are POSIX: on Windows the lab ends the host’s survivors one by one, by their process ids',
      notMeasured: '{runtime}: not measured: {reason}',
    },
    view: {
      none: 'No round yet.',
      tableTitle: 'What was still alive after its host had ended',
    },
    explain: {
      title: 'What this shows',
      lead: 'The tutorials say: set daemon to True and the thread or process ends when the main one ends. Here a host really ends, normally or killed, and the table counts what was still alive afterwards.',
      threads: 'A thread lives in its process: no thread survives its host, daemon or not. What daemon=True changes for threading.Thread is the normal exit: the interpreter waits for every non-daemon thread before it exits (the host’s exit is held), and simply drops daemon threads. Node has no such flag: process.exit ends every worker thread; a worker that is not unref()’d keeps the program from ending by itself, like a non-daemon thread.',
      processes: 'multiprocessing.Process(daemon=True) is terminated by the interpreter’s exit handler on a normal exit, and a non-daemon one is waited for. A killed host runs no exit handler: both live on, adopted by the system. Node’s forked child is “attached” only by its IPC channel: it survives its parent unless it ends itself on the disconnect event; a detached, unref’d child is meant to survive.',
      lab: 'The lab’s own workers end on disconnect, check that their parent is still the engine, run in process groups it kills, and have bounded lifetimes: the reliability suite kills the lab mid-run and looks for leftovers.',
    },
  },
}
