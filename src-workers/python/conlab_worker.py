"""
The lab's Python worker: one interpreter running tasks the way the tutorials do, with the
standard library only (no pip install). Started by the engine as

    python -u conlab_worker.py --mode thread|process|async --workers N [--start-method M]

and spoken to over stdio with the framing of src-shared/protocol-python.ts: one JSON object per
line (UTF-8, newline-terminated) each way. The lab sends `run` and `shutdown`; this answers
`ready` once (its identity), then `result` or `error` per task. Anything else written to stdout
(a kernel's print, a pool child's) would corrupt the stream, so fd 1 is moved to stderr first
and the protocol keeps a private duplicate of it.

- thread: concurrent.futures.ThreadPoolExecutor(N), one GIL for all N threads (unless the
  build is free-threaded);
- process: concurrent.futures.ProcessPoolExecutor(N) with the start method asked for;
- async: asyncio, N tasks in flight on one event loop (I/O kinds: timers, file I/O through the
  loop's default executor, HTTP on asyncio streams; compute kinds run on it too, one after
  another, as they would).

The engine runs this interpreter as the leader of a process group under a watchdog: a cancel or
the lab's end kills the group, pool children included. End of stdin also ends it.
"""
import argparse
import json
import os
import platform
import sys
import threading
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conlab_kernels  # noqa: E402


def identity(mode, workers, start_method, pool_pids):
    gil = getattr(sys, "_is_gil_enabled", None)
    return {
        "pid": os.getpid(),
        "mode": mode,
        "workers": workers,
        "startMethod": start_method,
        "poolPids": pool_pids,
        "version": platform.python_version(),
        "implementation": platform.python_implementation(),
        "executable": sys.executable,
        "gilEnabled": bool(gil()) if gil else True,
        "freeThreaded": bool(gil is not None and not gil()) or "t" in getattr(sys, "abiflags", ""),
    }


class Channel:
    """The protocol's half of stdio: whole lines only, one writer at a time."""

    def __init__(self):
        self.out = os.fdopen(os.dup(1), "wb", buffering=0)
        os.dup2(2, 1)
        sys.stdout = sys.stderr
        self.lock = threading.Lock()

    def send(self, message):
        line = (json.dumps(message, separators=(",", ":")) + "\n").encode("utf-8")
        with self.lock:
            self.out.write(line)

    def error(self, task_id, exc):
        name = getattr(exc, "name", "TaskError") if isinstance(exc, conlab_kernels.TaskError) else type(exc).__name__
        stack = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))[-4000:]
        error = {"name": name, "message": str(exc), "stack": stack}
        # A failure worded by the lab's catalogue (conlab_errors.CodedError): shown translated.
        coded = getattr(exc, "engine_message", None)
        if coded is not None:
            error["engineMessage"] = coded
        self.send({"type": "error", "taskId": task_id, "error": error})


def messages():
    """Lines from the lab until `shutdown` or end of stdin (the lab is gone)."""
    for raw in sys.stdin.buffer:
        try:
            message = json.loads(raw.decode("utf-8"))
        except ValueError:
            sys.stderr.write("conlab worker: a line from the lab is not JSON\n")
            os._exit(65)
        if message.get("type") == "shutdown":
            return
        yield message


def serve_pool(channel, args):
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

    if args.mode == "thread":
        pool, pids = ThreadPoolExecutor(max_workers=args.workers), []
    else:
        import multiprocessing

        context = multiprocessing.get_context(args.start_method)
        pool = ProcessPoolExecutor(max_workers=args.workers, mp_context=context)
        warmed = set(pool.map(conlab_kernels.warm, range(args.workers)))
        # Every process the pool started (spawn starts them on demand, so one may have run two
        # warm-ups while another was still starting); _processes has been there since 3.2.
        pids = sorted(set(getattr(pool, "_processes", None) or {}) | warmed)
    channel.send({"type": "ready", "identity": identity(args.mode, args.workers, args.start_method, pids)})

    def finished(task_id, future):
        exc = future.exception()
        if exc is None:
            result, timing = future.result()
            channel.send({"type": "result", "taskId": task_id, "result": result, "timing": timing})
        elif type(exc).__name__ == "BrokenProcessPool":
            # A pool process died (os._exit, a signal, out of memory): the pool is unusable, and
            # an interpreter that ends says so to the lab in the only unambiguous way.
            sys.stderr.write("conlab worker: a pool process ended abruptly: %s\n" % (exc,))
            sys.stderr.flush()
            os._exit(3)
        else:
            channel.error(task_id, exc)

    for message in messages():
        task_id = message["taskId"]
        future = pool.submit(conlab_kernels.run_task, message["task"], args.mode == "thread")
        future.add_done_callback(lambda f, task_id=task_id: finished(task_id, f))
    pool.shutdown(wait=True)


def serve_async(channel, args):
    import asyncio
    import time

    import conlab_fetch_async
    import conlab_files

    async def sleep(task):
        t0 = time.perf_counter()
        await asyncio.sleep(task["ms"] / 1000.0)
        return {"kind": "sleep", "waitedMs": (time.perf_counter() - t0) * 1000.0}

    # The I/O kinds wait on the loop; the rest (compute) run on it, one after another.
    waits = {"sleep": sleep, "file-io": conlab_files.run_file_io_async, "fetch": conlab_fetch_async.run_fetch_async}

    async def run(task_id, task):
        try:
            wait = waits.get(task.get("kind"))
            if wait is not None:
                # CPU time of the loop's thread while the task was in flight (other tasks' turns
                # included); a file call sent to the executor runs on its threads, not counted.
                cpu, started = time.thread_time(), time.time() * 1000.0
                result = await wait(task)
                timing = [started, time.time() * 1000.0, round((time.thread_time() - cpu) * 1e6), 0]
            else:
                result, timing = conlab_kernels.run_task(task, True)
            channel.send({"type": "result", "taskId": task_id, "result": result, "timing": timing})
        except Exception as exc:  # noqa: BLE001 - every failure is the task's, reported as such
            channel.error(task_id, exc)

    async def main():
        loop = asyncio.get_running_loop()
        inbox = asyncio.Queue()

        def read():
            for message in messages():
                loop.call_soon_threadsafe(inbox.put_nowait, message)
            loop.call_soon_threadsafe(inbox.put_nowait, None)

        threading.Thread(target=read, name="conlab-stdin", daemon=True).start()
        channel.send({"type": "ready", "identity": identity("async", args.workers, None, [])})
        running = set()
        while True:
            message = await inbox.get()
            if message is None:
                break
            job = asyncio.ensure_future(run(message["taskId"], message["task"]))
            running.add(job)
            job.add_done_callback(running.discard)
        if running:
            await asyncio.wait(running)

    asyncio.run(main())


def main():
    parser = argparse.ArgumentParser(prog="conlab_worker.py")
    parser.add_argument("--mode", choices=["thread", "process", "async"], required=True)
    parser.add_argument("--workers", type=int, required=True)
    parser.add_argument("--start-method", choices=["spawn", "fork", "forkserver"], default=None)
    args = parser.parse_args()
    if args.mode == "process" and args.start_method is None:
        import multiprocessing

        args.start_method = multiprocessing.get_start_method()
    channel = Channel()
    if args.mode == "async":
        serve_async(channel, args)
    else:
        serve_pool(channel, args)
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
