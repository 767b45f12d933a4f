"""
The race in CPython (README "Race"; the engine side is src-main/engine/experiments/shared-state/
py-race.ts): N threads or processes each add 1 to one counter K times, written as the tutorials
write it. One task is one repetition: a fresh crew (conlab_crew.py), a counter at 0, the total
it reached, and each member's loop time.

Threads (one interpreter, one GIL unless free-threaded):
- plus-equals: `counter += 1` on a module global, the tutorial's literal line;
- read-call-write: `v = counter; work(gap); counter = v + 1`, a read, a call, then a write;
- lock: the same read-call-write inside `with threading.Lock():`, which makes it exact.
Processes (each its own interpreter; the counter is shared memory):
- value: `value.value += 1` on a `multiprocessing.Value('i')` (a read, then a write);
- value-lock: the same inside `with value.get_lock():`, which makes it exact.

Whether the unprotected shapes lose updates depends on the interpreter (where it may switch
threads); nothing here assumes either answer: the engine checks the locked ones exact and
reports the others.
"""
import threading

import conlab_crew

THREAD_VARIANTS = ("plus-equals", "read-call-write", "lock")
PROCESS_VARIANTS = ("value", "value-lock")

# The threads' counter: a module global, as in the tutorials. One race task at a time per
# interpreter (the engine gives the race a pool of one), which `_busy` makes sure of.
counter = 0
_busy = threading.Lock()


def work(gap):
    """The call between the read and the write: `gap` loop steps (0: just the call)."""
    s = 0
    for i in range(gap):
        s += i
    return s


def plus_equals(n, gap):
    global counter
    finish = conlab_crew.loop_timer()
    for _ in range(n):
        counter += 1
    return finish(done=n)


def read_call_write(n, gap):
    global counter
    finish = conlab_crew.loop_timer()
    for _ in range(n):
        v = counter
        work(gap)
        counter = v + 1
    return finish(done=n)


def locked(n, gap, lock):
    global counter
    finish = conlab_crew.loop_timer()
    for _ in range(n):
        with lock:
            v = counter
            work(gap)
            counter = v + 1
    return finish(done=n)


def value_add(value, n, use_lock):
    """A process member: `value.value += 1`, with or without the Value's own lock."""
    finish = conlab_crew.loop_timer()
    if use_lock:
        for _ in range(n):
            with value.get_lock():
                value.value += 1
    else:
        for _ in range(n):
            value.value += 1
    return finish(done=n)


def run_race(task, error):
    """One repetition: {'kind': 'py-race', 'total': ..., 'loops': [...]} or raises `error`."""
    global counter
    variant, racers, n = task["variant"], task["racers"], task["increments"]
    workers, gap, timeout = task["workers"], task["gap"], task["timeoutMs"] / 1000.0
    if racers == "thread" and variant not in THREAD_VARIANTS or racers == "process" and variant not in PROCESS_VARIANTS:
        raise error("the %s race has no %r variant" % (racers, variant))
    if not _busy.acquire(blocking=False):
        raise error("another race is running in this interpreter")
    try:
        context = conlab_crew.context_for(racers, task.get("startMethod"))
        if racers == "thread":
            counter = 0
            lock = threading.Lock()
            target = {"plus-equals": plus_equals, "read-call-write": read_call_write, "lock": locked}[variant]
            extra = (lock,) if variant == "lock" else ()
            loops = conlab_crew.run_crew("thread", None, target, lambda i: (n, gap) + extra, workers, timeout)
            total = counter
        else:
            value = context.Value("i", 0)
            use_lock = variant == "value-lock"
            loops = conlab_crew.run_crew("process", context, value_add, lambda i: (value, n, use_lock), workers, timeout)
            total = value.value
    except conlab_crew.CrewError as exc:
        raise error(str(exc)) from None
    finally:
        _busy.release()
    return {"kind": "py-race", "total": total, "loops": loops, "startMethod": context.get_start_method() if context else None}
