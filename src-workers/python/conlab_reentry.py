"""
Lock re-entry in CPython (workloads/lock-reentry.ts; the engine side is src-main/engine/
experiments/lock-reentry-python.ts): the tutorials' `threading.Lock` and `threading.RLock`
themselves, not an imitation. One task runs R repetitions of one probe on a fresh lock each:

- reenter: the owner calls `acquire(timeout=T)` again. Lock: False after T (it does not know
  who holds it, so its owner waits for itself); RLock: True at once (re-entry).
- other-thread: a second `threading.Thread` calls `acquire(timeout=T)` while the owner holds
  it: False for both. Both take a timeout; that is not what an RLock adds.
- foreign-release: the second thread calls `release()`. RLock raises RuntimeError (only its
  owner may); Lock allows it.

Every wait is bounded: the probe by T, the second thread's join by `boundMs`.
"""
import threading
import time

LOCKS = ("lock", "rlock")
PROBES = ("reenter", "other-thread", "foreign-release")


def _ms(since):
    return (time.perf_counter() - since) * 1000.0


def _probe_acquire(lock, timeout):
    """The probing acquire: ('acquired', None) or ('timed-out', the wait in ms)."""
    started = time.perf_counter()
    ok = lock.acquire(timeout=timeout)
    waited = _ms(started)
    if ok:
        lock.release()
        return "acquired", None
    return "timed-out", waited


def _probe_release(lock):
    try:
        lock.release()
    except RuntimeError:
        return "refused"
    return "released"


def _once(kind, probe, timeout, bound, error):
    lock = threading.RLock() if kind == "rlock" else threading.Lock()
    if not lock.acquire(timeout=bound):
        raise error("lock-reentry: the owner could not take a fresh lock")
    if probe == "reenter":
        try:
            return _probe_acquire(lock, timeout)
        finally:
            lock.release()
    box = {}

    def other():
        try:
            box["answer"] = _probe_release(lock) if probe == "foreign-release" else _probe_acquire(lock, timeout)
        except BaseException as exc:  # noqa: BLE001 - handed to the owner, which reports it
            box["error"] = exc

    thread = threading.Thread(target=other, name="conlab-reentry-other", daemon=True)
    thread.start()
    thread.join(bound)
    # Give back what the owner still holds: an RLock always (a foreign release is refused), a
    # Lock unless the other thread released it.
    if kind == "rlock":
        lock.release()
    elif lock.locked():
        lock.release()
    if thread.is_alive():
        raise error("lock-reentry: the other thread did not finish within %d ms" % (bound * 1000,))
    if "error" in box:
        raise error("lock-reentry: the other thread failed: %r" % (box["error"],))
    answer = box["answer"]
    return answer if isinstance(answer, tuple) else (answer, None)


def run_reentry(task, error):
    """R repetitions of one probe: {'kind': 'py-lock-reentry', 'outcomes', 'waitsMs', 'repetitionMs'}."""
    kind, probe = task["lock"], task["probe"]
    if kind not in LOCKS or probe not in PROBES:
        raise error("lock-reentry: no %r probe of a %r" % (probe, kind))
    timeout, bound = task["timeoutMs"] / 1000.0, task["boundMs"] / 1000.0
    outcomes, waits, times = [], [], []
    for _ in range(task["repetitions"]):
        started = time.perf_counter()
        outcome, waited = _once(kind, probe, timeout, bound, error)
        times.append(_ms(started))
        outcomes.append(outcome)
        waits.append(waited)
    return {"kind": "py-lock-reentry", "outcomes": outcomes, "waitsMs": waits, "repetitionMs": times}
