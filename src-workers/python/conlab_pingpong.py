"""
IPC latency in CPython (the engine side is src-main/engine/experiments/micro/python-ipc-latency.ts):
round trips between two threads of this interpreter, or between this process and one it starts,
through the tutorials' own primitives, timed here with time.perf_counter_ns:

- threads: `queue.Queue` (a pair, one each way) and `threading.Event` (a pair, the payload copied
  through a shared bytearray each way);
- processes: `multiprocessing.Queue` (a pair), `multiprocessing.Pipe` (one duplex connection) and
  `multiprocessing.Event` (a pair, the payload copied through a `RawArray` each way).

Every message carries a counter the partner answers with counter + 1, and the payload comes back
whole: a round trip counts as intact only then. `warmup` round trips are not timed; sampling stops
after `samples` round trips or `maxMs`, whichever comes first. Every wait is bounded by the task's
timeout, and the partner is stopped (a process terminated if it does not end) before returning.
"""
import queue
import threading
import time

import conlab_crew

STOP = -1


# --- the partners (top-level: a process partner is imported by name under spawn/forkserver) ---


def queue_echo(inbox, outbox, timeout):
    while True:
        counter, payload = inbox.get(timeout=timeout)
        if counter == STOP:
            return
        outbox.put((counter + 1, payload))


def pipe_echo(conn, timeout):
    while True:
        if not conn.poll(timeout):
            return
        counter, payload = conn.recv()
        if counter == STOP:
            return
        conn.send((counter + 1, payload))


def event_echo(ping, pong, counter, data, timeout):
    """Waits for ping, copies the payload out and back in, answers counter + 1 through `counter`."""
    view = memoryview(data).cast("B") if not isinstance(data, bytearray) else memoryview(data)
    while True:
        if not ping.wait(timeout):
            return
        ping.clear()
        if counter[0] == STOP:
            return
        copy = bytes(view)
        view[:] = copy
        counter[0] += 1
        pong.set()


# --- the measuring side ---


class Channel:
    """One mechanism's two ends as the measuring side sees them: `round_trip(i, payload)` -> (counter, size)."""

    def __init__(self, round_trip, stop, partner):
        self.round_trip, self.stop, self.partner = round_trip, stop, partner


def queue_channel(context, timeout):
    make = queue.Queue if context is None else context.Queue
    there, back = make(), make()
    partner = start(context, queue_echo, (there, back, timeout))

    def round_trip(i, payload):
        there.put((i, payload))
        counter, answer = back.get(timeout=timeout)
        return counter, len(answer)

    return Channel(round_trip, lambda: there.put((STOP, b"")), partner)


def pipe_channel(context, timeout):
    mine, theirs = context.Pipe(duplex=True)
    partner = start(context, pipe_echo, (theirs, timeout))

    def round_trip(i, payload):
        mine.send((i, payload))
        if not mine.poll(timeout):
            raise queue.Empty()
        counter, answer = mine.recv()
        return counter, len(answer)

    return Channel(round_trip, lambda: mine.send((STOP, b"")), partner)


def event_channel(context, timeout, payload_bytes):
    if context is None:
        ping, pong, counter, data = threading.Event(), threading.Event(), [0], bytearray(payload_bytes)
        view = memoryview(data)
    else:
        ping, pong = context.Event(), context.Event()
        counter, data = context.RawArray("q", 1), context.RawArray("B", max(payload_bytes, 1))
        view = memoryview(data).cast("B")[:payload_bytes]
    # The partner copies the whole buffer (a RawArray has at least one byte: an empty payload copies one).
    partner = start(context, event_echo, (ping, pong, counter, data, timeout))

    def round_trip(i, payload):
        view[:] = payload
        counter[0] = i
        ping.set()
        if not pong.wait(timeout):
            raise queue.Empty()
        pong.clear()
        return counter[0], len(bytes(view))

    def stop():
        counter[0] = STOP
        ping.set()

    return Channel(round_trip, stop, partner)


def start(context, target, args):
    if context is None:
        partner = threading.Thread(target=target, args=args, name="conlab-echo", daemon=True)
    else:
        partner = context.Process(target=target, args=args, name="conlab-echo")
    partner.start()
    return partner


CHANNELS = {
    ("thread", "queue"): lambda c, t, n: queue_channel(None, t),
    ("thread", "event"): lambda c, t, n: event_channel(None, t, n),
    ("process", "queue"): lambda c, t, n: queue_channel(c, t),
    ("process", "pipe"): lambda c, t, n: pipe_channel(c, t),
    ("process", "event"): lambda c, t, n: event_channel(c, t, n),
}


def run_pingpong(task, error):
    """{'kind': 'py-pingpong', 'roundTripsUs': [...], 'intact': n, 'startMethod': m} or raises `error`."""
    kind, mechanism, size = task["racers"], task["mechanism"], task["payloadBytes"]
    make = CHANNELS.get((kind, mechanism))
    if make is None:
        raise error("no %s ping-pong through %r" % (kind, mechanism))
    timeout = task["timeoutMs"] / 1000.0
    context = conlab_crew.context_for(kind, task.get("startMethod"))
    payload = bytes(range(256)) * (size // 256) + bytes(size % 256)
    channel = make(context, timeout, size)
    times, intact = [], 0
    try:
        for i in range(task["warmup"]):
            channel.round_trip(i, payload)
        budget_ns = task["maxMs"] * 1_000_000
        began = time.perf_counter_ns()
        for i in range(task["samples"]):
            t0 = time.perf_counter_ns()
            counter, got = channel.round_trip(i, payload)
            t1 = time.perf_counter_ns()
            times.append((t1 - t0) / 1000.0)
            if counter == i + 1 and got == size:
                intact += 1
            if t1 - began >= budget_ns:
                break
    except (queue.Empty, EOFError, OSError) as exc:
        raise error("the %s ping-pong through %s got no answer within %.0f s (%s)" % (kind, mechanism, timeout, type(exc).__name__)) from None
    finally:
        stop_partner(channel, context, timeout)
    return {"kind": "py-pingpong", "roundTripsUs": times, "intact": intact, "startMethod": context.get_start_method() if context else None}


def stop_partner(channel, context, timeout):
    try:
        channel.stop()
    except (OSError, ValueError):
        pass
    channel.partner.join(min(timeout, 5.0))
    if context is not None and channel.partner.is_alive():
        channel.partner.terminate()
        channel.partner.join(1)
