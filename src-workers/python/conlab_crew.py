"""
A crew of N threads or N processes started together, the tutorials' way (`threading.Thread`,
`multiprocessing.Process` with the start method asked for), for the race and shared-vs-messages
kernels (conlab_race.py, conlab_updates.py). Every member waits at one barrier so they all start
at the same moment, does its part, and puts (index, answer) on a results queue. Every wait is
bounded by the task's timeout; a member still alive at the end is terminated, so a failed
repetition leaves no process behind (and the engine kills the whole process group anyway).

A process member's target must be a top-level function of an importable module: under `spawn`
and `forkserver` the child imports it by name (the worker's directory is on sys.path, which
multiprocessing passes to its children).
"""
import queue
import threading
import time
import traceback


class CrewError(Exception):
    """A member failed or a wait timed out: the repetition has no figure."""


def member(target, index, barrier, results, timeout, args):
    """What every member runs: meet the others, then the part, then say how it went."""
    try:
        barrier.wait(timeout)
        results.put((index, None, target(*args)))
    except BaseException as exc:  # noqa: BLE001 - a member's failure is the repetition's
        results.put((index, "%s: %s" % (type(exc).__name__, exc), traceback.format_exc()[-1500:]))


def loop_timer():
    """(finish) for one member's loop: its own duration and its start and end in epoch ms."""
    started_epoch, t0 = time.time() * 1000.0, time.perf_counter()

    def finish(**answer):
        loop_ms = (time.perf_counter() - t0) * 1000.0
        answer.update(loopMs=loop_ms, loopStartEpochMs=started_epoch, loopEndEpochMs=started_epoch + loop_ms)
        return answer

    return finish


def context_for(kind, start_method):
    """The multiprocessing context of a process crew (None for threads)."""
    if kind == "thread":
        return None
    import multiprocessing

    return multiprocessing.get_context(start_method or multiprocessing.get_start_method())


def run_crew(kind, context, target, args_of, n, timeout):
    """Runs target(*args_of(i)) in N members at once; their answers in index order."""
    if kind == "thread":
        barrier, results = threading.Barrier(n), queue.Queue()
        make = lambda i: threading.Thread(target=member, args=(target, i, barrier, results, timeout, args_of(i)), daemon=True)  # noqa: E731
    else:
        barrier, results = context.Barrier(n), context.Queue()
        make = lambda i: context.Process(target=member, args=(target, i, barrier, results, timeout, args_of(i)))  # noqa: E731
    members = [make(i) for i in range(n)]
    answers = [None] * n
    deadline = time.monotonic() + timeout * 2 + 5
    try:
        for m in members:
            m.start()
        for _ in range(n):
            left = max(0.01, deadline - time.monotonic())
            try:
                index, failure, answer = results.get(timeout=left)
            except queue.Empty:
                raise CrewError("a %s of the crew did not finish within %.0f s" % (kind, left)) from None
            if failure is not None:
                raise CrewError("a %s of the crew failed: %s" % (kind, failure))
            answers[index] = answer
        for m in members:
            m.join(max(0.01, deadline - time.monotonic()))
    finally:
        for m in members:
            if kind != "thread" and m.is_alive():
                m.terminate()
                m.join(1)
        if kind != "thread":
            results.close()
            results.join_thread()
    return answers
