"""
The network-fetch kernel in pure Python, the same task and checks as src-workers/kernels/fetch.ts:
GET one URL `requests` times, `inFlight` at once, over keep-alive connections (one per lane), and
check every body: length and CRC-32 against what the lab's loopback server sends, or
Content-Length for somebody else's URL. The first failure stops the task; its words are the Node
kernel's, sent as catalogue codes (conlab_errors.CodedError).

This file: the parts both clients share, and the one for threads and processes, http.client, the
layer urllib.request is built on. Not urllib.request itself: it sends `Connection: close` and opens
a new connection per request, so its figures would carry a TCP handshake per request that the Node
kernel (keep-alive agent) does not pay. Each lane is a thread blocked in recv() with the GIL
released. The asyncio client is conlab_fetch_async.py.
"""
import errno
import http.client
import socket
import threading
import time
import zlib
from urllib.parse import parse_qsl, urlencode, urlsplit

from conlab_errors import CodedError, message

CHUNK = 64 * 1024


def failure(m):
    return CodedError("FetchError", m, "fetch failed: %s %s" % (m["code"], m.get("params", {})))


class Target:
    """Whom a failure is about: the lab's own server (a task with `expect`), or the user's URL."""

    def __init__(self, task, url):
        self.own = task.get("expect") is not None
        self.shown = "%s://%s%s" % (url.scheme, url.netloc, url.path)

    def who(self):
        return message("fetchOwnServer") if self.own else message("fetchUrl", {"url": self.shown})

    def either(self, own_code, url_code):
        return message(own_code) if self.own else message(url_code, {"url": self.shown})


def parse_url(text):
    try:
        url = urlsplit(text)
        port = url.port
    except ValueError:
        raise failure(message("fetchInvalidUrl", {"url": text}))
    if url.scheme not in ("http", "https"):
        raise failure(message("fetchBadProtocol", {"url": text}) if url.scheme else message("fetchInvalidUrl", {"url": text}))
    if not url.hostname:
        raise failure(message("fetchInvalidUrl", {"url": text}))
    return url, port or (443 if url.scheme == "https" else 80)


def request_path(url, task, k):
    """The path and query of request k: `?i=<firstId + k>` set (the loopback server's jitter key)."""
    query = url.query
    if task.get("firstId") is not None:
        pairs = [(key, value) for key, value in parse_qsl(query, keep_blank_values=True) if key != "i"]
        query = urlencode(pairs + [("i", str(task["firstId"] + k))])
    return (url.path or "/") + ("?" + query if query else "")


def describe(exc, target, timeout_ms):
    """A failure of the network, in the Node kernel's words."""
    if isinstance(exc, CodedError):
        return exc
    if isinstance(exc, socket.timeout) or type(exc).__name__ == "TimeoutError":
        return failure(message("fetchTimedOut", {"ms": timeout_ms}, target.who()))
    if isinstance(exc, ConnectionRefusedError):
        return failure(target.either("fetchRefusedOwn", "fetchRefused"))
    if isinstance(exc, socket.gaierror):
        return failure(message("fetchHostNotFound", {"url": target.shown}))
    if isinstance(exc, (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
        return failure(target.either("fetchResetOwn", "fetchReset"))
    if isinstance(exc, (http.client.IncompleteRead, EOFError)):
        return failure(target.either("fetchClosedEarlyOwn", "fetchClosedEarly"))
    if isinstance(exc, OSError) and exc.errno in (errno.EHOSTUNREACH, errno.ENETUNREACH):
        return failure(message("fetchUnreachable", {"url": target.shown}))
    return failure(message("fetchOther", {"why": str(exc) or type(exc).__name__}, target.who()))


class Tally:
    """The task's result, added to by every lane under one lock."""

    def __init__(self, task):
        self.task = task
        self.lock = threading.Lock()
        self.next = 0
        self.result = {"kind": "fetch", "responses": 0, "bytes": 0, "verifiedBytes": 0, "mismatches": 0, "latenciesUs": []}

    def take(self):
        """The next request's number, or None when every request was handed out."""
        with self.lock:
            if self.next >= self.task["requests"]:
                return None
            self.next += 1
            return self.next - 1

    def add(self, t0, length, crc, content_length):
        expect = self.task.get("expect")
        if expect is not None:
            good = length == expect["length"] and crc == expect["crc32"]
        else:
            good = content_length is None or content_length == length
        with self.lock:
            r = self.result
            r["latenciesUs"].append(round((time.perf_counter() - t0) * 1e7) / 10.0)
            r["responses"] += 1
            r["bytes"] += length
            if good:
                r["verifiedBytes"] += length
            else:
                r["mismatches"] += 1


def status_failure(target, status, reason):
    return failure(message("fetchHttpStatus", {"status": status, "statusText": " " + reason if reason else ""}, target.who()))


def too_large(target, task):
    return failure(message("fetchTooLarge", {"max": task["maxBodyBytes"]}, target.who()))


def get_once(conn, path, task, target):
    """One GET on a keep-alive connection, bounded as a whole by the task's timeout: every socket
    wait gets what is left of it. Returns (length, crc, content_length)."""
    deadline = time.monotonic() + task["timeoutMs"] / 1000.0

    def left():
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise socket.timeout("deadline")
        return remaining

    if conn.sock is None:
        conn.timeout = left()
        conn.connect()
    # Kept: for an answer that ends with the connection, getresponse() drops conn.sock while the
    # response still reads from this socket.
    sock = conn.sock
    sock.settimeout(left())
    conn.request("GET", path)
    response = conn.getresponse()
    if not 200 <= response.status <= 299:
        raise status_failure(target, response.status, response.reason)
    header = response.getheader("content-length")
    content_length = int(header) if header is not None and header.isdigit() else None
    length, crc = 0, 0
    while True:
        sock.settimeout(left())
        chunk = response.read(CHUNK)
        if not chunk:
            break
        length += len(chunk)
        if length > task["maxBodyBytes"]:
            raise too_large(target, task)
        crc = zlib.crc32(chunk, crc)
    if content_length is not None and length < content_length:
        raise http.client.IncompleteRead(b"", content_length - length)
    if response.will_close:
        conn.close()
    return length, crc, content_length


def run_fetch(task):
    """Threads: `inFlight` lanes (this thread and inFlight - 1 more), each with its connection."""
    url, port = parse_url(task["url"])
    target = Target(task, url)
    tally = Tally(task)
    kind = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
    connections = []
    failed = []

    def lane():
        conn = kind(url.hostname, port)
        with tally.lock:
            connections.append(conn)
        try:
            while not failed:
                k = tally.take()
                if k is None:
                    return
                t0 = time.perf_counter()
                length, crc, content_length = get_once(conn, request_path(url, task, k), task, target)
                tally.add(t0, length, crc, content_length)
        except Exception as exc:  # noqa: BLE001 - the first failure is the task's
            with tally.lock:
                if not failed:
                    failed.append(describe(exc, target, task["timeoutMs"]))
                    # The other lanes stop now rather than at their timeouts: their sockets go.
                    for other in connections:
                        if other is not conn and other.sock is not None:
                            try:
                                other.sock.shutdown(socket.SHUT_RDWR)
                            except OSError:
                                pass
        finally:
            conn.close()

    lanes = [threading.Thread(target=lane, name="conlab-fetch-lane", daemon=True) for _ in range(min(task["inFlight"], task["requests"]) - 1)]
    for thread in lanes:
        thread.start()
    lane()
    for thread in lanes:
        thread.join()
    if failed:
        raise failed[0]
    return tally.result
