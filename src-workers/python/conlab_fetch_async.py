"""
The network-fetch kernel on asyncio (py-async): the same task and checks as conlab_fetch.py, with
a small HTTP/1.1 client on `asyncio.open_connection` (standard library only: no aiohttp). Each of
the task's `inFlight` lanes is a coroutine with its own keep-alive connection; every task in
flight on the loop shares its one thread, so waiting costs no thread at all.

The client understands what a GET can be answered with: a status line, headers, then a body of
Content-Length bytes, chunked, or up to the end of the connection. Each request is bounded as a
whole by the task's timeout (`asyncio.wait_for`), and the first failure cancels the other lanes.
"""
import asyncio
import time
import zlib

from conlab_fetch import CHUNK, Tally, Target, describe, parse_url, request_path, status_failure, too_large

MAX_HEAD_LINES = 200


class Connection:
    def __init__(self, url, port):
        self.url, self.port = url, port
        self.reader = self.writer = None

    async def open(self):
        if self.writer is None:
            ssl = True if self.url.scheme == "https" else None
            self.reader, self.writer = await asyncio.open_connection(self.url.hostname, self.port, ssl=ssl)

    def close(self):
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def read_head(reader):
    """Status and lower-cased headers; a 1xx interim answer is skipped."""
    while True:
        line = await reader.readline()
        if not line:
            raise EOFError("closed before the status line")
        parts = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
        if len(parts) < 2 or not parts[0].startswith("HTTP/") or not parts[1].isdigit():
            raise ValueError("not an HTTP answer: %r" % line[:80])
        headers = {}
        for _ in range(MAX_HEAD_LINES):
            raw = await reader.readline()
            if not raw:
                raise EOFError("closed inside the headers")
            text = raw.decode("latin-1").rstrip("\r\n")
            if not text:
                break
            name, _, value = text.partition(":")
            headers[name.strip().lower()] = value.strip()
        else:
            raise ValueError("more than %d header lines" % MAX_HEAD_LINES)
        status = int(parts[1])
        if status >= 200 or status < 100:
            return status, (parts[2] if len(parts) > 2 else ""), headers


async def body_chunks(reader, headers):
    """The body's bytes as they arrive, whatever its framing."""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        while True:
            size_line = await reader.readline()
            if not size_line:
                raise EOFError("closed inside a chunked body")
            size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                while (await reader.readline()).strip():  # trailers, up to the blank line
                    pass
                return
            while size > 0:
                chunk = await reader.read(min(CHUNK, size))
                if not chunk:
                    raise EOFError("closed inside a chunk")
                size -= len(chunk)
                yield chunk
            await reader.readline()
    elif headers.get("content-length", "").isdigit():
        left = int(headers["content-length"])
        while left > 0:
            chunk = await reader.read(min(CHUNK, left))
            if not chunk:
                raise EOFError("closed before Content-Length bytes")
            left -= len(chunk)
            yield chunk
    else:
        while True:
            chunk = await reader.read(CHUNK)
            if not chunk:
                return
            yield chunk


async def exchange(conn, path, task, target):
    await conn.open()
    host = conn.url.netloc.rsplit("@", 1)[-1]
    conn.writer.write(("GET %s HTTP/1.1\r\nHost: %s\r\nAccept: */*\r\nConnection: keep-alive\r\n\r\n" % (path, host)).encode("latin-1"))
    await conn.writer.drain()
    status, reason, headers = await read_head(conn.reader)
    if not 200 <= status <= 299:
        raise status_failure(target, status, reason)
    length, crc = 0, 0
    async for chunk in body_chunks(conn.reader, headers):
        length += len(chunk)
        if length > task["maxBodyBytes"]:
            raise too_large(target, task)
        crc = zlib.crc32(chunk, crc)
    framed = "content-length" in headers or "chunked" in headers.get("transfer-encoding", "").lower()
    if not framed or headers.get("connection", "").lower() == "close":
        conn.close()
    header = headers.get("content-length", "")
    return length, crc, int(header) if header.isdigit() else None


async def run_fetch_async(task):
    url, port = parse_url(task["url"])
    target = Target(task, url)
    tally = Tally(task)

    async def lane():
        conn = Connection(url, port)
        try:
            while True:
                k = tally.take()
                if k is None:
                    return
                t0 = time.perf_counter()
                try:
                    answer = await asyncio.wait_for(exchange(conn, request_path(url, task, k), task, target), task["timeoutMs"] / 1000.0)
                except BaseException as exc:
                    conn.close()  # in an unknown state: the next request would read its leftovers
                    if isinstance(exc, asyncio.CancelledError):
                        raise
                    raise describe(exc, target, task["timeoutMs"])
                tally.add(t0, *answer)
        finally:
            conn.close()

    lanes = [asyncio.ensure_future(lane()) for _ in range(min(task["inFlight"], task["requests"]))]
    done, pending = await asyncio.wait(lanes, return_when=asyncio.FIRST_EXCEPTION)
    # The first failure stops the other lanes at once rather than at their timeouts.
    for job in pending:
        job.cancel()
    if pending:
        await asyncio.wait(pending)
    for job in lanes:
        if job.done() and not job.cancelled() and job.exception() is not None:
            raise job.exception()
    return tally.result
