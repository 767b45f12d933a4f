"""
Pool reuse in CPython (the engine side is src-main/engine/experiments/pool-reuse/py-pool.ts): T
tiny tasks run two ways, the tutorials' two ways.

- spawn-per-task: a `threading.Thread` or a `multiprocessing.Process` started for each task,
  joined after it (start, run one task, end, T times);
- warm-pool: a `ThreadPoolExecutor(1)` or `ProcessPoolExecutor(1)` started and given one task
  before the clock starts, then the T tasks submitted one after another through it.

Both ways hand each answer back the same way their pool would (a list for threads, a
multiprocessing queue for processes), so the difference timed is the start and end of a worker.
Every wait is bounded by the task's timeout; whatever is still alive at the end is terminated,
so a failed or cancelled task leaves no process behind (the engine also kills the process group).
A process target is a top-level function of this module: `spawn` and `forkserver` import it by name.
"""
import queue
import threading
import time

import conlab_kernels


class PoolReuseError(Exception):
    """A task did not answer within the timeout, or a worker failed: the repetition has no figure."""


def tiny(inner):
    """One task, as the lab's kernels compute it: the prime count, or 0 for an empty task."""
    result = conlab_kernels.compute(inner)
    return result.get("count", 0)


def _thread_member(inner, box):
    box.append(tiny(inner))


def _process_member(inner, results):
    results.put(tiny(inner))


def _spawn_threads(inner, n, timeout):
    answers = []
    t0 = time.perf_counter()
    for _ in range(n):
        box = []
        member = threading.Thread(target=_thread_member, args=(inner, box), daemon=True)
        member.start()
        member.join(timeout)
        if member.is_alive() or not box:
            raise PoolReuseError("a thread started for one task did not answer within %.0f s" % timeout)
        answers.append(box[0])
    return (time.perf_counter() - t0) * 1000.0, answers


def _spawn_processes(context, inner, n, timeout):
    # One answer queue for the T processes, made before the clock starts, as a pool has its own.
    results = context.Queue()
    member = None
    answers = []
    try:
        t0 = time.perf_counter()
        for _ in range(n):
            member = context.Process(target=_process_member, args=(inner, results))
            member.start()
            try:
                answers.append(results.get(timeout=timeout))
            except queue.Empty:
                raise PoolReuseError("a process started for one task did not answer within %.0f s" % timeout) from None
            member.join(timeout)
            if member.is_alive():
                raise PoolReuseError("a process started for one task did not end within %.0f s" % timeout)
        return (time.perf_counter() - t0) * 1000.0, answers
    finally:
        if member is not None and member.is_alive():
            member.terminate()
            member.join(1)
        results.close()
        results.join_thread()


def _through_pool(pool, inner, n, timeout):
    from concurrent.futures import TimeoutError as FutureTimeout

    try:
        # The warm-up: the pool's worker is started and has run a task before the clock starts.
        pool.submit(tiny, inner).result(timeout)
        answers = []
        t0 = time.perf_counter()
        for _ in range(n):
            answers.append(pool.submit(tiny, inner).result(timeout))
        return (time.perf_counter() - t0) * 1000.0, answers
    except FutureTimeout:
        raise PoolReuseError("the pool did not answer one task within %.0f s" % timeout) from None


def _stop_pool(pool, failed):
    if failed:
        # A process that hangs would make shutdown wait forever: end it first.
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()
    pool.shutdown(wait=not failed)


def run_pool_reuse(task, error):
    """{'kind': 'py-pool-reuse', 'elapsedMs', 'answers', 'startMethod'} or raises `error`."""
    workers, way, n, inner = task["workers"], task["way"], task["tasks"], task["inner"]
    timeout = task["timeoutMs"] / 1000.0
    if workers not in ("thread", "process") or way not in ("spawn-per-task", "warm-pool"):
        raise error("pool reuse has no %r way for %r workers" % (way, workers))
    if not isinstance(n, int) or n < 1 or n > 200:
        raise error("pool reuse runs 1 to 200 tasks, not %r" % (n,))
    context = None
    if workers == "process":
        import multiprocessing

        context = multiprocessing.get_context(task.get("startMethod") or multiprocessing.get_start_method())
    try:
        if way == "spawn-per-task":
            elapsed, answers = _spawn_threads(inner, n, timeout) if context is None else _spawn_processes(context, inner, n, timeout)
        else:
            from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

            pool = ThreadPoolExecutor(max_workers=1) if context is None else ProcessPoolExecutor(max_workers=1, mp_context=context)
            failed = True
            try:
                elapsed, answers = _through_pool(pool, inner, n, timeout)
                failed = False
            finally:
                _stop_pool(pool, failed)
    except PoolReuseError as exc:
        raise error(str(exc)) from None
    return {"kind": "py-pool-reuse", "elapsedMs": elapsed, "answers": answers, "startMethod": context.get_start_method() if context else None}
