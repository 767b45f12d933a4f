/**
 * English texts of pool reuse (issue 18): the workload's name and one-line description, its form
 * fields, the CLI table, the result view and "What this shows". Part of the root catalogue (en.ts).
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */

/** Under `workloads.pool-reuse`. */
export const poolReuseWorkload = {
  title: 'Pool reuse',
  heading: 'Pool reuse (a worker per task vs a warm pool)',
  intro: 'The same tiny tasks, each in a worker started for it and ended after it, or handed to a pool started beforehand: what starting a worker per task costs.',
  describe: '{tasks} tasks per repetition and way, task: {task}',
  checked: 'every task answered with its known result',
}

/** Form labels and help, under `fields.pool-reuse`. */
export const poolReuseFields = {
  tasks: { label: 'Tasks per repetition', help: 'How many tiny tasks each way runs per repetition: one worker started per task, or all through the warm pool.' },
  task: { label: 'Task', help: 'What each task does: nothing at all, or count the primes below 2000 (checked against 303).' },
}

/** Option names, under `options.pool-reuse`. */
export const poolReuseOptions = {
  task: { empty: 'Empty task', prime: 'Primes below 2000' },
}

export default {
  poolReuse: {
    ways: { 'spawn-per-task': 'Worker per task', 'warm-pool': 'Warm pool' },
    cli: {
      title: 'Pool reuse — per-task cost of starting a worker per task vs a warm pool',
      columns: { runtime: 'runtime', way: 'way', perTask: 'per task [95% CI]', ratio: 'per task ÷ pool [95% CI]', checked: 'answered' },
      interval: '{median} [{lo}–{hi}]',
      startMethod: '{runtime}, start method {method}',
      answered: '{answered}/{expected}',
      note: 'Per-task cost = a repetition’s wall time over its {tasks} tasks; median of {repetitions} repetition(s). The pool is started and given one task before timing; a worker per task is started, runs one task and ends, all timed.',
      checked: 'every task answered with its known result',
    },
    view: {
      chartTitle: 'Cost per task, by runtime and way',
      axis: 'Per task ({unit}, log scale)',
      ratio: '{value}×',
    },
    explain: {
      title: 'What this shows',
      lead: 'Tutorials say a pool avoids creating a process for every task and so saves system overhead (multiprocessing.Pool, concurrent.futures.ProcessPoolExecutor, ThreadPoolExecutor). Here the same tiny task runs T times both ways: a new worker for each task, started and ended around it, and a pool of one worker started before the clock starts.',
      ratio: 'The ratio is the per-task cost with a worker per task over the warm pool’s, with its interval from repetitions paired round by round. An interval entirely above 1 means the pool was cheaper per task on this machine.',
      python: 'On CPython the tutorials’ own APIs run: a threading.Thread or a multiprocessing.Process per task against a ThreadPoolExecutor or ProcessPoolExecutor kept warm. How a process starts (fork, spawn, forkserver) changes its cost a lot, so the start method is shown beside each row.',
      threads: 'Threads are cheaper to start than processes, so a pool saves less for them; for processes the start (a new interpreter or runtime, its memory) is most of the cost of a tiny task.',
    },
  },
}
