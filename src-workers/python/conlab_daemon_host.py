"""
The CPython host of the daemon workload (engine: src-main/engine/experiments/daemon-case.ts).
Started as

    python -u conlab_daemon_host.py '<json config>'

with the config of src-shared/daemon-report.ts (DaemonHostConfig). It starts the kinds asked for,
prints one JSON line per kind ({"type": "started", "kind", "pid"}), then {"type": "ready"}, and
ends as asked (each thread and process says {"type": "ended", "kind"} if it gets to its end):

- normal: the main code returns. The interpreter then joins every non-daemon thread
  (threading._shutdown) and multiprocessing's atexit handler terminates daemon processes and
  joins the others: the host's exit waits for a non-daemon thread or process (`hold_ms`);
- sigkill: it waits for the engine's SIGKILL (bounded by `lifetime_ms`).

Nothing outlives the lab: every thread and process ends by itself after `lifetime_ms`, and as
soon as the engine's process is gone (a SIGKILLed engine says nothing; a reparented child's
parent says nothing about it either). Standard library only.
"""
import json
import multiprocessing
import os
import sys
import threading
import time


def engine_alive(pid):
    # On Windows os.kill(pid, 0) would terminate the process: there the lifetime bound alone ends us.
    if os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
        return True
    except PermissionError:
        return True
    except OSError:
        return False


def live(seconds, engine_pid):
    """Works (naps) for `seconds` at most, less if the engine is gone."""
    end = time.monotonic() + seconds
    while time.monotonic() < end and engine_alive(engine_pid):
        time.sleep(0.05)


def thread_main(seconds, engine_pid, kind):
    live(seconds, engine_pid)
    # Its last word: only a thread whose process was still there at its end can say it.
    say({"type": "ended", "kind": kind})


def child_main(seconds, engine_pid, kind):
    # Only the last word goes to the engine's pipe; nothing else a child might print.
    out = os.dup(1)
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1)
    os.dup2(quiet, 2)
    live(seconds, engine_pid)
    os.write(out, (json.dumps({"type": "ended", "kind": kind}) + "\n").encode())
    os.close(out)


def say(line):
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()


def main():
    config = json.loads(sys.argv[1])
    engine = config["enginePid"]
    life = config["lifetimeMs"] / 1000.0
    # A non-daemon thread or process holds a normal exit for `holdMs`; killed, it would live on.
    held = min(config["holdMs"] / 1000.0, life) if config["exit"] == "normal" else life
    for kind in config["kinds"]:
        try:
            if kind in ("py-daemon-thread", "py-thread"):
                daemon = kind == "py-daemon-thread"
                threading.Thread(target=thread_main, args=(life if daemon else held, engine, kind), daemon=daemon).start()
                pid = os.getpid()
            elif kind in ("py-daemon-process", "py-process"):
                daemon = kind == "py-daemon-process"
                process = multiprocessing.Process(target=child_main, args=(life if daemon else held, engine, kind), daemon=daemon)
                process.start()
                pid = process.pid
            else:
                say({"type": "failed", "kind": kind})
                continue
            say({"type": "started", "kind": kind, "pid": pid})
        except Exception:
            say({"type": "failed", "kind": kind})
    say({"type": "ready", "pid": os.getpid()})
    if config["exit"] == "sigkill":
        live(life + 1.0, engine)
        os._exit(0)


if __name__ == "__main__":
    main()
