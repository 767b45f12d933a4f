"""
Shared state against messages in CPython (the engine side is src-main/engine/experiments/
shared-state/py-updates.ts): N clients make K updates each to one value, each update finished
(acknowledged) before the next, held one of three ways. One task is one repetition; the value is
read back exactly at the end.

- shared-memory: threads, a plain int behind a `threading.Lock`; processes, a
  `multiprocessing.Value('i')` behind its own `get_lock()`;
- owner-messages: an owner alone holds the value; each client puts a request on the owner's
  queue and waits for the answer on its own (`queue.Queue` and an owner thread; or
  `multiprocessing.Queue` and an owner process);
- main-owner (processes only): a `multiprocessing.Manager()` server process holds a
  `Value` proxy, changed under a `Lock` proxy (a bare `proxy.value += 1` is a get then a set,
  two round trips that another client can come between).
"""
import queue
import threading

import conlab_crew

WAYS = {"thread": ("shared-memory", "owner-messages"), "process": ("shared-memory", "owner-messages", "main-owner")}


class Box:
    value = 0


def locked_int(box, lock, n):
    finish = conlab_crew.loop_timer()
    for _ in range(n):
        with lock:
            box.value += 1
    return finish(acked=n)


def value_lock(value, n):
    finish = conlab_crew.loop_timer()
    for _ in range(n):
        with value.get_lock():
            value.value += 1
    return finish(acked=n)


def manager_proxy(value, lock, n):
    finish = conlab_crew.loop_timer()
    for _ in range(n):
        with lock:
            value.value += 1
    return finish(acked=n)


def ask_owner(index, inbox, reply, n, timeout):
    finish = conlab_crew.loop_timer()
    acked = 0
    for _ in range(n):
        inbox.put(index)
        reply.get(timeout=timeout)
        acked += 1
    return finish(acked=acked)


def owner(inbox, replies, total, timeout):
    """Serves `total` requests: adds 1 and answers the asker with the new value."""
    value = 0
    for _ in range(total):
        index = inbox.get(timeout=timeout)
        value += 1
        replies[index].put(value)
    return value


def owner_process(inbox, replies, total, timeout, out):
    out.put(owner(inbox, replies, total, timeout))


def _owned(kind, context, workers, n, timeout):
    """The owner-messages way: the owner's final value and the clients' answers."""
    total = workers * n
    if kind == "thread":
        inbox, replies, out = queue.Queue(), [queue.Queue() for _ in range(workers)], queue.Queue()
        served = threading.Thread(target=lambda: out.put(owner(inbox, replies, total, timeout)), daemon=True)
    else:
        inbox, replies, out = context.Queue(), [context.Queue() for _ in range(workers)], context.Queue()
        served = context.Process(target=owner_process, args=(inbox, replies, total, timeout, out))
    served.start()
    try:
        answers = conlab_crew.run_crew(kind, context, ask_owner, lambda i: (i, inbox, replies[i], n, timeout), workers, timeout)
        try:
            value = out.get(timeout=timeout)
        except queue.Empty:
            raise conlab_crew.CrewError("the owner did not report its value within %.0f s" % timeout) from None
        served.join(timeout)
    finally:
        if kind != "thread" and served.is_alive():
            served.terminate()
            served.join(1)
    return value, answers


def run_updates(task, error):
    """One repetition: {'kind': 'py-updates', 'wallMs', 'added', 'acked'} or raises `error`."""
    kind, way, workers, n = task["racers"], task["way"], task["workers"], task["updates"]
    timeout = task["timeoutMs"] / 1000.0
    if way not in WAYS.get(kind, ()):
        raise error("%s clients have no %r way" % (kind, way))
    context = conlab_crew.context_for(kind, task.get("startMethod"))
    manager = None
    try:
        if way == "owner-messages":
            added, answers = _owned(kind, context, workers, n, timeout)
        elif way == "shared-memory" and kind == "thread":
            box, lock = Box(), threading.Lock()
            answers = conlab_crew.run_crew(kind, None, locked_int, lambda i: (box, lock, n), workers, timeout)
            added = box.value
        elif way == "shared-memory":
            value = context.Value("i", 0)
            answers = conlab_crew.run_crew(kind, context, value_lock, lambda i: (value, n), workers, timeout)
            added = value.value
        else:
            manager = context.Manager()
            value, lock = manager.Value("i", 0), manager.Lock()
            answers = conlab_crew.run_crew(kind, context, manager_proxy, lambda i: (value, lock, n), workers, timeout)
            added = value.value
    except conlab_crew.CrewError as exc:
        raise error(str(exc)) from None
    finally:
        if manager is not None:
            manager.shutdown()
    return {
        "kind": "py-updates",
        "wallMs": max(a["loopMs"] for a in answers),
        "added": added,
        "acked": sum(a["acked"] for a in answers),
        "startMethod": context.get_start_method() if context else None,
    }
