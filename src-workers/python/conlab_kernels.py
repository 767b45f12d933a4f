"""
The lab's kernels in pure Python (standard library only), the same answers as the Node kernels
(src-workers/kernels/*.ts), checked by the same checks. `run_task` is a top-level function so that
a ProcessPoolExecutor can pickle it by name under every start method (spawn re-imports this module).

A kernel returns (result, timing): timing is [startedAtEpochMs, endedAtEpochMs, cpuUserUs,
cpuSystemUs], the protocol's WireTiming, measured where the task ran.
"""
import math
import os
import sys
import time

import conlab_fetch
import conlab_files
from conlab_errors import TaskError  # noqa: F401 - the worker names it as conlab_kernels.TaskError

# Bytes (numbers) per sieve segment: 256 KiB stays in L2 and keeps the per-segment Python loop
# over the base primes, not the crossing off (done in C by slice assignment), the larger cost.
SEGMENT = 1 << 18
_ZERO = memoryview(bytes(SEGMENT))
_base_cache = {"limit": 1, "primes": []}


def _primes_up_to(limit):
    """Primes <= limit, cached: every chunk of a sweep needs a prefix of the same list."""
    if limit <= _base_cache["limit"]:
        return _base_cache["primes"]
    target = max(limit, 2 * _base_cache["limit"], 1 << 16)
    flags = bytearray([1]) * (target + 1)
    flags[0] = flags[1] = 0
    for i in range(2, math.isqrt(target) + 1):
        if flags[i]:
            flags[i * i :: i] = bytes(len(range(i * i, target + 1, i)))
    _base_cache["primes"] = [i for i, f in enumerate(flags) if f]
    _base_cache["limit"] = target
    return _base_cache["primes"]


def sieve_count(lo, hi):
    """Segmented sieve of Eratosthenes over a bytearray: primes in [lo, hi)."""
    lo = max(lo, 2)
    if hi <= lo:
        return 0
    primes = _primes_up_to(math.isqrt(hi - 1))
    count = 0
    for start in range(lo, hi, SEGMENT):
        end = min(start + SEGMENT, hi)
        size = end - start
        segment = bytearray([1]) * size
        for p in primes:
            square = p * p
            if square >= end:
                break
            first = max(square, -(-start // p) * p) - start
            if first < size:
                segment[first::p] = _ZERO[: (size - 1 - first) // p + 1]
        count += segment.count(1)
    return count


def is_prime_by_trial(n):
    """Divides by 2, then by every odd d with d * d <= n, as the Node kernel does."""
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def trial_count(lo, hi):
    return sum(1 for n in range(lo, hi) if is_prime_by_trial(n))


def count_primes(lo, hi, method):
    if not isinstance(lo, int) or not isinstance(hi, int) or lo < 0 or hi > 2**40:
        raise TaskError("prime range [%r, %r) must be integers with 0 <= lo and hi <= 2^40" % (lo, hi))
    if hi <= lo:
        return 0
    if method == "sieve":
        return sieve_count(lo, hi)
    if method == "trial":
        return trial_count(lo, hi)
    raise TaskError("unknown prime method %r" % (method,))


def fault(mode):
    if mode == "throw":
        raise TaskError("deliberate throw")
    if mode == "exit":
        # Said on stderr first: the lab shows a crash with what the interpreter wrote last.
        sys.stderr.write("conlab fault task: the interpreter exits with code 3\n")
        sys.stderr.flush()
        os._exit(3)
    if mode == "hang":
        while True:
            time.sleep(3600)
    raise TaskError("unknown fault mode %r" % (mode,))


def compute(task):
    """The result of one task, for the kinds that run the same way in a thread and a process."""
    kind = task.get("kind")
    if kind == "empty":
        return {"kind": "empty"}
    if kind == "prime":
        return {"kind": "prime", "count": count_primes(task["lo"], task["hi"], task["method"])}
    if kind == "sleep":
        started = time.perf_counter()
        time.sleep(task["ms"] / 1000.0)
        return {"kind": "sleep", "waitedMs": (time.perf_counter() - started) * 1000.0}
    if kind == "fault":
        return fault(task["mode"])
    if kind == "file-io":
        return conlab_files.run_file_io(task)
    if kind == "fetch":
        return conlab_fetch.run_fetch(task)
    if kind in ("py-race", "py-updates"):
        # The shared-state kernels start crews of their own (conlab_race.py, conlab_updates.py).
        import conlab_race, conlab_updates  # noqa: E401

        return (conlab_race.run_race if kind == "py-race" else conlab_updates.run_updates)(task, TaskError)
    if kind == "py-pool-reuse":
        import conlab_pool  # noqa: E401 - starts threads, processes and pools of its own

        return conlab_pool.run_pool_reuse(task, TaskError)
    if kind == "py-lock-reentry":
        # CPython's own Lock and RLock, probed by a second thread it starts (conlab_reentry.py).
        import conlab_reentry

        return conlab_reentry.run_reentry(task, TaskError)
    if kind in ("py-pingpong", "py-spawn"):
        # IPC latency and spawn cost start their own partner or members (conlab_pingpong.py, conlab_spawn.py).
        import conlab_pingpong, conlab_spawn  # noqa: E401

        return (conlab_pingpong.run_pingpong if kind == "py-pingpong" else conlab_spawn.run_spawn)(task, TaskError)
    raise TaskError("the Python worker has no kernel for %r tasks" % (kind,))


def run_task(task, per_thread):
    """Runs one task and times it. `per_thread`: CPU time of this thread only (thread mode, where
    the process counter would include the other threads); otherwise of this whole process."""
    cpu_before = time.thread_time() if per_thread else os.times()
    started = time.time() * 1000.0
    result = compute(task)
    ended = time.time() * 1000.0
    if per_thread:
        user, system = (time.thread_time() - cpu_before) * 1e6, 0.0
    else:
        after = os.times()
        user, system = (after.user - cpu_before.user) * 1e6, (after.system - cpu_before.system) * 1e6
    return result, [started, ended, round(user), round(system)]


def warm(_):
    """Run once per pool process before the lab is told `ready`: spawning stays out of the figures."""
    time.sleep(0.05)
    return os.getpid()
