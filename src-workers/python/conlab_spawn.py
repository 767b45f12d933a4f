"""
Spawn cost in CPython (the engine side is src-main/engine/experiments/micro/python-spawn.ts): how
long a `threading.Thread` or a `multiprocessing.Process` takes from `start()` to its first message
back, timed here with time.perf_counter_ns, once per start method asked for (every one this OS
offers, multiprocessing.get_all_start_methods(), when none is named).

The first message is the member's own identity (its thread ident or pid): a start counts as
identified only if that matches the member started. `warmup` starts per method are not kept: the
first pays for loading modules from disk, and under forkserver for starting the server itself.
Every wait is bounded by the task's timeout; a member still alive at the end is terminated.
"""
import os
import queue
import threading
import time
from multiprocessing.connection import wait


def say_thread(inbox):
    inbox.put(threading.get_ident())


def say_process(conn):
    conn.send(os.getpid())
    conn.close()


def start_thread(timeout):
    """(ms from start() to the first message, whether it came from the thread started)."""
    inbox = queue.Queue()
    member = threading.Thread(target=say_thread, args=(inbox,), name="conlab-spawned", daemon=True)
    t0 = time.perf_counter_ns()
    member.start()
    said = inbox.get(timeout=timeout)
    ms = (time.perf_counter_ns() - t0) / 1e6
    member.join(timeout)
    return ms, said == member.ident


def start_process(context, timeout):
    mine, theirs = context.Pipe(duplex=False)
    member = context.Process(target=say_process, args=(theirs,), name="conlab-spawned")
    try:
        t0 = time.perf_counter_ns()
        member.start()
        # The pipe or the member's end, whichever first: a member that dies before a word fails now.
        wait([mine, member.sentinel], timeout)
        if not mine.poll():
            raise queue.Empty() if member.is_alive() else EOFError("it ended with code %s" % member.exitcode)
        said = mine.recv()
        ms = (time.perf_counter_ns() - t0) / 1e6
        theirs.close()
        member.join(timeout)
        return ms, said == member.pid
    finally:
        if member.is_alive():
            member.terminate()
            member.join(1)
        mine.close()


def run_spawn(task, error):
    """{'kind': 'py-spawn', 'figures': [{startMethod, firstMessageMs, identified}], 'offered': [...]}"""
    timeout = task["timeoutMs"] / 1000.0
    samples, warmup = task["samples"], task["warmup"]
    if task["racers"] == "thread":
        plans, offered = [(None, lambda: start_thread(timeout))], []
    else:
        import multiprocessing

        offered = multiprocessing.get_all_start_methods()
        methods = task.get("startMethods") or offered
        missing = [m for m in methods if m not in offered]
        if missing:
            raise error("start method %s is not offered here (offered: %s)" % (", ".join(missing), ", ".join(offered)))
        plans = [(m, (lambda c: lambda: start_process(c, timeout))(multiprocessing.get_context(m))) for m in methods]
    figures = []
    for method, start_one in plans:
        times, identified = [], 0
        for i in range(warmup + samples):
            try:
                ms, ok = start_one()
            except (queue.Empty, EOFError, OSError) as exc:
                raise error("a %s started with %s did not say hello within %.0f s (%s)" % (task["racers"], method or "threading", timeout, type(exc).__name__)) from None
            if i >= warmup:
                times.append(ms)
                identified += 1 if ok else 0
        figures.append({"startMethod": method, "firstMessageMs": times, "identified": identified})
    return {"kind": "py-spawn", "figures": figures, "offered": offered}
